import { boolean, date, index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

/**
 * Party members (党员). ID and phone numbers are personal information (rules.md §7.2): stored
 * encrypted (AES-256-GCM), looked up by a keyed hash, listed only in masked form.
 * Members are never deleted: leaving the roster changes `standing` and adds an event.
 */
export const membersTable = pgTable(
  "members",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    name: text("name").notNull(),
    gender: text("gender").notNull(),
    ethnicity: text("ethnicity").notNull(),
    idType: text("id_type").notNull().default("resident_id"),
    idNumberCipher: text("id_number_cipher").notNull(),
    idNumberHash: text("id_number_hash").notNull(),
    idNumberMasked: text("id_number_masked").notNull(),
    birthDate: date("birth_date").notNull(),
    nativePlace: text("native_place"),
    education: text("education"),
    occupation: text("occupation"),
    workUnit: text("work_unit"),
    post: text("post"),
    phoneCipher: text("phone_cipher"),
    phoneHash: text("phone_hash"),
    phoneMasked: text("phone_masked"),
    address: text("address"),
    joinedOn: date("joined_on").notNull(),
    fullMemberOn: date("full_member_on"),
    status: text("status").notNull(),
    standing: text("standing").notNull().default("active"),
    isMobile: boolean("is_mobile").notNull().default(false),
    isStruggling: boolean("is_struggling").notNull().default(false),
    isLostContact: boolean("is_lost_contact").notNull().default(false),
    /** While a transfer within the system is pending: the receiving organization (TR-03). */
    pendingTransferOrgId: uuid("pending_transfer_org_id").references(() => orgsTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("members_org_idx").on(t.orgId, t.standing),
    index("members_name_idx").on(t.name.op("text_pattern_ops")),
    index("members_phone_hash_idx").on(t.phoneHash),
    index("members_pending_transfer_idx").on(t.pendingTransferOrgId),
    uniqueIndex("members_id_number_hash_idx").on(t.idNumberHash),
  ],
);

/**
 * A member's lifecycle (rules.md §3.3, §5): transfers, mobile registration, lost contact, suspension,
 * exit, death. Each a dated record with its reason and document references; the history is append-only.
 */
export const memberEventsTable = pgTable(
  "member_events",
  {
    id: id(),
    memberId: uuid("member_id").notNull().references(() => membersTable.id),
    type: text("type").notNull(),
    occurredOn: date("occurred_on").notNull(),
    reason: text("reason"),
    /** Type-specific data: letter number, from/to organizations, destination, card number, exit kind… */
    details: jsonb("details").notNull().default({}),
    /** References to the paper documents (e.g. 介绍信 number); uploaded files arrive with the file store. */
    documents: jsonb("documents").notNull().default([]),
    /** The member's organization when the event happened, so history stays scoped after a transfer. */
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    recordedBy: uuid("recorded_by").references(() => usersTable.id),
    ...timestamps(),
  },
  (t) => [index("member_events_member_idx").on(t.memberId, t.occurredOn)],
);
