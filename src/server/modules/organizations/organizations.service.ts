import { randomUUID } from "node:crypto";
import type { CreateOrg, FindOrgsQuery, Org, OrgDetail, OrgLookup, UpdateOrg } from "../../../shared/contracts/orgs.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import { chinaToday } from "../../../shared/dates";
import { type OfficerPost, type OrgDomain, type OrgKind, canHoldMembers } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import type { Scope } from "../access/access.rules";
import { recordAudit } from "../audit/audit.service";
import { findCurrentPosts } from "./org-officers.repository";
import { checkTermRules, defaultTermYears, termEndsOn, termStatus } from "./org-terms.rules";
import {
  createOrgCodeTakenError,
  createOrgDateInvalidError,
  createOrgDissolvedError,
  createOrgNotFoundError,
  createOrgParentInvalidError,
  createOrgTermInvalidError,
  createTopLevelOrgForbiddenError,
} from "./organizations.errors";
import {
  type NewOrgRow,
  type OrgRow,
  countSubtree,
  findNearestCommitteeRow,
  findOrgRows,
  getOrgName,
  getOrgRow,
  getOrgRowByCode,
  hasAnyOrgRow,
  insertOrgRow,
  updateOrgRow,
} from "./organizations.repository";
import { canContain, checkOrgSetup, childPath } from "./organizations.rules";

/** Today in China: every date rule is judged on the calendar the organizations live by. */
export const todayOf = (ctx: Pick<Ctx, "clock">) => chinaToday(ctx.clock());

const toOrg = (row: OrgRow, hasChildren: boolean): Org => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind as OrgKind,
  domain: row.domain as OrgDomain | null,
  unitName: row.unitName,
  parentId: row.parentId,
  hasChildren,
  // Dissolving stores the day as midnight in China, so this gives that day back.
  dissolvedAt: row.archivedAt ? chinaToday(row.archivedAt) : null,
});

/** What the audit log keeps of an organization. */
export const snapshot = (row: OrgRow) => ({
  code: row.code,
  name: row.name,
  kind: row.kind,
  domain: row.domain,
  unitName: row.unitName,
  unitNature: row.unitNature,
  parentId: row.parentId,
  establishedOn: row.establishedOn,
  termStartedOn: row.termStartedOn,
  termYears: row.termYears,
});

export async function findOrgs(ctx: Ctx, query: FindOrgsQuery): Promise<Page<Org>> {
  const { items, total } = await findOrgRows(ctx.db, ctx.actor.scope, query);
  return { items: items.map((r) => toOrg(r.org, r.hasChildren)), total, page: query.page, pageSize: query.pageSize };
}

/** One live organization in the caller's scope; 404 when missing, dissolved or out of scope (users bind to these). */
export async function requireOrgInScope(db: Executor, scope: Scope, id: string): Promise<OrgRow> {
  const row = await getOrgRow(db, scope, id);
  if (!row) throw createOrgNotFoundError();
  return row;
}

/** An organization about to change: 404 out of scope, 422 when dissolved (it is history now). */
export async function requireLiveOrg(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}): Promise<OrgRow> {
  const row = await getOrgRow(db, scope, id, { includeDissolved: true, forUpdate: options.forUpdate });
  if (!row) throw createOrgNotFoundError();
  if (row.archivedAt) throw createOrgDissolvedError(row.name);
  return row;
}

/** The detail, dissolved organizations included: they stay readable as history. */
export async function getOrg(ctx: Ctx, id: string): Promise<OrgDetail> {
  const row = await getOrgRow(ctx.db, ctx.actor.scope, id, { includeDissolved: true });
  if (!row) throw createOrgNotFoundError();
  const [counts, currentPosts, parentName] = await Promise.all([
    countSubtree(ctx.db, row),
    findCurrentPosts(ctx.db, row.id),
    row.parentId ? getOrgName(ctx.db, row.parentId) : null,
  ]);
  const kind = row.kind as OrgKind;
  const today = todayOf(ctx);
  const term = { startedOn: row.termStartedOn, years: row.termYears };
  const defaultYears = defaultTermYears(kind, row.domain as OrgDomain | null);
  const status = defaultYears === null ? "unknown" : termStatus(term, today, ctx.config.renewalDueMonths);
  const isLive = !row.archivedAt;
  const warnings = isLive
    ? [
        ...checkOrgSetup({ kind, ...counts, currentPosts: currentPosts as OfficerPost[] }),
        ...(defaultYears === null ? [] : checkTermRules(term, status, today)),
      ]
    : [];
  // Moving or dissolving the organization one's own account hangs on would cut the ground from under it.
  const isOwnScopeRoot = ctx.actor.scope.kind !== "all" && ctx.actor.scope.orgId === row.id;
  return {
    ...toOrg(row, counts.childCount > 0),
    ...counts,
    unitNature: row.unitNature,
    parentName,
    establishedOn: row.establishedOn,
    termStartedOn: row.termStartedOn,
    termYears: row.termYears,
    termEndsOn: term.startedOn && term.years ? termEndsOn(term.startedOn, term.years) : null,
    termStatus: status,
    defaultTermYears: defaultYears,
    dissolvedReason: row.dissolvedReason,
    warnings,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: {
      canUpdate: isLive && can(ctx.actor, "org.update"),
      canCreateChild: isLive && can(ctx.actor, "org.create") && kind !== "group",
      canMove: isLive && can(ctx.actor, "org.move") && !isOwnScopeRoot,
      canDissolve: isLive && can(ctx.actor, "org.dissolve") && !isOwnScopeRoot,
      canManageOfficers: isLive && can(ctx.actor, "org.manage_officers"),
    },
  };
}

export async function createOrg(ctx: Ctx, input: CreateOrg): Promise<OrgDetail> {
  const created = await ctx.db.transaction((tx) => createOrgIn(tx, ctx, input));
  return getOrg(ctx, created.id);
}

/** Create inside the caller's transaction, so a larger unit of work (the demo seed) stays atomic. */
export async function createOrgIn(tx: Executor, ctx: Ctx, input: CreateOrg): Promise<OrgRow> {
  if (!can(ctx.actor, "org.create")) throw createForbiddenError("只有系统管理员和党委管理员可以新建组织");
  const parent = input.parentId ? await requireOrgInScope(tx, ctx.actor.scope, input.parentId) : null;
  if (!parent && ctx.actor.role !== "admin") throw createTopLevelOrgForbiddenError();
  const parentKind = (parent?.kind as OrgKind | undefined) ?? null;
  if (!canContain(parentKind, input.kind)) throw createOrgParentInvalidError(parentKind, input.kind);
  if (await getOrgRowByCode(tx, input.code)) throw createOrgCodeTakenError(input.code);
  const id = randomUUID();
  const row = await insertOrgRow(tx, {
    id,
    code: input.code,
    name: input.name,
    kind: input.kind,
    // A party group works in its branch's domain.
    domain: input.domain ?? (input.kind === "group" ? parent?.domain : null) ?? null,
    unitName: input.unitName ?? null,
    unitNature: input.unitNature || null,
    establishedOn: checkEstablishedOn(input.establishedOn, todayOf(ctx)),
    parentId: parent?.id ?? null,
    path: childPath(parent?.path ?? null, id),
    depth: (parent?.depth ?? -1) + 1,
  });
  await recordAudit(tx, ctx, { action: "org.create", entityType: "org", entityId: row.id, orgId: row.id, after: snapshot(row) });
  return row;
}

/** By code, for the CLI; 404 when unknown. */
export async function getOrgByCode(db: Executor, code: string): Promise<OrgRow> {
  const row = await getOrgRowByCode(db, code);
  if (!row) throw createOrgNotFoundError();
  return row;
}

/**
 * A transfer's receiving organization by its exact code: unscoped, since a transfer may go to any
 * committee in the system (TR-02), so it answers only a live organization that holds members (MEM-01)
 * and only its name and kind; 404 for anything else. Only those who record transfers may ask.
 */
export async function getMemberOrgByCode(ctx: Ctx, code: string): Promise<OrgLookup> {
  if (!can(ctx.actor, "member.record_event")) throw createForbiddenError("只有系统管理员、党委管理员和支部工作人员可以查找接收组织");
  const row = await getOrgRowByCode(ctx.db, code);
  if (!row || row.archivedAt || !canHoldMembers(row.kind as OrgKind)) throw createOrgNotFoundError();
  return { id: row.id, code: row.code, name: row.name, kind: row.kind as OrgKind };
}

export async function updateOrg(ctx: Ctx, id: string, patch: UpdateOrg): Promise<OrgDetail> {
  await ctx.db.transaction((tx) => updateOrgIn(tx, ctx, id, patch));
  return getOrg(ctx, id);
}

/** Update inside the caller's transaction (the demo seed records every term in its own). */
export async function updateOrgIn(tx: Executor, ctx: Ctx, id: string, patch: UpdateOrg): Promise<OrgRow> {
  const before = await requireLiveOrg(tx, ctx.actor.scope, id);
  if (!can(ctx.actor, "org.update")) throw createForbiddenError("只有系统管理员和党委管理员可以修改组织");
  const changes: Partial<NewOrgRow> = {
    name: patch.name,
    domain: patch.domain,
    unitName: patch.unitName,
    unitNature: patch.unitNature === undefined ? undefined : patch.unitNature || null,
    establishedOn: patch.establishedOn === undefined ? undefined : checkEstablishedOn(patch.establishedOn, todayOf(ctx)),
    ...resolveTerm(before, patch, todayOf(ctx)),
  };
  const after = await updateOrgRow(tx, id, changes);
  await recordAudit(tx, ctx, { action: "org.update", entityType: "org", entityId: id, orgId: id, before: snapshot(before), after: snapshot(after) });
  return after;
}

/**
 * The term after a change (TERM-01..03): a new start date without a length takes TERM-02's default for
 * the kind and (possibly new) domain; clearing the start date clears the term. A party group has none.
 */
function resolveTerm(row: OrgRow, patch: UpdateOrg, today: string): Pick<NewOrgRow, "termStartedOn" | "termYears"> {
  if (patch.termStartedOn === undefined && patch.termYears === undefined) return {};
  const domain = (patch.domain !== undefined ? patch.domain : row.domain) as OrgDomain | null;
  const defaultYears = defaultTermYears(row.kind as OrgKind, domain);
  if (defaultYears === null) throw createOrgTermInvalidError("党小组不实行任期制，任期只登记在基层党委、党总支和党支部（TERM-01）");
  const startedOn = patch.termStartedOn !== undefined ? patch.termStartedOn : row.termStartedOn;
  if (!startedOn) {
    if (patch.termYears != null) throw createOrgTermInvalidError("请先填写本届任期开始日期（选举日期）");
    return { termStartedOn: null, termYears: null };
  }
  if (startedOn > today) throw createOrgTermInvalidError("本届任期开始日期（选举日期）不能晚于今天");
  const years = patch.termYears !== undefined ? patch.termYears : row.termYears;
  return { termStartedOn: startedOn, termYears: years ?? defaultYears };
}

/** Whether the database holds any organization yet (first start). */
export const hasAnyOrg = (db: Executor) => hasAnyOrgRow(db);

/** The nearest committee on an organization's path (see findNearestCommitteeRow): the one query for "上级党委". */
export const findNearestCommittee = (db: Executor, orgPath: string, options: { strictlyAbove?: boolean } = {}) => findNearestCommitteeRow(db, orgPath, options);

/** A founding day cannot lie in the future. */
function checkEstablishedOn(establishedOn: string | null | undefined, today: string): string | null {
  if (establishedOn && establishedOn > today) throw createOrgDateInvalidError("establishedOn", `成立日期不能晚于今天（${today}）`);
  return establishedOn ?? null;
}
