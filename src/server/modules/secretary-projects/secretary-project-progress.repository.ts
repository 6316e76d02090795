import { type SQL, and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import type { Actor } from "../access/access.rules";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { projectVisible } from "./secretary-projects.repository";
import {
  secretaryProjectCheckpointsTable as checkpoints,
  secretaryProjectCommentsTable as comments,
  secretaryProjectIndicatorValuesTable as values,
  secretaryProjectIndicatorsTable as indicators,
  secretaryProjectMilestonesTable as milestones,
  secretaryProjectReportsTable as reports,
  secretaryProjectsTable as projects,
  secretaryProjectVersionsTable as versions,
} from "./secretary-projects.table";

/**
 * The SQL of a project's year: reports, indicator values, comments, check points, and the home
 * page's reminders. Rows of one project are read by its id once the caller has reached the project
 * (requireProject applies the scope); the reminders, which span projects, take the caller's scope.
 */

export type ReportRow = typeof reports.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
export type CheckpointRow = typeof checkpoints.$inferSelect;
export type LiveMilestoneRow = typeof milestones.$inferSelect;

// ---------------------------------------------------------------------------------------------
// The project's live content

export const findLiveMilestones = (db: Executor, projectId: string) =>
  db
    .select()
    .from(milestones)
    .where(and(eq(milestones.projectId, projectId), isNull(milestones.removedAt)))
    .orderBy(asc(milestones.position));

export async function findLiveIndicatorIds(db: Executor, projectId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.projectId, projectId), isNull(indicators.removedAt)));
  return new Set(rows.map((r) => r.id));
}

export async function setMilestoneCompleted(tx: Executor, milestoneId: string, completedOn: string) {
  await tx.update(milestones).set({ completedOn, updatedAt: new Date() }).where(eq(milestones.id, milestoneId));
}

// ---------------------------------------------------------------------------------------------
// Reports and values

export async function insertReportRow(tx: Executor, row: typeof reports.$inferInsert): Promise<ReportRow> {
  const [inserted] = await tx.insert(reports).values(row).returning();
  return inserted!;
}

export async function insertValueRows(tx: Executor, rows: (typeof values.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(values).values(rows);
}

/** A live report of this project, or undefined. */
export async function getReportRow(db: Executor, projectId: string, reportId: string): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.id, reportId), eq(reports.projectId, projectId), isNull(reports.archivedAt)));
  return row;
}

/** A page of the project's live reports, the latest first, with the milestone's title and the author's name. */
export async function findReportRows(db: Executor, projectId: string, page: { page: number; pageSize: number; milestoneId?: string; id?: string }) {
  const where = and(
    eq(reports.projectId, projectId),
    isNull(reports.archivedAt),
    page.milestoneId ? eq(reports.milestoneId, page.milestoneId) : undefined,
    page.id ? eq(reports.id, page.id) : undefined,
  );
  const items = await db
    .select({ report: reports, milestoneTitle: milestones.title, createdByName: usersTable.displayName })
    .from(reports)
    .leftJoin(milestones, eq(milestones.id, reports.milestoneId))
    .leftJoin(usersTable, eq(usersTable.id, reports.createdBy))
    .where(where)
    .orderBy(desc(reports.reportedOn), desc(reports.createdAt), desc(reports.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ n: count() }).from(reports).where(where);
  return { items, total: total?.n ?? 0 };
}

/** The values of these reports with their indicators (a dropped indicator still names its old values). */
export const findValueRows = (db: Executor, reportIds: readonly string[]) =>
  reportIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          reportId: values.reportId,
          indicatorId: values.indicatorId,
          value: values.value,
          measuredOn: values.measuredOn,
          indicatorName: indicators.name,
          unit: indicators.unit,
          baseline: indicators.baseline,
          target: indicators.target,
        })
        .from(values)
        .innerJoin(indicators, eq(indicators.id, values.indicatorId))
        .where(inArray(values.reportId, [...reportIds]))
        .orderBy(asc(indicators.position));

// ---------------------------------------------------------------------------------------------
// Comments

export async function insertCommentRow(tx: Executor, row: typeof comments.$inferInsert): Promise<CommentRow> {
  const [inserted] = await tx.insert(comments).values(row).returning();
  return inserted!;
}

/** A live comment of this project, or undefined. */
export async function getCommentRow(db: Executor, projectId: string, id: string): Promise<CommentRow | undefined> {
  const [row] = await db
    .select()
    .from(comments)
    .where(and(eq(comments.id, id), eq(comments.projectId, projectId), isNull(comments.archivedAt)));
  return row;
}

const commentColumns = { comment: comments, authorName: usersTable.displayName };

/**
 * A page of guidance (top-level comments) of the project, the latest first: one, on one report, on
 * the project only (no report), on any of `reportIds` (unpaged: a report page's threads), or all.
 */
export async function findGuidanceRows(
  db: Executor,
  projectId: string,
  filter: { id?: string; reportId?: string; onProject?: boolean; reportIds?: readonly string[] },
  page?: { page: number; pageSize: number },
) {
  if (filter.reportIds?.length === 0) return { items: [], total: 0 };
  const where = and(
    eq(comments.projectId, projectId),
    isNull(comments.parentId),
    isNull(comments.archivedAt),
    filter.id ? eq(comments.id, filter.id) : undefined,
    filter.reportId ? eq(comments.reportId, filter.reportId) : undefined,
    filter.onProject === true ? isNull(comments.reportId) : filter.onProject === false ? isNotNull(comments.reportId) : undefined,
    filter.reportIds ? inArray(comments.reportId, [...filter.reportIds]) : undefined,
  );
  const query = db
    .select(commentColumns)
    .from(comments)
    .leftJoin(usersTable, eq(usersTable.id, comments.authorId))
    .where(where)
    .orderBy(desc(comments.createdAt), desc(comments.id));
  if (!page) {
    const items = await query;
    return { items, total: items.length };
  }
  const items = await query.limit(page.pageSize).offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ n: count() }).from(comments).where(where);
  return { items, total: total?.n ?? 0 };
}

/** The live replies to these guidance comments, oldest first. */
export const findReplyRows = (db: Executor, parentIds: readonly string[]) =>
  parentIds.length === 0
    ? Promise.resolve([])
    : db
        .select(commentColumns)
        .from(comments)
        .leftJoin(usersTable, eq(usersTable.id, comments.authorId))
        .where(and(inArray(comments.parentId, [...parentIds]), isNull(comments.archivedAt)))
        .orderBy(asc(comments.createdAt), asc(comments.id));

// ---------------------------------------------------------------------------------------------
// Check points

export const findCheckpointRows = (db: Executor, projectId: string) =>
  db
    .select({ checkpoint: checkpoints, ratedByName: usersTable.displayName })
    .from(checkpoints)
    .leftJoin(usersTable, eq(usersTable.id, checkpoints.ratedBy))
    .where(eq(checkpoints.projectId, projectId))
    .orderBy(asc(checkpoints.quarter));

export async function getCheckpointRow(tx: Executor, projectId: string, quarter: number): Promise<CheckpointRow | undefined> {
  const [row] = await tx
    .select()
    .from(checkpoints)
    .where(and(eq(checkpoints.projectId, projectId), eq(checkpoints.quarter, quarter)));
  return row;
}

export async function insertCheckpointRow(tx: Executor, row: typeof checkpoints.$inferInsert): Promise<CheckpointRow> {
  const [inserted] = await tx.insert(checkpoints).values(row).returning();
  return inserted!;
}

export async function updateCheckpointRow(tx: Executor, id: string, patch: Partial<typeof checkpoints.$inferInsert>): Promise<CheckpointRow> {
  const [updated] = await tx
    .update(checkpoints)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(checkpoints.id, id))
    .returning();
  return updated!;
}

// ---------------------------------------------------------------------------------------------
// The home page's reminders

type AlertActor = Pick<Actor, "scope" | "org" | "role">;

/**
 * The projects the caller speaks for as the secretary's side, in SQL: the same reading as
 * projectSides (secretary-project-status.rules.ts), which decides for one project.
 */
export function secretarySideOf(actor: AlertActor): SQL {
  return actor.role === "branch_officer" || actor.role === "org_admin" ? eq(projects.orgId, actor.org.id) : sql`false`;
}

/** The projects the caller reviews as the committee's side, in SQL (projectSides for one project). */
export function committeeSideOf(actor: AlertActor): SQL {
  if (actor.role === "org_admin") return and(eq(projects.reviewingOrgId, actor.org.id), ne(projects.orgId, actor.org.id))!;
  if (actor.role === "admin") return or(isNull(projects.reviewingOrgId), eq(projects.reviewingOrgId, actor.org.id))!;
  return sql`false`;
}

const alertProjectColumns = { projectId: projects.id, projectTitle: projects.title, orgName: orgsTable.name, year: projects.year };
const reached = (actor: AlertActor, side: SQL) => and(isNull(projects.archivedAt), projectVisible(actor), side);

/** Open milestones of approved projects due on or before `dueBy`, the earliest first, and how many in all. */
export async function findOpenMilestoneAlertRows(db: Executor, actor: AlertActor, side: SQL, dueBy: string, options: { strictlyBefore: boolean; limit: number }) {
  const where = and(
    reached(actor, side),
    eq(projects.status, "approved"),
    isNull(milestones.removedAt),
    isNull(milestones.completedOn),
    options.strictlyBefore ? lt(milestones.dueOn, dueBy) : lte(milestones.dueOn, dueBy),
  );
  const items = await db
    .select({ ...alertProjectColumns, milestoneId: milestones.id, title: milestones.title, dueOn: milestones.dueOn, ownerName: milestones.ownerName })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .where(where)
    .orderBy(asc(milestones.dueOn), asc(orgsTable.path), asc(milestones.position))
    .limit(options.limit);
  const [total] = await db
    .select({ n: count() })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(where);
  return { items, total: total?.n ?? 0 };
}

/** Proposals and changes awaiting the caller's decision, the oldest first. */
export async function findPendingDecisionRows(db: Executor, actor: AlertActor, side: SQL, limit: number) {
  const where = and(reached(actor, side), eq(versions.status, "pending"), inArray(projects.status, ["submitted", "approved"]));
  const items = await db
    .select({ ...alertProjectColumns, versionId: versions.id, kind: versions.kind, versionNo: versions.no, submittedAt: versions.submittedAt })
    .from(versions)
    .innerJoin(projects, eq(projects.id, versions.projectId))
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .where(where)
    .orderBy(asc(versions.submittedAt), asc(versions.id))
    .limit(limit);
  const [total] = await db
    .select({ n: count() })
    .from(versions)
    .innerJoin(projects, eq(projects.id, versions.projectId))
    .where(where);
  return { items, total: total?.n ?? 0 };
}

/**
 * Approved projects with a quarter open (PROJ-10) but not rated: fewer check points than quarters
 * open. A quarter opens on the first day of its last month, so on `today` a project of an earlier
 * year has all four open, one of this year ⌊month / 3⌋, a later one none. With the quarters rated,
 * for the caller to list the missing ones; `missing` counts them over all such projects.
 */
export async function findUnratedCheckpointRows(db: Executor, actor: AlertActor, side: SQL, today: string, limit: number) {
  const year = Number(today.slice(0, 4));
  const openThisYear = Math.floor(Number(today.slice(5, 7)) / 3);
  const open = sql<number>`(CASE WHEN ${projects.year} < ${year} THEN 4 WHEN ${projects.year} = ${year} THEN ${openThisYear} ELSE 0 END)`;
  const rated = sql<number>`(SELECT count(*) FROM ${checkpoints} WHERE ${checkpoints.projectId} = ${projects.id})`;
  const where = and(reached(actor, side), eq(projects.status, "approved"), sql`${rated} < ${open}`);
  const items = await db
    .select({ ...alertProjectColumns, ratedQuarters: sql<number[]>`ARRAY(SELECT ${checkpoints.quarter} FROM ${checkpoints} WHERE ${checkpoints.projectId} = ${projects.id})` })
    .from(projects)
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .where(where)
    .orderBy(asc(projects.year), asc(orgsTable.path))
    .limit(limit);
  const [total] = await db
    .select({ n: sql<string>`coalesce(sum(${open} - ${rated}), 0)` })
    .from(projects)
    .where(where);
  return { items, missing: Number(total?.n ?? 0) };
}
