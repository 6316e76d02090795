import ExcelJS from "exceljs";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectBoard, RankingPage, SecretaryRecord } from "../../../shared/contracts/secretary-project-board.contract";
import { buildMember, buildOrganization, buildUser, signIn, type Session } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { auditLogTable } from "../audit/audit.table";
import {
  secretaryProjectCheckpointsTable,
  secretaryProjectIndicatorValuesTable,
  secretaryProjectMilestonesTable,
  secretaryProjectReportsTable,
} from "./secretary-projects.table";
import { type ProjectTree, buildProjectTree, insertApprovedProject, ok, refused, request } from "./secretary-projects.test-helpers";

/**
 * "抓书记" through the API: the board, the ranking, a secretary's record across years and the
 * workbook, each scoped to the caller's subtree, with scores only where the caller may see them.
 * The test clock reads 2026-11-25: Q1–Q3 are open for rating, Q4 not yet; milestones due 03-31 and
 * 06-30 are overdue unless completed, 11-30 is not.
 */

let t: TestApp;
let fx: ProjectTree;
let branchC: { id: string; name: string };
let secretaryC: { id: string };
const ids = { a: "", b: "", c: "", a2025: "", elsewhere: "" };
let officerC: Session;

const scoresOf = (score: number) => ["goals", "effect", "process", "innovation"].map((key) => ({ key, score }));
const board = (session: Session, query = "year=2026") => ok<ProjectBoard>(t, session, "GET", `/api/secretary-projects/board?${query}`);
const ranking = (session: Session, query = "year=2026") => ok<RankingPage>(t, session, "GET", `/api/secretary-projects/ranking?${query}`);
const record = (session: Session, memberId: string) => ok<SecretaryRecord>(t, session, "GET", `/api/secretary-projects/secretaries/${memberId}/record`);

async function evaluate(id: string, score: number, publish: boolean) {
  await ok(t, fx.as.orgAdmin, "POST", `/api/secretary-projects/${id}/evaluation`, { scores: scoresOf(score) });
  if (publish) await ok(t, fx.as.orgAdmin, "POST", `/api/secretary-projects/${id}/publish`);
}

beforeAll(async () => {
  t = await buildTestApp();
  fx = await buildProjectTree(t);
  const committeeId = fx.tree.committee.id;
  const c = await buildOrganization(t.system, { parent: fx.tree.committee, name: "丙村党支部" });
  branchC = c;
  secretaryC = await buildMember(t.system, { org: c, name: "丙村书记", joinedOn: "2001-07-01" });
  officerC = await signIn(t.app, (await buildUser(t.system, { role: "branch_officer", org: c })).username);
  const elsewhere = await buildOrganization(t.system, { parent: fx.tree.otherCommittee, name: "别处党支部" });
  const elsewhereSecretary = await buildMember(t.system, { org: elsewhere, name: "别处书记", joinedOn: "2001-07-01" });

  // Branch A, 2026: under way. Indicator 1 reached (80 of 80), indicator 2 half-way (30 → 20 of 10);
  // the first milestone completed; rated on track in Q1 and at risk in Q2.
  const a = await insertApprovedProject(t, { orgId: fx.tree.branchA.id, reviewingOrgId: committeeId, secretaryMemberId: fx.members.secretaryA.id });
  ids.a = a.project.id;
  const db = t.system.db;
  const [report] = await db.insert(secretaryProjectReportsTable).values({ projectId: ids.a, reportedOn: "2026-10-10", body: "十月进展", milestoneId: a.milestones[0]!.id }).returning();
  await db.insert(secretaryProjectIndicatorValuesTable).values([
    { reportId: report!.id, indicatorId: a.indicators[0]!.id, value: 80, measuredOn: "2026-10-10" },
    { reportId: report!.id, indicatorId: a.indicators[1]!.id, value: 20, measuredOn: "2026-10-10" },
  ]);
  await db.update(secretaryProjectMilestonesTable).set({ completedOn: "2026-03-20" }).where(eq(secretaryProjectMilestonesTable.id, a.milestones[0]!.id));
  await db.insert(secretaryProjectCheckpointsTable).values([
    { projectId: ids.a, quarter: 1, rating: "on_track" },
    { projectId: ids.a, quarter: 2, rating: "at_risk" },
  ]);

  // Branch B, 2026: evaluated at 80 and published. Branch C, 2026: evaluated at 95, not published.
  ids.b = (await insertApprovedProject(t, { orgId: fx.tree.branchB.id, reviewingOrgId: committeeId, secretaryMemberId: fx.members.secretaryB.id, status: "reported" })).project.id;
  ids.c = (await insertApprovedProject(t, { orgId: c.id, reviewingOrgId: committeeId, secretaryMemberId: secretaryC.id, status: "reported" })).project.id;
  // Branch A, 2025: evaluated at 70 and published. Another committee's branch, 2026: under way.
  ids.a2025 = (await insertApprovedProject(t, { orgId: fx.tree.branchA.id, reviewingOrgId: committeeId, secretaryMemberId: fx.members.secretaryA.id, year: 2025, status: "reported" })).project.id;
  ids.elsewhere = (await insertApprovedProject(t, { orgId: elsewhere.id, reviewingOrgId: fx.tree.otherCommittee.id, secretaryMemberId: elsewhereSecretary.id })).project.id;
  await evaluate(ids.b, 80, true);
  await evaluate(ids.c, 95, false);
  await evaluate(ids.a2025, 70, true);
});
afterAll(() => t.close());

describe("GET /api/secretary-projects/board", () => {
  it("counts the committee's subtree by status, category and latest rating", async () => {
    const b = await board(fx.as.orgAdmin);
    expect(b.org).toEqual({ id: fx.tree.committee.id, name: fx.tree.committee.name });
    expect(b.byStatus.filter((s) => s.count > 0)).toEqual([
      { key: "approved", count: 1 },
      { key: "evaluated", count: 1 },
      { key: "published", count: 1 },
    ]);
    expect(b.live).toBe(3);
    expect(b.byCategory.find((c) => c.key === "party_building")).toEqual({ key: "party_building", count: 3 });
    expect(b.byLatestRating).toEqual([
      { key: "on_track", count: 0 },
      { key: "at_risk", count: 1 },
      { key: "off_track", count: 0 },
      { key: "unrated", count: 2 },
    ]);
    expect(b.ratingsByQuarter).toEqual([
      { quarter: 1, isOpen: true, on_track: 1, at_risk: 0, off_track: 0, unrated: 2 },
      { quarter: 2, isOpen: true, on_track: 0, at_risk: 1, off_track: 0, unrated: 2 },
      { quarter: 3, isOpen: true, on_track: 0, at_risk: 0, off_track: 0, unrated: 3 },
      { quarter: 4, isOpen: false, on_track: 0, at_risk: 0, off_track: 0, unrated: 0 },
    ]);
  });

  it("shows indicators achieved against targets, milestones and overdue ones, and who has no project", async () => {
    const b = await board(fx.as.orgAdmin);
    expect(b.indicators).toEqual({ total: 6, achieved: 1 });
    expect(b.projects.find((p) => p.projectId === ids.a)).toMatchObject({
      orgName: "甲村党支部",
      secretaryName: "甲村书记",
      indicators: 2,
      indicatorsAchieved: 1,
      indicatorProgress: 0.75,
      milestones: 3,
      milestonesDone: 1,
      overdueMilestones: 1,
      latestRating: "at_risk",
    });
    // A: 06-30; B and C: 03-31 and 06-30 each — the longest overdue first.
    expect(b.overdue.total).toBe(5);
    expect(b.overdue.items.map((m) => m.daysOverdue)).toEqual([239, 239, 148, 148, 148]);
    expect(b.overdue.items[0]).toMatchObject({ dueOn: "2026-03-31", ownerName: "甲村书记" });
    // The committee itself has no 2026 project; the party group is no organization that leads one.
    expect(b.missing).toEqual({ total: 1, items: [{ orgId: fx.tree.committee.id, orgName: fx.tree.committee.name }] });
  });

  it("is scoped: a branch's officer sees their own branch, another branch is 404, another committee 404", async () => {
    const own = await board(fx.as.officerB);
    expect(own.org?.id).toBe(fx.tree.branchB.id);
    expect(own.projects.map((p) => p.projectId)).toEqual([ids.b]);
    expect(own.byStatus.filter((s) => s.count > 0)).toEqual([{ key: "published", count: 1 }]);
    expect(own.missing.total).toBe(0);
    await refused(t, fx.as.officerB, "GET", `/api/secretary-projects/board?year=2026&orgId=${fx.tree.branchA.id}`, undefined, 404);
    await refused(t, fx.as.orgAdmin, "GET", `/api/secretary-projects/board?year=2026&orgId=${fx.tree.otherCommittee.id}`, undefined, 404);
    const narrowed = await board(fx.as.orgAdmin, `year=2026&orgId=${fx.tree.branchA.id}`);
    expect(narrowed.projects.map((p) => p.projectId)).toEqual([ids.a]);
    // The administrator reaches everything, the other committee's branch too.
    const all = await board(fx.as.admin);
    expect(all.org).toBeNull();
    expect(all.projects.map((p) => p.projectId).sort()).toEqual([ids.a, ids.b, ids.c, ids.elsewhere].sort());
  });

  it("is for officers: a member gets 403, a signed-out caller 401, a bad year 400", async () => {
    await refused(t, fx.as.memberA, "GET", "/api/secretary-projects/board?year=2026", undefined, 403);
    expect((await t.app.inject({ method: "GET", url: "/api/secretary-projects/board?year=2026" })).statusCode).toBe(401);
    await refused(t, fx.as.orgAdmin, "GET", "/api/secretary-projects/board?year=abc", undefined, 400);
  });
});

describe("GET /api/secretary-projects/ranking", () => {
  it("ranks the evaluated projects by final score, paged, with unpublished scores for the reviewing committee only", async () => {
    const all = await ranking(fx.as.orgAdmin);
    expect(all.items.map((i) => [i.rank, i.orgName, i.finalScore, i.grade, i.status])).toEqual([
      [1, "丙村党支部", 95, "good", "evaluated"],
      [2, "乙社区党支部", 80, "fairly_good", "published"],
    ]);
    expect(all.items[0]).toMatchObject({ rubricScore: 95, voteScore: null, secretaryName: "丙村书记" });
    const second = await ranking(fx.as.orgAdmin, "year=2026&page=2&pageSize=1");
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items.map((i) => [i.rank, i.projectId])).toEqual([[2, ids.b]]);
    expect((await ranking(fx.as.officerB)).items.map((i) => i.projectId)).toEqual([ids.b]);
    expect((await ranking(officerC)).total).toBe(0);
    expect((await ranking(fx.as.officerA)).total).toBe(0);
    expect((await ranking(fx.as.officerA, "year=2025")).items.map((i) => [i.rank, i.finalScore])).toEqual([[1, 70]]);
    await refused(t, fx.as.officerB, "GET", `/api/secretary-projects/ranking?year=2026&orgId=${fx.tree.branchA.id}`, undefined, 404);
    await refused(t, fx.as.memberA, "GET", "/api/secretary-projects/ranking?year=2026", undefined, 403);
    await refused(t, fx.as.orgAdmin, "GET", "/api/secretary-projects/ranking?year=2026&pageSize=500", undefined, 400);
  });
});

describe("GET /api/secretary-projects/secretaries/:memberId/record", () => {
  it("lists a secretary's projects across years, the latest first, with scores where the caller may see them", async () => {
    const mine = await record(fx.as.orgAdmin, fx.members.secretaryA.id);
    expect(mine).toMatchObject({ memberId: fx.members.secretaryA.id, memberName: "甲村书记", total: 2 });
    expect(mine.items.map((i) => [i.year, i.status, i.finalScore, i.grade])).toEqual([
      [2026, "approved", null, null],
      [2025, "published", 70, "average"],
    ]);
    expect(mine.items[0]).toMatchObject({ indicators: 2, indicatorsAchieved: 1, milestones: 3, milestonesDone: 1, latestRating: "at_risk" });
    expect((await record(fx.as.orgAdmin, secretaryC.id)).items.map((i) => i.finalScore)).toEqual([95]);
    // The secretary's own branch does not see its unpublished score.
    expect((await record(officerC, secretaryC.id)).items.map((i) => i.finalScore)).toEqual([null]);
    expect((await record(fx.as.officerA, fx.members.secretaryA.id)).total).toBe(2);
  });

  it("answers 404 out of scope or without a project, 403 to a member", async () => {
    await refused(t, fx.as.officerB, "GET", `/api/secretary-projects/secretaries/${fx.members.secretaryA.id}/record`, undefined, 404);
    await refused(t, fx.as.officerA, "GET", `/api/secretary-projects/secretaries/${secretaryC.id}/record`, undefined, 404);
    await refused(t, fx.as.orgAdmin, "GET", `/api/secretary-projects/secretaries/${fx.members.voterA1.id}/record`, undefined, 404);
    await refused(t, fx.as.memberA, "GET", `/api/secretary-projects/secretaries/${fx.members.secretaryA.id}/record`, undefined, 403);
    await refused(t, fx.as.orgAdmin, "GET", "/api/secretary-projects/secretaries/not-a-uuid/record", undefined, 400);
  });
});

describe("GET /api/secretary-projects/export.xlsx", () => {
  const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));

  it("streams the projects, their indicators and the ranking of the committee's subtree; audited", async () => {
    const response = await request(t, fx.as.orgAdmin, "GET", "/api/secretary-projects/export.xlsx?year=2026");
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(String(response.headers["content-disposition"])).toContain("secretary-projects.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["项目一览", "指标完成情况", "评价排名"]);
    const projects = rowsOf(workbook.getWorksheet("项目一览")!);
    expect(projects[0]!.slice(0, 3)).toEqual(["党组织", "项目名称", "类别"]);
    const byOrg = (name: string) => projects.find((r) => r[0] === name)!;
    expect(byOrg("甲村党支部").slice(4, 9)).toEqual(["已立项（实施中）", "1/3", 1, "1/2", "存在风险"]);
    expect(byOrg("丙村党支部").slice(9, 11)).toEqual([95, "好"]);
    expect(projects.filter((r) => ["甲村党支部", "乙社区党支部", "丙村党支部"].includes(String(r[0])))).toHaveLength(3);
    const indicators = rowsOf(workbook.getWorksheet("指标完成情况")!);
    expect(indicators).toHaveLength(7);
    expect(indicators.find((r) => r[0] === "甲村党支部" && r[8] === "已达成")!.slice(2, 7)).toEqual(["党员志愿服务参与率", "%", 40, 80, 80]);
    const ranked = rowsOf(workbook.getWorksheet("评价排名")!);
    expect(ranked.slice(1).map((r) => [r[0], r[1], r[6], r[7]])).toEqual([
      [1, "丙村党支部", 95, "好"],
      [2, "乙社区党支部", 80, "较好"],
    ]);
    const [audit] = await t.deps.db.select().from(auditLogTable).where(eq(auditLogTable.action, "project.export")).orderBy(desc(auditLogTable.id));
    expect(audit).toMatchObject({ entityType: "org", orgId: fx.tree.committee.id, after: { year: 2026, projects: 3 } });
  });

  it("is refused to branch officers (403), signed-out callers (401), and out of scope (404)", async () => {
    await refused(t, fx.as.officerA, "GET", "/api/secretary-projects/export.xlsx?year=2026", undefined, 403);
    await refused(t, fx.as.officerB, "GET", `/api/secretary-projects/export.xlsx?year=2026&orgId=${fx.tree.branchB.id}`, undefined, 403);
    await refused(t, fx.as.memberA, "GET", "/api/secretary-projects/export.xlsx?year=2026", undefined, 403);
    expect((await t.app.inject({ method: "GET", url: "/api/secretary-projects/export.xlsx?year=2026" })).statusCode).toBe(401);
    await refused(t, fx.as.orgAdmin, "GET", `/api/secretary-projects/export.xlsx?year=2026&orgId=${fx.tree.otherCommittee.id}`, undefined, 404);
    await refused(t, fx.as.otherCommitteeAdmin, "GET", `/api/secretary-projects/export.xlsx?year=2026&orgId=${branchC.id}`, undefined, 404);
  });
});
