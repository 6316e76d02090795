import type { NeedCategory, NeedRating, NeedStatus, NeedStepKind, NeedUrgency } from "../../../shared/care";
import type { NeedDetail, NeedListItem } from "../../../shared/contracts/member-needs.contract";
import { chinaToday } from "../../../shared/dates";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { isPathInScope } from "../access/access.rules";
import { findOwnerFiles, toFileSummary } from "../files/files.service";
import { findNearestCommittee, todayOf } from "../organizations/organizations.service";
import { type NeedView, findNeedStepRows } from "./member-needs.repository";
import { type NeedCaller, type NeedState, allowedNeedActions, canUploadToNeed, needOverdue } from "./member-needs.rules";

/** Sealed file owner (files.repository SEALED_OWNER_TYPES): only this module serves a need's files. */
export const NEED_FILE_OWNER = "member_need";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toNeedListItem(view: NeedView, today: string): NeedListItem {
  const { need } = view;
  return {
    id: need.id,
    org: { id: need.orgId, name: view.orgName },
    handlingOrg: { id: need.handlingOrgId, name: view.handlingOrgName },
    member: { id: need.memberId, name: view.memberName },
    category: need.category as NeedCategory,
    title: need.title,
    urgency: need.urgency as NeedUrgency,
    isPrivate: need.isPrivate,
    status: need.status as NeedStatus,
    filedAt: need.filedAt.toISOString(),
    acknowledgeDueOn: need.acknowledgeDueOn,
    resolveDueOn: need.resolveDueOn,
    resolvedAt: iso(need.resolvedAt),
    rating: need.rating as NeedRating | null,
    overdue: needOverdue({ status: need.status as NeedStatus, acknowledgeDueOn: need.acknowledgeDueOn, resolveDueOn: need.resolveDueOn }, today),
  };
}

/** The committee a need would go to (NEED-04): the nearest one strictly above its organization. */
export const escalationTargetOf = (db: Executor, view: Pick<NeedView, "orgPath">) => findNearestCommittee(db, view.orgPath, { strictlyAbove: true });

/**
 * The caller's side on a need they see (NEED-05): the member themself; the working side, an officer
 * whose scope covers the organization handling it now (never the member); the branch side, working
 * it from below the committee it would go to.
 */
export function callerOf(ctx: Ctx, view: NeedView, target: { path: string } | undefined): NeedCaller {
  const isMember = ctx.actor.memberId !== null && ctx.actor.memberId === view.need.memberId;
  const canHandle = can(ctx.actor, "need.handle");
  const isWorking = canHandle && !isMember && isPathInScope(ctx.actor.scope, view.handlingOrgPath);
  const isBranchSide = isWorking && (!target || !target.path.startsWith(ctx.actor.org.path));
  return { isMember, canHandle, isWorking, isBranchSide };
}

export function stateOf(view: NeedView, target: unknown): NeedState {
  const { need } = view;
  return {
    status: need.status as NeedStatus,
    rating: need.rating as NeedRating | null,
    reopenCount: need.reopenCount,
    resolvedOn: need.resolvedAt ? chinaToday(need.resolvedAt) : null,
    isEscalated: need.escalatedAt !== null,
    isHandledByOwnOrg: need.handlingOrgId === need.orgId,
    hasCommitteeAbove: target !== undefined,
  };
}

/** The whole need as its page shows it: the record of steps, the files, what the caller may do now. */
export async function buildNeedDetail(ctx: Ctx, view: NeedView): Promise<NeedDetail> {
  const { need } = view;
  const today = todayOf(ctx);
  // One after another: inside a transaction (the demo seed) ctx.db is a single connection.
  const stepRows = await findNeedStepRows(ctx.db, need.id);
  const files = await findOwnerFiles(ctx.db, NEED_FILE_OWNER, need.id);
  const target = await escalationTargetOf(ctx.db, view);
  const caller = callerOf(ctx, view, target);
  return {
    ...toNeedListItem(view, today),
    description: need.description,
    filedByName: view.filedByName,
    acknowledgedAt: iso(need.acknowledgedAt),
    escalatedAt: iso(need.escalatedAt),
    resolution: need.resolution,
    ratingComment: need.ratingComment,
    ratedAt: iso(need.ratedAt),
    reopenCount: need.reopenCount,
    withdrawnAt: iso(need.withdrawnAt),
    steps: stepRows.map(({ step, actingOrgName, actedByName }) => ({
      id: step.id,
      kind: step.kind as NeedStepKind,
      occurredAt: step.occurredAt.toISOString(),
      actingOrgName,
      actedByName,
      note: step.note,
    })),
    files: files.map(toFileSummary),
    actions: allowedNeedActions(stateOf(view, target), caller, today, ctx.config.care.needRateWithinDays),
    canUpload: canUploadToNeed(need.status as NeedStatus, caller),
  };
}
