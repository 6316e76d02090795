import { createReadStream, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { performance } from "node:perf_hooks";
import { EDUCATION_LABELS, GENDER_LABELS, MEMBER_STATUS_LABELS, OCCUPATION_LABELS, type Education, type Occupation } from "../src/shared/domain";
import { maskIdNumber, maskPhone } from "../src/shared/id-number";
import type { Ctx } from "../src/server/http/context";
import { createOrgIn } from "../src/server/modules/organizations/organizations.service";
import { importMembers } from "../src/server/modules/members/members-import.service";
import { MEMBER_COLUMNS } from "../src/server/modules/members/members-excel.columns";
import { createRandom } from "../src/server/modules/demo/random";
import { generateSyntheticMembers, type SyntheticMember } from "../src/server/modules/synthetic/synthetic-members";

/** Beijing and Tianjin districts, which the synthetic roster does not use: imported people are new. */
const IMPORT_ADDRESS_CODES = ["110101", "110102", "110105", "110106", "110107", "110108", "120101", "120102", "120103", "120104"];

/** The bench's rows: valid, unique members, as plain values. */
export function buildImportRows(count: number, referenceDate: string): SyntheticMember[] {
  return [...generateSyntheticMembers(createRandom(7), ["-"], count, referenceDate, { addressCodes: IMPORT_ADDRESS_CODES })];
}

/** A roster workbook of the rows, written with the streaming writer, as a user would upload it. */
export async function writeImportWorkbook(rows: SyntheticMember[]): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "dj-bench-")), "roster.xlsx");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = workbook.addWorksheet("党员名册");
  sheet.addRow(MEMBER_COLUMNS.filter((c) => c.key !== "orgCode").map((c) => c.header)).commit();
  const flag = (b: boolean) => (b ? "是" : "否");
  for (const m of rows) {
    sheet
      .addRow([m.name, GENDER_LABELS[m.gender], m.ethnicity, m.idNumber, null, EDUCATION_LABELS[m.education as Education], OCCUPATION_LABELS[m.occupation as Occupation], null, null, m.phone, null, m.joinedOn, m.fullMemberOn, MEMBER_STATUS_LABELS[m.status], flag(m.isMobile), flag(m.isStruggling), flag(m.isLostContact)])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return file;
}

/** Imports the workbook into a new branch through the real import service; rows per second. */
export async function timeImport(ctx: Ctx, file: string, rows: number): Promise<number> {
  const committee = await createOrgIn(ctx.db, ctx, { code: `BENCH-${Date.now()}`, name: "导入测试党委", kind: "committee", parentId: null });
  const branch = await createOrgIn(ctx.db, ctx, { code: `BENCH-B-${Date.now()}`, name: "导入测试党支部", kind: "branch", parentId: committee.id });
  const start = performance.now();
  const result = await importMembers(ctx, { source: createReadStream(file), size: statSync(file).size, defaultOrgId: branch.id });
  const seconds = (performance.now() - start) / 1000;
  if (!result.ok || result.created !== rows) throw new Error(`导入未成功：${JSON.stringify(result.errors.slice(0, 3))}`);
  return rows / seconds;
}

/** PostgreSQL COPY of the same rows, already encrypted: the floor any import is measured against. */
export async function timeCopy(ctx: Ctx, url: string, rows: SyntheticMember[]): Promise<number> {
  const csv = (v: string | boolean | null) => (v === null ? "" : `"${String(v).replaceAll('"', '""')}"`);
  const lines = rows.map((m) =>
    [m.name, m.gender, m.ethnicity, ctx.pii.encrypt(m.idNumber), ctx.pii.lookupHash(m.idNumber), maskIdNumber(m.idNumber), m.birthDate, m.education, m.occupation, ctx.pii.encrypt(m.phone), ctx.pii.lookupHash(m.phone), maskPhone(m.phone), m.joinedOn, m.fullMemberOn, m.status]
      .map(csv)
      .join(",") + "\n",
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE TEMP TABLE members_copy (LIKE members INCLUDING DEFAULTS)");
    await client.query("ALTER TABLE members_copy ALTER COLUMN org_id DROP NOT NULL");
    const start = performance.now();
    await pipeline(
      Readable.from(lines),
      client.query(copyFrom("COPY members_copy (name, gender, ethnicity, id_number_cipher, id_number_hash, id_number_masked, birth_date, education, occupation, phone_cipher, phone_hash, phone_masked, joined_on, full_member_on, status) FROM STDIN (FORMAT csv)")),
    );
    return rows.length / ((performance.now() - start) / 1000);
  } finally {
    await client.end();
  }
}
