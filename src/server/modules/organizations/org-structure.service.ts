import type { DissolveOrg, FindRenewalsQuery, MoveOrg, OrgDetail, Renewal } from "../../../shared/contracts/orgs.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import type { OrgKind } from "../../../shared/domain";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { buildRenewalsQuery, countDissolveBlockers, dissolveOrgRow, endCurrentOfficers, moveSubtree } from "./org-structure.repository";
import {
  createOrgDateInvalidError,
  createOrgMoveIntoSubtreeError,
  createOrgNotEmptyError,
  createOrgParentInvalidError,
} from "./organizations.errors";
import { lockOrgRows } from "./organizations.repository";
import { getOrg, requireLiveOrg, snapshot, todayOf } from "./organizations.service";
import { canContain, isSameOrDescendantPath } from "./organizations.rules";

/**
 * 移动: re-parent an organization with its whole subtree. Both ends must be in the caller's scope
 * (404 otherwise), the new parent may not lie inside the moved subtree, and the kinds must fit (ORG-08).
 * Accounts bound to the moved organizations keep working: scopes are read from the paths per request.
 */
export async function moveOrg(ctx: Ctx, id: string, input: MoveOrg): Promise<OrgDetail> {
  await requireLiveOrg(ctx.db, ctx.actor.scope, id);
  if (!can(ctx.actor, "org.move")) throw createForbiddenError("只有系统管理员和党委管理员可以移动组织");
  await ctx.db.transaction(async (tx) => {
    // Lock both rows first, then re-read them: a concurrent move of either cannot slip in between.
    await lockOrgRows(tx, [id, input.parentId]);
    const org = await requireLiveOrg(tx, ctx.actor.scope, id);
    const parent = await requireLiveOrg(tx, ctx.actor.scope, input.parentId);
    if (isSameOrDescendantPath(parent.path, org.path)) throw createOrgMoveIntoSubtreeError();
    if (!canContain(parent.kind as OrgKind, org.kind as OrgKind)) throw createOrgParentInvalidError(parent.kind as OrgKind, org.kind as OrgKind, "parentId");
    if (org.parentId === parent.id) return;
    const movedOrgCount = await moveSubtree(tx, org, parent);
    await recordAudit(tx, ctx, {
      action: "org.move",
      entityType: "org",
      entityId: org.id,
      orgId: org.id,
      before: { parentId: org.parentId, path: org.path, depth: org.depth },
      after: { parentId: parent.id, path: `${parent.path}${org.id}/`, depth: parent.depth + 1, movedOrgCount },
    });
  });
  return getOrg(ctx, id);
}

/** Midnight in China on the given day: archivedAt carries the dissolution day, which the detail gives back. */
const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * 撤销: only an empty organization is dissolved — no members left on its roster, no live child
 * organizations, no active accounts bound to it (each named in the refusal). The row stays as history
 * with its reason, and its current officers leave office that day.
 */
export async function dissolveOrg(ctx: Ctx, id: string, input: DissolveOrg): Promise<OrgDetail> {
  const before = await requireLiveOrg(ctx.db, ctx.actor.scope, id);
  if (!can(ctx.actor, "org.dissolve")) throw createForbiddenError("只有系统管理员和党委管理员可以撤销组织");
  if (input.dissolvedOn > todayOf(ctx)) throw createOrgDateInvalidError("dissolvedOn", "撤销日期不能晚于今天");
  // A dissolution before the current term began contradicts the organization's own record: a typo.
  if (before.termStartedOn && input.dissolvedOn < before.termStartedOn) {
    throw createOrgDateInvalidError("dissolvedOn", `撤销日期不能早于本届任期开始日期 ${before.termStartedOn}`);
  }
  await ctx.db.transaction(async (tx) => {
    const org = await requireLiveOrg(tx, ctx.actor.scope, id, { forUpdate: true });
    const blockers = await countDissolveBlockers(tx, org);
    if (blockers.members + blockers.children + blockers.users > 0) throw createOrgNotEmptyError(blockers);
    const after = await dissolveOrgRow(tx, org.id, chinaMidnight(input.dissolvedOn), input.reason);
    const endedOfficers = await endCurrentOfficers(tx, org.id, input.dissolvedOn);
    await recordAudit(tx, ctx, {
      action: "org.dissolve",
      entityType: "org",
      entityId: org.id,
      orgId: org.id,
      before: { ...snapshot(org), dissolvedAt: null },
      after: { ...snapshot(after), dissolvedAt: input.dissolvedOn, dissolvedReason: input.reason, endedOfficers },
    });
  });
  return getOrg(ctx, id);
}

/** 换届提醒: live organizations of the scope whose term is due or overdue (TERM-03), soonest end first. */
export async function findRenewals(ctx: Ctx, query: FindRenewalsQuery): Promise<Page<Renewal>> {
  const rows = await buildRenewalsQuery(ctx.db, ctx.actor.scope, query, todayOf(ctx), ctx.config.renewalDueMonths);
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind as OrgKind,
      parentName: r.parentName,
      termStartedOn: r.termStartedOn!,
      termYears: r.termYears!,
      termEndsOn: r.termEndsOn,
      termStatus: r.isOverdue ? "overdue" : "due",
    })),
    // The window count rides on every row; past the last page there is no row to carry it.
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
