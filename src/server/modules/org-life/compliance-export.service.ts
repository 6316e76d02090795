import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import {
  COMPLIANCE_EXPORT_MAX_MEMBERS,
  COMPLIANCE_EXPORT_MAX_ORGS,
  type ComplianceExportQuery,
  LAST_LIFE_SOURCE_LABELS,
  NO_LIFE_LEVEL_LABELS,
} from "../../../shared/contracts/compliance.contract";
import { MEMBER_STATUS_LABELS, type MemberStatus, OFFICER_POST_LABELS, ORG_KIND_LABELS, type OrgKind } from "../../../shared/domain";
import { ERROR_CODES } from "../../../shared/error-codes";
import { COMPLIANCE_STATUS_LABELS, type ComplianceStatus, MEETING_TYPE_LABELS } from "../../../shared/org-life";
import type { Ctx } from "../../http/context";
import { AppError } from "../../http/errors";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../members/members.service";
import { countRoster, findAttendanceRows, findNoLife } from "./compliance.repository";
import { orgCells } from "./compliance.rules";
import { columnGroupsOf, evaluateMatrix, noLifeCutoffs, requireComplianceOrg, toNoLifeMember, typesOf } from "./compliance.service";

/** Members fetched at a time while the rate and no-life sheets stream out. */
const FETCH_CHUNK = 5_000;

const FILLS: Record<ComplianceStatus, string> = { green: "FFC6EFCE", amber: "FFFFEB9C", red: "FFFFC7CE", none: "FFF2F2F2" };
const FONTS: Record<ComplianceStatus, string> = { green: "FF006100", amber: "FF9C5700", red: "FF9C0006", none: "FF9E9E9E" };
const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const HEADER_FILL = fill("FFFDE9E7");
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 1000);

export const createComplianceExportTooLargeError = (what: string, count: number, max: number) =>
  new AppError(ERROR_CODES.complianceExportTooLarge, 422, `所选范围内有${what} ${count} 个，超过单次导出上限 ${max} 个，请选择下级组织分别导出`);

export interface ComplianceExport {
  fileName: string;
  write(out: Writable): Promise<void>;
}

/**
 * The compliance workbook of a subtree and year: the matrix (one sheet for the year, cells coloured
 * by status, 已办/应办 in each), a summary by type, the members' attendance rates and the members
 * without organizational life. Refused above COMPLIANCE_EXPORT_MAX_ORGS organizations or
 * COMPLIANCE_EXPORT_MAX_MEMBERS members; audited before a byte is sent; streamed with exceljs.
 */
export async function exportCompliance(ctx: Ctx, query: ComplianceExportQuery): Promise<ComplianceExport> {
  const org = await requireComplianceOrg(ctx, query.orgId, "compliance.export");
  const [matrix, members] = await Promise.all([evaluateMatrix(ctx, org, query.year, typesOf(query.types)), countRoster(ctx.db, org.path)]);
  if (matrix.orgs.length > COMPLIANCE_EXPORT_MAX_ORGS) throw createComplianceExportTooLargeError("组织", matrix.orgs.length, COMPLIANCE_EXPORT_MAX_ORGS);
  if (members > COMPLIANCE_EXPORT_MAX_MEMBERS) throw createComplianceExportTooLargeError("党员", members, COMPLIANCE_EXPORT_MAX_MEMBERS);
  await recordAudit(ctx.db, ctx, {
    action: "compliance.export",
    entityType: "org",
    entityId: org.id,
    orgId: org.id,
    after: { year: query.year, types: query.types ?? null, orgs: matrix.orgs.length, members },
  });
  const today = todayOf(ctx);

  return {
    fileName: `组织生活落实情况_${org.name}_${query.year}年_${today.replaceAll("-", "")}.xlsx`,
    write: async (out) => {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      workbook.creator = "基层党建工作平台";
      writeMatrixSheet(workbook, matrix);
      writeSummarySheet(workbook, matrix);
      await writeAttendanceSheet(workbook, ctx, org.path, query.year);
      await writeNoLifeSheet(workbook, ctx, org.path, today);
      await workbook.commit();
    },
  };
}

type Matrix = Awaited<ReturnType<typeof evaluateMatrix>>;

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: "thin", color: { argb: "FFBFBFBF" } } };
  });
}

/** The matrix: two header rows (type over its periods), then one row per organization, indented by level. */
function writeMatrixSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, matrix: Matrix) {
  const sheet = workbook.addWorksheet(`${matrix.year}年`, { views: [{ state: "frozen", xSplit: 2, ySplit: 3 }] });
  const groups = columnGroupsOf(matrix.columns);
  sheet.columns = [{ width: 36 }, { width: 12 }, ...matrix.columns.map(() => ({ width: 7 }))];
  const title = sheet.addRow([`${matrix.org.name} ${matrix.year}年组织生活落实情况（截至 ${matrix.today}；单元格为 已办/应办，仅计已签发的会议记录）`]);
  title.font = { bold: true, size: 12 };
  title.commit();
  const typeRow = sheet.addRow(["组织", "类别", ...groups.flatMap((g) => g.periods.map(() => g.label))]);
  const periodRow = sheet.addRow(["", "", ...groups.flatMap((g) => g.periods.map((p) => p.label))]);
  let column = 3;
  for (const g of groups) {
    if (g.periods.length > 1) sheet.mergeCells(2, column, 2, column + g.periods.length - 1);
    column += g.periods.length;
  }
  sheet.mergeCells(2, 1, 3, 1);
  sheet.mergeCells(2, 2, 3, 2);
  styleHeader(typeRow);
  styleHeader(periodRow);
  typeRow.commit();
  periodRow.commit();
  const rootDepth = matrix.org.depth;
  for (const e of matrix.orgs) {
    const cells = orgCells(e.facts, matrix.columns, matrix.compiled.config, matrix.compiled);
    const row = sheet.addRow([
      `${"　".repeat(Math.max(0, e.org.depth - rootDepth))}${e.org.name}${e.facts.dissolvedOn ? `（${e.facts.dissolvedOn} 撤销）` : ""}`,
      ORG_KIND_LABELS[e.org.kind as OrgKind] ?? e.org.kind,
      ...cells.map((c) => (c.status === "none" ? "—" : `${c.done}/${c.required}`)),
    ]);
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 3);
      cell.fill = fill(FILLS[c.status]);
      cell.font = { color: { argb: FONTS[c.status] } };
      cell.alignment = { horizontal: "center" };
    });
    row.commit();
  }
  const legend = sheet.addRow([`图例：${(["green", "amber", "red", "none"] as const).map((s) => COMPLIANCE_STATUS_LABELS[s]).join(" / ")}（绿 / 黄 / 红 / 灰）`]);
  legend.font = { italic: true, color: { argb: "FF7F7F7F" } };
  legend.commit();
  sheet.commit();
}

function writeSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, matrix: Matrix) {
  const sheet = workbook.addWorksheet("汇总", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "会议类型", width: 18 },
    { header: "已完成", width: 10 },
    { header: "进行中", width: 10 },
    { header: "未完成", width: 10 },
    { header: "完成率", width: 10, style: { numFmt: "0.0%" } },
  ];
  styleHeader(sheet.getRow(1));
  sheet.getRow(1).commit();
  const s = matrix.summary;
  for (const t of s.byType) sheet.addRow([MEETING_TYPE_LABELS[t.type], t.green, t.amber, t.red, percent(t.rate)]).commit();
  const total = sheet.addRow(["合计", s.overall.green, s.overall.amber, s.overall.red, percent(s.overall.rate)]);
  total.font = { bold: true };
  total.commit();
  sheet.addRow([]).commit();
  sheet.addRow([`应开展组织生活的组织 ${s.orgs} 个；完成率 = 已完成 ÷（已完成 + 未完成），进行中的期间不计入`]).commit();
  sheet.commit();
}

async function writeAttendanceSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, ctx: Ctx, path: string, year: number) {
  const sheet = workbook.addWorksheet("出勤率", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "姓名", width: 12 },
    { header: "党员类别", width: 10 },
    { header: "所在组织", width: 30 },
    { header: "应参加", width: 9 },
    { header: "出席", width: 8 },
    { header: "请假", width: 8 },
    { header: "缺席", width: 8 },
    { header: "出勤率", width: 9, style: { numFmt: "0.0%" } },
  ];
  styleHeader(sheet.getRow(1));
  sheet.getRow(1).commit();
  for (let page = 1; ; page++) {
    const { items } = await findAttendanceRows(ctx.db, path, { from: `${year}-01-01`, to: `${year}-12-31` }, { page, pageSize: FETCH_CHUNK, sort: "name", order: "asc" });
    for (const r of items) {
      sheet
        .addRow([r.name, MEMBER_STATUS_LABELS[r.status as MemberStatus] ?? r.status, r.orgName, r.expected, r.present, r.excused, r.absent, percent(r.rate === null ? null : Number(r.rate))])
        .commit();
    }
    if (items.length < FETCH_CHUNK) break;
  }
  sheet.commit();
}

async function writeNoLifeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, ctx: Ctx, path: string, today: string) {
  const sheet = workbook.addWorksheet("未过组织生活党员", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "姓名", width: 12 },
    { header: "党员类别", width: 10 },
    { header: "所在支部", width: 28 },
    { header: "所在组织", width: 28 },
    { header: "最近一次组织生活", width: 16 },
    { header: "依据", width: 18 },
    { header: "已间隔（月）", width: 12 },
    { header: "状态", width: 10 },
    { header: "责任人", width: 16 },
  ];
  styleHeader(sheet.getRow(1));
  sheet.getRow(1).commit();
  const cutoffs = noLifeCutoffs(ctx, today);
  for (let page = 1; ; page++) {
    const { items } = await findNoLife(ctx.db, path, cutoffs, { until: cutoffs.warn }, { page, pageSize: FETCH_CHUNK });
    for (const row of items) {
      const m = toNoLifeMember(ctx, row, today);
      const line = sheet.addRow([
        m.name,
        MEMBER_STATUS_LABELS[m.status],
        m.branchName,
        m.orgName,
        m.lastLifeOn,
        LAST_LIFE_SOURCE_LABELS[m.lastLifeSource],
        m.monthsSince,
        NO_LIFE_LEVEL_LABELS[m.level],
        m.officer ? `${OFFICER_POST_LABELS[m.officer.post]} ${m.officer.name}` : "（书记空缺）",
      ]);
      line.getCell(8).font = { color: { argb: m.level === "over_limit" ? FONTS.red : FONTS.amber }, bold: m.level === "over_limit" };
      line.commit();
    }
    if (items.length < FETCH_CHUNK) break;
  }
  sheet.commit();
}
