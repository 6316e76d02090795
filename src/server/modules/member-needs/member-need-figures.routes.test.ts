import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NeedDetail, NeedFigures } from "../../../shared/contracts/member-needs.contract";
import { buildMember, buildOrganization } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { auditLogTable } from "../audit/audit.table";
import { LONG_SESSIONS, type NeedTree, advanceDays, buildNeedTree, ok, refused, request, validNeed } from "./member-needs.test-helpers";

/**
 * The figures (all in SQL): counts, acknowledgement and resolution times (median, 90th percentile),
 * rates, by category and month, and per direct sub-organization rolled up over its subtree; and their
 * .xlsx export. Four needs filed on 25 November 2026: acknowledged after 1, 3 and 6 days, one resolved
 * on day 6 and rated.
 */

let t: TestApp;
let fx: NeedTree;
let general: Awaited<ReturnType<typeof buildOrganization>>;
const needs: NeedDetail[] = [];
beforeAll(async () => {
  t = await buildTestApp({ config: LONG_SESSIONS });
  fx = await buildNeedTree(t);
  general = await buildOrganization(t.system, { parent: fx.tree.committee, kind: "general_branch", name: "丙社区党总支" });
  const branchC = await buildOrganization(t.system, { parent: general, name: "丙社区第一党支部" });
  const memberB = await buildMember(t.system, { org: fx.tree.branchB, name: "乙社区党员" });
  const memberC = await buildMember(t.system, { org: branchC, name: "丙社区党员" });
  needs.push(await ok<NeedDetail>(t, fx.as.member, "POST", "/api/member-needs", validNeed()));
  needs.push(await ok<NeedDetail>(t, fx.as.officerA, "POST", "/api/member-needs", validNeed({ memberId: fx.members.other.id, category: "work", title: "希望参加技能培训" })));
  needs.push(await ok<NeedDetail>(t, fx.as.officerB, "POST", "/api/member-needs", validNeed({ memberId: memberB.id, category: "work", title: "希望调整志愿服务时间" })));
  needs.push(await ok<NeedDetail>(t, fx.as.orgAdmin, "POST", "/api/member-needs", validNeed({ memberId: memberC.id, category: "health", title: "申请困难党员体检补助", isPrivate: true })));
  const acknowledge = (i: number) => ok(t, i === 2 ? fx.as.officerB : i === 3 ? fx.as.orgAdmin : fx.as.officerA, "POST", `/api/member-needs/${needs[i]!.id}/actions`, { action: "acknowledge", note: "已受理" });
  advanceDays(t, 1);
  await acknowledge(0);
  advanceDays(t, 2);
  await acknowledge(2);
  advanceDays(t, 3);
  await acknowledge(3);
});
afterAll(() => t.close());

const figures = (query = "year=2026") => ok<NeedFigures>(t, fx.as.orgAdmin, "GET", `/api/member-needs/figures?${query}`);

describe("need figures", () => {
  let before: NeedFigures;

  it("counts the committee's subtree, with times by percentile_cont", async () => {
    before = await figures();
    expect(before.org).toEqual({ id: fx.tree.committee.id, name: "测试镇党委" });
    expect(before.totals).toMatchObject({
      total: 4,
      open: 4,
      resolved: 0,
      withdrawn: 0,
      acknowledgeOverdue: 1,
      acknowledgeDaysMedian: 3,
      acknowledgeDaysP90: 5.4,
      resolveDaysMedian: null,
      resolutionRate: 0,
      rated: 0,
      satisfactionRate: null,
    });
    expect(before.byCategory).toHaveLength(8);
    expect(before.byCategory.filter((c) => c.count > 0)).toEqual([
      { category: "work", count: 2 },
      { category: "life", count: 1 },
      { category: "health", count: 1 },
    ]);
    expect(before.byMonth).toHaveLength(12);
    expect(before.byMonth[10]).toEqual({ month: 11, filed: 4, resolved: 0 });
  });

  it("rolls each direct sub-organization up over its subtree, private needs as numbers", async () => {
    const byName = Object.fromEntries(before.children.map((c) => [c.org.name, c.total]));
    expect(byName).toEqual({ 甲村党支部: 2, 乙社区党支部: 1, 丙社区党总支: 1 });
    const general = before.children.find((c) => c.org.name === "丙社区党总支")!;
    expect(general).toMatchObject({ open: 1, acknowledgeDaysMedian: 6 });
    const branch = await ok<NeedFigures>(t, fx.as.officerA, "GET", "/api/member-needs/figures?year=2026");
    expect(branch).toMatchObject({ org: { id: fx.tree.branchA.id }, totals: { total: 2 } });
  });

  it("changes after a resolution and a rating", async () => {
    await ok(t, fx.as.officerA, "POST", `/api/member-needs/${needs[0]!.id}/actions`, { action: "resolve", note: "已协调志愿者每月接送。" });
    const resolved = await figures();
    expect(resolved.totals).toMatchObject({ resolved: 1, open: 3, resolveDaysMedian: 6, resolveDaysP90: 6, resolutionRate: 25, rated: 0 });
    expect(resolved.byMonth[11]).toEqual({ month: 12, filed: 0, resolved: 1 });
    await ok(t, fx.as.member, "POST", `/api/member-needs/${needs[0]!.id}/actions`, { action: "rate", rating: "satisfied", note: "" });
    const rated = await figures();
    expect(rated.totals).toMatchObject({ rated: 1, satisfied: 1, satisfactionRate: 100 });
    expect(rated.children.find((c) => c.org.name === "甲村党支部")).toMatchObject({ resolved: 1, satisfied: 1, resolutionRate: 50 });
    expect((await figures("year=2025")).totals.total).toBe(0);
  });

  it("exports the figures as an audited .xlsx workbook", async () => {
    const response = await request(t, fx.as.orgAdmin, "GET", "/api/member-needs/figures/export?year=2026");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(response.headers["content-disposition"]).toContain("member-need-figures.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "按类别", "按月份"]);
    const summary = workbook.getWorksheet("汇总")!;
    expect(summary.getRow(2).values).toEqual(expect.arrayContaining(["测试镇党委（合计）", 4]));
    // The sub-organizations follow by code (random in the tests).
    expect([3, 4, 5].map((n) => summary.getRow(n).getCell(1).value).sort()).toEqual(["丙社区党总支", "乙社区党支部", "甲村党支部"].sort());
    const [audit] = await t.system.db.select().from(auditLogTable).where(eq(auditLogTable.action, "need.export"));
    expect(audit).toMatchObject({ entityId: fx.tree.committee.id, after: { year: 2026, needs: 4 } });
  });

  it("is for officers only, in their scope, with the year named when missing", async () => {
    await refused(t, fx.as.member, "GET", "/api/member-needs/figures?year=2026", undefined, 403);
    await refused(t, fx.as.member, "GET", "/api/member-needs/figures/export?year=2026", undefined, 403);
    await refused(t, fx.as.officerB, "GET", `/api/member-needs/figures?year=2026&orgId=${fx.tree.branchA.id}`, undefined, 404);
    await refused(t, fx.as.otherCommitteeAdmin, "GET", `/api/member-needs/figures/export?year=2026&orgId=${general.id}`, undefined, 404);
    const error = await refused(t, fx.as.orgAdmin, "GET", "/api/member-needs/figures", undefined, 400, "validation.failed");
    expect(error.details!.map((d) => d.field)).toEqual(["year"]);
  });
});
