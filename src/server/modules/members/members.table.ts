import { date, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { orgsTable } from "../organizations/organizations.table";

/**
 * Party members (党员). ID and phone numbers are personal information (rules.md §7.2): stored
 * encrypted (AES-256-GCM), looked up by a keyed hash, listed only in masked form.
 */
export const membersTable = pgTable(
  "members",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    name: text("name").notNull(),
    gender: text("gender").notNull(),
    ethnicity: text("ethnicity").notNull(),
    idNumberCipher: text("id_number_cipher").notNull(),
    idNumberHash: text("id_number_hash").notNull(),
    idNumberMasked: text("id_number_masked").notNull(),
    birthDate: date("birth_date").notNull(),
    phoneCipher: text("phone_cipher"),
    phoneMasked: text("phone_masked"),
    education: text("education"),
    occupation: text("occupation"),
    joinedOn: date("joined_on").notNull(),
    fullMemberOn: date("full_member_on"),
    status: text("status").notNull(),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("members_org_idx").on(t.orgId),
    uniqueIndex("members_id_number_hash_idx").on(t.idNumberHash),
  ],
);
