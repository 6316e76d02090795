import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrgTreeWithUsers, type Session, signInTree } from "../../../../test/factories";
import { buildRosterWorkbook, makeIdNumber, makeRosterRow, multipart, readWorkbook, type RosterRow } from "../../../../test/fixtures/member-workbooks";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { auditLogTable } from "../audit/audit.table";
import { membersTable } from "./members.table";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Record<"admin" | "orgAdmin" | "officerA" | "memberA", Session>;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  as = await signInTree(t.app, tree);
});
afterAll(() => t.close());

const upload = (session: Session, file: Buffer, fields: Record<string, string> = {}, filename = "名册.xlsx") => {
  const form = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), { name: "file", filename, content: file }]);
  return t.app.inject({ method: "POST", url: "/api/members/import", headers: { ...session.headers, ...form.headers }, payload: form.payload });
};
const importRows = async (session: Session, rows: RosterRow[], fields: Record<string, string> = {}) => upload(session, await buildRosterWorkbook(rows), fields);
const memberCount = async () => (await t.deps.db.select({ n: count() }).from(membersTable))[0]!.n;
const auditCount = async () => (await t.deps.db.select({ n: count() }).from(auditLogTable))[0]!.n;
const byIdNumber = async (idNumber: string) => (await t.deps.db.select().from(membersTable).where(eq(membersTable.idNumberHash, t.deps.pii.lookupHash(idNumber))))[0];

describe("POST /api/members/import: refused files", () => {
  it("answers 422 with every error of every kind of bad row, row by row, and writes nothing", async () => {
    // A member of the sibling branch: their ID number is outside branch A's officer's scope.
    const outsider = makeRosterRow(tree.branchB.code);
    expect((await importRows(as.orgAdmin, [outsider])).statusCode).toBe(200);

    const a = tree.branchA.code;
    const good = makeIdNumber("19800101");
    const badCheck = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const duplicate = makeIdNumber("19810202");
    const rows: RosterRow[] = [
      makeRosterRow(a, { 身份证号: badCheck }), // row 2
      makeRosterRow(a, { 性别: "男", 身份证号: makeIdNumber("19820303", "female") }), // 3
      makeRosterRow(a, { 身份证号: makeIdNumber("20000101"), 入党日期: "2017-06-30", 转正日期: "2018-07-01" }), // 4: 17 when admitted
      makeRosterRow(a, { 入党日期: "2020-07-01", 转正日期: "2021-03-01" }), // 5
      makeRosterRow(a, { 学历: "博士" }), // 6
      makeRosterRow(a, { 手机号: "12345" }), // 7
      makeRosterRow(a, { 姓名: null }), // 8
      makeRosterRow(a, { 身份证号: duplicate }), // 9
      makeRosterRow(a, { 身份证号: duplicate }), // 10
      makeRosterRow("NO-SUCH-CODE"), // 11
      makeRosterRow(tree.branchB.code), // 12: exists, but outside the scope
      makeRosterRow(a, { 入党日期: "2020-13-45" }), // 13
      makeRosterRow(a, { 身份证号: outsider["身份证号"] }), // 14
      makeRosterRow(a, { 流动党员: "也许" }), // 15
    ];
    const [membersBefore, auditBefore] = [await memberCount(), await auditCount()];
    const response = await importRows(as.officerA, rows);
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body).toMatchObject({ ok: false, rows: 14, created: 0, updated: 0 });
    expect(body.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [2, "身份证号", "members.id_number_invalid"],
      [3, "性别", "members.gender_mismatch"],
      [4, "入党日期", "members.under_age"],
      [5, "转正日期", "members.probation_too_short"],
      [6, "学历", "members.import_enum_unknown"],
      [7, "手机号", "members.phone_invalid"],
      [8, "姓名", "members.import_required"],
      [10, "身份证号", "members.import_duplicate_in_file"],
      [11, "所在组织编码", "members.import_org_not_found"],
      [12, "所在组织编码", "members.import_org_not_found"],
      [13, "入党日期", "members.import_date_invalid"],
      [14, "身份证号", "members.id_number_taken"],
      [15, "流动党员", "members.import_flag_invalid"],
    ]);
    const message = (row: number) => body.errors.find((e: { row: number }) => e.row === row).message as string;
    expect(message(2)).toContain("校验位");
    expect(message(6)).toContain("“博士”");
    expect(message(10)).toContain("第 9 行");
    // Unknown and out of scope read exactly alike; the outsider's record is not described at all.
    expect(message(11)).toBe("组织编码“NO-SUCH-CODE”不存在或无权访问");
    expect(message(12)).toBe(`组织编码“${tree.branchB.code}”不存在或无权访问`);
    expect(message(14)).not.toContain(tree.branchB.name);
    expect(response.body).not.toContain(String(outsider["姓名"]));
    for (const e of body.errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    expect([await memberCount(), await auditCount()]).toEqual([membersBefore, auditBefore]);
  });

  it("refuses a committee as the members' organization, and a missing required column", async () => {
    const committeeRow = await importRows(as.orgAdmin, [makeRosterRow(tree.committee.code)]);
    expect(committeeRow.statusCode).toBe(422);
    expect(committeeRow.json().errors[0]).toMatchObject({ row: 2, column: "所在组织编码", code: "members.org_kind_invalid" });

    const noName = await upload(as.officerA, await buildRosterWorkbook([makeRosterRow(tree.branchA.code)], { headers: ["姓名", "身份证号", "性别"] }));
    expect(noName.statusCode).toBe(422);
    expect(noName.json().errors.map((e: { column: string }) => e.column)).toEqual(expect.arrayContaining(["民族", "入党日期", "党员状态", "所在组织编码"]));
  });
});

describe("POST /api/members/import: accepted files", () => {
  const rows = () => [makeRosterRow(tree.branchA.code), makeRosterRow(tree.groupA1.code, { 党员状态: "预备党员", 转正日期: null, 入党日期: "2026-03-01" }), makeRosterRow(tree.branchA.code, { 手机号: null })];
  let file: RosterRow[];

  it("creates every member, encrypted and masked, each audited without the plain numbers", async () => {
    file = rows();
    const before = await memberCount();
    const response = await importRows(as.officerA, file);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, rows: 3, created: 3, updated: 0, errors: [] });
    expect(await memberCount()).toBe(before + 3);

    const stored = (await byIdNumber(String(file[0]!["身份证号"])))!;
    expect(stored).toMatchObject({ orgId: tree.branchA.id, name: file[0]!["姓名"], gender: "male", education: "bachelor", occupation: "professional", status: "full", joinedOn: "2010-07-01", fullMemberOn: "2011-07-01", isMobile: false });
    expect(t.deps.pii.decrypt(stored.idNumberCipher)).toBe(file[0]!["身份证号"]);
    expect(stored.phoneHash).toBe(t.deps.pii.lookupHash(String(file[0]!["手机号"])));
    expect(stored.idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect((await byIdNumber(String(file[1]!["身份证号"])))!).toMatchObject({ orgId: tree.groupA1.id, status: "probationary", fullMemberOn: null });

    const audit = (await t.app.inject({ method: "GET", url: `/api/audit?entityId=${stored.id}`, headers: as.orgAdmin.headers })).json();
    expect(audit.items[0]).toMatchObject({ action: "member.create", actorUsername: tree.users.officerA.username, after: { idNumber: stored.idNumberMasked } });
    expect(JSON.stringify(audit)).not.toContain(String(file[0]!["身份证号"]));
    expect(JSON.stringify(audit)).not.toContain(String(file[0]!["手机号"]));
    const summary = (await t.app.inject({ method: "GET", url: "/api/audit?action=member.import", headers: as.orgAdmin.headers })).json();
    expect(summary.items[0].after).toMatchObject({ rows: 3, created: 3, updated: 0, fileName: "名册.xlsx" });
  });

  it("updates, never duplicates, on the same file again; only real changes are written and audited", async () => {
    const [before, auditBefore] = [await memberCount(), await auditCount()];
    const again = await importRows(as.officerA, file);
    expect(again.json()).toEqual({ ok: true, rows: 3, created: 0, updated: 3, errors: [] });
    expect(await memberCount()).toBe(before);
    expect(await auditCount()).toBe(auditBefore + 1); // the import's summary only: nothing changed

    file[2] = { ...file[2], 工作单位: "新单位", 手机号: "13700001111" };
    expect((await importRows(as.officerA, file)).json()).toMatchObject({ ok: true, created: 0, updated: 3 });
    const changed = (await byIdNumber(String(file[2]!["身份证号"])))!;
    expect(changed).toMatchObject({ workUnit: "新单位", phoneMasked: "137****1111" });
    const audit = (await t.app.inject({ method: "GET", url: `/api/audit?entityId=${changed.id}&action=member.update`, headers: as.orgAdmin.headers })).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0].after).toMatchObject({ workUnit: "新单位", phone: "137****1111", changed: ["workUnit", "phone"] });
    expect(audit.items[0].before).toMatchObject({ workUnit: "测试单位", phone: null });
  });

  it("refuses to move a member or change mobility by import: those go through transfer and events", async () => {
    const moved = { ...file[0], 所在组织编码: tree.groupA1.code, 流动党员: "是" };
    const response = await importRows(as.officerA, [moved]);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { column: string; code: string }) => [e.column, e.code])).toEqual([
      ["所在组织编码", "members.import_org_change"],
      ["流动党员", "members.import_event_only"],
    ]);
  });

  it("puts rows without an organization code into the form's organization", async () => {
    const row = makeRosterRow("", { 所在组织编码: null });
    const response = await importRows(as.officerA, [row], { orgId: tree.groupA1.id });
    expect(response.json()).toMatchObject({ ok: true, created: 1 });
    expect((await byIdNumber(String(row["身份证号"])))!.orgId).toBe(tree.groupA1.id);
    expect((await importRows(as.officerA, [makeRosterRow("", { 所在组织编码: null })])).json().errors[0]).toMatchObject({ column: "所在组织编码", code: "members.import_required" });
    // The form field may also follow the file.
    const late = multipart([{ name: "file", filename: "x.xlsx", content: await buildRosterWorkbook([makeRosterRow("", { 所在组织编码: null })]) }, { name: "orgId", value: tree.branchA.id }]);
    const response2 = await t.app.inject({ method: "POST", url: "/api/members/import", headers: { ...as.officerA.headers, ...late.headers }, payload: late.payload });
    expect(response2.json()).toMatchObject({ ok: true, created: 1 });
  });
});

describe("GET /api/members/import-template", () => {
  it("answers the template: headers, drop-downs, text and date formats, 说明, a Chinese file name", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/members/import-template", headers: as.officerA.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="member-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent("党员信息导入模板.xlsx")}`);
    const { workbook, rows } = await readWorkbook(response.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["党员名册", "说明", "选项"]);
    expect(rows("党员名册")[0]).toEqual(["姓名", "性别", "民族", "身份证号", "籍贯", "学历", "职业类别", "工作单位", "工作岗位", "手机号", "家庭住址", "入党日期", "转正日期", "党员状态", "所在组织编码", "流动党员", "困难党员", "失联党员"]);
    const sheet = workbook.getWorksheet("党员名册")!;
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    for (const column of ["B", "C", "F", "G", "N", "P", "Q", "R"]) expect(validations[`${column}10001`]?.type, column).toBe("list");
    expect(validations.C2!.formulae).toEqual(["'选项'!$B$2:$B$58"]);
    expect(validations.L2?.type).toBe("date");
    expect(validations.A2).toBeUndefined();
    expect(sheet.getColumn(4).numFmt).toBe("@");
    expect(sheet.getColumn(12).numFmt).toBe("yyyy-mm-dd");
    expect(rows("选项").flat()).toEqual(expect.arrayContaining(["男", "女", "汉族", "维吾尔族", "研究生", "离退休人员", "预备党员", "是", "否"]));
    expect(rows("说明").flat().join("")).toContain("全部校验通过才会导入");
  });

  it("round-trips: the template's example row, given an organization code, imports", async () => {
    const template = (await t.app.inject({ method: "GET", url: "/api/members/import-template", headers: as.officerA.headers })).rawPayload;
    const { workbook } = await readWorkbook(template);
    workbook.getWorksheet("党员名册")!.getCell("O2").value = tree.branchA.code;
    const response = await upload(as.officerA, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(response.json()).toMatchObject({ ok: true, rows: 1, created: 1 });
    expect((await byIdNumber("11010519491231002X"))!).toMatchObject({ name: "张红", gender: "female", joinedOn: "1975-07-01", fullMemberOn: "1976-07-01", education: "bachelor", occupation: "retiree" });
  });
});

describe("upload limits and permissions", () => {
  it("refuses a file over 20 MB with 413", async () => {
    const big = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(21 * 1024 * 1024)]);
    const response = await upload(as.officerA, big);
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: "members.import_file_too_large", details: [{ field: "file" }] });
  });

  it("refuses what is not an .xlsx by its bytes, not only its name", async () => {
    const csv = await upload(as.officerA, Buffer.from("姓名,身份证号\n张三,1\n"));
    expect([csv.statusCode, csv.json().error.code]).toEqual([415, "members.import_not_xlsx"]);
    const xls = await upload(as.officerA, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), {}, "名册.xls");
    expect(xls.statusCode).toBe(415);
    expect(xls.json().error.message).toContain(".xlsx");
    const renamed = await upload(as.officerA, await buildRosterWorkbook([]), {}, "名册.zip");
    expect(renamed.statusCode).toBe(415);
    const broken = await upload(as.officerA, (await buildRosterWorkbook([makeRosterRow(tree.branchA.code)])).subarray(0, 900));
    expect([broken.statusCode, broken.json().error.code]).toEqual([400, "members.import_unreadable"]);
    const empty = await t.app.inject({ method: "POST", url: "/api/members/import", headers: as.officerA.headers, payload: {} });
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, "members.import_file_missing"]);
  });

  it("answers 403 to a member, 404 for a form organization outside the scope, 422 for a committee", async () => {
    const file = await buildRosterWorkbook([makeRosterRow(tree.branchA.code)]);
    expect((await upload(as.memberA, file)).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/members/import-template", headers: as.memberA.headers })).statusCode).toBe(403);
    const outside = await upload(as.officerA, file, { orgId: tree.branchB.id });
    expect([outside.statusCode, outside.json().error.code]).toEqual([404, "orgs.not_found"]);
    const committee = await upload(as.orgAdmin, file, { orgId: tree.committee.id });
    expect([committee.statusCode, committee.json().error.code]).toEqual([422, "members.org_kind_invalid"]);
  });
});

describe("POST /api/members/import/errors.xlsx", () => {
  it("turns an ImportResult's errors into a workbook", async () => {
    const errors = [{ row: 3, column: "性别", code: "members.gender_mismatch", message: "性别与身份证号不符" }, { row: 7, column: "手机号", code: "members.phone_invalid", message: "=HYPERLINK(\"x\")" }];
    const response = await t.app.inject({ method: "POST", url: "/api/members/import/errors.xlsx", headers: as.officerA.headers, payload: { ok: false, rows: 9, created: 0, updated: 0, errors } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain(encodeURIComponent("导入错误清单.xlsx"));
    const { rows } = await readWorkbook(response.rawPayload);
    expect(rows("错误清单")).toEqual([["行号", "列", "错误说明", "错误代码"], [3, "性别", "性别与身份证号不符", "members.gender_mismatch"], [7, "手机号", "=HYPERLINK(\"x\")", "members.phone_invalid"]]);
    expect((await t.app.inject({ method: "POST", url: "/api/members/import/errors.xlsx", headers: as.memberA.headers, payload: { errors } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "POST", url: "/api/members/import/errors.xlsx", headers: as.officerA.headers, payload: { errors: [{ row: "x" }] } })).statusCode).toBe(400);
  });
});
