import type { PageQuery } from "../../../shared/contracts/common.contract";
import type {
  CreateEvaluationCampaign,
  EvaluationCampaignDetail,
  EvaluationCampaignPage,
  EvaluationEntryDetail,
  FindEvaluationCampaignsQuery,
  MyEvaluation,
  MyEvaluationPage,
  UpdateEvaluationCampaign,
} from "../../../shared/contracts/evaluation.contract";
import type { OrgKind } from "../../../shared/domain";
import type { EvaluationPhase } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { isUniqueViolation } from "../members/members.repository";
import { todayOf } from "../members/members.service";
import { requireOrgInScope } from "../organizations/organizations.service";
import { accessOf, type CampaignView, requireCampaign, requireManage, requireWorkPhase } from "./evaluation-access";
import { hasReached } from "./evaluation-phases.rules";
import {
  createCampaignExistsError,
  createCampaignNotFoundError,
  createCampaignOrgKindError,
  createEntryNotFoundError,
  createEvaluationManageForbidden,
  createEvaluationReadForbidden,
  createMeetingInvalidError,
  createNoParticipantsError,
  createYearInvalidError,
} from "./evaluation.errors";
import {
  CAMPAIGN_UNIQUE_INDEX,
  type CampaignRow,
  findCampaignRows,
  findCampaignStats,
  findEntryRows,
  findMyEntryRows,
  findParticipants,
  findVoterSource,
  getEntryView,
  getGeneralMeetingOfOrg,
  insertCampaignRow,
  insertEntryRows,
  updateCampaignRow,
} from "./evaluation.repository";
import { buildCampaignDetail, gradeOf, lensOf, toEntryDetail } from "./evaluation-view";

/** A campaign is run by a branch that holds members (党支部, 联合党支部, 临时党支部), with its party groups. */
export const CAMPAIGN_ORG_KINDS: readonly OrgKind[] = ["branch", "joint_branch", "temporary_branch"];

export const campaignSnapshot = (c: CampaignRow) => ({
  orgId: c.orgId,
  year: c.year,
  title: c.title,
  phase: c.phase,
  meetingId: c.meetingId,
  hasStudyNotes: Boolean(c.studyNotes?.trim()),
  tallyHash: c.tallyHash,
  publishedOn: c.publishedOn,
  reportedOn: c.reportedOn,
});

export async function findEvaluationCampaigns(ctx: Ctx, query: FindEvaluationCampaignsQuery): Promise<EvaluationCampaignPage> {
  if (!can(ctx.actor, "evaluation.read")) throw createEvaluationReadForbidden();
  // A member's list is their own campaigns; everyone else filters within their subtree.
  const subtree = query.orgId && ctx.actor.scope.kind !== "self" ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const { items, total } = await findCampaignRows(ctx.db, accessOf(ctx), query, subtree?.path);
  const stats = await findCampaignStats(ctx.db, items.map((r) => r.campaign.id));
  return {
    items: items.map(({ campaign: c, orgName }) => {
      const s = stats.get(c.id);
      const published = hasReached(c.phase as EvaluationPhase, "published");
      return {
        id: c.id,
        orgId: c.orgId,
        orgName,
        year: c.year,
        title: c.title,
        phase: c.phase as EvaluationPhase,
        participants: s?.participants ?? 0,
        graded: s?.graded ?? 0,
        submitted: s?.submitted ?? 0,
        publishedOn: c.publishedOn,
        reportedOn: c.reportedOn,
        results:
          published && s ? { excellent: s.excellent, qualified: s.qualified, basically_qualified: s.basically_qualified, unqualified: s.unqualified } : null,
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
    abilities: { canCreate: can(ctx.actor, "evaluation.manage") && CAMPAIGN_ORG_KINDS.includes(ctx.actor.org.kind) },
  };
}

export async function getEvaluationCampaign(ctx: Ctx, id: string): Promise<EvaluationCampaignDetail> {
  const view = await requireCampaign(ctx.db, ctx, id);
  return buildCampaignDetail(ctx.db, ctx, view);
}

/**
 * A branch's annual campaign (rules.md §3.1: normally once a year): one per branch and year, with an
 * entry for each active member of the branch and its groups. Probationary members take part but are
 * not graded (config `probationaryNotGraded`, default on).
 */
export async function createEvaluationCampaign(ctx: Ctx, input: CreateEvaluationCampaign): Promise<EvaluationCampaignDetail> {
  const id = await ctx.db.transaction((tx) => createEvaluationCampaignIn(tx, ctx, input));
  return getEvaluationCampaign(ctx, id);
}

export async function createEvaluationCampaignIn(tx: Executor, ctx: Ctx, input: CreateEvaluationCampaign): Promise<string> {
  if (!can(ctx.actor, "evaluation.read")) throw createEvaluationReadForbidden();
  const org = await requireOrgInScope(tx, ctx.actor.scope, input.orgId);
  if (!can(ctx.actor, "evaluation.manage") || ctx.actor.org.id !== org.id) throw createEvaluationManageForbidden();
  if (!CAMPAIGN_ORG_KINDS.includes(org.kind as OrgKind)) throw createCampaignOrgKindError(org.kind as OrgKind);
  const thisYear = Number(todayOf(ctx).slice(0, 4));
  if (input.year > thisYear) throw createYearInvalidError(thisYear);
  if (input.meetingId && !(await getGeneralMeetingOfOrg(tx, input.meetingId, org.id))) throw createMeetingInvalidError();
  const participants = await findParticipants(tx, org.path);
  if (participants.length === 0) throw createNoParticipantsError();

  let campaign: CampaignRow;
  try {
    campaign = await insertCampaignRow(tx, {
      orgId: org.id,
      year: input.year,
      title: input.title ?? `${input.year}年度民主评议党员`,
      meetingId: input.meetingId ?? null,
      createdBy: userIdOf(ctx),
    });
  } catch (error) {
    if (isUniqueViolation(error, CAMPAIGN_UNIQUE_INDEX)) throw createCampaignExistsError(input.year);
    throw error;
  }
  const notGraded = ctx.config.orgLife.probationaryNotGraded;
  await insertEntryRows(
    tx,
    participants.map((m) => ({ campaignId: campaign.id, memberId: m.id, isGraded: !(notGraded && m.status === "probationary") })),
  );
  await recordAudit(tx, ctx, {
    action: "evaluation.create",
    entityType: "evaluation_campaign",
    entityId: campaign.id,
    orgId: org.id,
    after: { ...campaignSnapshot(campaign), participants: participants.length },
  });
  return campaign.id;
}

/** Title, study notes, the general meeting and the report notes, each in the phases it belongs to (EVAL-02). */
export async function updateEvaluationCampaign(ctx: Ctx, id: string, patch: UpdateEvaluationCampaign): Promise<EvaluationCampaignDetail> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, id, { forUpdate: true });
    requireManage(ctx, view);
    const before = view.campaign;
    const phase = before.phase;
    if (patch.title !== undefined) requireWorkPhase("title", phase);
    if (patch.studyNotes !== undefined) requireWorkPhase("studyNotes", phase);
    if (patch.meetingId !== undefined) requireWorkPhase("meeting", phase, "meetingId");
    if (patch.reportNotes !== undefined) requireWorkPhase("reportNotes", phase);
    if (patch.meetingId && !(await getGeneralMeetingOfOrg(tx, patch.meetingId, before.orgId))) throw createMeetingInvalidError();
    const after = await updateCampaignRow(tx, id, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.studyNotes !== undefined ? { studyNotes: patch.studyNotes?.trim() || null } : {}),
      ...(patch.meetingId !== undefined ? { meetingId: patch.meetingId } : {}),
      ...(patch.reportNotes !== undefined ? { reportNotes: patch.reportNotes?.trim() || null } : {}),
    });
    await recordAudit(tx, ctx, {
      action: "evaluation.update",
      entityType: "evaluation_campaign",
      entityId: id,
      orgId: before.orgId,
      before: campaignSnapshot(before),
      after: campaignSnapshot(after),
    });
  });
  return getEvaluationCampaign(ctx, id);
}

/** One entry with its texts: the officers and committee see any; a member only their own (404 for any other). */
export async function getEvaluationEntry(ctx: Ctx, campaignId: string, entryId: string): Promise<EvaluationEntryDetail> {
  const view = await requireCampaign(ctx.db, ctx, campaignId);
  const entry = await getEntryView(ctx.db, campaignId, entryId);
  const lens = await lensOf(ctx.db, ctx, view, [entryId]);
  if (!entry || (!lens.whole && entry.entry.memberId !== ctx.actor.memberId)) throw createEntryNotFoundError();
  return toEntryDetail(entry, lens);
}

/** The member's own campaigns: their entry, the ballot while the vote is open, the published grades. */
export async function findMyEvaluations(ctx: Ctx, query: PageQuery): Promise<MyEvaluationPage> {
  if (!can(ctx.actor, "evaluation.participate")) throw createEvaluationReadForbidden();
  const memberId = ctx.actor.memberId;
  if (!memberId) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const { items, total } = await findMyEntryRows(ctx.db, memberId, query);
  const result: MyEvaluation[] = [];
  for (const { campaign: c, entry: e, orgName } of items) {
    const phase = c.phase as EvaluationPhase;
    const published = hasReached(phase, "published");
    const hasVoted = (await findVoterSource(ctx.db, c.id, memberId)) !== null;
    const needsRoll = (phase === "voting" && !hasVoted) || published;
    const roll = needsRoll ? await findEntryRows(ctx.db, c.id) : [];
    const graded = roll.filter((v) => v.entry.isGraded);
    result.push({
      campaign: { id: c.id, orgName, year: c.year, title: c.title, phase, publishedOn: c.publishedOn },
      entry: {
        id: e.id,
        isGraded: e.isGraded,
        selfGrade: gradeOf(e.selfGrade),
        selfEvaluation: e.selfEvaluation,
        partySpiritAnalysis: e.partySpiritAnalysis,
        submittedAt: e.analysisSubmittedAt?.toISOString() ?? null,
        finalGrade: published ? gradeOf(e.finalGrade) : null,
        feedback: published ? e.feedback : null,
        feedbackOn: published ? e.feedbackOn : null,
      },
      hasVoted,
      ballotSheet: phase === "voting" && !hasVoted ? graded.map((v) => ({ memberId: v.entry.memberId, memberName: v.memberName, orgName: v.orgName })) : [],
      results: published ? graded.filter((v) => v.entry.finalGrade).map((v) => ({ memberName: v.memberName, finalGrade: gradeOf(v.entry.finalGrade)! })) : [],
      abilities: { canEdit: phase === "self_evaluation", canVote: phase === "voting" && !hasVoted },
    });
  }
  return { items: result, total, page: query.page, pageSize: query.pageSize };
}
