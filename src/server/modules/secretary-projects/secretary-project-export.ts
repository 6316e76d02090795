import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { PROJECT_EXPORT_MAX_PROJECTS, type ProjectExportQuery } from "../../../shared/contracts/secretary-project-board.contract";
import { chinaToday } from "../../../shared/dates";
import { ERROR_CODES } from "../../../shared/error-codes";
import {
  CHECKPOINT_RATING_LABELS,
  type CheckpointRating,
  LIVE_PROJECT_STATUSES,
  PROJECT_CATEGORY_LABELS,
  PROJECT_GRADE_LABELS,
  PROJECT_STATUS_LABELS,
  type ProjectCategory,
  type ProjectGrade,
  type ProjectStatus,
} from "../../../shared/secretary-projects";
import type { Ctx } from "../../http/context";
import { writeHeaderRow as header } from "../../http/workbook";
import { AppError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { boardOrg, factsOf, seesScore } from "./secretary-project-board.service";
import { type ProjectFilter, countProjects, findIndicatorRows, findProjectRows, findRankingRows } from "./secretary-project-board.repository";
import { indicatorProgress } from "./secretary-project-progress.rules";
import { createProjectExportForbidden } from "./secretary-projects.errors";

const GRADE_FONTS: Record<ProjectGrade, string> = { good: "FF006100", fairly_good: "FF1F4E79", average: "FF9C5700", poor: "FF9C0006" };

export const createProjectExportTooLargeError = (n: number) =>
  new AppError(ERROR_CODES.projectExportTooLarge, 422, `所选范围内有书记项目 ${n} 个，超过单次导出上限 ${PROJECT_EXPORT_MAX_PROJECTS} 个，请选择下级组织分别导出`);

export interface ProjectExport {
  fileName: string;
  write(out: Writable): Promise<void>;
}

type Sheet = ExcelJS.Worksheet;
type Book = ExcelJS.stream.xlsx.WorkbookWriter;


/**
 * The workbook of a subtree's secretary projects for a year (GET /api/secretary-projects/export.xlsx):
 * 项目一览 (every project the caller reaches, its progress, rating and — where the caller may see it —
 * its score), 指标完成情况 (each indicator of the projects under way, baseline, target, latest value)
 * and 评价排名. The committee's own (admin, org_admin: project.export); audited before a byte is sent;
 * streamed with exceljs.
 */
export async function exportProjects(ctx: Ctx, query: ProjectExportQuery): Promise<ProjectExport> {
  if (!can(ctx.actor, "project.export")) throw createProjectExportForbidden();
  const org = await boardOrg(ctx, query.orgId);
  const all: ProjectFilter = { year: query.year, subtreePath: org?.path };
  const total = await countProjects(ctx.db, ctx.actor, all);
  if (total > PROJECT_EXPORT_MAX_PROJECTS) throw createProjectExportTooLargeError(total);
  await recordAudit(ctx.db, ctx, {
    action: "project.export",
    entityType: org ? "org" : "system",
    entityId: org?.id ?? null,
    orgId: org?.id ?? null,
    after: { year: query.year, projects: total },
  });
  const today = chinaToday(ctx.clock());
  return {
    fileName: `书记项目_${org?.name ?? "全部"}_${query.year}年_${today.replaceAll("-", "")}.xlsx`,
    write: async (out) => {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      workbook.creator = "基层党建工作平台";
      await writeProjectsSheet(workbook, ctx, all, today, org?.name ?? "全部组织", query.year);
      await writeIndicatorsSheet(workbook, ctx, { ...all, statuses: LIVE_PROJECT_STATUSES });
      await writeRankingSheet(workbook, ctx, all);
      await workbook.commit();
    },
  };
}

async function writeProjectsSheet(workbook: Book, ctx: Ctx, f: ProjectFilter, today: string, orgName: string, year: number) {
  const sheet = workbook.addWorksheet("项目一览", { views: [{ state: "frozen", ySplit: 1 }] });
  header(sheet, [
    { header: "党组织", width: 28 },
    { header: "项目名称", width: 32 },
    { header: "类别", width: 22 },
    { header: "书记", width: 10 },
    { header: "状态", width: 14 },
    { header: "节点（完成/总数）", width: 12 },
    { header: "逾期节点", width: 9 },
    { header: "指标（达成/总数）", width: 12 },
    { header: "最近季度督查", width: 12 },
    { header: "最终得分", width: 9, numFmt: "0.0" },
    { header: "等次", width: 7 },
    { header: "结果公布日期", width: 12 },
  ]);
  const [rows, facts] = await Promise.all([findProjectRows(ctx.db, ctx.actor, f), factsOf(ctx, f, today)]);
  for (const r of rows) {
    const fact = facts.get(r.id);
    const sees = seesScore(ctx, r);
    const line = sheet.addRow([
      r.orgName,
      r.title,
      PROJECT_CATEGORY_LABELS[r.category as ProjectCategory] ?? r.category,
      r.secretaryName,
      PROJECT_STATUS_LABELS[r.status as ProjectStatus] ?? r.status,
      `${fact.milestonesDone}/${fact.milestones}`,
      fact.overdueMilestones,
      `${fact.indicatorsAchieved}/${fact.indicators}`,
      fact.latestRating ? CHECKPOINT_RATING_LABELS[fact.latestRating as CheckpointRating] : "",
      sees ? r.finalScore : null,
      sees && r.grade ? PROJECT_GRADE_LABELS[r.grade as ProjectGrade] : "",
      r.publishedOn ?? "",
    ]);
    if (fact.overdueMilestones > 0) line.getCell(7).font = { color: { argb: "FF9C0006" }, bold: true };
    if (sees && r.grade) line.getCell(11).font = { color: { argb: GRADE_FONTS[r.grade as ProjectGrade] }, bold: true };
    line.commit();
  }
  sheet.addRow([]).commit();
  const note = sheet.addRow([`${orgName} ${year} 年度书记项目（截至 ${today}）；得分和等次在结果公布前仅负责评价的上级党委可见`]);
  note.font = { italic: true, color: { argb: "FF7F7F7F" } };
  note.commit();
  sheet.commit();
}

async function writeIndicatorsSheet(workbook: Book, ctx: Ctx, f: ProjectFilter) {
  const sheet = workbook.addWorksheet("指标完成情况", { views: [{ state: "frozen", ySplit: 1 }] });
  header(sheet, [
    { header: "党组织", width: 28 },
    { header: "项目名称", width: 32 },
    { header: "指标", width: 28 },
    { header: "单位", width: 8 },
    { header: "基数", width: 10 },
    { header: "目标值", width: 10 },
    { header: "最新值", width: 10 },
    { header: "完成进度", width: 10, numFmt: "0.0%" },
    { header: "是否达成", width: 9 },
  ]);
  const [indicators, rows] = await Promise.all([findIndicatorRows(ctx.db, ctx.actor, f), findProjectRows(ctx.db, ctx.actor, f)]);
  const projectOf = new Map(rows.map((r) => [r.id, r]));
  for (const i of indicators) {
    const project = projectOf.get(i.projectId);
    const latest = i.latest === null ? null : Number(i.latest);
    const { progress, achieved } = indicatorProgress(i, latest);
    const line = sheet.addRow([project?.orgName ?? "", project?.title ?? "", i.name, i.unit, i.baseline, i.target, latest, latest === null ? null : progress, achieved ? "已达成" : "未达成"]);
    line.getCell(9).font = { color: { argb: achieved ? "FF006100" : "FF9C5700" } };
    line.commit();
  }
  sheet.commit();
}

async function writeRankingSheet(workbook: Book, ctx: Ctx, f: ProjectFilter) {
  const sheet = workbook.addWorksheet("评价排名", { views: [{ state: "frozen", ySplit: 1 }] });
  header(sheet, [
    { header: "名次", width: 7 },
    { header: "党组织", width: 28 },
    { header: "项目名称", width: 32 },
    { header: "书记", width: 10 },
    { header: "评价标准得分", width: 12, numFmt: "0.0" },
    { header: "测评得分", width: 10, numFmt: "0.0" },
    { header: "最终得分", width: 10, numFmt: "0.0" },
    { header: "等次", width: 7 },
    { header: "状态", width: 12 },
  ]);
  const { items } = await findRankingRows(ctx.db, ctx.actor, f, { limit: PROJECT_EXPORT_MAX_PROJECTS, offset: 0 });
  for (const r of items) {
    const stored = r.evaluation as { rubricScore?: number; voteScore?: number | null } | null;
    sheet
      .addRow([
        r.rank,
        r.orgName,
        r.title,
        r.secretaryName,
        stored?.rubricScore ?? null,
        stored?.voteScore ?? null,
        r.finalScore,
        PROJECT_GRADE_LABELS[r.grade as ProjectGrade] ?? "",
        PROJECT_STATUS_LABELS[r.status as ProjectStatus] ?? r.status,
      ])
      .commit();
  }
  sheet.commit();
}
