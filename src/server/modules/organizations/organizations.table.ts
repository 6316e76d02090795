import { type AnyPgColumn, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";

/**
 * The organization tree. `path` is a materialized path of ancestor ids ("/id1/id2/…/self/"), so
 * "everything under this committee" is one indexed prefix query: path LIKE '<path>%'.
 * Dissolving (撤销) sets `archivedAt` with a reason: the row stays for history.
 */
export const orgsTable = pgTable(
  "orgs",
  {
    id: id(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    domain: text("domain"),
    unitName: text("unit_name"),
    /** 单位性质, e.g. 机关, 事业单位, 国有企业 (rules.md §6.2). */
    unitNature: text("unit_nature"),
    parentId: uuid("parent_id").references((): AnyPgColumn => orgsTable.id),
    path: text("path").notNull(),
    depth: integer("depth").notNull(),
    /** The current term (任期): elected on, for so many years (TERM-01..03). */
    termStartedOn: date("term_started_on"),
    termYears: integer("term_years"),
    /** The day it was set up (成立日期); null = long established. A mid-period start may owe nothing that period (§2.3). */
    establishedOn: date("established_on"),
    dissolvedReason: text("dissolved_reason"),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("orgs_path_idx").on(t.path.op("text_pattern_ops")),
    index("orgs_parent_idx").on(t.parentId),
  ],
);

/** Officers of an organization (书记, 副书记, 委员, 党小组组长 …), with the dates they served. */
export const orgOfficersTable = pgTable(
  "org_officers",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    post: text("post").notNull(),
    /** The member holding the post; the name is kept too, for officers from outside the roster. */
    memberId: uuid("member_id"),
    name: text("name").notNull(),
    startedOn: date("started_on").notNull(),
    endedOn: date("ended_on"),
    ...timestamps(),
  },
  (t) => [index("org_officers_org_idx").on(t.orgId)],
);
