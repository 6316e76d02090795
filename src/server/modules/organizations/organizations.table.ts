import { type AnyPgColumn, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id, timestamps } from "../../db/columns";

/**
 * The organization tree. `path` is a materialized path of ancestor ids ("/id1/id2/…/self/"), so
 * "everything under this committee" is one indexed prefix query: path LIKE '<path>%'.
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
    parentId: uuid("parent_id").references((): AnyPgColumn => orgsTable.id),
    path: text("path").notNull(),
    depth: integer("depth").notNull(),
    ...timestamps(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("orgs_path_idx").on(t.path.op("text_pattern_ops")),
    index("orgs_parent_idx").on(t.parentId),
  ],
);
