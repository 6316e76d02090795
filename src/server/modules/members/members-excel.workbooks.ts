import ExcelJS from "exceljs";
import { MEMBER_IMPORT_MAX_BYTES, MEMBER_IMPORT_MAX_ROWS } from "../../../shared/contracts/member-import.contract";
import type { ImportError } from "../../../shared/contracts/members.contract";
import { DATE_FORMAT, MEMBER_COLUMNS, ROSTER_SHEET_NAME, columnLetter, type MemberColumnKey } from "./members-excel.columns";

/**
 * Rows of the template that carry the drop-downs. Excel keeps one range per column, but some readers
 * (exceljs among them) expand a range cell by cell, so the template stays at a branch's scale; the
 * import checks every row whether it had a drop-down or not.
 */
const TEMPLATE_ROWS = 10_000;
const OPTIONS_SHEET = "选项";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE9E7" } };

/** The template's sample row; the ID number is the check-valid test vector of rules.md §7.1. */
export const TEMPLATE_EXAMPLE: Record<MemberColumnKey, string | Date | null> = {
  name: "张红",
  gender: "女",
  ethnicity: "汉族",
  idNumber: "11010519491231002X",
  nativePlace: "北京市",
  education: "大学本科",
  occupation: "离退休人员",
  workUnit: "某某街道办事处",
  post: "退休干部",
  phone: "13800001234",
  address: "北京市朝阳区某某路 1 号",
  joinedOn: new Date(Date.UTC(1975, 6, 1)),
  fullMemberOn: new Date(Date.UTC(1976, 6, 1)),
  status: "正式党员",
  orgCode: null,
  isMobile: "否",
  isStruggling: "否",
  isLostContact: "否",
};

/** The import template: headers, drop-downs of every enumeration, formatted columns, 说明, one example row. */
export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "基层党建工作平台";
  const sheet = workbook.addWorksheet(ROSTER_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  const notes = workbook.addWorksheet("说明");
  const options = workbook.addWorksheet(OPTIONS_SHEET, { state: "hidden" });

  sheet.columns = MEMBER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    // Text format keeps an ID number's 18 digits (a number cell keeps only 15); dates show as dates.
    style: c.key === "idNumber" || c.key === "phone" || c.key === "orgCode" ? { numFmt: "@" } : c.kind === "date" ? { numFmt: DATE_FORMAT } : {},
  }));
  styleHeader(sheet.getRow(1));
  MEMBER_COLUMNS.forEach((c, i) => {
    if (c.isRequired) sheet.getRow(1).getCell(i + 1).font = { bold: true, color: { argb: "FFC00000" } };
  });

  let optionColumn = 0;
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  MEMBER_COLUMNS.forEach((column, i) => {
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${TEMPLATE_ROWS + 1}`;
    if (column.options) {
      // Lists live on a hidden sheet: an inline list is limited to 255 characters (57 ethnicities are not).
      const letter = columnLetter(++optionColumn);
      const labels = [...column.options.keys()];
      options.getCell(`${letter}1`).value = column.header;
      labels.forEach((label, k) => (options.getCell(`${letter}${k + 2}`).value = label));
      validations.add(range, {
        type: "list",
        allowBlank: !column.isRequired,
        formulae: [`'${OPTIONS_SHEET}'!$${letter}$2:$${letter}$${labels.length + 1}`],
        showErrorMessage: true,
        errorTitle: column.header,
        error: `请从下拉列表中选择${column.header}`,
      });
    } else if (column.kind === "date") {
      validations.add(range, {
        type: "date",
        operator: "between",
        allowBlank: true,
        formulae: [new Date(Date.UTC(1921, 6, 1)), new Date(Date.UTC(2100, 11, 31))],
        showErrorMessage: true,
        errorTitle: column.header,
        error: "请输入日期，如 2020-07-01",
      });
    }
  });

  const example = sheet.addRow(TEMPLATE_EXAMPLE);
  example.font = { italic: true, color: { argb: "FF808080" } };

  notes.columns = [
    { header: "列名", key: "header", width: 16 },
    { header: "是否必填", key: "required", width: 10 },
    { header: "填写说明", key: "note", width: 90 },
  ];
  styleHeader(notes.getRow(1));
  for (const c of MEMBER_COLUMNS) notes.addRow({ header: c.header, required: c.isRequired ? (c.key === "orgCode" ? "见说明" : "必填") : "选填", note: c.note });
  notes.addRow([]);
  for (const line of GENERAL_RULES) notes.addRow({ header: "", required: "", note: line });
  notes.getColumn("note").alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const GENERAL_RULES = [
  "导入规则：",
  "1. 在“党员名册”工作表中从第 2 行起每行填写一名党员；第 2 行为示例（灰色），请替换或删除，不要导入示例数据。",
  "2. 全部校验通过才会导入：任一行有错误时，一条都不写入，并列出每个错误所在的行、列和原因，可下载错误清单修改后重新导入。",
  "3. 身份证号已在系统中的党员，将按本表更新其信息（不会重复新建）；表中没有的列保持原值，有该列但单元格为空则清空该项。",
  "4. 变更党员所在组织须办理组织关系转接，不能通过导入修改；只能导入到您有权管理的组织。",
  `5. 单个文件不超过 ${MEMBER_IMPORT_MAX_BYTES / 1024 / 1024} MB、${MEMBER_IMPORT_MAX_ROWS} 行，仅支持 .xlsx 格式；不认识的列将被忽略。`,
  "6. 出生日期取自身份证号；性别须与身份证号一致；入党时须年满十八岁；正式党员的转正日期不早于入党日期满一年。",
];

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: "middle", horizontal: "center" };
  row.height = 20;
}

/** "下载错误清单": the refused rows of an import, for the user to fix the file. */
export async function buildImportErrorsWorkbook(errors: readonly ImportError[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("错误清单", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "行号", key: "row", width: 8 },
    { header: "列", key: "column", width: 16 },
    { header: "错误说明", key: "message", width: 80 },
    { header: "错误代码", key: "code", width: 36 },
  ];
  styleHeader(sheet.getRow(1));
  // Cells are written as text, never as formulas, whatever the strings hold.
  for (const e of errors) sheet.addRow({ row: e.row, column: e.column, message: e.message, code: e.code });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
