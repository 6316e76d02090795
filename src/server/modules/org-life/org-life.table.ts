import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

/**
 * One meeting of organizational life (三会一课, 主题党日, 组织生活会, 谈心谈话…, rules.md §2.3). A draft
 * until the secretary signs it off; then locked, and later corrections are `meeting_amendments`.
 * The attendance counts are kept on the row so the compliance matrix and rates of a province are
 * index scans of this table, never of attendance.
 */
export const meetingsTable = pgTable(
  "meetings",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    type: text("type").notNull(),
    topic: text("topic").notNull(),
    heldOn: date("held_on").notNull(),
    /** "HH:mm" local times. */
    startsAt: text("starts_at"),
    endsAt: text("ends_at"),
    place: text("place"),
    hostName: text("host_name"),
    hostMemberId: uuid("host_member_id").references(() => membersTable.id),
    recorderName: text("recorder_name"),
    recorderMemberId: uuid("recorder_member_id").references(() => membersTable.id),
    /** 党课: who gave the lecture. */
    lecturerName: text("lecturer_name"),
    agenda: text("agenda"),
    minutes: text("minutes"),
    /** MEETING_TAGS values. */
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    /** [{ title, yes, no, abstain, passed }]: motions voted on, where votes count (general meeting). */
    resolutions: jsonb("resolutions").notNull().default([]),
    /** [{ fileId, name }]: photos and files from the file store. */
    documents: jsonb("documents").notNull().default([]),
    expectedCount: integer("expected_count").notNull().default(0),
    presentCount: integer("present_count").notNull().default(0),
    excusedCount: integer("excused_count").notNull().default(0),
    absentCount: integer("absent_count").notNull().default(0),
    /** Null where the type has no quorum rule. */
    quorumMet: boolean("quorum_met"),
    status: text("status").notNull().default("draft"),
    signedOffAt: timestamp("signed_off_at", { withTimezone: true }),
    signedOffBy: uuid("signed_off_by").references(() => usersTable.id),
    signedOffName: text("signed_off_name"),
    /** The plan item this meeting fulfils, if any. */
    planItemId: uuid("plan_item_id"),
    recordedBy: uuid("recorded_by").references(() => usersTable.id),
    ...timestamps(),
    /** A draft withdrawn (never a signed-off record): kept, with the reason. */
    archivedAt: archivedAt(),
    archiveReason: text("archive_reason"),
  },
  (t) => [
    index("meetings_org_idx").on(t.orgId, t.heldOn),
    index("meetings_compliance_idx").on(t.orgId, t.type, t.heldOn).where(sql`${t.status} = 'signed_off' AND ${t.archivedAt} IS NULL`),
    index("meetings_tags_idx").using("gin", t.tags),
  ],
);

/** Each expected participant of a meeting and how they attended (出席 / 请假 / 缺席). */
export const meetingAttendancesTable = pgTable(
  "meeting_attendances",
  {
    id: id(),
    meetingId: uuid("meeting_id").notNull().references(() => meetingsTable.id),
    memberId: uuid("member_id").notNull().references(() => membersTable.id),
    /** The member's organization on the day, so history stays scoped after a transfer. */
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    /** The meeting's date, kept here so "last organizational life" per member is one index scan. */
    heldOn: date("held_on").notNull(),
    status: text("status").notNull(),
    /** 请假 needs a reason. */
    reason: text("reason"),
    /** A full member with the vote (probationary members never vote, §1.5). */
    isVoter: boolean("is_voter").notNull().default(false),
    /** Not counted in 应到会 (§1.5 exclusions), with the reason. */
    excludedFromQuorum: boolean("excluded_from_quorum").notNull().default(false),
    exclusionReason: text("exclusion_reason"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("meeting_attendances_meeting_member_idx").on(t.meetingId, t.memberId),
    index("meeting_attendances_member_idx").on(t.memberId, t.heldOn),
  ],
);

/** A correction of a signed-off record: what changed (before and after), why, by whom. Append-only. */
export const meetingAmendmentsTable = pgTable(
  "meeting_amendments",
  {
    id: id(),
    meetingId: uuid("meeting_id").notNull().references(() => meetingsTable.id),
    reason: text("reason").notNull(),
    /** { field: { before, after } } */
    changes: jsonb("changes").notNull(),
    amendedBy: uuid("amended_by").references(() => usersTable.id),
    amendedByName: text("amended_by_name"),
    ...timestamps(),
  },
  (t) => [index("meeting_amendments_meeting_idx").on(t.meetingId)],
);

/** The annual and monthly plan of meetings, pre-filled from the required frequencies. */
export const meetingPlanItemsTable = pgTable(
  "meeting_plan_items",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    year: integer("year").notNull(),
    month: integer("month").notNull(),
    type: text("type").notNull(),
    plannedOn: date("planned_on"),
    topic: text("topic"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    status: text("status").notNull().default("planned"),
    meetingId: uuid("meeting_id").references(() => meetingsTable.id),
    cancelReason: text("cancel_reason"),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [index("meeting_plan_items_org_idx").on(t.orgId, t.year, t.month)],
);
