import { type SQL, and, arrayContains, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, like, lte, ne, sql } from "drizzle-orm";
import type { FindMeetingsQuery } from "../../../shared/contracts/meetings.contract";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgOfficersTable, orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { meetingAmendmentsTable as amendments, meetingAttendancesTable as attendances, meetingPlanItemsTable as planItems, meetingsTable as meetings } from "./org-life.table";

export type MeetingRow = typeof meetings.$inferSelect;
export type NewMeetingRow = typeof meetings.$inferInsert;
export type AttendanceRecordRow = typeof attendances.$inferSelect;
export type NewAttendanceRow = typeof attendances.$inferInsert;
export type AmendmentRow = typeof amendments.$inferSelect;

/**
 * Which meetings the caller reaches. Officers and administrators: every meeting of their subtree.
 * A member (scope self): the signed-off, live meetings they were expected at — their branch's and
 * their group's meetings, never a draft and never a committee meeting they do not sit on.
 */
export function meetingInScope(scope: Scope): SQL | undefined {
  if (scope.kind !== "self") return orgInScope(scope, meetings.orgId);
  if (!scope.memberId) return sql`false`;
  return and(
    eq(meetings.status, "signed_off"),
    isNull(meetings.archivedAt),
    sql`EXISTS (SELECT 1 FROM ${attendances} WHERE ${attendances.meetingId} = ${meetings.id} AND ${attendances.memberId} = ${scope.memberId})`,
  );
}

/** One meeting in scope with its organization (out of scope looks exactly like missing). */
export async function getMeetingView(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ meeting: meetings, orgName: orgsTable.name, orgKind: orgsTable.kind, orgPath: orgsTable.path, recordedByName: usersTable.displayName })
    .from(meetings)
    .innerJoin(orgsTable, eq(orgsTable.id, meetings.orgId))
    .leftJoin(usersTable, eq(usersTable.id, meetings.recordedBy))
    .where(and(eq(meetings.id, id), meetingInScope(scope)));
  const [row] = options.forUpdate ? await query.for("update", { of: meetings }) : await query;
  return row;
}
export type MeetingView = NonNullable<Awaited<ReturnType<typeof getMeetingView>>>;

function meetingsWhere(scope: Scope, query: FindMeetingsQuery, subtree: { path?: string; orgId?: string }): SQL | undefined {
  const q = query.q?.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return and(
    meetingInScope(scope),
    subtree.path ? like(orgsTable.path, pathPrefix(subtree.path)) : undefined,
    // A member's filter names an organization they may not see: matched by id, never an error.
    subtree.orgId ? sql`${orgsTable.path} LIKE (SELECT ${orgsTable.path} FROM ${orgsTable} WHERE ${orgsTable.id} = ${subtree.orgId}) || '%'` : undefined,
    query.type ? eq(meetings.type, query.type) : undefined,
    query.tag ? arrayContains(meetings.tags, [query.tag]) : undefined,
    query.from ? gte(meetings.heldOn, query.from) : undefined,
    query.to ? lte(meetings.heldOn, query.to) : undefined,
    query.status === "archived" ? isNotNull(meetings.archivedAt) : isNull(meetings.archivedAt),
    query.status && query.status !== "archived" ? eq(meetings.status, query.status) : undefined,
    q ? ilike(meetings.topic, `%${q}%`) : undefined,
  );
}

/** A page of meetings, the latest first. */
export async function findMeetingRows(db: Executor, scope: Scope, query: FindMeetingsQuery, subtree: { path?: string; orgId?: string }) {
  const where = meetingsWhere(scope, query, subtree);
  const items = await db
    .select({ meeting: meetings, orgName: orgsTable.name })
    .from(meetings)
    .innerJoin(orgsTable, eq(orgsTable.id, meetings.orgId))
    .where(where)
    .orderBy(desc(meetings.heldOn), desc(meetings.createdAt), asc(meetings.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ total: count() }).from(meetings).innerJoin(orgsTable, eq(orgsTable.id, meetings.orgId)).where(where);
  return { items, total: total?.total ?? 0 };
}

export async function insertMeetingRow(db: Executor, row: NewMeetingRow): Promise<MeetingRow> {
  const [created] = await db.insert(meetings).values(row).returning();
  return created!;
}

export async function updateMeetingRow(db: Executor, id: string, patch: Partial<NewMeetingRow>): Promise<MeetingRow> {
  const [updated] = await db.update(meetings).set({ ...patch, updatedAt: new Date() }).where(eq(meetings.id, id)).returning();
  return updated!;
}

/** A document listed on the record, appended in one statement so two uploads at once both stay. */
export async function appendMeetingDocument(db: Executor, id: string, document: { fileId: string; name: string }) {
  await db
    .update(meetings)
    .set({ documents: sql`${meetings.documents} || ${JSON.stringify([document])}::jsonb`, updatedAt: new Date() })
    .where(eq(meetings.id, id));
}

// ---------------------------------------------------------------------------------------------
// Expected participants (seam 5)

const rosterColumns = { id: membersTable.id, name: membersTable.name, orgId: membersTable.orgId, status: membersTable.status, fullMemberOn: membersTable.fullMemberOn };
const onRoster = (heldOn: string) => and(isNull(membersTable.archivedAt), eq(membersTable.standing, "active"), lte(membersTable.joinedOn, heldOn));

/** The active members of an organization and the party groups under it, in the roster on the day. */
export function findSubtreeMembers(db: Executor, orgPath: string, heldOn: string) {
  return db
    .select(rosterColumns)
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(like(orgsTable.path, pathPrefix(orgPath)), onRoster(heldOn)))
    .orderBy(asc(orgsTable.path), asc(membersTable.name), asc(membersTable.id));
}

/** The organization's current committee: its officers now in post (group leaders aside), as members. */
export async function findCommitteeMembers(db: Executor, orgId: string, heldOn: string) {
  const rows = await db
    .selectDistinct(rosterColumns)
    .from(orgOfficersTable)
    .innerJoin(membersTable, eq(membersTable.id, orgOfficersTable.memberId))
    .where(and(eq(orgOfficersTable.orgId, orgId), isNull(orgOfficersTable.endedOn), ne(orgOfficersTable.post, "group_leader"), onRoster(heldOn)));
  return rows.sort((a, b) => a.name.localeCompare(b.name, "zh-CN") || a.id.localeCompare(b.id));
}

/** The named members (a talk's participants) among the active members of the organization's subtree. */
export function findNamedMembers(db: Executor, orgPath: string, heldOn: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select(rosterColumns)
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(inArray(membersTable.id, [...ids]), like(orgsTable.path, pathPrefix(orgPath)), onRoster(heldOn)));
}

// ---------------------------------------------------------------------------------------------
// Attendance

export async function insertAttendanceRows(db: Executor, rows: NewAttendanceRow[]) {
  if (rows.length > 0) await db.insert(attendances).values(rows);
}

/** A meeting's attendance with each person's name and organization, in roster order. */
export function findAttendanceRows(db: Executor, meetingId: string) {
  return db
    .select({ attendance: attendances, name: membersTable.name, orgName: orgsTable.name })
    .from(attendances)
    .innerJoin(membersTable, eq(membersTable.id, attendances.memberId))
    .innerJoin(orgsTable, eq(orgsTable.id, attendances.orgId))
    .where(eq(attendances.meetingId, meetingId))
    .orderBy(asc(orgsTable.path), asc(membersTable.name), asc(attendances.memberId));
}
export type AttendanceView = Awaited<ReturnType<typeof findAttendanceRows>>[number];

export async function updateAttendanceRow(
  db: Executor,
  id: string,
  patch: Pick<NewAttendanceRow, "status" | "reason" | "excludedFromQuorum" | "exclusionReason">,
) {
  await db.update(attendances).set({ ...patch, updatedAt: new Date() }).where(eq(attendances.id, id));
}

/** The meeting's date is kept on each row too (one index scan for "last organizational life"). */
export async function updateAttendanceHeldOn(db: Executor, meetingId: string, heldOn: string) {
  await db.update(attendances).set({ heldOn, updatedAt: new Date() }).where(eq(attendances.meetingId, meetingId));
}

// ---------------------------------------------------------------------------------------------
// Amendments

export async function insertAmendmentRow(db: Executor, row: typeof amendments.$inferInsert): Promise<AmendmentRow> {
  const [created] = await db.insert(amendments).values(row).returning();
  return created!;
}

/** A record's amendments, oldest first. */
export function findAmendmentRows(db: Executor, meetingId: string) {
  return db.select().from(amendments).where(eq(amendments.meetingId, meetingId)).orderBy(asc(amendments.createdAt), asc(amendments.id));
}

// ---------------------------------------------------------------------------------------------
// Plan items (seam 1): read to link a new meeting, and the one UPDATE at sign-off

export async function getPlanItemRow(db: Executor, id: string) {
  const [row] = await db.select().from(planItems).where(and(eq(planItems.id, id), isNull(planItems.archivedAt)));
  return row;
}

/** The plan item a signed-off meeting fulfils becomes held, naming the meeting (if still planned). */
export async function markPlanItemHeld(db: Executor, planItemId: string, meetingId: string) {
  const rows = await db
    .update(planItems)
    .set({ status: "held", meetingId, updatedAt: new Date() })
    .where(and(eq(planItems.id, planItemId), eq(planItems.status, "planned"), isNull(planItems.archivedAt)))
    .returning({ id: planItems.id });
  return rows.length > 0;
}
