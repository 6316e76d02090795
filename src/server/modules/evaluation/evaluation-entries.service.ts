import type { EvaluationEntryDetail, MyEntry, SetFeedback, SetGrades, UpdateEvaluationEntry } from "../../../shared/contracts/evaluation.contract";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../members/members.service";
import { type CampaignView, requireCampaign, requireManage, requireWorkPhase } from "./evaluation-access";
import { checkGrades } from "./evaluation-grades.rules";
import { issue } from "./evaluation-rule-catalogue";
import { createEntryInvalidError, createEntryNotFoundError, createEvaluationRuleError, createNotParticipantError } from "./evaluation.errors";
import { type EntryRow, type NewEntryRow, findEntryRows, getEntryOfMember, getEntryView, updateEntryRow } from "./evaluation.repository";
import { getEvaluationEntry } from "./evaluation.service";
import { toGradedFacts } from "./evaluation-view";

/** The caller's own entry in a campaign they reach: 403 for an officer who is no participant. */
export async function requireOwnEntry(db: Executor, ctx: Ctx, view: CampaignView): Promise<EntryRow> {
  if (!can(ctx.actor, "evaluation.participate")) throw createNotParticipantError();
  const entry = ctx.actor.memberId ? await getEntryOfMember(db, view.campaign.id, ctx.actor.memberId) : undefined;
  if (!entry) throw createNotParticipantError();
  return entry;
}

/** What the audit log keeps of an entry's texts: whether they exist and how long, never the words. */
const textFacts = (e: EntryRow) => ({
  selfGrade: e.selfGrade,
  selfEvaluationLength: e.selfEvaluation?.length ?? 0,
  partySpiritAnalysisLength: e.partySpiritAnalysis?.length ?? 0,
  peerCommentsLength: e.peerComments?.length ?? 0,
  submitted: e.analysisSubmittedAt !== null,
});

const gradeFacts = (e: EntryRow) => ({ proposedGrade: e.proposedGrade, finalGrade: e.finalGrade, gradeReason: e.gradeReason });

/** EVAL-07: a probationary member who is not graded gives no grade of their own either. */
function checkSelfGrade(entry: EntryRow, selfGrade: string | null | undefined) {
  if (selfGrade && !entry.isGraded) {
    throw createEvaluationRuleError([issue("selfGrade", "EVAL-07", "预备党员参加评议但不评定等次，自评不填写等次")]);
  }
}

/** Both texts present = handed in (the day it first was, kept through later edits in the phase). */
const submittedAt = (entry: EntryRow, next: { selfEvaluation: string | null; partySpiritAnalysis: string | null }, now: Date) =>
  next.selfEvaluation?.trim() && next.partySpiritAnalysis?.trim() ? (entry.analysisSubmittedAt ?? now) : null;

/** The member writes their self-evaluation and 党性分析, during the self-evaluation phase (EVAL-02). */
export async function saveMyEntry(ctx: Ctx, campaignId: string, input: MyEntry): Promise<EvaluationEntryDetail> {
  const entryId = await ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, campaignId, { forUpdate: true });
    const entry = await requireOwnEntry(tx, ctx, view);
    requireWorkPhase("selfEvaluation", view.campaign.phase);
    checkSelfGrade(entry, input.selfGrade);
    const next = { selfEvaluation: input.selfEvaluation, partySpiritAnalysis: input.partySpiritAnalysis };
    const after = await updateEntryRow(tx, entry.id, {
      selfGrade: input.selfGrade ?? null,
      ...next,
      analysisSubmittedAt: submittedAt(entry, next, ctx.clock()),
    });
    await recordAudit(tx, ctx, {
      action: "evaluation.self_evaluate",
      entityType: "evaluation_entry",
      entityId: entry.id,
      orgId: view.campaign.orgId,
      before: textFacts(entry),
      after: textFacts(after),
    });
    return entry.id;
  });
  return getEvaluationEntry(ctx, campaignId, entryId);
}

/**
 * An officer's work on one entry: a self-evaluation handed in on paper, typed in during the
 * self-evaluation phase; the peer comments (党员互评) during peer evaluation (EVAL-02).
 */
export async function updateEvaluationEntry(ctx: Ctx, campaignId: string, entryId: string, patch: UpdateEvaluationEntry): Promise<EvaluationEntryDetail> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, campaignId, { forUpdate: true });
    const found = await getEntryView(tx, campaignId, entryId);
    if (!found) throw createEntryNotFoundError();
    requireManage(ctx, view);
    const entry = found.entry;
    const phase = view.campaign.phase;
    const changes: Partial<NewEntryRow> = {};
    for (const field of ["selfGrade", "selfEvaluation", "partySpiritAnalysis"] as const) {
      if (patch[field] === undefined) continue;
      requireWorkPhase("selfEvaluation", phase, field);
      changes[field] = patch[field]?.trim() || null;
    }
    if (patch.peerComments !== undefined) {
      requireWorkPhase("peerComments", phase, "peerComments");
      changes.peerComments = patch.peerComments?.trim() || null;
    }
    checkSelfGrade(entry, changes.selfGrade);
    if ("selfEvaluation" in changes || "partySpiritAnalysis" in changes) {
      changes.analysisSubmittedAt = submittedAt(
        entry,
        { selfEvaluation: changes.selfEvaluation ?? entry.selfEvaluation, partySpiritAnalysis: changes.partySpiritAnalysis ?? entry.partySpiritAnalysis },
        ctx.clock(),
      );
    }
    const after = await updateEntryRow(tx, entry.id, changes);
    await recordAudit(tx, ctx, {
      action: "peerComments" in changes ? "evaluation.peer_comment" : "evaluation.transcribe_self_evaluation",
      entityType: "evaluation_entry",
      entityId: entry.id,
      orgId: view.campaign.orgId,
      before: textFacts(entry),
      after: textFacts(after),
    });
  });
  return getEvaluationEntry(ctx, campaignId, entryId);
}

/** Entries of the campaign by id; an id not in it is refused (422 naming the field). */
async function entriesOf(tx: Executor, campaignId: string, ids: readonly string[], field: string) {
  const rows = await findEntryRows(tx, campaignId);
  const byId = new Map(rows.map((v) => [v.entry.id, v]));
  ids.forEach((id, i) => {
    if (!byId.has(id)) throw createEntryInvalidError(`${field}.${i}.entryId`);
  });
  return { rows, byId };
}

/**
 * Proposed grade (from the vote and everyday conduct, §3.1 procedure 3), reason and final grade, for
 * one or many members, in the grading phase. The campaign as a whole after the change is held to
 * EVAL-01 (proposed and final each), EVAL-07 and EVAL-10.
 */
export async function setEvaluationGrades(ctx: Ctx, campaignId: string, input: SetGrades) {
  await ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, campaignId, { forUpdate: true });
    requireManage(ctx, view);
    requireWorkPhase("grades", view.campaign.phase, "items");
    const { rows, byId } = await entriesOf(tx, campaignId, input.items.map((i) => i.entryId), "items");
    const patches = new Map(input.items.map((item) => [item.entryId, item]));
    const nextRows = rows.map((v) => {
      const item = patches.get(v.entry.id);
      if (!item) return v;
      const entry = { ...v.entry };
      if (item.proposedGrade !== undefined) entry.proposedGrade = item.proposedGrade;
      if (item.finalGrade !== undefined) entry.finalGrade = item.finalGrade;
      if (item.gradeReason !== undefined) entry.gradeReason = item.gradeReason?.trim() || null;
      return { ...v, entry };
    });
    const issues = checkGrades(nextRows.map(toGradedFacts));
    if (issues.length > 0) throw createEvaluationRuleError(issues);
    const changed = nextRows.filter((v) => patches.has(v.entry.id));
    for (const v of changed) {
      await updateEntryRow(tx, v.entry.id, { proposedGrade: v.entry.proposedGrade, finalGrade: v.entry.finalGrade, gradeReason: v.entry.gradeReason });
    }
    await recordAudit(tx, ctx, {
      action: "evaluation.grade",
      entityType: "evaluation_campaign",
      entityId: campaignId,
      orgId: view.campaign.orgId,
      before: changed.map((v) => ({ entryId: v.entry.id, ...gradeFacts(byId.get(v.entry.id)!.entry) })),
      after: changed.map((v) => ({ entryId: v.entry.id, ...gradeFacts(v.entry) })),
    });
  });
}

/** Feedback to each member (§3.1 procedure 4), in the grading phase, before publication (EVAL-08). */
export async function setEvaluationFeedback(ctx: Ctx, campaignId: string, input: SetFeedback) {
  await ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, campaignId, { forUpdate: true });
    requireManage(ctx, view);
    requireWorkPhase("feedback", view.campaign.phase, "items");
    await entriesOf(tx, campaignId, input.items.map((i) => i.entryId), "items");
    const feedbackOn = input.feedbackOn ?? todayOf(ctx);
    for (const item of input.items) await updateEntryRow(tx, item.entryId, { feedback: item.feedback, feedbackOn });
    await recordAudit(tx, ctx, {
      action: "evaluation.feedback",
      entityType: "evaluation_campaign",
      entityId: campaignId,
      orgId: view.campaign.orgId,
      after: { feedbackOn, entryIds: input.items.map((i) => i.entryId) },
    });
  });
}
