import { type SQL, and, eq, inArray, isNull, like, or, sql } from "drizzle-orm";
import { LIVE_PROJECT_STATUSES } from "../../../shared/secretary-projects";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import type { Actor } from "../access/access.rules";
import { orgsTable } from "../organizations/organizations.table";
import { secretaryProjectsTable as projects } from "./secretary-projects.table";

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;

export const PROJECT_UNIQUE_INDEX = "secretary_projects_org_year_idx";

const live = isNull(projects.archivedAt);
const underway = inArray(projects.status, [...LIVE_PROJECT_STATUSES]);

/**
 * The projects a caller reaches (scope, PROJ-02/03):
 * - the project's own organization's officers: all of their organization's projects, drafts included;
 * - officers of a committee or branch above (subtree): everything submitted in their subtree, never a
 *   draft or a withdrawn one, which stay with the proposing organization;
 * - an administrator: everything submitted;
 * - a member: the approved (and later) projects of their own organization and the organizations above it.
 * Undefined is never returned: there is always a condition.
 */
export function projectVisible(actor: Pick<Actor, "scope" | "org" | "role">): SQL {
  const own = eq(projects.orgId, actor.org.id);
  const submitted = sql`${projects.status} NOT IN ('draft', 'withdrawn')`;
  const { scope } = actor;
  switch (scope.kind) {
    case "all":
      return or(own, submitted)!;
    case "subtree":
      return or(
        actor.role === "member" ? sql`false` : own,
        and(submitted, sql`${projects.orgId} IN (SELECT ${orgsTable.id} FROM ${orgsTable} WHERE ${like(orgsTable.path, pathPrefix(scope.path))})`),
      )!;
    case "self":
      // Their organization and its ancestors: the ids on their organization's materialized path.
      return and(underway, inArray(projects.orgId, scope.path.split("/").filter(Boolean)))!;
  }
}

/** One project the caller reaches, with its organization (out of reach looks exactly like missing). */
export async function getProjectView(db: Executor, actor: Pick<Actor, "scope" | "org" | "role">, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ project: projects, orgName: orgsTable.name, orgCode: orgsTable.code, orgPath: orgsTable.path, orgKind: orgsTable.kind })
    .from(projects)
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .where(and(eq(projects.id, id), live, projectVisible(actor)));
  const [row] = options.forUpdate ? await query.for("update", { of: projects }) : await query;
  return row;
}
