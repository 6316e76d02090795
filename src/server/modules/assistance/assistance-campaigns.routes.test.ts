import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Campaign, CampaignCoverage, CampaignTarget, RecipientDetail } from "../../../shared/contracts/assistance.contract";
import type { AuditEntry } from "../../../shared/contracts/audit.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { type CareTree, buildCareTree, massesInput, ok, refused, request } from "./assistance.test-helpers";

let t: TestApp;
let fx: CareTree;
let campaign: Campaign;
let masses: RecipientDetail;
let url: string;
beforeAll(async () => {
  t = await buildTestApp();
  fx = await buildCareTree(t);
  masses = await ok<RecipientDetail>(t, fx.as.officerA, "POST", "/api/care/recipients", massesInput(fx.tree.branchA.id, { consentOn: "2026-01-01", startedOn: "2026-01-02" }));
});
afterAll(() => t.close());

const spring = (overrides: object = {}) => ({ orgId: fx.tree.committee.id, year: 2026, kind: "spring_festival", title: "2026年春节走访慰问", startsOn: "2026-01-20", dueOn: "2026-02-16", notes: "困难党员、老党员全覆盖", ...overrides });
const coverage = (session = fx.as.orgAdmin, query = "") => ok<CampaignCoverage>(t, session, "GET", `${url}/coverage${query}`);
/** Branch codes are random in tests: rows sorted by name (the API orders them by code). */
const sorted = <T extends unknown[]>(rows: T[]) => [...rows].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
const figures = (c: CampaignCoverage) => sorted(c.rows.map((r) => [r.orgName, r.isSelf, r.targets, r.visited, r.overdue, r.share]));
const targets = (session = fx.as.orgAdmin, query = "") => ok<Page<CampaignTarget>>(t, session, "GET", `${url}/targets?pageSize=200${query}`);
const visit = (overrides: object) => ({ visitedOn: "2026-02-01", visitors: ["甲村书记"], kind: "money", amountFen: 50000, ...overrides });

describe("a committee's Spring Festival campaign", () => {
  it("refuses a window outside its year or due before it starts (AID-09), and a branch officer's plan for the committee (404)", async () => {
    await refused(t, fx.as.orgAdmin, "POST", "/api/care/campaigns", spring({ startsOn: "2025-12-20" }), 422, "AID-09");
    const error = await refused(t, fx.as.orgAdmin, "POST", "/api/care/campaigns", spring({ dueOn: "2026-01-10" }), 422, "AID-09");
    expect(error.details).toEqual([expect.objectContaining({ field: "dueOn", rule: "AID-09" })]);
    await refused(t, fx.as.officerA, "POST", "/api/care/campaigns", spring(), 404);
    await refused(t, fx.as.memberA, "POST", "/api/care/campaigns", spring(), 403);
    campaign = await ok<Campaign>(t, fx.as.orgAdmin, "POST", "/api/care/campaigns", spring());
    url = `/api/care/campaigns/${campaign.id}`;
    expect(campaign).toMatchObject({ orgName: "测试镇党委", coverage: { targets: 0, visited: 0, overdue: 0, share: 0 }, totals: { visits: 0, moneyFen: 0, goodsFen: 0 }, canEdit: true });
  });

  it("prefills the subtree's people cared for once, with each branch's secretary as visitor", async () => {
    expect(await ok(t, fx.as.orgAdmin, "POST", `${url}/targets/prefill`, {})).toEqual({ added: 4 });
    expect(await ok(t, fx.as.orgAdmin, "POST", `${url}/targets/prefill`, {})).toEqual({ added: 0 });
    const page = await targets();
    expect(sorted(page.items.map((x) => [x.name, x.kind, x.visitorName, x.dueOn]))).toEqual(
      sorted([
        ["甲困难党员", "struggling_member", "甲村书记", "2026-02-16"],
        ["甲村困难群众", "masses", "甲村书记", "2026-02-16"],
        ["甲老党员", "senior_member", "甲村书记", "2026-02-16"],
        ["乙困难党员", "struggling_member", "", "2026-02-16"],
      ]),
    );
  });

  it("counts a target visited by any visit to the person in the window (AID-12), and refuses a campaign visit outside it (AID-11)", async () => {
    await ok(t, fx.as.officerA, "POST", "/api/care/visits", visit({ memberId: fx.members.strugglingA.id, campaignId: campaign.id }));
    await ok(t, fx.as.officerA, "POST", "/api/care/visits", visit({ recipientId: masses.id, visitedOn: "2026-01-25", kind: "goods", amountFen: 12345 }));
    await ok(t, fx.as.officerA, "POST", "/api/care/visits", visit({ memberId: fx.members.seniorA.id, visitedOn: "2026-03-01", kind: "talk", amountFen: null }));
    await refused(t, fx.as.officerA, "POST", "/api/care/visits", visit({ memberId: fx.members.seniorA.id, visitedOn: "2026-03-01", campaignId: campaign.id }), 422, "AID-11");
    const all = await coverage();
    expect(all.total).toEqual({ targets: 4, visited: 2, overdue: 2, share: 0.5 });
    expect(figures(all)).toEqual(
      sorted([
        ["甲村党支部", false, 3, 2, 1, 0.6667],
        ["乙社区党支部", false, 1, 0, 1, 0],
      ]),
    );
    expect(all.rows.find((r) => r.orgName === "甲村党支部")!.hasChildren).toBe(true);
    expect(figures(await coverage(fx.as.orgAdmin, `?orgId=${fx.tree.branchA.id}`))).toEqual(
      sorted([
        ["甲村党支部", true, 2, 2, 0, 1],
        ["甲村第一党小组", false, 1, 0, 1, 0],
      ]),
    );
    expect(sorted((await targets(fx.as.orgAdmin, "&visited=false")).items.map((x) => [x.name, x.isOverdue]))).toEqual(
      sorted([
        ["甲老党员", true],
        ["乙困难党员", true],
      ]),
    );
    expect(sorted((await targets(fx.as.orgAdmin, "&visited=true")).items.map((x) => [x.name, x.visitedOn]))).toEqual(
      sorted([
        ["甲困难党员", "2026-02-01"],
        ["甲村困难群众", "2026-01-25"],
      ]),
    );
    // Totals are the visits recorded under the campaign: the goods not so recorded are not in them.
    expect((await ok<Campaign>(t, fx.as.orgAdmin, "GET", url)).totals).toEqual({ visits: 1, moneyFen: 50000, goodsFen: 0 });
  });

  it("shows each branch its own share of the committee's campaign, which only the committee changes", async () => {
    const seenByA = await ok<Page<Campaign>>(t, fx.as.officerA, "GET", "/api/care/campaigns?year=2026");
    expect(seenByA.items.map((c) => [c.title, c.canEdit, c.canAddTargets, c.coverage.targets, c.coverage.visited])).toEqual([["2026年春节走访慰问", false, true, 3, 2]]);
    expect((await coverage(fx.as.officerA)).org.id).toBe(fx.tree.branchA.id);
    expect((await targets(fx.as.officerA, "&visited=false")).items.map((x) => x.name)).toEqual(["甲老党员"]);
    await refused(t, fx.as.officerA, "GET", `${url}/coverage?orgId=${fx.tree.branchB.id}`, undefined, 404);
    await refused(t, fx.as.officerA, "PUT", url, { kind: "spring_festival", title: "改名", startsOn: "2026-01-20", dueOn: "2026-02-16", notes: "" }, 403);
    expect((await ok<Campaign>(t, fx.as.officerB, "GET", url)).coverage).toEqual({ targets: 1, visited: 0, overdue: 1, share: 0 });
    expect((await request(t, fx.as.otherAdmin, "GET", url)).statusCode).toBe(404);
  });

  it("lists a person once per campaign (AID-10), removed ones included, and only people cared for", async () => {
    await refused(t, fx.as.orgAdmin, "POST", `${url}/targets`, { memberId: fx.members.ordinaryA.id }, 422, "AID-10");
    await refused(t, fx.as.orgAdmin, "POST", `${url}/targets`, { memberId: fx.members.strugglingA.id }, 422, "AID-10");
    const senior = (await targets(fx.as.officerA, "&visited=false")).items[0]!;
    await refused(t, fx.as.officerA, "PATCH", `${url}/targets/${senior.id}`, { dueOn: "2026-03-01" }, 422, "AID-10");
    expect(await ok(t, fx.as.officerA, "PATCH", `${url}/targets/${senior.id}`, { visitorName: "组织委员", dueOn: "2026-02-10" })).toMatchObject({ visitorName: "组织委员", dueOn: "2026-02-10" });
    await ok(t, fx.as.officerA, "POST", `${url}/targets/${senior.id}/remove`, { reason: "长期在外地子女处居住" });
    await refused(t, fx.as.orgAdmin, "POST", `${url}/targets`, { memberId: fx.members.seniorA.id }, 422, "AID-10");
    expect(await ok(t, fx.as.orgAdmin, "POST", `${url}/targets/prefill`, {})).toEqual({ added: 0 });
    expect((await coverage()).total).toEqual({ targets: 3, visited: 2, overdue: 1, share: 0.6667 });
    const actions = (await ok<Page<AuditEntry>>(t, fx.as.admin, "GET", `/api/audit?entityId=${senior.id}&pageSize=100`)).items.map((e) => e.action);
    expect(actions.sort()).toEqual(["care.campaign_update", "care.target_remove"]);
  });

  it("keeps the window over its targets and campaign visits when it changes (AID-10/11)", async () => {
    const change = (startsOn: string, dueOn: string) => ({ kind: "spring_festival", title: "2026年春节走访慰问", startsOn, dueOn, notes: "" });
    await refused(t, fx.as.orgAdmin, "PUT", url, change("2026-01-20", "2026-02-10"), 422, "AID-10");
    await refused(t, fx.as.orgAdmin, "PUT", url, change("2026-02-05", "2026-02-16"), 422, "AID-11");
    expect(await ok(t, fx.as.orgAdmin, "PUT", url, change("2026-01-15", "2026-02-16"))).toMatchObject({ startsOn: "2026-01-15" });
  });

  it("exports coverage, targets and the campaign's visits (.xlsx, audited), within the caller's scope", async () => {
    const response = await request(t, fx.as.orgAdmin, "GET", `${url}/export.xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["覆盖情况", "走访对象", "走访记录"]);
    const cover = book.getWorksheet("覆盖情况")!;
    expect(sorted([2, 3].map((n) => (cover.getRow(n).values as unknown[]).slice(1, 6)))).toEqual(
      sorted([
        ["甲村党支部", 2, 2, 0, 0],
        ["乙社区党支部", 1, 0, 1, 1],
      ]),
    );
    expect((cover.getRow(4).values as unknown[]).slice(1, 6)).toEqual(["合计", 3, 2, 1, 1]);
    const visits = book.getWorksheet("走访记录")!;
    expect((visits.getRow(2).values as unknown[]).slice(1)).toEqual(["2026-02-01", "甲村党支部", "甲困难党员", "甲村书记", "慰问金", 500]);
    expect(book.getWorksheet("走访对象")!.rowCount).toBe(4);
    const audit = await ok<Page<AuditEntry>>(t, fx.as.admin, "GET", `/api/audit?entityId=${campaign.id}&pageSize=100`);
    expect(audit.items.map((e) => e.action)).toContain("care.export");
    const branch = new ExcelJS.Workbook();
    await branch.xlsx.load((await request(t, fx.as.officerB, "GET", `${url}/export.xlsx`)).rawPayload as unknown as ArrayBuffer);
    expect(branch.getWorksheet("走访对象")!.rowCount).toBe(2);
    await refused(t, fx.as.memberA, "GET", `${url}/export.xlsx`, undefined, 403);
  });
});
