import { type Column, type SQL, eq, like, sql } from "drizzle-orm";
import { orgsTable } from "../organizations/organizations.table";
import type { Scope } from "./access.rules";

/** `path LIKE '<prefix>%'` with LIKE's wildcards escaped (ids never contain them; codes might). */
export const pathPrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The one scope filter every repository uses: a condition on a row's organization column.
 * A subtree is a single indexed prefix query on orgs.path — never a walk of the tree in code.
 * Returns undefined for an admin (no filter).
 */
export function orgInScope(scope: Scope, orgIdColumn: Column): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "subtree":
      return sql`${orgIdColumn} IN (SELECT ${orgsTable.id} FROM ${orgsTable} WHERE ${like(orgsTable.path, pathPrefix(scope.path))})`;
    case "self":
      return eq(orgIdColumn, scope.orgId);
  }
}

/** The same filter for the orgs table itself, where the path is at hand. */
export function orgRowInScope(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "subtree":
      return like(orgsTable.path, pathPrefix(scope.path));
    case "self":
      return eq(orgsTable.id, scope.orgId);
  }
}
