import { randomUUID } from "node:crypto";
import type { CreateOrg, FindOrgsQuery, Org, OrgDetail, UpdateOrg } from "../../../shared/contracts/orgs.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import type { OrgDomain, OrgKind } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import type { Scope } from "../access/access.rules";
import { recordAudit } from "../audit/audit.service";
import {
  createOrgCodeTakenError,
  createOrgNotFoundError,
  createOrgParentInvalidError,
  createTopLevelOrgForbiddenError,
} from "./organizations.errors";
import {
  type OrgRow,
  countSubtree,
  findOrgRows,
  getOrgName,
  getOrgRow,
  getOrgRowByCode,
  hasAnyOrgRow,
  insertOrgRow,
  updateOrgRow,
} from "./organizations.repository";
import { canContain, childPath } from "./organizations.rules";

const toOrg = (row: OrgRow, hasChildren: boolean): Org => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind as OrgKind,
  domain: row.domain as OrgDomain | null,
  unitName: row.unitName,
  parentId: row.parentId,
  hasChildren,
});

/** What the audit log keeps of an organization. */
const snapshot = (row: OrgRow) => ({ code: row.code, name: row.name, kind: row.kind, domain: row.domain, unitName: row.unitName, parentId: row.parentId });

export async function findOrgs(ctx: Ctx, query: FindOrgsQuery): Promise<Page<Org>> {
  const { items, total } = await findOrgRows(ctx.db, ctx.actor.scope, query);
  return { items: items.map((r) => toOrg(r.org, r.hasChildren)), total, page: query.page, pageSize: query.pageSize };
}

/** One organization in the caller's scope; 404 when missing or out of scope. */
export async function requireOrgInScope(db: Executor, scope: Scope, id: string): Promise<OrgRow> {
  const row = await getOrgRow(db, scope, id);
  if (!row) throw createOrgNotFoundError();
  return row;
}

export async function getOrg(ctx: Ctx, id: string): Promise<OrgDetail> {
  const row = await requireOrgInScope(ctx.db, ctx.actor.scope, id);
  const counts = await countSubtree(ctx.db, row);
  return {
    ...toOrg(row, counts.childCount > 0),
    ...counts,
    parentName: row.parentId ? await getOrgName(ctx.db, row.parentId) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: {
      canUpdate: can(ctx.actor, "org.update"),
      canCreateChild: can(ctx.actor, "org.create") && row.kind !== "group",
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

export async function updateOrg(ctx: Ctx, id: string, patch: UpdateOrg): Promise<OrgDetail> {
  const before = await requireOrgInScope(ctx.db, ctx.actor.scope, id);
  if (!can(ctx.actor, "org.update")) throw createForbiddenError("只有系统管理员和党委管理员可以修改组织");
  await ctx.db.transaction(async (tx) => {
    const after = await updateOrgRow(tx, id, patch);
    await recordAudit(tx, ctx, { action: "org.update", entityType: "org", entityId: id, orgId: id, before: snapshot(before), after: snapshot(after) });
  });
  return getOrg(ctx, id);
}

/** Whether the database holds any organization yet (first start). */
export const hasAnyOrg = (db: Executor) => hasAnyOrgRow(db);
