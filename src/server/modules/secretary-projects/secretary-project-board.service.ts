import {
  BOARD_MAX_LISTED,
  BOARD_MAX_PROJECTS,
  type BoardProject,
  type BoardQuery,
  type OverdueMilestone,
  type ProjectBoard,
  type RankingItem,
  type RankingPage,
  type RankingQuery,
  type SecretaryRecord,
} from "../../../shared/contracts/secretary-project-board.contract";
import type { PageQuery } from "../../../shared/contracts/common.contract";
import { chinaToday } from "../../../shared/dates";
import { ERROR_CODES } from "../../../shared/error-codes";
import {
  CHECKPOINT_RATINGS,
  type CheckpointRating,
  LIVE_PROJECT_STATUSES,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  type ProjectCategory,
  type ProjectGrade,
  type ProjectStatus,
  QUARTERS,
} from "../../../shared/secretary-projects";
import type { Ctx } from "../../http/context";
import { createForbiddenError, createNotFoundError } from "../../http/errors";
import { can } from "../access/access.policy";
import { requireOrgInScope } from "../organizations/organizations.service";
import {
  type BoardProjectRow,
  type ProjectFilter,
  countProjects,
  countProjectsByStatus,
  findCheckpointRows,
  findIndicatorRows,
  findMemberName,
  findMilestoneRows,
  findOrgsWithoutProject,
  findProjectRows,
  findRankingRows,
} from "./secretary-project-board.repository";
import { checkpointOpensOn, indicatorProgress, milestoneState } from "./secretary-project-progress.rules";
import { showsScore } from "./secretary-project-scoring.rules";

/**
 * "抓书记" (issue 7): the committee sees its secretaries' projects side by side — a board by status,
 * rating and category, indicators achieved, overdue milestones; a ranking by final score; each
 * secretary's record across years. Officers only, in their scope; scores only where the caller may
 * see them (the reviewing committee, or once published: PROJ-14).
 */

export const requireBoardReader = (ctx: Ctx) => {
  if (!can(ctx.actor, "project.board")) throw createForbiddenError("督查看板供党组织工作人员使用，党员可在项目页查看公布的结果");
};

/** The organization whose subtree is shown: the one asked for (in scope, else 404), the caller's own, or everything (an administrator). */
export async function boardOrg(ctx: Ctx, orgId: string | undefined) {
  const id = orgId ?? (ctx.actor.scope.kind === "subtree" ? ctx.actor.scope.orgId : undefined);
  if (!id) return null;
  const org = await requireOrgInScope(ctx.db, ctx.actor.scope, id);
  return { id: org.id, name: org.name, path: org.path };
}

/** Whether the caller sees a project's score (PROJ-14). */
export const seesScore = (ctx: Ctx, row: { orgId: string; status: string }) => showsScore({ role: ctx.actor.role, orgId: ctx.actor.org.id }, row);

export interface ProjectFacts {
  indicators: number;
  indicatorsAchieved: number;
  indicatorProgress: number;
  milestones: number;
  milestonesDone: number;
  overdueMilestones: number;
  latestRating: CheckpointRating | null;
}

/** Each project's indicators, milestones and latest rating, from the rows of the same filter (PROJ-09/10 rules). */
export async function factsOf(ctx: Ctx, f: ProjectFilter, today: string) {
  const [indicatorRows, milestoneRows, checkpointRows] = await Promise.all([
    findIndicatorRows(ctx.db, ctx.actor, f),
    findMilestoneRows(ctx.db, ctx.actor, f),
    findCheckpointRows(ctx.db, ctx.actor, f),
  ]);
  const facts = new Map<string, ProjectFacts & { progressSum: number; latestQuarter: number }>();
  const of = (id: string) => {
    let entry = facts.get(id);
    if (!entry) {
      entry = { indicators: 0, indicatorsAchieved: 0, indicatorProgress: 0, milestones: 0, milestonesDone: 0, overdueMilestones: 0, latestRating: null, progressSum: 0, latestQuarter: 0 };
      facts.set(id, entry);
    }
    return entry;
  };
  for (const i of indicatorRows) {
    const entry = of(i.projectId);
    const { progress, achieved } = indicatorProgress(i, i.latest === null ? null : Number(i.latest));
    entry.indicators += 1;
    entry.indicatorsAchieved += achieved ? 1 : 0;
    entry.progressSum += Math.min(1, progress);
  }
  const overdue: (typeof milestoneRows[number] & { daysOverdue: number })[] = [];
  for (const m of milestoneRows) {
    const entry = of(m.projectId);
    const { state, daysOverdue } = milestoneState(m, today, ctx.config.secretaryProjects.dueSoonDays);
    entry.milestones += 1;
    if (state === "done") entry.milestonesDone += 1;
    if (state === "overdue") {
      entry.overdueMilestones += 1;
      overdue.push({ ...m, daysOverdue });
    }
  }
  for (const c of checkpointRows) {
    const entry = of(c.projectId);
    if (c.quarter > entry.latestQuarter) {
      entry.latestQuarter = c.quarter;
      entry.latestRating = c.rating as CheckpointRating;
    }
  }
  for (const entry of facts.values()) entry.indicatorProgress = entry.indicators === 0 ? 0 : Math.round((entry.progressSum / entry.indicators) * 1000) / 1000;
  const get = (id: string): ProjectFacts => {
    const { progressSum: _sum, latestQuarter: _quarter, ...rest } = of(id);
    return rest;
  };
  return { get, overdue, checkpointRows };
}

/** GET /api/secretary-projects/board. */
export async function getProjectBoard(ctx: Ctx, query: BoardQuery): Promise<ProjectBoard> {
  requireBoardReader(ctx);
  const org = await boardOrg(ctx, query.orgId);
  const today = chinaToday(ctx.clock());
  const all: ProjectFilter = { year: query.year, subtreePath: org?.path };
  const live: ProjectFilter = { ...all, statuses: LIVE_PROJECT_STATUSES };
  const [statusCounts, rows, facts, missing] = await Promise.all([
    countProjectsByStatus(ctx.db, ctx.actor, all),
    findProjectRows(ctx.db, ctx.actor, live),
    factsOf(ctx, live, today),
    findOrgsWithoutProject(ctx.db, ctx.actor, query.year, org?.path, BOARD_MAX_LISTED),
  ]);
  const projects: BoardProject[] = rows.map((r) => ({
    projectId: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    title: r.title,
    category: r.category as ProjectCategory,
    status: r.status as ProjectStatus,
    secretaryMemberId: r.secretaryMemberId,
    secretaryName: r.secretaryName,
    ...facts.get(r.id),
  }));
  const counted = <K extends string>(keys: readonly K[], keyOf: (p: BoardProject) => K) =>
    keys.map((key) => ({ key, count: projects.filter((p) => keyOf(p) === key).length }));
  const byTitle = new Map(rows.map((r) => [r.id, r]));
  const overdue: OverdueMilestone[] = facts.overdue
    .sort((a, b) => b.daysOverdue - a.daysOverdue)
    .map((m) => ({
      projectId: m.projectId,
      orgName: byTitle.get(m.projectId)?.orgName ?? "",
      projectTitle: byTitle.get(m.projectId)?.title ?? "",
      milestoneId: m.id,
      title: m.title,
      dueOn: m.dueOn,
      ownerName: m.ownerName,
      daysOverdue: m.daysOverdue,
    }));
  return {
    year: query.year,
    today,
    org: org ? { id: org.id, name: org.name } : null,
    byStatus: PROJECT_STATUSES.map((status) => ({ key: status, count: statusCounts.find((c) => c.status === status)?.count ?? 0 })),
    live: projects.length,
    byCategory: counted(PROJECT_CATEGORIES, (p) => p.category),
    byLatestRating: counted([...CHECKPOINT_RATINGS, "unrated"] as const, (p) => p.latestRating ?? "unrated"),
    ratingsByQuarter: QUARTERS.map((quarter) => {
      const isOpen = checkpointOpensOn(query.year, quarter) <= today;
      const ratings = facts.checkpointRows.filter((c) => c.quarter === quarter);
      const n = (rating: CheckpointRating) => ratings.filter((c) => c.rating === rating).length;
      return { quarter, isOpen, on_track: n("on_track"), at_risk: n("at_risk"), off_track: n("off_track"), unrated: isOpen ? Math.max(0, projects.length - ratings.length) : 0 };
    }),
    indicators: { total: projects.reduce((s, p) => s + p.indicators, 0), achieved: projects.reduce((s, p) => s + p.indicatorsAchieved, 0) },
    projects: projects.slice(0, BOARD_MAX_PROJECTS),
    overdue: { total: overdue.length, items: overdue.slice(0, BOARD_MAX_LISTED) },
    missing,
  };
}

const scoreParts = (row: BoardProjectRow) => {
  const stored = row.evaluation as { rubricScore?: number; voteScore?: number | null } | null;
  return { rubricScore: stored?.rubricScore ?? null, voteScore: stored?.voteScore ?? null };
};

/** GET /api/secretary-projects/ranking: evaluated and published projects by final score, paged. */
export async function getProjectRanking(ctx: Ctx, query: RankingQuery): Promise<RankingPage> {
  requireBoardReader(ctx);
  const org = await boardOrg(ctx, query.orgId);
  const { items, total } = await findRankingRows(
    ctx.db,
    ctx.actor,
    { year: query.year, subtreePath: org?.path },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return {
    items: items.map(
      (r): RankingItem => ({
        rank: r.rank,
        projectId: r.id,
        orgId: r.orgId,
        orgName: r.orgName,
        year: r.year,
        title: r.title,
        category: r.category as ProjectCategory,
        status: r.status as ProjectStatus,
        secretaryMemberId: r.secretaryMemberId,
        secretaryName: r.secretaryName,
        ...scoreParts(r),
        finalScore: r.finalScore!,
        grade: r.grade as ProjectGrade,
        publishedOn: r.publishedOn,
      }),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** GET /api/secretary-projects/secretaries/:memberId/record: a secretary's projects across years (in scope; 404 when none). */
export async function getSecretaryRecord(ctx: Ctx, memberId: string, page: PageQuery): Promise<SecretaryRecord> {
  requireBoardReader(ctx);
  const f: ProjectFilter = { secretaryMemberId: memberId };
  const [total, rows] = await Promise.all([
    countProjects(ctx.db, ctx.actor, f),
    findProjectRows(ctx.db, ctx.actor, f, { limit: page.pageSize, offset: (page.page - 1) * page.pageSize }),
  ]);
  if (total === 0) throw createNotFoundError(ERROR_CODES.projectNotFound, "该书记的书记项目记录");
  const [facts, memberName] = await Promise.all([factsOf(ctx, f, chinaToday(ctx.clock())), findMemberName(ctx.db, memberId)]);
  return {
    memberId,
    memberName: memberName ?? rows[0]?.secretaryName ?? "",
    items: rows.map((r) => {
      const { overdueMilestones: _overdue, indicatorProgress: _progress, ...fact } = facts.get(r.id);
      const sees = seesScore(ctx, r);
      return {
        projectId: r.id,
        orgId: r.orgId,
        orgName: r.orgName,
        year: r.year,
        title: r.title,
        category: r.category as ProjectCategory,
        status: r.status as ProjectStatus,
        ...fact,
        finalScore: sees ? r.finalScore : null,
        grade: sees ? (r.grade as ProjectGrade | null) : null,
        publishedOn: r.publishedOn,
      };
    }),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}
