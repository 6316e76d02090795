import { CreateMemberSchema, type ImportError } from "../../../shared/contracts/members.contract";
import type { Education, Gender, MemberStatus, Occupation } from "../../../shared/domain";
import { isCalendarDate, normalizeIdNumber, parseIdNumber } from "../../../shared/id-number";
import { checkMemberFacts } from "./members.rules";
import { COLUMN_BY_KEY, headerOf, MEMBER_COLUMNS, type MemberColumn, type MemberColumnKey } from "./members-excel.columns";

/**
 * One spreadsheet row → a member's values or the row's errors, in Chinese. Pure: the organization
 * and the existing members are checked later, against the database, for all rows at once.
 */
export interface MemberValues {
  name: string;
  gender: Gender;
  ethnicity: string;
  idNumber: string;
  birthDate: string;
  joinedOn: string;
  status: MemberStatus;
  // Optional columns: absent from the sheet = left as they are on an update (null/false on create).
  nativePlace?: string | null;
  education?: Education | null;
  occupation?: Occupation | null;
  workUnit?: string | null;
  post?: string | null;
  phone?: string | null;
  address?: string | null;
  fullMemberOn?: string | null;
  isMobile?: boolean;
  isStruggling?: boolean;
  isLostContact?: boolean;
}

export interface ParsedRow {
  row: number;
  errors: ImportError[];
  /** Kept even when the row has other errors, so the file-wide checks still report on it. */
  orgCode: string | null;
  idNumber: string | null;
  values: MemberValues | null;
}

export interface RowContext {
  /** YYYY-MM-DD in China. */
  today: string;
  /** Whether the form gave a default organization for rows without a code. */
  hasDefaultOrg: boolean;
  /** The workbook counts dates from 1904 (old Mac Excel). */
  isDate1904?: boolean;
}

const SCHEMA = CreateMemberSchema.omit({ orgId: true });
const FACT_COLUMNS: Record<string, MemberColumnKey> = { idNumber: "idNumber", gender: "gender", joinedOn: "joinedOn", fullMemberOn: "fullMemberOn" };

export function parseMemberRow(row: number, cells: ReadonlyMap<MemberColumnKey, unknown>, ctx: RowContext): ParsedRow {
  const errors: ImportError[] = [];
  const fail = (key: MemberColumnKey, code: string, message: string) => errors.push({ row, column: headerOf(key), code, message });
  const values: Record<string, unknown> = {};

  for (const [key, raw] of cells) {
    const column = COLUMN_BY_KEY.get(key)!;
    const converted = convertCell(column, raw, ctx);
    if ("error" in converted) fail(key, converted.code, converted.error);
    else values[key] = converted.value;
  }
  for (const column of MEMBER_COLUMNS) {
    const isNeeded = column.isRequired && !(column.key === "orgCode" && ctx.hasDefaultOrg);
    if (isNeeded && values[column.key] === null) fail(column.key, "members.import_required", `${column.header}为必填项`);
  }

  const rawId = cells.get("idNumber");
  if (typeof rawId === "number") {
    delete values.idNumber;
    fail("idNumber", "members.id_number_invalid", "身份证号须以文本格式填写：数字格式会丢失末几位，请将单元格设为文本后重新输入");
  }
  const idNumber = typeof values.idNumber === "string" ? normalizeIdNumber(values.idNumber) : null;
  if (idNumber) values.idNumber = idNumber;

  // The schema holds the field limits (lengths, phone format): one source with the member form.
  const failed = new Set(errors.map((e) => e.column));
  const parsed = SCHEMA.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]) as MemberColumnKey;
      if (!COLUMN_BY_KEY.has(key) || failed.has(headerOf(key))) continue;
      failed.add(headerOf(key));
      fail(key, key === "phone" ? "members.phone_invalid" : "members.import_text_invalid", issue.message);
    }
  }

  if (idNumber && !failed.has(headerOf("idNumber"))) {
    const factsReady = (["gender", "joinedOn", "status"] as const).every((k) => typeof values[k] === "string" && !failed.has(headerOf(k)))
      && !failed.has(headerOf("fullMemberOn"));
    const issues = factsReady
      ? checkMemberFacts({ idNumber, gender: values.gender as Gender, joinedOn: values.joinedOn as string, fullMemberOn: values.fullMemberOn as string | null | undefined, status: values.status as MemberStatus }, ctx.today)
      : idIssues(idNumber, ctx.today);
    for (const issue of issues) fail(FACT_COLUMNS[issue.field] ?? "idNumber", issue.code, issue.message);
  }

  const orgCode = typeof values.orgCode === "string" ? values.orgCode : null;
  const parsedId = idNumber ? parseIdNumber(idNumber, ctx.today) : null;
  // Only a valid ID number takes part in the duplicate and existing-member checks.
  if (!parsedId?.ok) return { row, errors, orgCode, idNumber: null, values: null };
  if (errors.length > 0) return { row, errors, orgCode, idNumber, values: null };
  delete values.orgCode;
  return { row, errors, orgCode, idNumber, values: { ...(values as Omit<MemberValues, "birthDate">), birthDate: parsedId.value.birthDate } };
}

function idIssues(idNumber: string, today: string) {
  const parsed = parseIdNumber(idNumber, today);
  return parsed.ok ? [] : [{ field: "idNumber", code: "members.id_number_invalid", message: parsed.message }];
}

type Converted = { value: unknown } | { error: string; code: string };

function convertCell(column: MemberColumn, cell: unknown, ctx: RowContext): Converted {
  const raw = isFormula(cell) ? cell.result : cell;
  if (column.kind === "date") return convertDate(column, raw, ctx);
  if (column.kind === "flag" && typeof raw === "boolean") return { value: raw };
  const text = cellText(raw);
  if (column.kind === "text") return { value: text || null };
  if (!text) return { value: column.kind === "flag" ? false : null };
  const option = column.options!.get(text);
  if (option === undefined) {
    const choices = column.options!.size > 10 ? "请从下拉列表选择" : `可选：${[...column.options!.keys()].join("、")}`;
    return { code: column.kind === "flag" ? "members.import_flag_invalid" : "members.import_enum_unknown", error: `${column.header}“${text}”不是可选项（${choices}）` };
  }
  return { value: column.kind === "flag" ? option === "true" : option };
}

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date typed as a date, a day number, 20200701, or text like 2020-07-01, 2020/7/1, 2020.7.1, 2020年7月1日. */
function convertDate(column: MemberColumn, raw: unknown, ctx: RowContext): Converted {
  const invalid = { code: "members.import_date_invalid", error: `${column.header}不是有效日期（应为日期，如 2020-07-01）` };
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? invalid : { value: raw.toISOString().slice(0, 10) };
  if (typeof raw === "number") {
    if (Number.isInteger(raw) && raw >= 10000101 && raw <= 99991231) return checkedDate(String(raw).replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3"), invalid);
    if (raw < 1 || raw > 2_958_465) return invalid;
    const epoch = ctx.isDate1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900;
    return { value: new Date(epoch + Math.floor(raw) * 86_400_000).toISOString().slice(0, 10) };
  }
  const text = cellText(raw);
  if (!text) return { value: null };
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return invalid;
  return checkedDate(`${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`, invalid);
}

const isFormula = (value: unknown): value is { result?: unknown } => typeof value === "object" && value !== null && "formula" in value;

const checkedDate = (iso: string, invalid: Converted): Converted => (isCalendarDate(iso) ? { value: iso } : invalid);

/** Any exceljs cell value as trimmed text: rich text, formula results and hyperlinks included. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("").trim();
    if ("result" in v) return cellText(v.result);
    if ("text" in v) return cellText(v.text);
  }
  return "";
}
