import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import type { FindUsersQuery } from "../../../shared/contracts/users.contract";
import type { Executor } from "../../db/client";
import { orgInScope } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "./users.table";

export type UserRow = typeof usersTable.$inferSelect;

/** Users are scoped by the organization they are bound to. */
export async function getUserRow(db: Executor, scope: Scope, id: string) {
  const [row] = await db
    .select({ user: usersTable, orgName: orgsTable.name })
    .from(usersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, usersTable.orgId))
    .where(and(eq(usersTable.id, id), orgInScope(scope, usersTable.orgId)));
  return row;
}

/** The `member` accounts linked to a roster record, unscoped: a transfer moves them wherever it goes. */
export async function findMemberAccountRows(db: Executor, memberId: string): Promise<UserRow[]> {
  return db
    .select()
    .from(usersTable)
    .where(and(eq(usersTable.memberId, memberId), eq(usersTable.role, "member")))
    .orderBy(asc(usersTable.id))
    .for("update");
}

export async function isUsernameTaken(db: Executor, username: string) {
  const [row] = await db.select({ id: usersTable.id }).from(usersTable).where(eq(usersTable.username, username));
  return Boolean(row);
}

export async function findUserRows(db: Executor, scope: Scope, query: FindUsersQuery) {
  const where = and(
    orgInScope(scope, usersTable.orgId),
    query.orgId ? eq(usersTable.orgId, query.orgId) : undefined,
    query.isActive === undefined ? undefined : eq(usersTable.isActive, query.isActive),
    query.q ? or(ilike(usersTable.username, `%${query.q}%`), ilike(usersTable.displayName, `%${query.q}%`)) : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select({ user: usersTable, orgName: orgsTable.name })
      .from(usersTable)
      .innerJoin(orgsTable, eq(orgsTable.id, usersTable.orgId))
      .where(where)
      .orderBy(asc(usersTable.username))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(usersTable).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function insertUserRow(db: Executor, row: typeof usersTable.$inferInsert): Promise<UserRow> {
  const [inserted] = await db.insert(usersTable).values(row).returning();
  return inserted!;
}

export async function updateUserRow(db: Executor, id: string, patch: Partial<typeof usersTable.$inferInsert>): Promise<UserRow> {
  const [updated] = await db
    .update(usersTable)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(usersTable.id, id))
    .returning();
  return updated!;
}
