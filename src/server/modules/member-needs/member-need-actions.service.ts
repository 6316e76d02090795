import { NEED_RATING_LABELS, type NeedStatus, type NeedStepKind } from "../../../shared/care";
import { type NeedActionInput, NeedActionSchema, type NeedDetail } from "../../../shared/contracts/member-needs.contract";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../organizations/organizations.service";
import { callerOf, escalationTargetOf, stateOf } from "./member-need-view";
import { createNeedHandleForbidden, throwIfIssues } from "./member-needs.errors";
import { type NeedView, type NewNeedRow, insertNeedStepRow, updateNeedRow } from "./member-needs.repository";
import { NEED_ACTION_RULES, checkNeedAction, checkRating, resolveDueOn } from "./member-needs.rules";
import { getNeedAfterChange, needSnapshot, requireNeed } from "./member-needs.service";

type Action = ReturnType<typeof NeedActionSchema.parse>;

const STEP_OF: Record<Action["action"], NeedStepKind> = {
  acknowledge: "acknowledged",
  progress: "progress",
  escalate: "escalated",
  resolve: "resolved",
  rate: "rated",
  reopen: "reopened",
  withdraw: "withdrawn",
};

/**
 * One step on a need, in one transaction: the need's row, its dated step (member_need_steps) and the
 * audit entry. The working side's steps need need.handle (403 otherwise); then NEED-05 decides who may
 * take which step in which status, with NEED-04 (escalation), NEED-07 (rating), NEED-08 (reopening).
 */
export async function actOnNeed(ctx: Ctx, id: string, raw: NeedActionInput): Promise<NeedDetail> {
  const input = NeedActionSchema.parse(raw);
  if (NEED_ACTION_RULES[input.action].side === "working" && !can(ctx.actor, "need.handle")) throw createNeedHandleForbidden();
  await ctx.db.transaction(async (tx) => {
    const view = await requireNeed(tx, ctx, id, { forUpdate: true });
    const target = await escalationTargetOf(tx, view);
    const caller = callerOf(ctx, view, target);
    const today = todayOf(ctx);
    throwIfIssues(checkNeedAction(input.action, stateOf(view, target), caller, today, ctx.config.care.needRateWithinDays));
    if (input.action === "rate") throwIfIssues(checkRating(input.rating, input.note));
    const patch = changeOf(ctx, view, input, target?.id);
    const after = await updateNeedRow(tx, id, patch);
    const isMemberStep = NEED_ACTION_RULES[input.action].side === "member";
    const step = await insertNeedStepRow(tx, {
      needId: id,
      kind: STEP_OF[input.action],
      occurredAt: ctx.clock(),
      // The organization speaking: the officer's own (the branch or the committee); none for the member's steps.
      actingOrgId: isMemberStep ? null : userIdOf(ctx) ? ctx.actor.org.id : view.need.handlingOrgId,
      actedBy: userIdOf(ctx),
      note: input.action === "rate" ? `${NEED_RATING_LABELS[input.rating]}${input.note ? `：${input.note}` : ""}` : input.note,
    });
    await recordAudit(tx, ctx, {
      action: `need.${input.action}`,
      entityType: "member_need",
      entityId: id,
      orgId: view.need.orgId,
      before: needSnapshot(view.need),
      after: { ...needSnapshot(after), stepId: step.id },
    });
  });
  return getNeedAfterChange(ctx, id);
}

/** The need's row after the step. Deadlines restart at acknowledgement, escalation and reopening (NEED-03). */
function changeOf(ctx: Ctx, view: NeedView, input: Action, committeeId: string | undefined): Partial<NewNeedRow> {
  const now = ctx.clock();
  const resolveBy = resolveDueOn(todayOf(ctx), ctx.config.care.needResolveDays);
  const status = (s: NeedStatus) => ({ status: s });
  switch (input.action) {
    case "acknowledge":
      return { ...status("acknowledged"), acknowledgedAt: now, resolveDueOn: resolveBy };
    case "progress":
      return {};
    case "escalate":
      return { ...status("escalated"), handlingOrgId: committeeId!, escalatedAt: now, resolveDueOn: resolveBy };
    case "resolve":
      return { ...status("resolved"), resolvedAt: now, resolution: input.note };
    case "rate":
      return { rating: input.rating, ratingComment: input.note || null, ratedAt: now };
    case "reopen":
      // Worked again by whoever resolved it; the closure and its rating stay in the steps.
      return { ...status("reopened"), reopenCount: view.need.reopenCount + 1, resolvedAt: null, resolution: null, rating: null, ratingComment: null, ratedAt: null, resolveDueOn: resolveBy };
    case "withdraw":
      return { ...status("withdrawn"), withdrawnAt: now };
  }
}
