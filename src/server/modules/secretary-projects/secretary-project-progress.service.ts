import type { FastifyRequest } from "fastify";
import type { FileSummary, Page } from "../../../shared/contracts/common.contract";
import type {
  CommentThread,
  CreateProgressReportInput,
  CreateProjectComment,
  FindProgressReportsQuery,
  FindProjectCommentsQuery,
  ProgressReport,
  ProjectComment,
} from "../../../shared/contracts/secretary-project-progress.contract";
import { chinaToday } from "../../../shared/dates";
import type { ProjectSide } from "../../../shared/secretary-projects";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { findOwnerFiles, storeUpload, toFileSummary } from "../files/files.service";
import { requireProject, requireWork } from "./secretary-project-access";
import { checkProgressReport, indicatorProgress } from "./secretary-project-progress.rules";
import {
  type CommentRow,
  findGuidanceRows,
  findLiveIndicatorIds,
  findLiveMilestones,
  findReplyRows,
  findReportRows,
  findValueRows,
  getCommentRow,
  getReportRow,
  insertCommentRow,
  insertReportRow,
  insertValueRows,
  setMilestoneCompleted,
} from "./secretary-project-progress.repository";
import { createProjectCommentNotFoundError, createProjectReportNotFoundError, throwIfIssues } from "./secretary-projects.errors";

/**
 * A project's year on the secretary's side and the committee's (PROJ-08): progress reports with
 * indicator values and evidence, the committee's guidance (点评) and the secretary's replies. Every
 * call reaches the project first (404 out of scope), then checks the role (403), then the side and
 * status through the state machine (422, the rule's id).
 */

/** The owner type of a report's evidence in the files module. */
export const REPORT_FILE_OWNER = "secretary_project_report";

const createManageForbidden = (what: string) => createForbiddenError(`只有项目所在党组织的书记（工作人员）可以${what}`);
const createReviewForbidden = (what: string) => createForbiddenError(`只有负责审核的上级党委可以${what}`);

// ---------------------------------------------------------------------------------------------
// Progress reports

/** PROJ-08: a report on an approved project, by its own organization; it may complete its milestone. */
export async function createProgressReport(ctx: Ctx, id: string, input: CreateProgressReportInput): Promise<ProgressReport> {
  const reportId = await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    if (!can(ctx.actor, "project.manage")) throw createManageForbidden("报告项目进展");
    requireWork(view, "progressReport");
    const milestones = await findLiveMilestones(tx, id);
    const milestone = input.milestoneId ? milestones.find((m) => m.id === input.milestoneId) : undefined;
    const indicatorIds = await findLiveIndicatorIds(tx, id);
    throwIfIssues(checkProgressReport(input, { year: view.project.year, milestone, indicatorIds }, chinaToday(ctx.clock())));

    const report = await insertReportRow(tx, {
      projectId: id,
      milestoneId: milestone?.id ?? null,
      reportedOn: input.reportedOn,
      body: input.body,
      completesMilestone: input.completesMilestone,
      createdBy: userIdOf(ctx),
    });
    await insertValueRows(
      tx,
      input.values.map((v) => ({ reportId: report.id, indicatorId: v.indicatorId, value: v.value, measuredOn: input.reportedOn })),
    );
    if (input.completesMilestone && milestone) await setMilestoneCompleted(tx, milestone.id, input.reportedOn);
    await recordAudit(tx, ctx, {
      action: "project.report_progress",
      entityType: "secretary_project_report",
      entityId: report.id,
      orgId: view.project.orgId,
      after: {
        projectId: id,
        milestoneId: report.milestoneId,
        reportedOn: report.reportedOn,
        body: report.body,
        values: input.values,
        completedMilestone: input.completesMilestone && milestone ? { id: milestone.id, title: milestone.title, completedOn: input.reportedOn } : null,
      },
    });
    return report.id;
  });
  const [report] = (await findReportRows(ctx.db, id, { page: 1, pageSize: 1, id: reportId })).items;
  return (await assembleReports(ctx.db, id, [report!]))[0]!;
}

/** The project's reports, the latest first, each with its values, evidence and guidance threads. */
export async function findProgressReports(ctx: Ctx, id: string, query: FindProgressReportsQuery): Promise<Page<ProgressReport>> {
  await requireProject(ctx.db, ctx, id);
  const { items, total } = await findReportRows(ctx.db, id, query);
  return { items: await assembleReports(ctx.db, id, items), total, page: query.page, pageSize: query.pageSize };
}

type ReportListRow = Awaited<ReturnType<typeof findReportRows>>["items"][number];

async function assembleReports(db: Executor, projectId: string, rows: readonly ReportListRow[]): Promise<ProgressReport[]> {
  const reportIds = rows.map((r) => r.report.id);
  const [valueRows, threads, files] = await Promise.all([
    findValueRows(db, reportIds),
    findThreads(db, projectId, { reportIds }),
    Promise.all(reportIds.map((reportId) => findOwnerFiles(db, REPORT_FILE_OWNER, reportId))),
  ]);
  return rows.map(({ report, milestoneTitle, createdByName }, i) => ({
    id: report.id,
    projectId: report.projectId,
    milestoneId: report.milestoneId,
    milestoneTitle,
    reportedOn: report.reportedOn,
    body: report.body,
    completesMilestone: report.completesMilestone,
    values: valueRows
      .filter((v) => v.reportId === report.id)
      .map((v) => ({
        indicatorId: v.indicatorId,
        indicatorName: v.indicatorName,
        unit: v.unit,
        baseline: v.baseline,
        target: v.target,
        value: v.value,
        measuredOn: v.measuredOn,
        progress: indicatorProgress(v, v.value).progress,
      })),
    files: files[i]!.map(toFileSummary),
    comments: threads.items.filter((t) => t.reportId === report.id),
    createdByName,
    createdAt: report.createdAt.toISOString(),
  }));
}

/**
 * Evidence (photos, documents) of a report, by the secretary's side while the project is under way;
 * the file belongs to the project's organization, so its committee may download it (/api/files/:id).
 */
export async function uploadReportEvidence(ctx: Ctx, request: FastifyRequest, id: string, reportId: string): Promise<FileSummary> {
  const { project, report } = await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id);
    if (!can(ctx.actor, "project.manage")) throw createManageForbidden("上传进展佐证材料");
    requireWork(view, "progressReport");
    const row = await getReportRow(tx, id, reportId);
    if (!row) throw createProjectReportNotFoundError();
    return { project: view.project, report: row };
  });
  const row = await storeUpload(ctx, request, { ownerType: REPORT_FILE_OWNER, ownerId: report.id, orgId: project.orgId });
  return toFileSummary({ ...row, uploadedByName: ctx.actor.displayName });
}

// ---------------------------------------------------------------------------------------------
// Guidance and replies

/**
 * The committee's guidance (点评) on a report or the whole project, or the secretary's reply to a
 * guidance comment (`parentId`; a reply to a reply joins the same thread). Answers the thread.
 */
export async function createProjectComment(ctx: Ctx, id: string, input: CreateProjectComment): Promise<CommentThread> {
  const rootId = await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id);
    const isReply = Boolean(input.parentId);
    let root: CommentRow | undefined;
    let reportId: string | null = null;
    if (isReply) {
      if (!can(ctx.actor, "project.manage")) throw createManageForbidden("回复点评");
      requireWork(view, "reply");
      const parent = await getCommentRow(tx, id, input.parentId!);
      root = parent?.parentId ? await getCommentRow(tx, id, parent.parentId) : parent;
      if (!root) throw createProjectCommentNotFoundError();
      reportId = root.reportId;
    } else {
      if (!can(ctx.actor, "project.review")) throw createReviewForbidden("点评项目");
      requireWork(view, "guidance");
      if (input.reportId) {
        if (!(await getReportRow(tx, id, input.reportId))) throw createProjectReportNotFoundError();
        reportId = input.reportId;
      }
    }
    const side: ProjectSide = isReply ? "secretary" : "committee";
    const row = await insertCommentRow(tx, { projectId: id, reportId, parentId: root?.id ?? null, side, body: input.body, authorId: userIdOf(ctx) });
    await recordAudit(tx, ctx, {
      action: isReply ? "project.reply" : "project.guide",
      entityType: "secretary_project_comment",
      entityId: row.id,
      orgId: view.project.orgId,
      after: { projectId: id, reportId, parentId: row.parentId, side, body: row.body },
    });
    return root?.id ?? row.id;
  });
  return (await findThreads(ctx.db, id, { id: rootId })).items[0]!;
}

/** The guidance threads of the project, the latest first: all, on one report, or on the project only. */
export async function findProjectComments(ctx: Ctx, id: string, query: FindProjectCommentsQuery): Promise<Page<CommentThread>> {
  await requireProject(ctx.db, ctx, id);
  const filter = { reportId: query.reportId, onProject: query.onProject === undefined ? undefined : query.onProject === "true" };
  const { items, total } = await findThreads(ctx.db, id, filter, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

type CommentListRow = { comment: CommentRow; authorName: string | null };

const toComment = ({ comment, authorName }: CommentListRow): ProjectComment => ({
  id: comment.id,
  reportId: comment.reportId,
  parentId: comment.parentId,
  side: comment.side as ProjectSide,
  body: comment.body,
  authorName,
  createdAt: comment.createdAt.toISOString(),
});

async function findThreads(
  db: Executor,
  projectId: string,
  filter: Parameters<typeof findGuidanceRows>[2],
  page?: { page: number; pageSize: number },
): Promise<{ items: CommentThread[]; total: number }> {
  const guidance = await findGuidanceRows(db, projectId, filter, page);
  const replies = await findReplyRows(db, guidance.items.map((g) => g.comment.id));
  const items = guidance.items.map((g) => ({ ...toComment(g), replies: replies.filter((r) => r.comment.parentId === g.comment.id).map(toComment) }));
  return { items, total: guidance.total };
}
