import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrgTreeWithUsers, buildOrganization, type Session, signInTree } from "../../../../test/factories";
import { buildRosterWorkbook, makeRosterRow, multipart, readWorkbook, type RosterRow } from "../../../../test/fixtures/member-workbooks";
import { buildTestApp, type TestApp } from "../../../../test/server";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Record<"admin" | "orgAdmin" | "officerA" | "memberA", Session>;
const seeded: Record<"a" | "group" | "b" | "other", RosterRow[]> = { a: [], group: [], b: [], other: [] };

const importAs = async (session: Session, rows: RosterRow[]) => {
  const form = multipart([{ name: "file", filename: "seed.xlsx", content: await buildRosterWorkbook(rows) }]);
  const response = await t.app.inject({ method: "POST", url: "/api/members/import", headers: { ...session.headers, ...form.headers }, payload: form.payload });
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json();
};

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  as = await signInTree(t.app, tree);
  const otherBranch = await buildOrganization(t.system, { parent: tree.otherCommittee });
  seeded.a = [makeRosterRow(tree.branchA.code, { 姓名: "甲一" }), makeRosterRow(tree.branchA.code, { 姓名: "甲二", 性别: "女" }), makeRosterRow(tree.branchA.code, { 姓名: "甲三", 党员状态: "预备党员", 转正日期: null, 入党日期: "2026-01-10" })];
  seeded.group = [makeRosterRow(tree.groupA1.code, { 姓名: "甲组一", 手机号: null })];
  seeded.b = [makeRosterRow(tree.branchB.code, { 姓名: "乙一" }), makeRosterRow(tree.branchB.code, { 姓名: "乙二" })];
  seeded.other = [makeRosterRow(otherBranch.code, { 姓名: "他镇一" })];
  await importAs(as.orgAdmin, [...seeded.a, ...seeded.group, ...seeded.b]);
  await importAs(as.admin, seeded.other);
});
afterAll(() => t.close());

const exportAs = (session: Session | null, query = "") =>
  t.app.inject({ method: "GET", url: `/api/members/export${query}`, headers: session?.headers ?? {} });
/** The data rows of an export, as objects keyed by header. */
async function exportedRows(body: Buffer) {
  const [header, ...rows] = (await readWorkbook(body)).rows("党员名册");
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}
const names = (rows: Record<string, unknown>[]) => rows.map((r) => r["姓名"]).sort();

describe("GET /api/members/export", () => {
  it("gives a branch officer their branch and its groups, masked by default, never a sibling branch", async () => {
    const response = await exportAs(as.officerA);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="members.xlsx"; filename\*=UTF-8''%E5%85%9A%E5%91%98/);
    const rows = await exportedRows(response.rawPayload);
    expect(names(rows)).toEqual(["甲一", "甲三", "甲二", "甲组一"].sort());
    const first = rows.find((r) => r["姓名"] === "甲一")!;
    expect(first["身份证号"]).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(first["手机号"]).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(first).toMatchObject({ 性别: "男", 学历: "大学本科", 党员状态: "正式党员", 所在组织编码: tree.branchA.code, 所在组织: "甲村党支部", 党籍状态: "正常" });
    expect(first["入党日期"]).toEqual(new Date("2010-07-01T00:00:00Z"));
  });

  it("gives full values only when asked and allowed, and audits every export with its filter and size", async () => {
    const response = await exportAs(as.admin, `?orgId=${tree.branchA.id}&includePii=true`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain(encodeURIComponent("含完整身份证号"));
    const rows = await exportedRows(response.rawPayload);
    expect(rows.map((r) => r["身份证号"]).sort()).toEqual([...seeded.a, ...seeded.group].map((r) => r["身份证号"]).sort());
    expect(rows.find((r) => r["姓名"] === "甲一")!["手机号"]).toBe(seeded.a[0]!["手机号"]);

    const audit = (await t.app.inject({ method: "GET", url: "/api/audit?action=member.export", headers: as.admin.headers })).json();
    expect(audit.items[0]).toMatchObject({ actorUsername: tree.users.admin.username, orgId: tree.branchA.id, after: { count: 4, isFullValues: true, filter: { orgId: tree.branchA.id, includePii: true } } });
    expect(audit.items.find((e: { actorUsername: string }) => e.actorUsername === tree.users.officerA.username).after).toMatchObject({ count: 4, isFullValues: false });
  });

  it("keeps a searched ID number out of the audit log", async () => {
    const idNumber = String(seeded.a[1]!["身份证号"]);
    const rows = await exportedRows((await exportAs(as.officerA, `?idNumber=${idNumber}`)).rawPayload);
    expect(names(rows)).toEqual(["甲二"]);
    const audit = await t.app.inject({ method: "GET", url: "/api/audit?action=member.export", headers: as.admin.headers });
    expect(audit.body).not.toContain(idNumber);
  });

  it("applies the list's filters", async () => {
    expect(names(await exportedRows((await exportAs(as.officerA, "?status=probationary")).rawPayload))).toEqual(["甲三"]);
    expect(names(await exportedRows((await exportAs(as.orgAdmin, `?q=${encodeURIComponent("乙")}`)).rawPayload))).toEqual(["乙一", "乙二"]);
    expect(names(await exportedRows((await exportAs(as.orgAdmin, "?gender=female")).rawPayload))).toEqual(["甲二"]);
    const sorted = await exportedRows((await exportAs(as.orgAdmin, "?sort=joinedOn&order=desc")).rawPayload);
    expect(sorted[0]!["姓名"]).toBe("甲三");
    expect((await exportAs(as.officerA, "?status=nope")).statusCode).toBe(400);
  });

  it("answers 401 signed out, 403 to a member, 404 for an organization outside the scope", async () => {
    expect((await exportAs(null)).statusCode).toBe(401);
    expect((await exportAs(as.memberA)).statusCode).toBe(403);
    const sibling = await exportAs(as.officerA, `?orgId=${tree.branchB.id}`);
    expect([sibling.statusCode, sibling.json().error.code]).toEqual([404, "orgs.not_found"]);
    expect((await exportAs(as.orgAdmin, `?orgId=${tree.otherCommittee.id}`)).statusCode).toBe(404);
    expect((await exportAs(as.admin, `?orgId=${tree.otherCommittee.id}`)).statusCode).toBe(200);
  });

  it("round-trips: a full-value export imports again as updates of the same members", async () => {
    const exported = (await exportAs(as.orgAdmin, `?orgId=${tree.branchB.id}&includePii=true`)).rawPayload;
    const form = multipart([{ name: "file", filename: "export.xlsx", content: exported }]);
    const response = await t.app.inject({ method: "POST", url: "/api/members/import", headers: { ...as.orgAdmin.headers, ...form.headers }, payload: form.payload });
    expect(response.json()).toEqual({ ok: true, rows: 2, created: 0, updated: 2, errors: [] });
  });
});
