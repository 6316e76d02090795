import type { Honour, NominationStatus, ObjectionFinding } from "../../../shared/care";
import type { HonourItem, NominationDetail, NominationListItem, Objection } from "../../../shared/contracts/recognition.contract";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { todayOf } from "../organizations/organizations.service";
import type { HonourListRow } from "./honours.repository";
import { type NominationListRow, findHonourIdOfNomination, findObjectionRows, getUserName } from "./recognition.repository";
import { availableActions, availableWork, nominationSides } from "./recognition-status.rules";
import { publicityOf } from "./recognition.rules";

/** Objections are the officers' work: a member sees neither them nor their number. */
const seesObjections = (ctx: Ctx) => ctx.actor.role !== "member";

export function toNominationListItem(ctx: Ctx, row: NominationListRow): NominationListItem {
  const n = row.nomination;
  const objections = seesObjections(ctx);
  return {
    id: n.id,
    year: n.year,
    honour: n.honour as Honour,
    status: n.status as NominationStatus,
    orgId: n.orgId,
    orgName: row.orgName,
    reviewingOrgId: n.reviewingOrgId,
    reviewingOrgName: row.reviewingOrgName,
    memberId: n.memberId,
    nomineeOrgId: n.nomineeOrgId,
    nomineeName: row.memberName ?? row.nomineeOrgName ?? "",
    nomineeOrgName: row.memberOrgName ?? row.nomineeOrgName ?? "",
    publicity: n.publicityStartsOn && n.publicityEndsOn ? publicityOf(n.publicityStartsOn, n.publicityEndsOn, todayOf(ctx)) : null,
    objectionCount: objections ? row.objectionCount : 0,
    openObjectionCount: objections ? row.openObjectionCount : 0,
    publishedOn: n.publishedOn,
    createdAt: n.createdAt.toISOString(),
  };
}

/** The caller's sides on a nomination (HON-01/02). */
export const sidesOf = (ctx: Ctx, row: NominationListRow) =>
  nominationSides(
    { role: ctx.actor.role, orgId: ctx.actor.org.id, orgPath: ctx.actor.org.path },
    { orgId: row.nomination.orgId, orgPath: row.orgPath, reviewingOrgId: row.nomination.reviewingOrgId },
  );

export async function buildNominationDetail(ctx: Ctx, row: NominationListRow): Promise<NominationDetail> {
  const n = row.nomination;
  const status = n.status as NominationStatus;
  const sides = sidesOf(ctx, row);
  // One after another: ctx.db may be a transaction's single connection (the demo seed's).
  const objectionRows = seesObjections(ctx) ? await findObjectionRows(ctx.db, n.id) : [];
  const submittedByName = await getUserName(ctx.db, n.submittedBy);
  const honourId = n.status === "published" ? await findHonourIdOfNomination(ctx.db, n.id) : null;
  const objections: Objection[] = objectionRows.map(({ objection: o, recordedByName }) => ({
    id: o.id,
    receivedOn: o.receivedOn,
    content: o.content,
    finding: o.finding as ObjectionFinding | null,
    findingNote: o.findingNote,
    foundAt: o.foundAt?.toISOString() ?? null,
    recordedByName,
    createdAt: o.createdAt.toISOString(),
  }));
  return {
    ...toNominationListItem(ctx, row),
    deeds: n.deeds,
    reviewNote: n.reviewNote,
    decidedAt: n.decidedAt?.toISOString() ?? null,
    decisionNote: n.decisionNote,
    submittedByName,
    objections,
    honourId,
    sides,
    actions: availableActions(status, sides).filter((a) => a !== "decide" || canDecideNow(ctx, n, objections)),
    work: availableWork(status, sides),
  };
}

/** HON-10: the decision is offered only once publicity is over and every objection has its finding. */
function canDecideNow(ctx: Ctx, n: NominationListRow["nomination"], objections: readonly Objection[]): boolean {
  if (!n.publicityEndsOn) return false;
  return todayOf(ctx) > n.publicityEndsOn && objections.every((o) => o.finding !== null);
}

export function toHonourItem(ctx: Ctx, row: HonourListRow): HonourItem {
  const h = row.honour;
  return {
    id: h.id,
    honour: h.honour as Honour,
    year: h.year,
    memberId: h.memberId,
    memberName: row.memberName,
    orgId: h.orgId,
    orgName: row.orgName,
    conferredBy: h.conferredBy,
    conferredOn: h.conferredOn,
    nominationId: h.nominationId,
    revokedAt: h.revokedAt?.toISOString() ?? null,
    revokeReason: h.revokeReason,
    // Every honour listed is in the caller's reach; revoking it is the committee's (HON-14).
    canRevoke: can(ctx.actor, "recognition.review") && !h.revokedAt,
  };
}
