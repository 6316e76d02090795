import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

/**
 * A member's reasonable personal need (党员诉求, the brief §一; issue 8), followed to closure. `orgId`
 * is the member's organization when filed (the branch that acknowledges it); `handlingOrgId` is whoever
 * works it now: the branch, or the committee after escalation. Deadlines are dates (China time).
 * A private need is seen only by the member, the branch secretary and the committee's officers.
 */
export const memberNeedsTable = pgTable(
  "member_needs",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    memberId: uuid("member_id").notNull().references(() => membersTable.id),
    /** The member, or an officer filing on the member's behalf. */
    filedBy: uuid("filed_by").references(() => usersTable.id),
    category: text("category").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    urgency: text("urgency").notNull().default("normal"),
    isPrivate: boolean("is_private").notNull().default(false),
    status: text("status").notNull().default("submitted"),
    handlingOrgId: uuid("handling_org_id").notNull().references(() => orgsTable.id),
    filedAt: timestamp("filed_at", { withTimezone: true }).notNull(),
    acknowledgeDueOn: date("acknowledge_due_on").notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    /** Set at acknowledgement (and again at reopening): the day the answer is due. */
    resolveDueOn: date("resolve_due_on"),
    escalatedAt: timestamp("escalated_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolution: text("resolution"),
    rating: text("rating"),
    ratingComment: text("rating_comment"),
    ratedAt: timestamp("rated_at", { withTimezone: true }),
    reopenCount: integer("reopen_count").notNull().default(0),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("member_needs_org_idx").on(t.orgId, t.filedAt),
    index("member_needs_handling_idx").on(t.handlingOrgId, t.status),
    index("member_needs_member_idx").on(t.memberId, t.filedAt),
    // The overdue flags look only at open needs.
    index("member_needs_open_due_idx").on(t.acknowledgeDueOn, t.resolveDueOn).where(sql`${t.status} NOT IN ('resolved', 'withdrawn')`),
  ],
);

/** One dated entry of a need's record: filed, acknowledged, progress, escalated, resolved, rated, reopened, withdrawn. */
export const memberNeedStepsTable = pgTable(
  "member_need_steps",
  {
    id: id(),
    needId: uuid("need_id").notNull().references(() => memberNeedsTable.id),
    kind: text("kind").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    /** The organization acting (the branch or the committee); null for the member's own steps. */
    actingOrgId: uuid("acting_org_id").references(() => orgsTable.id),
    actedBy: uuid("acted_by").references(() => usersTable.id),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("member_need_steps_need_idx").on(t.needId, t.occurredAt)],
);
