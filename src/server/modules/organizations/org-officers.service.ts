import type { CreateOrgOfficer, EndOrgOfficer, OfficerCandidate, OrgOfficer } from "../../../shared/contracts/orgs.contract";
import { OFFICER_POSTS, type OfficerPost, type OrgKind } from "../../../shared/domain";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import {
  type OrgOfficerRow,
  endOfficerRow,
  findCandidateRows,
  findCurrentHolder,
  findOfficerRows,
  getActiveMemberInSubtree,
  getOfficerRow,
  insertOfficerRow,
} from "./org-officers.repository";
import {
  createOfficerEndedError,
  createOfficerMemberInvalidError,
  createOfficerNotFoundError,
  createOfficerPostInvalidError,
  createOfficerPostTakenError,
  createOfficerProbationaryError,
  createOrgDateInvalidError,
  createOrgNotFoundError,
} from "./organizations.errors";
import { getOrgRow } from "./organizations.repository";
import { requireLiveOrg, todayOf } from "./organizations.service";
import { COMMITTEE_POSTS, SINGLE_HOLDER_POSTS, isPostAllowed } from "./organizations.rules";

/** Officers (领导班子) are never deleted: a post ends with a date, and the history stays. */

const toOfficer = (row: OrgOfficerRow): OrgOfficer => ({
  id: row.id,
  orgId: row.orgId,
  post: row.post as OfficerPost,
  memberId: row.memberId,
  name: row.name,
  startedOn: row.startedOn,
  endedOn: row.endedOn,
  isCurrent: row.endedOn === null,
});

const snapshot = (row: OrgOfficerRow) => ({ post: row.post, memberId: row.memberId, name: row.name, startedOn: row.startedOn, endedOn: row.endedOn });

const postOrder = (post: string) => OFFICER_POSTS.indexOf(post as OfficerPost);

/** Current officers in post order (书记 first), then past ones, the latest to leave first. */
export async function findOrgOfficers(ctx: Ctx, orgId: string): Promise<{ items: OrgOfficer[] }> {
  const org = await getOrgRow(ctx.db, ctx.actor.scope, orgId, { includeDissolved: true });
  if (!org) throw createOrgNotFoundError();
  const rows = await findOfficerRows(ctx.db, org.id);
  const current = rows.filter((r) => r.endedOn === null).sort((a, b) => postOrder(a.post) - postOrder(b.post) || a.startedOn.localeCompare(b.startedOn));
  const past = rows.filter((r) => r.endedOn !== null).sort((a, b) => b.endedOn!.localeCompare(a.endedOn!));
  return { items: [...current, ...past].map(toOfficer) };
}

function requireManageOfficers(ctx: Ctx) {
  if (!can(ctx.actor, "org.manage_officers")) throw createForbiddenError("只有系统管理员和党委管理员可以调整组织领导班子");
}

export async function createOrgOfficer(ctx: Ctx, orgId: string, input: CreateOrgOfficer): Promise<OrgOfficer> {
  await requireLiveOrg(ctx.db, ctx.actor.scope, orgId);
  requireManageOfficers(ctx);
  if (input.startedOn > todayOf(ctx)) throw createOrgDateInvalidError("startedOn", "任职日期不能晚于今天");
  const created = await ctx.db.transaction(async (tx) => {
    // The organization's row lock serializes appointments, so two requests cannot both seat a secretary.
    const org = await requireLiveOrg(tx, ctx.actor.scope, orgId, { forUpdate: true });
    if (!isPostAllowed(org.kind as OrgKind, input.post)) throw createOfficerPostInvalidError(org.kind as OrgKind, input.post);
    let name = input.name ?? "";
    if (input.memberId) {
      const member = await getActiveMemberInSubtree(tx, org, input.memberId);
      if (!member) throw createOfficerMemberInvalidError();
      // Committee posts are elected, and probationary members cannot be elected (TERM-04).
      if (member.status !== "full" && COMMITTEE_POSTS.includes(input.post)) throw createOfficerProbationaryError(input.post);
      name = member.name;
    }
    if (SINGLE_HOLDER_POSTS.includes(input.post)) {
      const holder = await findCurrentHolder(tx, org.id, input.post);
      if (holder) throw createOfficerPostTakenError(input.post, holder.name);
    }
    const row = await insertOfficerRow(tx, { orgId: org.id, post: input.post, memberId: input.memberId ?? null, name, startedOn: input.startedOn });
    await recordAudit(tx, ctx, { action: "org.officer_create", entityType: "org_officer", entityId: row.id, orgId: org.id, after: snapshot(row) });
    return row;
  });
  return toOfficer(created);
}

/** 离任: the post ends on a day between its start and today; an ended post stays ended. */
export async function endOrgOfficer(ctx: Ctx, orgId: string, officerId: string, input: EndOrgOfficer): Promise<OrgOfficer> {
  await requireLiveOrg(ctx.db, ctx.actor.scope, orgId);
  requireManageOfficers(ctx);
  const ended = await ctx.db.transaction(async (tx) => {
    const org = await requireLiveOrg(tx, ctx.actor.scope, orgId, { forUpdate: true });
    const before = await getOfficerRow(tx, org.id, officerId);
    if (!before) throw createOfficerNotFoundError();
    if (before.endedOn) throw createOfficerEndedError(before.endedOn);
    if (input.endedOn < before.startedOn) throw createOrgDateInvalidError("endedOn", `离任日期不能早于任职日期 ${before.startedOn}`);
    if (input.endedOn > todayOf(ctx)) throw createOrgDateInvalidError("endedOn", "离任日期不能晚于今天");
    const after = await endOfficerRow(tx, officerId, input.endedOn);
    await recordAudit(tx, ctx, { action: "org.officer_end", entityType: "org_officer", entityId: officerId, orgId: org.id, before: snapshot(before), after: snapshot(after) });
    return after;
  });
  return toOfficer(ended);
}

const CANDIDATE_LIMIT = 20;

/** Names for the appointment form's picker; only those who appoint may list the roster this way. */
export async function findOfficerCandidates(ctx: Ctx, orgId: string, q: string | undefined): Promise<{ items: OfficerCandidate[] }> {
  const org = await requireLiveOrg(ctx.db, ctx.actor.scope, orgId);
  requireManageOfficers(ctx);
  const rows = await findCandidateRows(ctx.db, org, q, CANDIDATE_LIMIT);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, orgName: r.orgName, isFullMember: r.status === "full" })) };
}
