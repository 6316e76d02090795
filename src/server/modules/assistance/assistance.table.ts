import { sql } from "drizzle-orm";
import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

/**
 * People cared for who are not found from the roster alone (帮扶对象): members with long illness,
 * families of deceased members, masses in difficulty (with their consent recorded), and details of a
 * struggling or senior member's situation. Struggling and senior members themselves come from the
 * roster (members.is_struggling; the senior rule). Ended, never deleted.
 */
export const careRecipientsTable = pgTable(
  "care_recipients",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    kind: text("kind").notNull(),
    /** The member (or, for a family, the deceased member); null for masses. */
    memberId: uuid("member_id").references(() => membersTable.id),
    /** The person visited: the member's name, the family member's or the resident's. */
    personName: text("person_name").notNull(),
    /** For a family: the relation to the deceased member (配偶, 子女 …). */
    relation: text("relation"),
    address: text("address"),
    difficulty: text("difficulty").notNull().default(""),
    /** Masses: the day their consent to be recorded was given, and how (PIPL §13/§29). */
    consentOn: date("consent_on"),
    consentNote: text("consent_note"),
    startedOn: date("started_on").notNull(),
    endedOn: date("ended_on"),
    endReason: text("end_reason"),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [index("care_recipients_org_idx").on(t.orgId, t.kind), index("care_recipients_member_idx").on(t.memberId)],
);

/**
 * A campaign plan (e.g. before the Spring Festival, before 1 July): set by an organization for its
 * subtree, with the people to visit, by whom and by when (care_campaign_targets).
 */
export const careCampaignsTable = pgTable(
  "care_campaigns",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    year: integer("year").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    startsOn: date("starts_on").notNull(),
    dueOn: date("due_on").notNull(),
    notes: text("notes").notNull().default(""),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [index("care_campaigns_org_idx").on(t.orgId, t.year)],
);

/** Who must be visited in a campaign: a member or a recorded recipient, the visitor assigned, the day due. */
export const careCampaignTargetsTable = pgTable(
  "care_campaign_targets",
  {
    id: id(),
    campaignId: uuid("campaign_id").notNull().references(() => careCampaignsTable.id),
    /** The target's organization (for coverage per organization and for scope). */
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    memberId: uuid("member_id").references(() => membersTable.id),
    recipientId: uuid("recipient_id").references(() => careRecipientsTable.id),
    kind: text("kind").notNull(),
    visitorName: text("visitor_name").notNull().default(""),
    dueOn: date("due_on").notNull(),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("care_campaign_targets_campaign_idx").on(t.campaignId, t.orgId),
    uniqueIndex("care_campaign_targets_member_idx").on(t.campaignId, t.memberId).where(sql`${t.memberId} IS NOT NULL AND ${t.recipientId} IS NULL AND ${t.archivedAt} IS NULL`),
    uniqueIndex("care_campaign_targets_recipient_idx").on(t.campaignId, t.recipientId).where(sql`${t.recipientId} IS NOT NULL AND ${t.archivedAt} IS NULL`),
  ],
);

/** A visit or an act of help (走访慰问、帮扶): who, when, by whom, what; money in integer fen. */
export const careVisitsTable = pgTable(
  "care_visits",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    memberId: uuid("member_id").references(() => membersTable.id),
    recipientId: uuid("recipient_id").references(() => careRecipientsTable.id),
    campaignId: uuid("campaign_id").references(() => careCampaignsTable.id),
    visitedOn: date("visited_on").notNull(),
    /** The visitors' names, comma-free list kept as text[]. */
    visitors: text("visitors").array().notNull(),
    kind: text("kind").notNull(),
    /** Money given, in fen (分): exact. Null unless the kind is money; goods may carry their value. */
    amountFen: bigint("amount_fen", { mode: "number" }),
    notes: text("notes").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("care_visits_org_idx").on(t.orgId, t.visitedOn),
    index("care_visits_member_idx").on(t.memberId, t.visitedOn),
    index("care_visits_recipient_idx").on(t.recipientId, t.visitedOn),
    index("care_visits_campaign_idx").on(t.campaignId),
  ],
);
