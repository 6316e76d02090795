import { desc, eq, max } from "drizzle-orm";
import type { MemberEventType } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { memberEventsTable } from "./members.table";

export type MemberEventRow = typeof memberEventsTable.$inferSelect;
export type NewMemberEventRow = typeof memberEventsTable.$inferInsert;

/**
 * The events' SQL. Callers reach a member's events only after reaching the member through scope
 * (members.repository), so these queries take a member id, not a scope.
 */
export async function insertMemberEventRow(db: Executor, row: NewMemberEventRow): Promise<MemberEventRow> {
  const [inserted] = await db.insert(memberEventsTable).values(row).returning();
  return inserted!;
}

/** A member's history, newest first, with the organization at the time and who recorded it. */
export async function findMemberEventRows(db: Executor, where: { memberId: string } | { id: string }) {
  return db
    .select({ event: memberEventsTable, orgName: orgsTable.name, recordedByName: usersTable.displayName })
    .from(memberEventsTable)
    .innerJoin(orgsTable, eq(orgsTable.id, memberEventsTable.orgId))
    .leftJoin(usersTable, eq(usersTable.id, memberEventsTable.recordedBy))
    .where("id" in where ? eq(memberEventsTable.id, where.id) : eq(memberEventsTable.memberId, where.memberId))
    .orderBy(desc(memberEventsTable.occurredOn), desc(memberEventsTable.createdAt), desc(memberEventsTable.id));
}

/** The latest date of each event type of a member, for the lifecycle rules. */
export async function getLastEventDates(db: Executor, memberId: string): Promise<Partial<Record<MemberEventType, string>>> {
  const rows = await db
    .select({ type: memberEventsTable.type, last: max(memberEventsTable.occurredOn) })
    .from(memberEventsTable)
    .where(eq(memberEventsTable.memberId, memberId))
    .groupBy(memberEventsTable.type);
  return Object.fromEntries(rows.filter((r) => r.last).map((r) => [r.type, r.last]));
}
