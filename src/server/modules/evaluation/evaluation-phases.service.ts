import type { AdvanceEvaluation, EvaluationCampaignDetail } from "../../../shared/contracts/evaluation.contract";
import { EVALUATION_GRADE_LABELS, type EvaluationPhase } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../members/members.service";
import { openHandlingCasesIn } from "./handling.service";
import { type CampaignView, requireCampaign, requireManage, requireWorkPhase } from "./evaluation-access";
import { checkAdvance } from "./evaluation-phases.rules";
import { createEvaluationRuleError } from "./evaluation.errors";
import { type NewCampaignRow, countBallots, findEntryRows, updateCampaignRow } from "./evaluation.repository";
import { campaignSnapshot, getEvaluationCampaign } from "./evaluation.service";
import { campaignFacts } from "./evaluation-view";
import { closeVotingIn } from "./evaluation-voting.service";

/**
 * Moves a campaign to its next phase (EVAL-02), after the guard of that step (evaluation-phases.rules):
 * opening the vote stamps it; closing it counts the ballots (voting → grading); publication sets the
 * day and opens a handling case for each 不合格 member in the same transaction (rules.md §3.1 use of
 * results, §3.2; seam 3); the report to the higher committee sets its day and notes.
 */
export async function advanceEvaluation(ctx: Ctx, id: string, input: AdvanceEvaluation): Promise<EvaluationCampaignDetail> {
  await ctx.db.transaction(async (tx) => {
    let view = await requireCampaign(tx, ctx, id, { forUpdate: true });
    requireManage(ctx, view);
    if (input.to === "reported" && input.reportNotes !== undefined) {
      requireWorkPhase("reportNotes", view.campaign.phase);
      view = { ...view, campaign: await updateCampaignRow(tx, id, { reportNotes: input.reportNotes?.trim() || null }) };
    }
    const entries = await findEntryRows(tx, id);
    const { online, paper } = await countBallots(tx, id);
    const issues = checkAdvance(campaignFacts(view, entries, online + paper), input.to);
    if (issues.length > 0) throw createEvaluationRuleError(issues);

    const before = view.campaign;
    const patch: Partial<NewCampaignRow> = { phase: input.to };
    const today = todayOf(ctx);
    let handlingCases: { id: string; memberId: string }[] = [];
    switch (input.to as EvaluationPhase) {
      case "voting":
        patch.votingOpenedAt = ctx.clock();
        break;
      case "grading":
        Object.assign(patch, await closeVotingIn(tx, ctx, view));
        break;
      case "published":
        patch.publishedOn = today;
        handlingCases = await openCasesForUnqualified(tx, ctx, view, entries, today);
        break;
      case "reported":
        patch.reportedOn = today;
        break;
      default:
        break;
    }
    const after = await updateCampaignRow(tx, id, patch);
    await recordAudit(tx, ctx, {
      action: input.to === "published" ? "evaluation.publish" : input.to === "reported" ? "evaluation.report" : "evaluation.advance",
      entityType: "evaluation_campaign",
      entityId: id,
      orgId: before.orgId,
      before: campaignSnapshot(before),
      after: { ...campaignSnapshot(after), ...(handlingCases.length > 0 ? { handlingCaseIds: handlingCases.map((c) => c.id) } : {}) },
    });
  });
  return getEvaluationCampaign(ctx, id);
}

/** §3.1: 不合格 → education first, then organizational handling (§3.2). The case opens with no method yet. */
async function openCasesForUnqualified(tx: Executor, ctx: Ctx, view: CampaignView, entries: Awaited<ReturnType<typeof findEntryRows>>, decidedOn: string) {
  const unqualified = entries.filter((v) => v.entry.isGraded && v.entry.finalGrade === "unqualified");
  if (unqualified.length === 0) return [];
  const label = EVALUATION_GRADE_LABELS.unqualified;
  return openHandlingCasesIn(
    tx,
    ctx,
    unqualified.map((v) => ({
      memberId: v.entry.memberId,
      orgId: view.campaign.orgId,
      entryId: v.entry.id,
      grounds: `${view.campaign.year}年度民主评议党员评定为“${label}”：${v.entry.gradeReason ?? ""}`.trim(),
      decidedOn,
    })),
  );
}
