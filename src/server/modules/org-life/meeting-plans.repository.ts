import { and, asc, eq, isNull, like, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { orgRowInScope } from "../access/access.repository";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { meetingPlanItemsTable } from "./org-life.table";

const p = meetingPlanItemsTable;

export type PlanItemRow = typeof p.$inferSelect;

/** The live items of an organization's plan for a year, by month, then type and planned day. */
export function findPlanItemRows(db: Executor, orgId: string, year: number): Promise<PlanItemRow[]> {
  return db
    .select()
    .from(p)
    .where(and(eq(p.orgId, orgId), eq(p.year, year), isNull(p.archivedAt)))
    .orderBy(asc(p.month), asc(p.type), sql`${p.plannedOn} NULLS LAST`, asc(p.createdAt));
}

/** One live plan item whose organization lies in scope (else undefined: out of scope looks like missing); `forUpdate` locks it. */
export async function getPlanItemRow(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ item: p, orgName: orgsTable.name, orgArchivedAt: orgsTable.archivedAt })
    .from(p)
    .innerJoin(orgsTable, eq(orgsTable.id, p.orgId))
    .where(and(eq(p.id, id), isNull(p.archivedAt), orgRowInScope(scope)));
  const [row] = options.forUpdate ? await query.for("update", { of: p }) : await query;
  return row;
}

export async function insertPlanItemRows(db: Executor, rows: (typeof p.$inferInsert)[]): Promise<PlanItemRow[]> {
  if (rows.length === 0) return [];
  return db.insert(p).values(rows).returning();
}

export async function updatePlanItemRow(db: Executor, id: string, patch: Partial<typeof p.$inferInsert>): Promise<PlanItemRow> {
  const [row] = await db
    .update(p)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(p.id, id))
    .returning();
  return row!;
}

/** Full members (active) of an organization and its party groups, for ORG-05. */
export async function countFullMembers(db: Executor, path: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(like(orgsTable.path, pathPrefix(path)), eq(membersTable.status, "full"), eq(membersTable.standing, "active"), isNull(membersTable.archivedAt)));
  return row?.n ?? 0;
}
