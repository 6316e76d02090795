import { and, asc, count, desc, eq, ilike, inArray, isNull, like, or, sql } from "drizzle-orm";
import type { FindOrgsQuery } from "../../../shared/contracts/orgs.contract";
import type { Executor } from "../../db/client";
import { orgRowInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "./organizations.table";

export type OrgRow = typeof orgsTable.$inferSelect;
export type NewOrgRow = typeof orgsTable.$inferInsert;

const active = isNull(orgsTable.archivedAt);

const childExists = (includeDissolved: boolean) =>
  sql<boolean>`EXISTS (SELECT 1 FROM ${orgsTable} AS child WHERE child.parent_id = ${orgsTable}.id${includeDissolved ? sql`` : sql` AND child.archived_at IS NULL`})`;

/**
 * One organization in scope, or undefined: out of scope looks exactly like missing. Dissolved ones
 * only when asked for (history); `forUpdate` locks the row for the caller's transaction.
 */
export async function getOrgRow(
  db: Executor,
  scope: Scope,
  id: string,
  options: { includeDissolved?: boolean; forUpdate?: boolean } = {},
): Promise<OrgRow | undefined> {
  const query = db
    .select()
    .from(orgsTable)
    .where(and(eq(orgsTable.id, id), options.includeDissolved ? undefined : active, orgRowInScope(scope)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

/** Locks several organizations, always in id order so two transactions never wait on each other. */
export async function lockOrgRows(db: Executor, ids: string[]): Promise<void> {
  await db.select({ id: orgsTable.id }).from(orgsTable).where(inArray(orgsTable.id, ids)).orderBy(asc(orgsTable.id)).for("update");
}

/** By code, unscoped: for the CLI and the demo seed, which act as the system. */
export async function getOrgRowByCode(db: Executor, code: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(orgsTable).where(eq(orgsTable.code, code));
  return row;
}

export async function findOrgRows(db: Executor, scope: Scope, query: FindOrgsQuery) {
  const where = and(
    query.includeDissolved ? undefined : active,
    orgRowInScope(scope),
    query.roots ? scopeRoots(scope) : undefined,
    query.parentId ? eq(orgsTable.parentId, query.parentId) : undefined,
    query.q ? or(ilike(orgsTable.name, `%${escapeLike(query.q)}%`), eq(orgsTable.code, query.q)) : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select({ org: orgsTable, hasChildren: childExists(Boolean(query.includeDissolved)) })
      .from(orgsTable)
      .where(where)
      .orderBy(asc(orgsTable.depth), asc(orgsTable.code))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(orgsTable).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

/** The top of what the caller sees: the real roots for an admin, else the caller's own org. */
function scopeRoots(scope: Scope) {
  return scope.kind === "all" ? isNull(orgsTable.parentId) : eq(orgsTable.id, scope.orgId);
}

/**
 * Sizes of an organization's subtree, each one indexed query on the path. Members count when their
 * standing is active (the roster's statistics); "direct" ones belong to the organization itself or to
 * its party groups, which are its children (ORG-08), so the branch rules see the whole branch.
 */
export async function countSubtree(db: Executor, org: Pick<OrgRow, "id" | "path">) {
  const inSubtree = and(like(orgsTable.path, pathPrefix(org.path)), active);
  const isDirect = sql`(${orgsTable.id} = ${org.id} OR (${orgsTable.parentId} = ${org.id} AND ${orgsTable.kind} = 'group'))`;
  const [[children], [orgs], [members]] = await Promise.all([
    db.select({ n: count() }).from(orgsTable).where(and(eq(orgsTable.parentId, org.id), active)),
    db.select({ n: count() }).from(orgsTable).where(inSubtree),
    db
      .select({
        subtree: count(),
        direct: sql<number>`count(*) FILTER (WHERE ${isDirect})`.mapWith(Number),
        directFull: sql<number>`count(*) FILTER (WHERE ${isDirect} AND ${membersTable.status} = 'full')`.mapWith(Number),
      })
      .from(membersTable)
      .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
      .where(and(inSubtree, isNull(membersTable.archivedAt), eq(membersTable.standing, "active"))),
  ]);
  return {
    childCount: children?.n ?? 0,
    subtreeOrgCount: orgs?.n ?? 0,
    subtreeMemberCount: members?.subtree ?? 0,
    memberCount: members?.direct ?? 0,
    fullMemberCount: members?.directFull ?? 0,
  };
}

export async function getOrgName(db: Executor, id: string): Promise<string | null> {
  const [row] = await db.select({ name: orgsTable.name }).from(orgsTable).where(eq(orgsTable.id, id));
  return row?.name ?? null;
}

export async function insertOrgRow(db: Executor, row: NewOrgRow): Promise<OrgRow> {
  const [inserted] = await db.insert(orgsTable).values(row).returning();
  return inserted!;
}

export async function updateOrgRow(db: Executor, id: string, patch: Partial<NewOrgRow>): Promise<OrgRow> {
  const [updated] = await db
    .update(orgsTable)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(orgsTable.id, id))
    .returning();
  return updated!;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function hasAnyOrgRow(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: orgsTable.id }).from(orgsTable).limit(1);
  return Boolean(row);
}

/**
 * The nearest committee (基层党委) on an organization's materialized path: the approving committee of a
 * branch (rules.md §1.3, §3.2), or with `strictlyAbove` the higher committee of a committee itself.
 * The ancestors are the path's ids: one indexed lookup, never a walk of the tree.
 */
export async function findNearestCommitteeRow(db: Executor, orgPath: string, options: { strictlyAbove?: boolean } = {}) {
  const ids = orgPath.split("/").filter(Boolean);
  const ancestorIds = options.strictlyAbove ? ids.slice(0, -1) : ids;
  if (ancestorIds.length === 0) return undefined;
  const [row] = await db
    .select({ id: orgsTable.id, name: orgsTable.name, path: orgsTable.path })
    .from(orgsTable)
    .where(and(inArray(orgsTable.id, ancestorIds), eq(orgsTable.kind, "committee"), active))
    .orderBy(desc(orgsTable.depth))
    .limit(1);
  return row;
}
