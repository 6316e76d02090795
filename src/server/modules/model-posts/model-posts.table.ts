import { date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

/**
 * A party-member model post or responsibility area (党员示范岗、党员责任区), including safety
 * responsibility areas for the three safeties (the brief §四): the member, the post or area, the
 * public commitment (承诺), for a year. Ended, never deleted.
 */
export const modelPostsTable = pgTable(
  "model_posts",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    memberId: uuid("member_id").notNull().references(() => membersTable.id),
    year: integer("year").notNull(),
    kind: text("kind").notNull(),
    /** For a safety area: production / economic / political. */
    safetyKind: text("safety_kind"),
    name: text("name").notNull(),
    /** What the area covers (households, workshop, section …). */
    scope: text("scope").notNull().default(""),
    commitment: text("commitment").notNull(),
    startedOn: date("started_on").notNull(),
    endedOn: date("ended_on"),
    endReason: text("end_reason"),
    createdBy: uuid("created_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [index("model_posts_org_idx").on(t.orgId, t.year), index("model_posts_member_idx").on(t.memberId, t.year)],
);

/** The year's record of a post: dated entries of what was done (践诺记录). */
export const modelPostEntriesTable = pgTable(
  "model_post_entries",
  {
    id: id(),
    postId: uuid("post_id").notNull().references(() => modelPostsTable.id),
    occurredOn: date("occurred_on").notNull(),
    content: text("content").notNull(),
    recordedBy: uuid("recorded_by").references(() => usersTable.id),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [index("model_post_entries_post_idx").on(t.postId, t.occurredOn)],
);
