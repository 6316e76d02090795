import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommentThread, ProgressReport, ProjectAlerts, ProjectCheckpoints } from "../../../shared/contracts/secretary-project-progress.contract";
import type { FileSummary, Page } from "../../../shared/contracts/common.contract";
import { type Session, signIn } from "../../../../test/factories";
import { SAMPLE_PDF } from "../../../../test/fixtures/files";
import { multipart } from "../../../../test/fixtures/member-workbooks";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { auditLogTable } from "../audit/audit.table";
import { type ProjectTree, buildProjectTree, insertApprovedProject, ok, refused, request } from "./secretary-projects.test-helpers";
import { secretaryProjectMilestonesTable, secretaryProjectVersionsTable } from "./secretary-projects.table";

/**
 * The project's year through the API (PROJ-08…PROJ-10): progress reports with values and evidence,
 * guidance and replies, quarterly check points and the home page's reminders, on both sides, with
 * branch B's officer and another committee kept out (404). The clock stands at 2026-11-25 until the
 * last block moves it to December.
 */

let t: TestApp;
let fx: ProjectTree;
let main: Awaited<ReturnType<typeof insertApprovedProject>>;
let draft: Awaited<ReturnType<typeof insertApprovedProject>>;
let submitted: Awaited<ReturnType<typeof insertApprovedProject>>;
let url: string;
type ProgressReportPage = Page<ProgressReport>;

beforeAll(async () => {
  t = await buildTestApp();
  fx = await buildProjectTree(t);
  const ofA = { orgId: fx.tree.branchA.id, reviewingOrgId: fx.tree.committee.id, secretaryMemberId: fx.members.secretaryA.id };
  main = await insertApprovedProject(t, ofA);
  draft = await insertApprovedProject(t, { ...ofA, year: 2027, status: "draft" });
  submitted = await insertApprovedProject(t, { ...ofA, year: 2025, status: "submitted" });
  // The submitted proposal awaits the committee's decision.
  await t.system.db.update(secretaryProjectVersionsTable).set({ status: "pending", decidedAt: null }).where(eq(secretaryProjectVersionsTable.projectId, submitted.project.id));
  url = `/api/secretary-projects/${main.project.id}`;
});
afterAll(() => t.close());

const [rate, fewer] = [0, 1];
const report = (over: object = {}) => ({
  milestoneId: main.milestones[0]!.id,
  reportedOn: "2026-03-30",
  body: "制定了环境整治方案，划分党员责任区 12 个。",
  completesMilestone: true,
  values: [
    { indicatorId: main.indicators[rate]!.id, value: 55 },
    { indicatorId: main.indicators[fewer]!.id, value: 20 },
  ],
  ...over,
});

const auditOf = (entityId: string) => t.system.db.select().from(auditLogTable).where(eq(auditLogTable.entityId, entityId));

const upload = (session: Session | null, reportId: string, projectUrl = url, filename = "整治前后照片.pdf") => {
  const form = multipart([{ name: "file", filename, content: SAMPLE_PDF, contentType: "application/pdf" }]);
  return t.app.inject({ method: "POST", url: `${projectUrl}/reports/${reportId}/files`, headers: { ...(session?.headers ?? {}), ...form.headers }, payload: form.payload });
};

describe("progress reports (PROJ-08)", () => {
  let first: ProgressReport;

  it("lets the secretary report on a milestone with indicator values and complete it", async () => {
    first = await ok<ProgressReport>(t, fx.as.officerA, "POST", `${url}/reports`, report());
    expect(first).toMatchObject({
      milestoneId: main.milestones[0]!.id,
      milestoneTitle: "制定方案，划分党员责任区",
      reportedOn: "2026-03-30",
      completesMilestone: true,
      files: [],
      comments: [],
      values: [
        { indicatorName: "党员志愿服务参与率", unit: "%", value: 55, measuredOn: "2026-03-30", progress: 0.375 },
        { indicatorName: "群众投诉件数", unit: "件", value: 20, progress: 0.5 },
      ],
    });
    const [milestone] = await t.system.db.select().from(secretaryProjectMilestonesTable).where(eq(secretaryProjectMilestonesTable.id, main.milestones[0]!.id));
    expect(milestone!.completedOn).toBe("2026-03-30");
    const [audit] = await auditOf(first.id);
    expect(audit).toMatchObject({
      action: "project.report_progress",
      entityType: "secretary_project_report",
      orgId: fx.tree.branchA.id,
      after: { reportedOn: "2026-03-30", completedMilestone: { id: main.milestones[0]!.id, completedOn: "2026-03-30" } },
    });
  });

  it("takes a report on the project as a whole, and lists the reports newest first to both sides and the members", async () => {
    await ok(t, fx.as.officerA, "POST", `${url}/reports`, report({ milestoneId: null, completesMilestone: false, reportedOn: "2026-11-25", body: "开展集中整治行动 6 次。", values: [{ indicatorId: main.indicators[rate]!.id, value: 82 }] }));
    for (const session of [fx.as.officerA, fx.as.orgAdmin, fx.as.admin, fx.as.memberA]) {
      const page = await ok<ProgressReportPage>(t, session, "GET", `${url}/reports`);
      expect(page).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(page.items.map((r) => r.reportedOn)).toEqual(["2026-11-25", "2026-03-30"]);
      expect(page.items[0]!.values).toMatchObject([{ value: 82, progress: 1.05 }]);
    }
    const filtered = await ok<ProgressReportPage>(t, fx.as.orgAdmin, "GET", `${url}/reports?milestoneId=${main.milestones[0]!.id}`);
    expect(filtered.items.map((r) => r.id)).toEqual([first.id]);
  });

  it("refuses a report on a project that is not approved", async () => {
    const onDraft = await refused(t, fx.as.officerA, "POST", `/api/secretary-projects/${draft.project.id}/reports`, report({ milestoneId: null, completesMilestone: false, values: [] }), 422, "PROJ-08");
    expect(onDraft.message).toContain("草稿");
    await refused(t, fx.as.officerA, "POST", `/api/secretary-projects/${submitted.project.id}/reports`, report({ milestoneId: null, completesMilestone: false, values: [], reportedOn: "2025-05-01" }), 422, "PROJ-08");
  });

  it("refuses a date outside the project's year or in the future, naming the field", async () => {
    const before = await refused(t, fx.as.officerA, "POST", `${url}/reports`, report({ completesMilestone: false, reportedOn: "2025-12-31" }), 422, "PROJ-08");
    expect(before.details).toMatchObject([{ field: "reportedOn", rule: "PROJ-08", message: expect.stringContaining("2026 年") }]);
    const future = await refused(t, fx.as.officerA, "POST", `${url}/reports`, report({ completesMilestone: false, reportedOn: "2026-11-26" }), 422, "PROJ-08");
    expect(future.details).toMatchObject([{ field: "reportedOn", message: expect.stringContaining("不能晚于今天") }]);
  });

  it("refuses a milestone or an indicator of another project, and completing a milestone twice", async () => {
    const milestone = await refused(t, fx.as.officerA, "POST", `${url}/reports`, report({ milestoneId: draft.milestones[1]!.id, completesMilestone: false }), 422, "PROJ-08");
    expect(milestone.details).toMatchObject([{ field: "milestoneId" }]);
    const indicator = await refused(t, fx.as.officerA, "POST", `${url}/reports`, report({ milestoneId: null, completesMilestone: false, values: [{ indicatorId: draft.indicators[0]!.id, value: 1 }] }), 422, "PROJ-08");
    expect(indicator.details).toMatchObject([{ field: "values.0.indicatorId", message: expect.stringContaining("不是本项目的指标") }]);
    const twice = await refused(t, fx.as.officerA, "POST", `${url}/reports`, report(), 422, "PROJ-08");
    expect(twice.details).toMatchObject([{ field: "completesMilestone", message: expect.stringContaining("已于 2026-03-30 完成") }]);
  });

  it("refuses bad input with the field's Chinese message, and the wrong side or role", async () => {
    const short = await refused(t, fx.as.officerA, "POST", `${url}/reports`, report({ body: "好" }), 400, "validation.failed");
    expect(short.details).toMatchObject([{ field: "body", message: "进展情况至少 5 字" }]);
    await refused(t, fx.as.orgAdmin, "POST", `${url}/reports`, report({ completesMilestone: false }), 422, "PROJ-02");
    await refused(t, fx.as.admin, "POST", `${url}/reports`, report({ completesMilestone: false }), 403);
    await refused(t, fx.as.memberA, "POST", `${url}/reports`, report({ completesMilestone: false }), 403);
  });

  it("keeps evidence: the secretary uploads, the committee downloads, branch B and the signed-out may not", async () => {
    const uploaded = await upload(fx.as.officerA, first.id);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const file = uploaded.json() as FileSummary;
    expect(file).toMatchObject({ name: "整治前后照片.pdf", mimeType: "application/pdf", sizeBytes: SAMPLE_PDF.length });

    const listed = await ok<ProgressReportPage>(t, fx.as.orgAdmin, "GET", `${url}/reports`);
    expect(listed.items.find((r) => r.id === first.id)!.files).toMatchObject([{ id: file.id, name: "整治前后照片.pdf" }]);

    const download = await t.app.inject({ method: "GET", url: `/api/files/${file.id}`, headers: fx.as.orgAdmin.headers });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(SAMPLE_PDF)).toBe(true);
    expect((await t.app.inject({ method: "GET", url: `/api/files/${file.id}`, headers: fx.as.officerB.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/files/${file.id}`, headers: fx.as.otherCommitteeAdmin.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/files/${file.id}` })).statusCode).toBe(401);

    expect((await upload(fx.as.officerB, first.id)).statusCode).toBe(404);
    expect((await upload(null, first.id)).statusCode).toBe(401);
    expect((await upload(fx.as.orgAdmin, first.id)).statusCode).toBe(422);
    // Not on a draft (PROJ-08); and a report that is not this project's is missing (404).
    const onDraft = await upload(fx.as.officerA, first.id, `/api/secretary-projects/${draft.project.id}`);
    expect(onDraft.json().error.code).toBe("PROJ-08");
    const missing = await upload(fx.as.officerA, "00000000-0000-4000-8000-000000000000");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("projects.report_not_found");
  });
});

describe("guidance (点评) and replies", () => {
  let reportId: string;
  let thread: CommentThread;

  beforeAll(async () => {
    reportId = (await ok<ProgressReportPage>(t, fx.as.orgAdmin, "GET", `${url}/reports`)).items.at(-1)!.id;
  });

  it("lets the committee guide a report and the secretary reply, in one thread", async () => {
    thread = await ok<CommentThread>(t, fx.as.orgAdmin, "POST", `${url}/comments`, { reportId, body: "方案扎实，请细化责任区考核办法。" });
    expect(thread).toMatchObject({ reportId, parentId: null, side: "committee", body: "方案扎实，请细化责任区考核办法。", replies: [] });
    const answered = await ok<CommentThread>(t, fx.as.officerA, "POST", `${url}/comments`, { parentId: thread.id, body: "已制定考核办法，每季度评比一次。" });
    expect(answered).toMatchObject({ id: thread.id, replies: [{ parentId: thread.id, reportId, side: "secretary", body: "已制定考核办法，每季度评比一次。" }] });
    // A reply to a reply joins the same thread.
    const again = await ok<CommentThread>(t, fx.as.officerA, "POST", `${url}/comments`, { parentId: answered.replies[0]!.id, body: "补充：考核结果张榜公布。" });
    expect(again.replies.map((r) => r.body)).toEqual(["已制定考核办法，每季度评比一次。", "补充：考核结果张榜公布。"]);

    const listed = await ok<ProgressReportPage>(t, fx.as.officerA, "GET", `${url}/reports`);
    expect(listed.items.find((r) => r.id === reportId)!.comments).toMatchObject([{ id: thread.id, replies: [{ side: "secretary" }, { side: "secretary" }] }]);
    expect(await auditOf(thread.id)).toMatchObject([{ action: "project.guide", entityType: "secretary_project_comment", orgId: fx.tree.branchA.id }]);
    expect(await auditOf(answered.replies[0]!.id)).toMatchObject([{ action: "project.reply", after: { side: "secretary", parentId: thread.id } }]);
  });

  it("takes guidance on the project as a whole, and pages the threads with filters", async () => {
    const general = await ok<CommentThread>(t, fx.as.orgAdmin, "POST", `${url}/comments`, { body: "请加强对群众投诉的分析研判。" });
    expect(general.reportId).toBeNull();
    const all = await ok<Page<CommentThread>>(t, fx.as.memberA, "GET", `${url}/comments`);
    expect(all).toMatchObject({ total: 2, items: [{ id: general.id }, { id: thread.id }] });
    expect((await ok<Page<CommentThread>>(t, fx.as.officerA, "GET", `${url}/comments?onProject=true`)).items.map((c) => c.id)).toEqual([general.id]);
    expect((await ok<Page<CommentThread>>(t, fx.as.officerA, "GET", `${url}/comments?reportId=${reportId}`)).items.map((c) => c.id)).toEqual([thread.id]);
    expect((await ok<Page<CommentThread>>(t, fx.as.officerA, "GET", `${url}/comments?pageSize=1&page=2`)).items.map((c) => c.id)).toEqual([thread.id]);
  });

  it("refuses guidance by the secretary and a reply by the committee", async () => {
    await refused(t, fx.as.officerA, "POST", `${url}/comments`, { reportId, body: "自己点评自己" }, 403);
    const reply = await refused(t, fx.as.orgAdmin, "POST", `${url}/comments`, { parentId: thread.id, body: "党委不能回复" }, 422, "PROJ-02");
    expect(reply.message).toContain("回复点评");
    await refused(t, fx.as.memberA, "POST", `${url}/comments`, { parentId: thread.id, body: "党员不能回复" }, 403);
  });

  it("refuses a report or a comment that is not this project's, and bad input", async () => {
    await refused(t, fx.as.orgAdmin, "POST", `${url}/comments`, { reportId: "00000000-0000-4000-8000-000000000000", body: "不存在的报告" }, 404, "projects.report_not_found");
    await refused(t, fx.as.officerA, "POST", `${url}/comments`, { parentId: "00000000-0000-4000-8000-000000000000", body: "不存在的点评" }, 404, "projects.comment_not_found");
    const both = await refused(t, fx.as.officerA, "POST", `${url}/comments`, { parentId: thread.id, reportId, body: "两者都有" }, 400, "validation.failed");
    expect(both.details).toMatchObject([{ field: "reportId", message: "回复点评时不需要指定进展报告" }]);
    await refused(t, fx.as.orgAdmin, "POST", `${url}/comments`, { body: "" }, 400, "validation.failed");
  });

  it("refuses guidance on a draft (it is not the committee's yet)", async () => {
    // The committee does not even reach a draft: it stays with the proposing organization.
    await refused(t, fx.as.orgAdmin, "POST", `/api/secretary-projects/${draft.project.id}/comments`, { body: "草稿点评" }, 404);
    await refused(t, fx.as.orgAdmin, "POST", `/api/secretary-projects/${submitted.project.id}/comments`, { body: "待审项目点评" }, 422, "PROJ-06");
  });
});

describe("the quarterly check point (PROJ-10)", () => {
  it("shows the four quarters: open, rated or not, and what the rules suggest", async () => {
    const view = await ok<ProjectCheckpoints>(t, fx.as.orgAdmin, "GET", `${url}/checkpoints`);
    expect(view).toMatchObject({ year: 2026, canRate: true });
    // Q1's milestone was completed on 30 March; the June one is overdue by the end of Q3.
    expect(view.quarters.map((q) => [q.quarter, q.opensOn, q.isOpen, q.rating, q.suggestion])).toEqual([
      [1, "2026-03-01", true, null, "on_track"],
      [2, "2026-06-01", true, null, "on_track"],
      [3, "2026-09-01", true, null, "off_track"],
      [4, "2026-12-01", false, null, null],
    ]);
    expect((await ok<ProjectCheckpoints>(t, fx.as.officerA, "GET", `${url}/checkpoints`)).canRate).toBe(false);
  });

  it("refuses a quarter not open yet, and anyone but the committee", async () => {
    const early = await refused(t, fx.as.orgAdmin, "PUT", `${url}/checkpoints/4`, { rating: "on_track" }, 422, "PROJ-10");
    expect(early.details).toMatchObject([{ field: "quarter", message: expect.stringContaining("2026-12-01") }]);
    await refused(t, fx.as.officerA, "PUT", `${url}/checkpoints/3`, { rating: "on_track" }, 403);
    await refused(t, fx.as.orgAdmin, "PUT", `${url}/checkpoints/5`, { rating: "on_track" }, 400, "validation.failed");
    await refused(t, fx.as.orgAdmin, "PUT", `${url}/checkpoints/3`, { rating: "fine" }, 400, "validation.failed");
  });

  it("rates a quarter with the suggestion kept beside it, and audits a re-rating with before and after", async () => {
    const rated = await ok<ProjectCheckpoints>(t, fx.as.orgAdmin, "PUT", `${url}/checkpoints/3`, { rating: "at_risk", comment: "第二阶段整治行动滞后" });
    expect(rated.quarters[2]).toMatchObject({ rating: "at_risk", suggestedRatingWhenRated: "off_track", comment: "第二阶段整治行动滞后", ratedByName: expect.any(String) });
    const again = await ok<ProjectCheckpoints>(t, fx.as.orgAdmin, "PUT", `${url}/checkpoints/3`, { rating: "off_track" });
    expect(again.quarters[2]).toMatchObject({ rating: "off_track", comment: "" });
    const audits = await t.system.db
      .select()
      .from(auditLogTable)
      .where(and(eq(auditLogTable.action, "project.checkpoint"), eq(auditLogTable.orgId, fx.tree.branchA.id)))
      .orderBy(asc(auditLogTable.id));
    expect(audits).toMatchObject([
      { entityType: "secretary_project_checkpoint", before: null, after: { quarter: 3, rating: "at_risk" } },
      { before: { quarter: 3, rating: "at_risk", comment: "第二阶段整治行动滞后" }, after: { quarter: 3, rating: "off_track", comment: "" } },
    ]);
  });
});

describe("the home page's reminders (PROJ-09/10)", () => {
  it("shows the secretary their overdue and due-soon milestones", async () => {
    const alerts = await ok<ProjectAlerts>(t, fx.as.officerA, "GET", "/api/secretary-projects/alerts");
    expect(alerts.today).toBe("2026-11-25");
    expect(alerts.secretary.milestones).toMatchObject({
      total: 2,
      items: [
        { projectId: main.project.id, title: "开展环境整治集中行动", dueOn: "2026-06-30", state: "overdue", daysOverdue: 148, orgName: "甲村党支部" },
        { title: "建立长效管理机制并总结", dueOn: "2026-11-30", state: "due_soon", daysOverdue: 0 },
      ],
    });
    expect(alerts.committee).toEqual({ milestones: { items: [], total: 0 }, decisions: { items: [], total: 0 }, checkpoints: { items: [], total: 0 } });
  });

  it("shows the committee overdue milestones, the decision pending and the quarters not rated", async () => {
    const alerts = await ok<ProjectAlerts>(t, fx.as.orgAdmin, "GET", "/api/secretary-projects/alerts");
    expect(alerts.committee.milestones).toMatchObject({ total: 1, items: [{ projectId: main.project.id, dueOn: "2026-06-30", state: "overdue" }] });
    expect(alerts.committee.decisions).toMatchObject({ total: 1, items: [{ projectId: submitted.project.id, kind: "proposal", versionNo: 1, year: 2025 }] });
    expect(alerts.committee.checkpoints).toMatchObject({ total: 2, items: [{ projectId: main.project.id, quarter: 1 }, { quarter: 2 }] });
    expect(alerts.secretary.milestones.total).toBe(0);
  });

  it("shows nothing of A to branch B, another committee or a member", async () => {
    const empty = { milestones: { items: [], total: 0 }, decisions: { items: [], total: 0 }, checkpoints: { items: [], total: 0 } };
    for (const session of [fx.as.officerB, fx.as.otherCommitteeAdmin, fx.as.memberA]) {
      const alerts = await ok<ProjectAlerts>(t, session, "GET", "/api/secretary-projects/alerts");
      expect(alerts).toEqual({ today: "2026-11-25", secretary: { milestones: { items: [], total: 0 } }, committee: empty });
    }
    expect((await t.app.inject({ method: "GET", url: "/api/secretary-projects/alerts" })).statusCode).toBe(401);
  });
});

describe("scope: branch B's officer and another committee reach nothing of A's project", () => {
  const calls = (): [string, string, object | undefined][] => [
    ["GET", `${url}/reports`, undefined],
    ["POST", `${url}/reports`, report({ milestoneId: null, completesMilestone: false, values: [] })],
    ["GET", `${url}/comments`, undefined],
    ["POST", `${url}/comments`, { body: "越权点评内容" }],
    ["GET", `${url}/checkpoints`, undefined],
    ["PUT", `${url}/checkpoints/1`, { rating: "on_track" }],
  ];

  it("answers 404 exactly as for a missing project, and changes nothing", async () => {
    for (const session of [fx.as.officerB, fx.as.otherCommitteeAdmin]) {
      for (const [method, path, body] of calls()) {
        const response = await request(t, session, method as "GET", path, body);
        expect({ path, method, status: response.statusCode }).toEqual({ path, method, status: 404 });
        expect(response.json().error.code).toBe("projects.not_found");
      }
    }
    const reports = await ok<ProgressReportPage>(t, fx.as.officerA, "GET", `${url}/reports`);
    expect(reports.total).toBe(2);
    expect((await ok<Page<CommentThread>>(t, fx.as.officerA, "GET", `${url}/comments`)).items.some((c) => c.body.includes("越权"))).toBe(false);
    expect((await ok<ProjectCheckpoints>(t, fx.as.officerA, "GET", `${url}/checkpoints`)).quarters[0]!.rating).toBeNull();
  });
});

describe("in December", () => {
  it("opens the fourth quarter's check point", async () => {
    t.clock.advanceMinutes(6 * 24 * 60); // 2026-12-01 16:00 in China; the sessions have lapsed
    const [orgAdmin, officerA] = [await signIn(t.app, fx.tree.users.orgAdmin.username), await signIn(t.app, fx.tree.users.officerA.username)];
    const rated = await ok<ProjectCheckpoints>(t, orgAdmin, "PUT", `${url}/checkpoints/4`, { rating: "off_track", comment: "年底前须完成长效机制建设" });
    expect(rated.quarters[3]).toMatchObject({ isOpen: true, rating: "off_track", suggestedRatingWhenRated: "off_track" });
    const alerts = await ok<ProjectAlerts>(t, officerA, "GET", "/api/secretary-projects/alerts");
    expect(alerts.secretary.milestones.items.map((m) => [m.dueOn, m.state, m.daysOverdue])).toEqual([
      ["2026-06-30", "overdue", 154],
      ["2026-11-30", "overdue", 1],
    ]);
  });
});
