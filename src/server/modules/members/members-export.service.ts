import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { type ExportMembersQuery, MEMBER_EXPORT_MAX_ROWS } from "../../../shared/contracts/member-import.contract";
import { wholeYearsBetween } from "../../../shared/dates";
import {
  EDUCATION_LABELS,
  type Education,
  GENDER_LABELS,
  type Gender,
  MEMBER_STANDING_LABELS,
  MEMBER_STATUS_LABELS,
  type MemberStanding,
  type MemberStatus,
  OCCUPATION_LABELS,
  type Occupation,
} from "../../../shared/domain";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { requireOrgInScope } from "../organizations/organizations.service";
import { memberListWhere } from "./members.repository";
import { partyAge } from "./members.rules";
import { idNumberLookupHash, phoneLookupHash, seniorRuleOf, todayOf } from "./members.service";
import { type ExportRow, countExportRows, findExportIds, findExportRows } from "./members-export.repository";
import { createExportTooLargeError } from "./members-import.errors";
import { DATE_FORMAT, MEMBER_COLUMNS, ROSTER_SHEET_NAME, type MemberColumnKey } from "./members-excel.columns";

/** Rows fetched (and decrypted) at a time while the workbook streams out. */
const FETCH_CHUNK = 1_000;

export interface MemberExport {
  fileName: string;
  count: number;
  /** Streams the workbook into `out` and ends it. */
  write(out: Writable): Promise<void>;
}

/**
 * The filtered roster as a workbook, in the caller's scope. ID and phone numbers are masked unless
 * the caller asks for full values and their role may see them (rules.md §7.2: "exports masked unless
 * the exporter's role allows otherwise"). Every export is audited with its filter, its size and
 * whether it held full values, before a byte is sent.
 */
export async function exportMembers(ctx: Ctx, query: ExportMembersQuery): Promise<MemberExport> {
  if (!can(ctx.actor, "member.export")) throw createForbiddenError("只有系统管理员、党委管理员和支部工作人员可以导出党员名册");
  const hasPii = query.includePii === true;
  if (hasPii && !can(ctx.actor, "member.read_pii")) throw createForbiddenError("当前角色无权导出完整的身份证号和手机号");
  const org = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : null;
  const today = todayOf(ctx);
  // The list's own filter, built exactly as findMembers builds it (paging aside).
  const where = memberListWhere(ctx.actor.scope, { ...query, page: 1, pageSize: 1 }, {
    subtree: org ? { orgId: org.id, path: org.path } : undefined,
    idNumberHash: query.idNumber ? idNumberLookupHash(ctx, query.idNumber) : undefined,
    phoneHash: query.phone ? phoneLookupHash(ctx, query.phone) : undefined,
    today,
    senior: seniorRuleOf(ctx),
  });
  const count = await countExportRows(ctx.db, where);
  if (count > MEMBER_EXPORT_MAX_ROWS) throw createExportTooLargeError(count);

  // The plain numbers of the filter never enter the log: only that they were used.
  const filter = { ...query, idNumber: query.idNumber ? "（按身份证号）" : undefined, phone: query.phone ? "（按手机号）" : undefined };
  await recordAudit(ctx.db, ctx, {
    action: "member.export",
    entityType: "member",
    orgId: org?.id ?? ctx.actor.org.id,
    after: { filter: JSON.parse(JSON.stringify(filter)), count, isFullValues: hasPii },
  });

  return {
    fileName: `党员名册_${today.replaceAll("-", "")}${hasPii ? "_含完整身份证号" : ""}.xlsx`,
    count,
    write: async (out) => {
      const ids = await findExportIds(ctx.db, where, query, MEMBER_EXPORT_MAX_ROWS);
      await writeWorkbook(out, ids, (chunk) => findExportRows(ctx.db, chunk), (row) => toCells(ctx, row, today, hasPii));
    },
  };
}

/** The import's columns first (so a full export imports again as is), then read-only facts. */
const EXTRA_COLUMNS = [
  { header: "所在组织", key: "orgName", width: 24 },
  { header: "出生日期", key: "birthDate", width: 13, style: { numFmt: DATE_FORMAT } },
  { header: "年龄", key: "age", width: 8 },
  { header: "党龄", key: "partyAge", width: 8 },
  { header: "党籍状态", key: "standing", width: 12 },
];

async function writeWorkbook(
  out: Writable,
  ids: readonly string[],
  fetch: (ids: readonly string[]) => Promise<ExportRow[]>,
  toRow: (row: ExportRow) => Record<string, unknown>,
) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(ROSTER_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    ...MEMBER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.kind === "date" ? { numFmt: DATE_FORMAT } : c.key === "idNumber" || c.key === "phone" ? { numFmt: "@" } : {} })),
    ...EXTRA_COLUMNS,
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (let i = 0; i < ids.length; i += FETCH_CHUNK) {
    for (const row of await fetch(ids.slice(i, i + FETCH_CHUNK))) sheet.addRow(toRow(row)).commit();
  }
  sheet.commit();
  await workbook.commit();
}

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const yesNo = (value: boolean) => (value ? "是" : "否");

function toCells(ctx: Ctx, { member: m, orgCode, orgName }: ExportRow, today: string, hasPii: boolean): Record<MemberColumnKey | string, unknown> {
  return {
    name: m.name,
    gender: GENDER_LABELS[m.gender as Gender] ?? m.gender,
    ethnicity: m.ethnicity,
    idNumber: hasPii ? ctx.pii.decrypt(m.idNumberCipher) : m.idNumberMasked,
    nativePlace: m.nativePlace,
    education: m.education ? (EDUCATION_LABELS[m.education as Education] ?? m.education) : null,
    occupation: m.occupation ? (OCCUPATION_LABELS[m.occupation as Occupation] ?? m.occupation) : null,
    workUnit: m.workUnit,
    post: m.post,
    phone: hasPii && m.phoneCipher ? ctx.pii.decrypt(m.phoneCipher) : m.phoneMasked,
    address: m.address,
    joinedOn: asDate(m.joinedOn),
    fullMemberOn: asDate(m.fullMemberOn),
    status: MEMBER_STATUS_LABELS[m.status as MemberStatus] ?? m.status,
    orgCode,
    isMobile: yesNo(m.isMobile),
    isStruggling: yesNo(m.isStruggling),
    isLostContact: yesNo(m.isLostContact),
    orgName,
    birthDate: asDate(m.birthDate),
    age: wholeYearsBetween(m.birthDate, today),
    partyAge: partyAge(m.fullMemberOn, today),
    standing: MEMBER_STANDING_LABELS[m.standing as MemberStanding] ?? m.standing,
  };
}
