import {
  EDUCATION_LABELS,
  ETHNICITIES,
  GENDER_LABELS,
  MEMBER_STATUS_LABELS,
  OCCUPATION_LABELS,
} from "../../../shared/domain";

/**
 * The roster's spreadsheet columns, in order: one definition for the import template, the import
 * itself and the export, so a full-value export can be imported again unchanged.
 */
export type MemberColumnKey =
  | "name"
  | "gender"
  | "ethnicity"
  | "idNumber"
  | "nativePlace"
  | "education"
  | "occupation"
  | "workUnit"
  | "post"
  | "phone"
  | "address"
  | "joinedOn"
  | "fullMemberOn"
  | "status"
  | "orgCode"
  | "isMobile"
  | "isStruggling"
  | "isLostContact";

export type MemberColumnKind = "text" | "enum" | "date" | "flag";

export interface MemberColumn {
  key: MemberColumnKey;
  header: string;
  kind: MemberColumnKind;
  /** The column must be present and filled (the organization code may come from the form instead). */
  isRequired: boolean;
  width: number;
  /** Chinese label → stored value, for enumerations and flags. */
  options?: ReadonlyMap<string, string>;
  /** One line of the 说明 sheet. */
  note: string;
}

const labelsToValues = (labels: Record<string, string>) => new Map(Object.entries(labels).map(([value, label]) => [label, value]));
export const FLAG_OPTIONS: ReadonlyMap<string, string> = new Map([
  ["是", "true"],
  ["否", "false"],
]);

export const MEMBER_COLUMNS: readonly MemberColumn[] = [
  { key: "name", header: "姓名", kind: "text", isRequired: true, width: 12, note: "必填，2—30 字" },
  { key: "gender", header: "性别", kind: "enum", isRequired: true, width: 8, options: labelsToValues(GENDER_LABELS), note: "必填，男 / 女，须与身份证号第 17 位一致" },
  { key: "ethnicity", header: "民族", kind: "enum", isRequired: true, width: 12, options: new Map(ETHNICITIES.map((e) => [e, e])), note: "必填，从下拉列表选择（56 个民族及“其他”）" },
  { key: "idNumber", header: "身份证号", kind: "text", isRequired: true, width: 22, note: "必填，18 位公民身份号码（GB 11643-1999），末位可为 X；请以文本格式填写，数字格式会丢失末几位。同一文件内不得重复；系统中已有的身份证号将更新该党员信息" },
  { key: "nativePlace", header: "籍贯", kind: "text", isRequired: false, width: 14, note: "选填，不超过 50 字" },
  { key: "education", header: "学历", kind: "enum", isRequired: false, width: 14, options: labelsToValues(EDUCATION_LABELS), note: "选填，从下拉列表选择" },
  { key: "occupation", header: "职业类别", kind: "enum", isRequired: false, width: 22, options: labelsToValues(OCCUPATION_LABELS), note: "选填，从下拉列表选择（党内统计公报的 8 类）" },
  { key: "workUnit", header: "工作单位", kind: "text", isRequired: false, width: 24, note: "选填，不超过 100 字" },
  { key: "post", header: "工作岗位", kind: "text", isRequired: false, width: 14, note: "选填，不超过 50 字" },
  { key: "phone", header: "手机号", kind: "text", isRequired: false, width: 16, note: "选填，11 位手机号码" },
  { key: "address", header: "家庭住址", kind: "text", isRequired: false, width: 30, note: "选填，不超过 200 字" },
  { key: "joinedOn", header: "入党日期", kind: "date", isRequired: true, width: 13, note: "必填，日期（如 2020-07-01），入党时须年满十八岁" },
  { key: "fullMemberOn", header: "转正日期", kind: "date", isRequired: false, width: 13, note: "正式党员必填，不早于入党日期满一年；预备党员不填" },
  { key: "status", header: "党员状态", kind: "enum", isRequired: true, width: 12, options: labelsToValues(MEMBER_STATUS_LABELS), note: "必填，正式党员 / 预备党员" },
  { key: "orgCode", header: "所在组织编码", kind: "text", isRequired: true, width: 16, note: "党支部、联合党支部、临时党支部或党小组的编码；不填则归入导入时选择的组织" },
  { key: "isMobile", header: "流动党员", kind: "flag", isRequired: false, width: 10, options: FLAG_OPTIONS, note: "选填，是 / 否，不填为否" },
  { key: "isStruggling", header: "困难党员", kind: "flag", isRequired: false, width: 10, options: FLAG_OPTIONS, note: "选填，是 / 否，不填为否" },
  { key: "isLostContact", header: "失联党员", kind: "flag", isRequired: false, width: 10, options: FLAG_OPTIONS, note: "选填，是 / 否，不填为否" },
];

export const COLUMN_BY_HEADER: ReadonlyMap<string, MemberColumn> = new Map(MEMBER_COLUMNS.map((c) => [c.header, c]));
export const COLUMN_BY_KEY = new Map(MEMBER_COLUMNS.map((c) => [c.key, c])) as ReadonlyMap<MemberColumnKey, MemberColumn>;
export const headerOf = (key: MemberColumnKey) => COLUMN_BY_KEY.get(key)!.header;

/** The data sheet of the template and the export; the import finds its sheet by the header row instead. */
export const ROSTER_SHEET_NAME = "党员名册";
export const DATE_FORMAT = "yyyy-mm-dd";

/** Column letter of a 1-based index (A…Z, AA…), for data-validation ranges. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** RFC 6266 / RFC 5987: an ASCII fallback plus the UTF-8 name, so every browser shows the Chinese name. */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
