import type { ProjectContent, ProjectDetail, ProjectListItem, ProjectVersion } from "../../../shared/contracts/secretary-projects.contract";
import {
  type CheckpointRating,
  LIVE_PROJECT_STATUSES,
  type ProjectCategory,
  type ProjectGrade,
  type ProjectSide,
  type ProjectStatus,
  type ProjectVersionKind,
  type ProjectVersionStatus,
} from "../../../shared/secretary-projects";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { todayOf } from "../organizations/organizations.service";
import type { ProjectView } from "./secretary-project-access";
import { findIndicatorRows, findMilestoneRows, findVersionRows, type MilestoneRow } from "./secretary-project-content.repository";
import { indicatorProgress, milestoneState } from "./secretary-project-progress.rules";
import { showsScore } from "./secretary-project-scoring.rules";
import { availableActions, availableWork } from "./secretary-project-status.rules";
import { type ProjectListRow, type ProjectRow, type ProjectStats, findProjectStats, getProjectListRow } from "./secretary-projects.repository";

const isUnderway = (status: string) => (LIVE_PROJECT_STATUSES as readonly string[]).includes(status);

/** PROJ-14: the one rule of who sees a score (secretary-project-scoring.rules.ts). */
const seesScore = (ctx: Ctx, project: ProjectRow) => showsScore({ role: ctx.actor.role, orgId: ctx.actor.org.id }, project);

export function toListItem(ctx: Ctx, row: ProjectListRow, stats: ProjectStats | undefined): ProjectListItem {
  const p = row.project;
  const score = seesScore(ctx, p);
  return {
    id: p.id,
    orgId: p.orgId,
    orgName: row.orgName,
    orgCode: row.orgCode,
    year: p.year,
    title: p.title,
    category: p.category as ProjectCategory,
    status: p.status as ProjectStatus,
    secretaryMemberId: p.secretaryMemberId,
    secretaryName: row.secretaryName,
    reviewingOrgName: row.reviewingOrgName,
    milestoneCount: stats?.milestoneCount ?? 0,
    milestonesDone: stats?.milestonesDone ?? 0,
    overdueMilestones: stats?.overdueMilestones ?? 0,
    latestRating: (stats?.latestRating as CheckpointRating | null) ?? null,
    hasPendingChange: stats?.hasPendingChange ?? false,
    finalScore: score ? p.finalScore : null,
    grade: score ? (p.grade as ProjectGrade | null) : null,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** A milestone's state: overdue and due soon only on a project under way (a draft's dates are plans). */
export function toMilestone(m: MilestoneRow, status: string, today: string, dueSoonDays: number) {
  const { state, daysOverdue } = isUnderway(status) ? milestoneState(m, today, dueSoonDays) : { state: m.completedOn ? ("done" as const) : ("pending" as const), daysOverdue: 0 };
  return { id: m.id, title: m.title, dueOn: m.dueOn, ownerName: m.ownerName, ownerMemberId: m.ownerMemberId, completedOn: m.completedOn, state, daysOverdue };
}

/** The content as it stands in the live rows (the draft, or the version in force), with the rows' ids. */
export async function currentContentIn(db: Executor, project: ProjectRow): Promise<ProjectContent> {
  const [indicators, milestones] = await Promise.all([findIndicatorRows(db, project.id), findMilestoneRows(db, project.id)]);
  return {
    title: project.title,
    category: project.category as ProjectCategory,
    problem: project.problem,
    resources: project.resources,
    indicators: indicators.map(({ row: i }) => ({ id: i.id, name: i.name, unit: i.unit, baseline: i.baseline, target: i.target })),
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, ownerName: m.ownerName, ownerMemberId: m.ownerMemberId })),
  };
}

/** The project page: everything of the project the caller may see, and what they may do now. */
export async function buildProjectDetail(ctx: Ctx, view: ProjectView & { sides: ProjectSide[] }): Promise<ProjectDetail> {
  const db = ctx.db;
  const today = todayOf(ctx);
  const p = view.project;
  const [row, statsMap, indicatorRows, milestoneRows, versionRows] = await Promise.all([
    getProjectListRow(db, p.id),
    findProjectStats(db, [p.id], today),
    findIndicatorRows(db, p.id),
    findMilestoneRows(db, p.id),
    findVersionRows(db, p.id),
  ]);
  const stats = statsMap.get(p.id)!;
  const status = p.status as ProjectStatus;
  const { sides } = view;
  // Members see the versions in force; the review of other submissions stays with the officers.
  const visibleVersions = ctx.actor.role === "member" ? versionRows.filter((v) => v.version.status === "approved") : versionRows;
  const work = availableWork(status, sides).filter((w) => (w === "proposeChange" ? !stats.hasPendingChange : w === "decideChange" ? stats.hasPendingChange : true));
  return {
    ...toListItem(ctx, row!, stats),
    problem: p.problem,
    resources: p.resources,
    reviewingOrgId: p.reviewingOrgId,
    approvedVersionNo: p.approvedVersionNo,
    approvedOn: p.approvedOn,
    indicators: indicatorRows.map(({ row: i, latestValue, latestOn }) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      target: i.target,
      latestValue,
      latestOn,
      ...indicatorProgress(i, latestValue),
    })),
    milestones: milestoneRows.map((m) => toMilestone(m, status, today, ctx.config.secretaryProjects.dueSoonDays)),
    versions: visibleVersions.map(({ version: v, submittedByName, decidedByName }): ProjectVersion => ({
      id: v.id,
      no: v.no,
      kind: v.kind as ProjectVersionKind,
      status: v.status as ProjectVersionStatus,
      content: v.content as ProjectContent,
      reason: v.reason,
      submittedAt: v.submittedAt.toISOString(),
      submittedByName,
      decidedAt: v.decidedAt?.toISOString() ?? null,
      decidedByName,
      decisionComment: v.decisionComment,
    })),
    yearEndReport: p.yearEndReport,
    reportedAt: p.reportedAt?.toISOString() ?? null,
    publishedOn: p.publishedOn,
    createdAt: p.createdAt.toISOString(),
    sides,
    actions: availableActions(status, sides),
    work,
  };
}
