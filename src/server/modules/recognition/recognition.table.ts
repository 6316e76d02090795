import { date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

/**
 * A nomination for an honour (创先争优: 优秀共产党员, 优秀党务工作者, 先进基层党组织) by a branch, reviewed
 * by its committee, publicized (公示) for a configured period with objections recorded, then decided
 * and published. A person's honour names the member; an organization's names the organization.
 */
export const recognitionNominationsTable = pgTable(
  "recognition_nominations",
  {
    id: id(),
    year: integer("year").notNull(),
    honour: text("honour").notNull(),
    /** The nominating organization (a branch). */
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    /** The committee that reviews and decides (the nearest committee above; null = the administrators). */
    reviewingOrgId: uuid("reviewing_org_id").references(() => orgsTable.id),
    memberId: uuid("member_id").references(() => membersTable.id),
    nomineeOrgId: uuid("nominee_org_id").references(() => orgsTable.id),
    /** The nominee's deeds (先进事迹). */
    deeds: text("deeds").notNull(),
    status: text("status").notNull().default("submitted"),
    reviewNote: text("review_note"),
    publicityStartsOn: date("publicity_starts_on"),
    publicityEndsOn: date("publicity_ends_on"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    publishedOn: date("published_on"),
    submittedBy: uuid("submitted_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("recognition_nominations_org_idx").on(t.orgId, t.year),
    index("recognition_nominations_reviewing_idx").on(t.reviewingOrgId, t.year, t.status),
    index("recognition_nominations_member_idx").on(t.memberId),
  ],
);

/** An objection received during publicity, and the committee's finding. */
export const recognitionObjectionsTable = pgTable(
  "recognition_objections",
  {
    id: id(),
    nominationId: uuid("nomination_id").notNull().references(() => recognitionNominationsTable.id),
    receivedOn: date("received_on").notNull(),
    content: text("content").notNull(),
    finding: text("finding"),
    findingNote: text("finding_note"),
    foundAt: timestamp("found_at", { withTimezone: true }),
    recordedBy: uuid("recorded_by").references(() => usersTable.id),
    ...timestamps(),
  },
  (t) => [index("recognition_objections_nomination_idx").on(t.nominationId)],
);

/**
 * An honour in a member's or organization's record: from a published nomination, or entered by the
 * committee for an honour conferred elsewhere (e.g. by a higher committee). Revoked, never deleted.
 */
export const honoursTable = pgTable(
  "honours",
  {
    id: id(),
    honour: text("honour").notNull(),
    year: integer("year").notNull(),
    /** The member honoured (person honours) … */
    memberId: uuid("member_id").references(() => membersTable.id),
    /** … and the organization: the honoured organization, or the member's when conferred (for scope). */
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    conferredBy: text("conferred_by").notNull(),
    conferredOn: date("conferred_on").notNull(),
    nominationId: uuid("nomination_id").references(() => recognitionNominationsTable.id),
    recordedBy: uuid("recorded_by").references(() => usersTable.id),
    ...timestamps(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokeReason: text("revoke_reason"),
  },
  (t) => [index("honours_member_idx").on(t.memberId, t.year), index("honours_org_idx").on(t.orgId, t.year)],
);
