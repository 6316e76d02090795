import { and, asc, desc, eq, ilike, isNull, like, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import { membersTable } from "../members/members.table";
import { orgOfficersTable, orgsTable } from "./organizations.table";
import type { OrgRow } from "./organizations.repository";

export type OrgOfficerRow = typeof orgOfficersTable.$inferSelect;

// Every function takes an organization the service has already found in the caller's scope.

/** Current officers first (by post order of appointment), then past ones, the latest to leave first. */
export function findOfficerRows(db: Executor, orgId: string): Promise<OrgOfficerRow[]> {
  return db
    .select()
    .from(orgOfficersTable)
    .where(eq(orgOfficersTable.orgId, orgId))
    .orderBy(sql`${orgOfficersTable.endedOn} IS NOT NULL`, desc(orgOfficersTable.endedOn), asc(orgOfficersTable.startedOn), asc(orgOfficersTable.createdAt));
}

export async function getOfficerRow(db: Executor, orgId: string, officerId: string): Promise<OrgOfficerRow | undefined> {
  const [row] = await db
    .select()
    .from(orgOfficersTable)
    .where(and(eq(orgOfficersTable.id, officerId), eq(orgOfficersTable.orgId, orgId)));
  return row;
}

/** Posts of the current officers, for the setup rules (ORG-05, ORG-06). */
export async function findCurrentPosts(db: Executor, orgId: string): Promise<string[]> {
  const rows = await db
    .select({ post: orgOfficersTable.post })
    .from(orgOfficersTable)
    .where(and(eq(orgOfficersTable.orgId, orgId), isNull(orgOfficersTable.endedOn)));
  return rows.map((r) => r.post);
}

export async function findCurrentHolder(db: Executor, orgId: string, post: string): Promise<OrgOfficerRow | undefined> {
  const [row] = await db
    .select()
    .from(orgOfficersTable)
    .where(and(eq(orgOfficersTable.orgId, orgId), eq(orgOfficersTable.post, post), isNull(orgOfficersTable.endedOn)))
    .limit(1);
  return row;
}

export async function insertOfficerRow(db: Executor, row: typeof orgOfficersTable.$inferInsert): Promise<OrgOfficerRow> {
  const [inserted] = await db.insert(orgOfficersTable).values(row).returning();
  return inserted!;
}

export async function endOfficerRow(db: Executor, officerId: string, endedOn: string): Promise<OrgOfficerRow> {
  const [updated] = await db
    .update(orgOfficersTable)
    .set({ endedOn, updatedAt: sql`now()` })
    .where(eq(orgOfficersTable.id, officerId))
    .returning();
  return updated!;
}

const activeMemberInSubtree = (org: Pick<OrgRow, "path">) =>
  and(like(orgsTable.path, pathPrefix(org.path)), isNull(orgsTable.archivedAt), isNull(membersTable.archivedAt), eq(membersTable.standing, "active"));

/** A member on the active roster of the organization's subtree, or undefined. */
export async function getActiveMemberInSubtree(db: Executor, org: Pick<OrgRow, "path">, memberId: string) {
  const [row] = await db
    .select({ id: membersTable.id, name: membersTable.name, status: membersTable.status })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(eq(membersTable.id, memberId), activeMemberInSubtree(org)));
  return row;
}

/** Members who could take a post: the active roster of the subtree, by name; only names leave here. */
export function findCandidateRows(db: Executor, org: Pick<OrgRow, "path">, q: string | undefined, limit: number) {
  return db
    .select({ id: membersTable.id, name: membersTable.name, orgName: orgsTable.name, status: membersTable.status })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(activeMemberInSubtree(org), q ? ilike(membersTable.name, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined))
    .orderBy(asc(orgsTable.depth), asc(membersTable.name))
    .limit(limit);
}
