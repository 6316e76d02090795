import { and, asc, eq, inArray, isNotNull, isNull, like, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { FindRenewalsQuery } from "../../../shared/contracts/orgs.contract";
import type { Executor } from "../../db/client";
import { orgRowInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { usersTable } from "../users/users.table";
import { orgOfficersTable, orgsTable } from "./organizations.table";
import type { OrgRow } from "./organizations.repository";

/**
 * Re-parents a whole subtree in ONE statement: every path under the old prefix gets the new prefix,
 * every depth shifts by the same amount, and the moved organization alone gets its new parent.
 * Dissolved descendants move too, so history keeps pointing at the right place.
 */
export function buildMoveSubtreeQuery(db: Executor, org: Pick<OrgRow, "id" | "path" | "depth">, parent: Pick<OrgRow, "id" | "path" | "depth">) {
  const newPrefix = `${parent.path}${org.id}/`;
  return db
    .update(orgsTable)
    .set({
      path: sql`${newPrefix}::text || substring(${orgsTable.path} from char_length(${org.path}::text) + 1)`,
      depth: sql`${orgsTable.depth} + ${parent.depth + 1 - org.depth}::int`,
      parentId: sql`CASE WHEN ${orgsTable.id} = ${org.id}::uuid THEN ${parent.id}::uuid ELSE ${orgsTable.parentId} END`,
      updatedAt: sql`now()`,
    })
    .where(like(orgsTable.path, pathPrefix(org.path)))
    .returning({ id: orgsTable.id });
}

/** The number of organizations moved. */
export async function moveSubtree(db: Executor, org: Pick<OrgRow, "id" | "path" | "depth">, parent: Pick<OrgRow, "id" | "path" | "depth">) {
  return (await buildMoveSubtreeQuery(db, org, parent)).length;
}

/** Standings that keep a member on an organization's roster: dissolving would orphan them. */
export const ROSTER_STANDINGS = ["active", "transferring", "suspended"] as const;

/** What still hangs on an organization: members on the roster, live child organizations, active accounts. */
export async function countDissolveBlockers(db: Executor, org: Pick<OrgRow, "id" | "path">) {
  const subtreeIds = sql`SELECT ${orgsTable.id} FROM ${orgsTable} WHERE ${like(orgsTable.path, pathPrefix(org.path))}`;
  const [row] = await db
    .select({
      members: sql<number>`(SELECT count(*) FROM ${membersTable} WHERE ${membersTable.orgId} IN (${subtreeIds}) AND ${membersTable.archivedAt} IS NULL AND ${inArray(membersTable.standing, [...ROSTER_STANDINGS])})`.mapWith(Number),
      children: sql<number>`(SELECT count(*) FROM ${orgsTable} WHERE ${orgsTable.parentId} = ${org.id} AND ${orgsTable.archivedAt} IS NULL)`.mapWith(Number),
      users: sql<number>`(SELECT count(*) FROM ${usersTable} WHERE ${usersTable.orgId} IN (${subtreeIds}) AND ${usersTable.isActive})`.mapWith(Number),
    })
    .from(sql`(SELECT 1) AS one`);
  return { members: row?.members ?? 0, children: row?.children ?? 0, users: row?.users ?? 0 };
}

export async function dissolveOrgRow(db: Executor, id: string, archivedAt: Date, reason: string): Promise<OrgRow> {
  const [row] = await db
    .update(orgsTable)
    .set({ archivedAt, dissolvedReason: reason, updatedAt: sql`now()` })
    .where(eq(orgsTable.id, id))
    .returning();
  return row!;
}

/** A dissolved organization's officers leave office with it (never before they started). */
export async function endCurrentOfficers(db: Executor, orgId: string, endedOn: string) {
  return db
    .update(orgOfficersTable)
    .set({ endedOn: sql`GREATEST(${orgOfficersTable.startedOn}, ${endedOn}::date)`, updatedAt: sql`now()` })
    .where(and(eq(orgOfficersTable.orgId, orgId), isNull(orgOfficersTable.endedOn)))
    .returning({ id: orgOfficersTable.id, name: orgOfficersTable.name, post: orgOfficersTable.post });
}

const parent = alias(orgsTable, "parent");
/** termEndsOn in SQL: date + interval clamps to the month's end exactly as addYears does (29 Feb → 28 Feb). */
const endsOnSql = sql`(${orgsTable.termStartedOn} + make_interval(years => ${orgsTable.termYears}))::date`;

/**
 * Organizations due or overdue for renewal (TERM-03), in ONE query: the end date is computed in SQL,
 * the scope is the usual path prefix and the total comes from a window count, so nothing walks the tree.
 */
export function buildRenewalsQuery(db: Executor, scope: Scope, query: FindRenewalsQuery, today: string, dueMonths: number) {
  const isOverdue = sql`${endsOnSql} < ${today}::date`;
  const isDue = sql`(${endsOnSql} >= ${today}::date AND (${endsOnSql} - make_interval(months => ${dueMonths}::int))::date <= ${today}::date)`;
  const statusFilter = query.status === "overdue" ? isOverdue : query.status === "due" ? isDue : sql`(${isOverdue} OR ${isDue})`;
  return db
    .select({
      id: orgsTable.id,
      code: orgsTable.code,
      name: orgsTable.name,
      kind: orgsTable.kind,
      parentName: parent.name,
      termStartedOn: orgsTable.termStartedOn,
      termYears: orgsTable.termYears,
      termEndsOn: sql<string>`to_char(${endsOnSql}, 'YYYY-MM-DD')`,
      isOverdue: sql<boolean>`${isOverdue}`,
      total: sql<number>`count(*) OVER ()`.mapWith(Number),
    })
    .from(orgsTable)
    .leftJoin(parent, eq(parent.id, orgsTable.parentId))
    .where(and(isNull(orgsTable.archivedAt), orgRowInScope(scope), isNotNull(orgsTable.termStartedOn), isNotNull(orgsTable.termYears), statusFilter))
    .orderBy(asc(endsOnSql), asc(orgsTable.code))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
}
