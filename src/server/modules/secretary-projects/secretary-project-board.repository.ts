import { type SQL, and, asc, count, desc, eq, inArray, isNotNull, isNull, like, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import type { Actor } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import {
  secretaryProjectCheckpointsTable as checkpoints,
  secretaryProjectIndicatorValuesTable as indicatorValues,
  secretaryProjectIndicatorsTable as indicators,
  secretaryProjectMilestonesTable as milestones,
  secretaryProjectReportsTable as reports,
  secretaryProjectsTable as projects,
} from "./secretary-projects.table";
import { projectVisible } from "./secretary-projects.repository";

/**
 * The SQL of the committee's board, ranking, records and workbook. Every query starts from the
 * projects the caller reaches (projectVisible) and narrows them by a ProjectFilter.
 */

type Caller = Pick<Actor, "scope" | "org" | "role">;

export interface ProjectFilter {
  year?: number;
  /** Projects of organizations under this path (the chosen organization's subtree). */
  subtreePath?: string;
  secretaryMemberId?: string;
  statuses?: readonly string[];
  /** Only projects whose scores the caller may see. */
  scored?: boolean;
}

/** PROJ-14, as showsScore (secretary-project-scoring.rules.ts) in SQL: whose scores the caller sees. */
export function scoreVisible(actor: Caller): SQL {
  const published = eq(projects.status, "published");
  switch (actor.role) {
    case "admin":
      return sql`true`;
    case "member":
      return published;
    default:
      return or(published, ne(projects.orgId, actor.org.id))!;
  }
}

/** The WHERE of a filtered project query; the query joins orgsTable on the project's organization. */
function filterWhere(actor: Caller, f: ProjectFilter): SQL {
  return and(
    isNull(projects.archivedAt),
    projectVisible(actor),
    f.year !== undefined ? eq(projects.year, f.year) : undefined,
    f.subtreePath ? like(orgsTable.path, pathPrefix(f.subtreePath)) : undefined,
    f.secretaryMemberId ? eq(projects.secretaryMemberId, f.secretaryMemberId) : undefined,
    f.statuses ? inArray(projects.status, [...f.statuses]) : undefined,
    f.scored ? and(isNotNull(projects.finalScore), scoreVisible(actor)) : undefined,
  )!;
}

const projectColumns = {
  id: projects.id,
  orgId: projects.orgId,
  orgName: orgsTable.name,
  orgCode: orgsTable.code,
  year: projects.year,
  title: projects.title,
  category: projects.category,
  status: projects.status,
  secretaryMemberId: projects.secretaryMemberId,
  secretaryName: membersTable.name,
  reviewingOrgId: projects.reviewingOrgId,
  finalScore: projects.finalScore,
  grade: projects.grade,
  evaluation: projects.evaluation,
  publishedOn: projects.publishedOn,
};

/** Projects by status, for the board's first chart. */
export async function countProjectsByStatus(db: Executor, actor: Caller, f: ProjectFilter) {
  return db
    .select({ status: projects.status, count: count() })
    .from(projects)
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .where(filterWhere(actor, f))
    .groupBy(projects.status);
}

export async function countProjects(db: Executor, actor: Caller, f: ProjectFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(projects).innerJoin(orgsTable, eq(orgsTable.id, projects.orgId)).where(filterWhere(actor, f));
  return row?.n ?? 0;
}

/** Filtered projects with their organization and secretary, in organization order (the latest year first). */
export async function findProjectRows(db: Executor, actor: Caller, f: ProjectFilter, page?: { limit: number; offset: number }) {
  const query = db
    .select(projectColumns)
    .from(projects)
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .innerJoin(membersTable, eq(membersTable.id, projects.secretaryMemberId))
    .where(filterWhere(actor, f))
    .orderBy(desc(projects.year), asc(orgsTable.path), asc(projects.id));
  return page ? query.limit(page.limit).offset(page.offset) : query;
}
export type BoardProjectRow = Awaited<ReturnType<typeof findProjectRows>>[number];

/**
 * The ranking: evaluated or published projects whose scores the caller may see, by final score;
 * rank() is computed over the whole filtered set before the page is cut.
 */
export async function findRankingRows(db: Executor, actor: Caller, f: ProjectFilter, page: { limit: number; offset: number }) {
  const where = filterWhere(actor, { ...f, statuses: ["evaluated", "published"], scored: true });
  const [items, [total]] = await Promise.all([
    db
      .select({ ...projectColumns, rank: sql<number>`(rank() OVER (ORDER BY ${projects.finalScore} DESC))::int` })
      .from(projects)
      .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
      .innerJoin(membersTable, eq(membersTable.id, projects.secretaryMemberId))
      .where(where)
      .orderBy(desc(projects.finalScore), asc(orgsTable.path), asc(projects.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(projects).innerJoin(orgsTable, eq(orgsTable.id, projects.orgId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The live indicators of the filtered projects, each with its latest measured value (the value achieved). */
export async function findIndicatorRows(db: Executor, actor: Caller, f: ProjectFilter) {
  const latest = sql<number | null>`(
    SELECT ${indicatorValues.value}::float8 FROM ${indicatorValues}
    INNER JOIN ${reports} ON ${reports.id} = ${indicatorValues.reportId}
    WHERE ${indicatorValues.indicatorId} = ${indicators.id} AND ${reports.archivedAt} IS NULL
    ORDER BY ${indicatorValues.measuredOn} DESC, ${indicatorValues.createdAt} DESC LIMIT 1)`;
  return db
    .select({
      projectId: indicators.projectId,
      name: indicators.name,
      unit: indicators.unit,
      baseline: indicators.baseline,
      target: indicators.target,
      position: indicators.position,
      latest,
    })
    .from(indicators)
    .innerJoin(projects, eq(projects.id, indicators.projectId))
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .where(and(filterWhere(actor, f), isNull(indicators.removedAt)))
    .orderBy(asc(orgsTable.path), asc(indicators.projectId), asc(indicators.position));
}
export type IndicatorRow = Awaited<ReturnType<typeof findIndicatorRows>>[number];

/** The live milestones of the filtered projects. */
export async function findMilestoneRows(db: Executor, actor: Caller, f: ProjectFilter) {
  return db
    .select({
      projectId: milestones.projectId,
      id: milestones.id,
      title: milestones.title,
      dueOn: milestones.dueOn,
      ownerName: milestones.ownerName,
      completedOn: milestones.completedOn,
    })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .where(and(filterWhere(actor, f), isNull(milestones.removedAt)))
    .orderBy(asc(milestones.dueOn), asc(orgsTable.path));
}

/** The quarterly ratings of the filtered projects. */
export async function findCheckpointRows(db: Executor, actor: Caller, f: ProjectFilter) {
  return db
    .select({ projectId: checkpoints.projectId, quarter: checkpoints.quarter, rating: checkpoints.rating })
    .from(checkpoints)
    .innerJoin(projects, eq(projects.id, checkpoints.projectId))
    .innerJoin(orgsTable, eq(orgsTable.id, projects.orgId))
    .where(filterWhere(actor, f));
}

/**
 * Organizations under `subtreePath` (or everywhere for an administrator) that lead a project —
 * every live organization but party groups — with none of the year the caller reaches, not counting
 * rejected or withdrawn ones. Answers the first `limit` in organization order and the total.
 */
export async function findOrgsWithoutProject(db: Executor, actor: Caller, year: number, subtreePath: string | undefined, limit: number) {
  const hasProject = sql`EXISTS (SELECT 1 FROM ${projects} WHERE ${projects.orgId} = ${orgsTable.id} AND ${projects.year} = ${year}
    AND ${projects.archivedAt} IS NULL AND ${projects.status} NOT IN ('rejected', 'withdrawn') AND ${projectVisible(actor)})`;
  const where = and(
    isNull(orgsTable.archivedAt),
    ne(orgsTable.kind, "group"),
    subtreePath ? like(orgsTable.path, pathPrefix(subtreePath)) : undefined,
    sql`NOT ${hasProject}`,
  );
  const [items, [total]] = await Promise.all([
    db.select({ orgId: orgsTable.id, orgName: orgsTable.name }).from(orgsTable).where(where).orderBy(asc(orgsTable.path)).limit(limit),
    db.select({ n: count() }).from(orgsTable).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** A member's name, for the heading of their record (the caller reached one of their projects first). */
export async function findMemberName(db: Executor, memberId: string): Promise<string | null> {
  const [row] = await db.select({ name: membersTable.name }).from(membersTable).where(eq(membersTable.id, memberId));
  return row?.name ?? null;
}
