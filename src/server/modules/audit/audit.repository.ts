import { and, count, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { FindAuditQuery } from "../../../shared/contracts/audit.contract";
import type { Executor } from "../../db/client";
import { orgInScope } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { orgsTable } from "../organizations/organizations.table";
import { auditLogTable } from "./audit.table";

export type NewAuditRow = typeof auditLogTable.$inferInsert;

export async function insertAuditRows(db: Executor, rows: NewAuditRow[]) {
  await db.insert(auditLogTable).values(rows);
}

export async function findAuditRows(db: Executor, scope: Scope, query: FindAuditQuery) {
  // Entries that name no organization (e.g. a failed sign-in with an unknown username) are
  // visible to admins only: `org_id IN (…)` is never true for NULL.
  const where = and(
    orgInScope(scope, auditLogTable.orgId),
    query.action ? eq(auditLogTable.action, query.action) : undefined,
    query.entityType ? eq(auditLogTable.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditLogTable.entityId, query.entityId) : undefined,
    query.actorUsername ? eq(auditLogTable.actorUsername, query.actorUsername) : undefined,
    query.from ? gte(auditLogTable.at, sql`${query.from}::date`) : undefined,
    query.to ? lt(auditLogTable.at, sql`${query.to}::date + 1`) : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select({ entry: auditLogTable, orgName: orgsTable.name })
      .from(auditLogTable)
      .leftJoin(orgsTable, eq(orgsTable.id, auditLogTable.orgId))
      .where(where)
      .orderBy(desc(auditLogTable.at), desc(auditLogTable.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditLogTable).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function hasAuditRow(db: Executor, action: string): Promise<boolean> {
  const [row] = await db.select({ id: auditLogTable.id }).from(auditLogTable).where(eq(auditLogTable.action, action)).limit(1);
  return Boolean(row);
}
