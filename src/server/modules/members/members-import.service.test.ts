import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildOrganization } from "../../../../test/factories";
import { buildRosterWorkbook, makeIdNumber, makeRosterRow, type RosterRow } from "../../../../test/fixtures/member-workbooks";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { ExportMembersQuerySchema } from "../../../shared/contracts/member-import.contract";
import type { OrgRow } from "../organizations/organizations.repository";
import { auditLogTable } from "../audit/audit.table";
import { membersTable } from "./members.table";
import { exportMembers } from "./members-export.service";
import { runMemberImportCommand } from "./members-import.cli";
import { importMembers } from "./members-import.service";

// The limits are constants; this file lowers them to reach the refusals without 100,000 rows.
const limits = vi.hoisted(() => ({ rows: 100_000, errors: 2_000, export: 200_000 }));
vi.mock("../../../shared/contracts/member-import.contract", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  get MEMBER_IMPORT_MAX_ROWS() { return limits.rows; },
  get MEMBER_IMPORT_MAX_ERRORS() { return limits.errors; },
  get MEMBER_EXPORT_MAX_ROWS() { return limits.export; },
}));

let t: TestApp;
let committee: OrgRow;
let branch: OrgRow;
let dir: string;
beforeAll(async () => {
  t = await buildTestApp();
  committee = await buildOrganization(t.system);
  branch = await buildOrganization(t.system, { parent: committee });
  dir = await mkdtemp(path.join(tmpdir(), "dangjian-import-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await t.close();
});

const importFile = async (rows: RosterRow[]) => {
  const file = await buildRosterWorkbook(rows);
  return importMembers(t.system, { source: Readable.from([file]), size: file.length });
};
const membersOf = async (orgId: string) => (await t.deps.db.select({ n: count() }).from(membersTable).where(eq(membersTable.orgId, orgId)))[0]!.n;

describe("importMembers in batches", () => {
  it("creates more rows than one INSERT holds, then updates them all in batched UPDATEs", async () => {
    const org = await buildOrganization(t.system, { parent: committee });
    const rows = Array.from({ length: 600 }, (_, i) => makeRosterRow(org.code, { 身份证号: makeIdNumber(`1970${String(1 + (i % 12)).padStart(2, "0")}${String(1 + Math.floor(i / 12) % 28).padStart(2, "0")}`) }));
    expect(new Set(rows.map((r) => r["身份证号"])).size).toBe(rows.length);
    expect(await importFile(rows)).toMatchObject({ ok: true, rows: 600, created: 600, updated: 0 });
    expect(await membersOf(org.id)).toBe(600);

    const changed = rows.map((r, i) => ({ ...r, 工作单位: `新单位${i}`, 困难党员: i % 2 ? "是" : "否" }));
    expect(await importFile(changed)).toMatchObject({ ok: true, created: 0, updated: 600 });
    const stored = await t.deps.db.select({ workUnit: membersTable.workUnit, isStruggling: membersTable.isStruggling }).from(membersTable).where(eq(membersTable.orgId, org.id));
    expect(stored.filter((m) => m.workUnit?.startsWith("新单位")).length).toBe(600);
    expect(stored.filter((m) => m.isStruggling).length).toBe(300);
    const [updates] = await t.deps.db.select({ n: count() }).from(auditLogTable).where(eq(auditLogTable.action, "member.update"));
    expect(updates!.n).toBe(600);
  });
});

describe("limits", () => {
  it("stops at the row limit, writing nothing", async () => {
    limits.rows = 3;
    try {
      const result = await importFile(Array.from({ length: 5 }, () => makeRosterRow(branch.code)));
      expect(result).toMatchObject({ ok: false, created: 0, errors: [{ row: 5, code: "members.import_too_many_rows" }] });
      expect(await membersOf(branch.id)).toBe(0);
    } finally {
      limits.rows = 100_000;
    }
  });

  it("lists the first errors only, and says that the list was cut", async () => {
    limits.errors = 2;
    try {
      const result = await importFile(Array.from({ length: 4 }, () => makeRosterRow(branch.code, { 民族: "火星族" })));
      expect(result.errors.map((e) => [e.row, e.code])).toEqual([[2, "members.import_enum_unknown"], [3, "members.import_enum_unknown"], [3, "members.import_errors_truncated"]]);
    } finally {
      limits.errors = 2_000;
    }
  });

  it("refuses an export over the limit before writing a byte, and says how many matched", async () => {
    await importFile([makeRosterRow(branch.code), makeRosterRow(branch.code), makeRosterRow(branch.code)]);
    limits.export = 2;
    try {
      await expect(exportMembers(t.system, ExportMembersQuerySchema.parse({ orgId: branch.id }))).rejects.toMatchObject({ status: 422, code: "members.export_too_large", message: expect.stringContaining("3 名") });
    } finally {
      limits.export = 200_000;
    }
  });
});

describe("dangjian import members", () => {
  it("imports a file as the system with a progress bar per phase, and prints the summary", async () => {
    const org = await buildOrganization(t.system, { parent: committee });
    const file = path.join(dir, "good.xlsx");
    await writeFile(file, await buildRosterWorkbook([makeRosterRow("", { 所在组织编码: null }), makeRosterRow(org.code)]));
    const progress = vi.fn();
    const print = vi.fn();
    expect(await runMemberImportCommand(t.system, file, org.code, progress, print)).toBe(0);
    expect(new Set(progress.mock.calls.map(([label]) => label))).toEqual(new Set(["读取并校验（KB）", "核对组织与已有党员", "写入数据库"]));
    expect(progress).toHaveBeenLastCalledWith("写入数据库", 2, 2);
    expect(print).toHaveBeenCalledWith("导入完成：共 2 行，新建 2 名党员，更新 0 名党员");
    expect(await membersOf(org.id)).toBe(2);
  });

  it("prints the error table and exits 1 when any row is refused", async () => {
    const file = path.join(dir, "bad.xlsx");
    await writeFile(file, await buildRosterWorkbook([makeRosterRow(branch.code, { 性别: "女", 身份证号: makeIdNumber("19800101", "male") })]));
    const lines: string[] = [];
    expect(await runMemberImportCommand(t.system, file, undefined, () => {}, (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toBe("导入未执行（未写入任何数据）：共 1 行，发现 1 处错误");
    expect(lines[1]).toMatch(/^行\s+列\s+说明$/);
    expect(lines[3]).toMatch(/^2\s+性别\s+性别与身份证号不符/);
  });
});
