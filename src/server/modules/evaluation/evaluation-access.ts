import type { EvaluationPhase } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { isPathInScope } from "../access/access.rules";
import { checkWorkPhase, type CampaignWork } from "./evaluation-phases.rules";
import { createCampaignNotFoundError, createEvaluationManageForbidden, createEvaluationReadForbidden, createEvaluationRuleError } from "./evaluation.errors";
import { type EvaluationAccess, getCampaignView } from "./evaluation.repository";

/** Who may do what with a campaign: the scope decides which campaigns a caller reaches, this the rest. */
export const accessOf = (ctx: Ctx): EvaluationAccess => ({ scope: ctx.actor.scope, memberId: ctx.actor.memberId });

export type CampaignView = NonNullable<Awaited<ReturnType<typeof getCampaignView>>>;

/** A campaign the caller reaches (404 otherwise, exactly like a missing one). */
export async function requireCampaign(db: Executor, ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<CampaignView> {
  if (!can(ctx.actor, "evaluation.read")) throw createEvaluationReadForbidden();
  const view = await getCampaignView(db, accessOf(ctx), id, options);
  if (!view) throw createCampaignNotFoundError();
  return view;
}

/**
 * Whether the caller sees the whole campaign (texts, votes, grades of everyone): officers of the branch
 * and the committees above it, never an ordinary member — a member sees their own entry only.
 */
export const seesWholeCampaign = (ctx: Ctx, view: CampaignView) => ctx.actor.role !== "member" && isPathInScope(ctx.actor.scope, view.orgPath);

/** The branch runs its evaluation: its own officers (evaluation.manage), not the committee above it. */
export const canManage = (ctx: Ctx, view: CampaignView) => can(ctx.actor, "evaluation.manage") && ctx.actor.org.id === view.campaign.orgId;

export function requireManage(ctx: Ctx, view: CampaignView) {
  if (!canManage(ctx, view)) throw createEvaluationManageForbidden();
}

/** EVAL-02: this work only in its phase. */
export function requireWorkPhase(work: CampaignWork, phase: string, field?: string) {
  const issues = checkWorkPhase(work, phase as EvaluationPhase, field);
  if (issues.length > 0) throw createEvaluationRuleError(issues);
}
