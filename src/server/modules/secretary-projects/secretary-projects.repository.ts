import { type SQL, and, asc, count, desc, eq, ilike, inArray, isNull, like, ne, notInArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { LIVE_PROJECT_STATUSES } from "../../../shared/secretary-projects";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import type { Actor } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgOfficersTable, orgsTable } from "../organizations/organizations.table";
import {
  secretaryProjectCheckpointsTable as checkpoints,
  secretaryProjectMilestonesTable as milestones,
  secretaryProjectsTable as projects,
  secretaryProjectVersionsTable as versions,
} from "./secretary-projects.table";

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
      // The scope's path is the caller's own organization's, so "own, or submitted in the subtree" is
      // "in the subtree, and own or submitted": the subtree test stands alone in the WHERE, where the
      // planner makes it a semi-join (the bench: a project list page 3–4× faster than under an OR).
      return and(
        sql`${projects.orgId} IN (SELECT ${orgsTable.id} FROM ${orgsTable} WHERE ${like(orgsTable.path, pathPrefix(scope.path))})`,
        actor.role === "member" ? submitted : or(own, submitted),
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

// ─── Lists ─────────────────────────────────────────────────────────────────────────────────────────

const reviewingOrgs = alias(orgsTable, "reviewing_org");

/** Milestones count as overdue (PROJ-09) only on a project under way or done: a draft's dates are plans. */
const countsOverdue = inArray(projects.status, [...LIVE_PROJECT_STATUSES]);

const hasOverdue = (today: string): SQL =>
  sql`${countsOverdue} AND EXISTS (SELECT 1 FROM ${milestones} WHERE ${milestones.projectId} = ${projects.id} AND ${milestones.removedAt} IS NULL AND ${milestones.completedOn} IS NULL AND ${milestones.dueOn} < ${today})`;

const pendingChangeOf = sql`EXISTS (SELECT 1 FROM ${versions} WHERE ${versions.projectId} = ${projects.id} AND ${versions.kind} = 'change' AND ${versions.status} = 'pending')`;

/**
 * The projects whose reviewing committee the caller speaks for (projectSides: an org_admin of the
 * reviewing committee, never for its own organization's project; an administrator where no committee
 * stands above or where they are bound to the reviewing one).
 */
export function reviewedBy(actor: Pick<Actor, "org" | "role">): SQL {
  switch (actor.role) {
    case "org_admin":
      return and(eq(projects.reviewingOrgId, actor.org.id), ne(projects.orgId, actor.org.id))!;
    case "admin":
      return or(isNull(projects.reviewingOrgId), eq(projects.reviewingOrgId, actor.org.id))!;
    default:
      return sql`false`;
  }
}

export interface ProjectFilters {
  year?: number;
  subtreePath?: string;
  status?: string;
  category?: string;
  overdue?: boolean;
  awaitingMe?: boolean;
  q?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function projectsWhere(actor: Pick<Actor, "scope" | "org" | "role">, filters: ProjectFilters, today: string): SQL {
  return and(
    live,
    projectVisible(actor),
    filters.subtreePath ? like(orgsTable.path, pathPrefix(filters.subtreePath)) : undefined,
    filters.year ? eq(projects.year, filters.year) : undefined,
    filters.status ? eq(projects.status, filters.status) : undefined,
    filters.category ? eq(projects.category, filters.category) : undefined,
    filters.overdue === undefined ? undefined : filters.overdue ? hasOverdue(today) : sql`NOT (${hasOverdue(today)})`,
    filters.awaitingMe ? and(reviewedBy(actor), or(eq(projects.status, "submitted"), pendingChangeOf)) : undefined,
    filters.q ? or(ilike(projects.title, `%${escapeLike(filters.q)}%`), ilike(orgsTable.name, `%${escapeLike(filters.q)}%`)) : undefined,
  )!;
}

const listColumns = {
  project: projects,
  orgName: orgsTable.name,
  orgCode: orgsTable.code,
  orgPath: orgsTable.path,
  orgKind: orgsTable.kind,
  secretaryName: membersTable.name,
  reviewingOrgName: reviewingOrgs.name,
};

/** A page of the projects the caller reaches: the latest year first, then by organization. */
export async function findProjectRows(db: Executor, actor: Pick<Actor, "scope" | "org" | "role">, filters: ProjectFilters, page: { page: number; pageSize: number }, today: string) {
  const where = projectsWhere(actor, filters, today);
  const items = await db
    .select(listColumns)
    .from(projects)
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .innerJoin(membersTable, eq(membersTable.id, projects.secretaryMemberId))
    .leftJoin(reviewingOrgs, eq(reviewingOrgs.id, projects.reviewingOrgId))
    .where(where)
    .orderBy(desc(projects.year), asc(orgsTable.path), desc(projects.createdAt), asc(projects.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ total: count() }).from(projects).innerJoin(orgsTable, eq(orgsTable.id, projects.orgId)).where(where);
  return { items, total: total?.total ?? 0 };
}
export type ProjectListRow = Awaited<ReturnType<typeof findProjectRows>>["items"][number];

/** One project's list columns (the detail's head), the caller's scope already checked by requireProject. */
export async function getProjectListRow(db: Executor, id: string): Promise<ProjectListRow | undefined> {
  const [row] = await db
    .select(listColumns)
    .from(projects)
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .innerJoin(membersTable, eq(membersTable.id, projects.secretaryMemberId))
    .leftJoin(reviewingOrgs, eq(reviewingOrgs.id, projects.reviewingOrgId))
    .where(eq(projects.id, id));
  return row;
}

export interface ProjectStats {
  milestoneCount: number;
  milestonesDone: number;
  overdueMilestones: number;
  latestRating: string | null;
  hasPendingChange: boolean;
}

/** Per project: milestones (done, overdue), the latest quarterly rating, a change pending. Three grouped queries. */
export async function findProjectStats(db: Executor, projectIds: readonly string[], today: string): Promise<Map<string, ProjectStats>> {
  const stats = new Map<string, ProjectStats>();
  if (projectIds.length === 0) return stats;
  const ids = [...projectIds];
  for (const id of ids) stats.set(id, { milestoneCount: 0, milestonesDone: 0, overdueMilestones: 0, latestRating: null, hasPendingChange: false });
  const milestoneRows = await db
    .select({
      projectId: milestones.projectId,
      total: count(),
      done: count(milestones.completedOn),
      overdue: sql<number>`count(*) filter (where ${countsOverdue} and ${milestones.completedOn} is null and ${milestones.dueOn} < ${today})`.mapWith(Number),
    })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(inArray(milestones.projectId, ids), isNull(milestones.removedAt)))
    .groupBy(milestones.projectId, projects.status);
  for (const r of milestoneRows) Object.assign(stats.get(r.projectId)!, { milestoneCount: r.total, milestonesDone: r.done, overdueMilestones: r.overdue });
  const ratings = await db
    .selectDistinctOn([checkpoints.projectId], { projectId: checkpoints.projectId, rating: checkpoints.rating })
    .from(checkpoints)
    .where(inArray(checkpoints.projectId, ids))
    .orderBy(checkpoints.projectId, desc(checkpoints.quarter));
  for (const r of ratings) stats.get(r.projectId)!.latestRating = r.rating;
  const pending = await db
    .select({ projectId: versions.projectId })
    .from(versions)
    .where(and(inArray(versions.projectId, ids), eq(versions.kind, "change"), eq(versions.status, "pending")));
  for (const r of pending) stats.get(r.projectId)!.hasPendingChange = true;
  return stats;
}

// ─── Proposal ──────────────────────────────────────────────────────────────────────────────────────

/** PROJ-01: the organization's live project of the year (not rejected, withdrawn or archived), if any. */
export async function findLiveProjectOfYear(db: Executor, orgId: string, year: number) {
  const [row] = await db
    .select({ id: projects.id, status: projects.status })
    .from(projects)
    .where(and(eq(projects.orgId, orgId), eq(projects.year, year), live, notInArray(projects.status, ["rejected", "withdrawn"])))
    .limit(1);
  return row;
}

/** The years an organization already has a live project for (PROJ-01). */
export async function findTakenYears(db: Executor, orgId: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: projects.year })
    .from(projects)
    .where(and(eq(projects.orgId, orgId), live, notInArray(projects.status, ["rejected", "withdrawn"])))
    .orderBy(asc(projects.year));
  return rows.map((r) => r.year);
}

/** The organization's current secretary (书记), when the post names a member of the roster. */
export async function findCurrentSecretary(db: Executor, orgId: string) {
  const [row] = await db
    .select({ memberId: membersTable.id, name: membersTable.name })
    .from(orgOfficersTable)
    .innerJoin(membersTable, eq(membersTable.id, orgOfficersTable.memberId))
    .where(and(eq(orgOfficersTable.orgId, orgId), eq(orgOfficersTable.post, "secretary"), isNull(orgOfficersTable.endedOn)))
    .orderBy(desc(orgOfficersTable.startedOn))
    .limit(1);
  return row;
}

/** Which of these members are active members of the organization or an organization below it. */
export async function findActiveMembersUnder(db: Executor, orgPath: string, memberIds: readonly string[]): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .select({ id: membersTable.id })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(inArray(membersTable.id, [...memberIds]), like(orgsTable.path, pathPrefix(orgPath)), isNull(membersTable.archivedAt), eq(membersTable.standing, "active")));
  return new Set(rows.map((r) => r.id));
}

export async function insertProjectRow(db: Executor, row: NewProjectRow): Promise<ProjectRow> {
  const [created] = await db.insert(projects).values(row).returning();
  return created!;
}

export async function updateProjectRow(db: Executor, id: string, patch: Partial<NewProjectRow>): Promise<ProjectRow> {
  const [updated] = await db.update(projects).set({ ...patch, updatedAt: new Date() }).where(eq(projects.id, id)).returning();
  return updated!;
}
