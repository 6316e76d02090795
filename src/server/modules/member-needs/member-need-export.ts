import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { NEED_CATEGORY_LABELS } from "../../../shared/care";
import type { NeedFigureRow, NeedFigures } from "../../../shared/contracts/member-needs.contract";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../organizations/organizations.service";
import { type NeedFiguresInput, getNeedFigures } from "./member-need-figures.service";
import { createNeedFiguresForbidden } from "./member-needs.errors";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE9E7" } };
const DAYS = "0.0";
const PERCENT = "0.0%";

export interface NeedFiguresExport {
  fileName: string;
  write(out: Writable): Promise<void>;
}

type Book = ExcelJS.stream.xlsx.WorkbookWriter;
type Column = { header: string; width: number; numFmt?: string };

function sheetWith(workbook: Book, name: string, columns: Column[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : undefined }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  row.commit();
  return sheet;
}

/** A percent of the figures (one decimal, e.g. 87.5) as Excel's fraction. */
const fraction = (percent: number | null) => (percent === null ? null : percent / 100);

/** The columns of one figure row, shared by the totals line and each sub-organization. */
const FIGURE_COLUMNS: (Column & { value: (r: NeedFigureRow) => number | null })[] = [
  { header: "诉求总数", width: 9, value: (r) => r.total },
  { header: "办理中", width: 8, value: (r) => r.open },
  { header: "已办结", width: 8, value: (r) => r.resolved },
  { header: "已撤回", width: 8, value: (r) => r.withdrawn },
  { header: "提交上级党委", width: 10, value: (r) => r.escalated },
  { header: "逾期未受理", width: 10, value: (r) => r.acknowledgeOverdue },
  { header: "逾期未办结", width: 10, value: (r) => r.resolveOverdue },
  { header: "受理用时中位数（天）", width: 12, numFmt: DAYS, value: (r) => r.acknowledgeDaysMedian },
  { header: "受理用时90%分位（天）", width: 12, numFmt: DAYS, value: (r) => r.acknowledgeDaysP90 },
  { header: "办结用时中位数（天）", width: 12, numFmt: DAYS, value: (r) => r.resolveDaysMedian },
  { header: "办结用时90%分位（天）", width: 12, numFmt: DAYS, value: (r) => r.resolveDaysP90 },
  { header: "办结率", width: 8, numFmt: PERCENT, value: (r) => fraction(r.resolutionRate) },
  { header: "已评价", width: 8, value: (r) => r.rated },
  { header: "满意", width: 7, value: (r) => r.satisfied },
  { header: "基本满意", width: 9, value: (r) => r.partlySatisfied },
  { header: "不满意", width: 8, value: (r) => r.notSatisfied },
  { header: "满意率", width: 8, numFmt: PERCENT, value: (r) => fraction(r.satisfactionRate) },
];

/**
 * The figures page as a workbook (GET /api/member-needs/figures/export): 汇总 (the organization and each
 * direct sub-organization rolled up), 按类别, 按月份. Officers (need.figures); audited (need.export)
 * before a byte is sent; streamed with exceljs. Numbers only, like the page: no member is named.
 */
export async function exportNeedFigures(ctx: Ctx, query: NeedFiguresInput): Promise<NeedFiguresExport> {
  if (!can(ctx.actor, "need.figures")) throw createNeedFiguresForbidden();
  const figures = await getNeedFigures(ctx, query);
  await recordAudit(ctx.db, ctx, { action: "need.export", entityType: "org", entityId: figures.org.id, orgId: figures.org.id, after: { year: figures.year, needs: figures.totals.total } });
  const today = todayOf(ctx);
  return {
    fileName: `党员诉求统计_${figures.org.name}_${figures.year}年_${today.replaceAll("-", "")}.xlsx`,
    write: async (out) => {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      workbook.creator = "基层党建工作平台";
      writeSummary(workbook, figures, today);
      writeCategories(workbook, figures);
      writeMonths(workbook, figures);
      await workbook.commit();
    },
  };
}

function writeSummary(workbook: Book, f: NeedFigures, today: string) {
  const sheet = sheetWith(workbook, "汇总", [{ header: "党组织", width: 30 }, ...FIGURE_COLUMNS]);
  const total = sheet.addRow([`${f.org.name}（合计）`, ...FIGURE_COLUMNS.map((c) => c.value(f.totals))]);
  total.font = { bold: true };
  total.commit();
  for (const child of f.children) sheet.addRow([child.org.name, ...FIGURE_COLUMNS.map((c) => c.value(child))]).commit();
  sheet.addRow([]).commit();
  const note = sheet.addRow([
    `${f.org.name} ${f.year} 年提出的党员诉求（截至 ${today}）；用时自提出之日起计算；办结率为已办结占未撤回诉求的比例，满意率为“满意”占已评价诉求的比例；下级组织含其所属组织`,
  ]);
  note.font = { italic: true, color: { argb: "FF7F7F7F" } };
  note.commit();
  sheet.commit();
}

function writeCategories(workbook: Book, f: NeedFigures) {
  const sheet = sheetWith(workbook, "按类别", [
    { header: "诉求类别", width: 20 },
    { header: "件数", width: 8 },
    { header: "占比", width: 8, numFmt: PERCENT },
  ]);
  for (const c of f.byCategory) sheet.addRow([NEED_CATEGORY_LABELS[c.category], c.count, f.totals.total ? c.count / f.totals.total : null]).commit();
  sheet.commit();
}

function writeMonths(workbook: Book, f: NeedFigures) {
  const sheet = sheetWith(workbook, "按月份", [
    { header: "月份", width: 8 },
    { header: "提出", width: 8 },
    { header: "办结", width: 8 },
  ]);
  for (const m of f.byMonth) sheet.addRow([`${m.month} 月`, m.filed, m.resolved]).commit();
  sheet.commit();
}
