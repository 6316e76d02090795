import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEntry } from "../../../shared/contracts/audit.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import type { ProjectDetail, ProjectListItem, ProposalOptions } from "../../../shared/contracts/secretary-projects.contract";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { type ProjectTree, buildProjectTree, insertApprovedProject, ok, refused, request, validContent } from "./secretary-projects.test-helpers";

let t: TestApp;
let fx: ProjectTree;
beforeAll(async () => {
  t = await buildTestApp();
  fx = await buildProjectTree(t);
});
afterAll(() => t.close());

const BASE = "/api/secretary-projects";
const create = (orgId: string, year: number, overrides = {}) => ({ ...validContent(year), orgId, year, ...overrides });
const contentOf = (d: ProjectDetail) => ({
  title: d.title,
  category: d.category,
  problem: d.problem,
  resources: d.resources,
  indicators: d.indicators.map(({ id, name, unit, baseline, target }) => ({ id, name, unit, baseline, target })),
  milestones: d.milestones.map(({ id, title, dueOn, ownerName }) => ({ id, title, dueOn, ownerName })),
});
/** The committee's subtree (a fresh tree: other tests' projects never show). */
const list = (session = fx.as.orgAdmin, query = "") => ok<Page<ProjectListItem>>(t, session, "GET", `${BASE}?pageSize=200&orgId=${fx.tree.committee.id}${query}`);
const ids = (page: Page<ProjectListItem>) => page.items.map((i) => i.id);
const auditOf = async (entityId: string) =>
  (await ok<Page<AuditEntry>>(t, fx.as.admin, "GET", `/api/audit?entityId=${entityId}&pageSize=100`)).items.map((e) => e.action).reverse();

describe("a branch's project from proposal to approval, with a change approved again", () => {
  let url: string;
  let detail: ProjectDetail;

  it("offers branch A's officer their own organization, its secretary and the open years", async () => {
    const options = await ok<ProposalOptions>(t, fx.as.officerA, "GET", `${BASE}/options`);
    expect(options).toEqual({
      orgId: fx.tree.branchA.id,
      orgName: "甲村党支部",
      secretaryMemberId: fx.members.secretaryA.id,
      secretaryName: "甲村书记",
      years: [2025, 2026, 2027],
      takenYears: [],
    });
    const member = await ok<ProposalOptions>(t, fx.as.memberA, "GET", `${BASE}/options`);
    expect(member).toMatchObject({ orgId: null, secretaryMemberId: null });
  });

  it("creates a draft led by the branch's secretary, reviewed by the committee above", async () => {
    const response = await request(t, fx.as.officerA, "POST", BASE, create(fx.tree.branchA.id, 2027));
    expect(response.statusCode, response.body).toBe(201);
    detail = response.json();
    url = `${BASE}/${detail.id}`;
    expect(detail).toMatchObject({
      status: "draft",
      year: 2027,
      orgName: "甲村党支部",
      secretaryName: "甲村书记",
      reviewingOrgId: fx.tree.committee.id,
      reviewingOrgName: "测试镇党委",
      approvedVersionNo: 0,
      sides: ["secretary"],
      actions: ["submit", "withdraw"],
      work: ["editContent"],
      versions: [],
      milestoneCount: 3,
    });
    expect(detail.indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.progress])).toEqual([
      ["党员志愿服务参与率", 40, 80, "%", 0],
      ["群众投诉件数", 30, 10, "件", 0],
    ]);
    expect(detail.milestones.map((m) => m.state)).toEqual(["pending", "pending", "pending"]);
    expect((await ok<ProposalOptions>(t, fx.as.officerA, "GET", `${BASE}/options`)).takenYears).toEqual([2027]);
  });

  it("keeps the draft with its own organization: the committee, a member and branch B see nothing", async () => {
    for (const session of [fx.as.orgAdmin, fx.as.memberA, fx.as.voterA1, fx.as.officerB, fx.as.otherCommitteeAdmin]) {
      const response = await request(t, session, "GET", url);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain(detail.title);
    }
    expect(ids(await list(fx.as.orgAdmin))).not.toContain(detail.id);
    expect(ids(await ok<Page<ProjectListItem>>(t, fx.as.memberA, "GET", BASE))).not.toContain(detail.id);
    expect(ids(await ok<Page<ProjectListItem>>(t, fx.as.officerA, "GET", BASE))).toContain(detail.id);
  });

  it("refuses a second project of the same organization and year (PROJ-01, 409)", async () => {
    const error = await refused(t, fx.as.officerA, "POST", BASE, create(fx.tree.branchA.id, 2027), 409, "projects.exists");
    expect(error.details).toEqual([expect.objectContaining({ field: "year", rule: "PROJ-01" })]);
  });

  it("refuses a proposal for another organization or a year out of range (PROJ-02)", async () => {
    // The committee reaches branch A, but proposes only for itself.
    const other = await refused(t, fx.as.orgAdmin, "POST", BASE, create(fx.tree.branchA.id, 2027), 422, "PROJ-02");
    expect(other.details).toEqual([expect.objectContaining({ field: "orgId", rule: "PROJ-02" })]);
    expect(other.message).toContain("只能为本组织");
    // Branch B lies outside branch A's scope altogether: 404 like a missing organization.
    await refused(t, fx.as.officerA, "POST", BASE, create(fx.tree.branchB.id, 2027), 404);
    const year = await refused(t, fx.as.officerA, "POST", BASE, create(fx.tree.branchA.id, 2029), 422, "PROJ-02");
    expect(year.details).toEqual([expect.objectContaining({ field: "year", rule: "PROJ-02" })]);
    expect(year.message).toContain("2025—2027");
    const secretary = await refused(t, fx.as.officerA, "POST", BASE, create(fx.tree.branchA.id, 2026, { secretaryMemberId: fx.members.secretaryB.id }), 422, "PROJ-02");
    expect(secretary.details).toEqual([expect.objectContaining({ field: "secretaryMemberId" })]);
    // A member proposes nothing (the wrong role).
    await refused(t, fx.as.memberA, "POST", BASE, create(fx.tree.branchA.id, 2026), 403);
  });

  it("refuses goals that cannot be measured (PROJ-04)", async () => {
    const content = validContent(2026);
    const noUnit = await refused(t, fx.as.officerA, "POST", BASE, create(fx.tree.branchA.id, 2026, { indicators: [{ ...content.indicators[0]!, unit: " " }] }), 422, "PROJ-04");
    expect(noUnit.details).toEqual([expect.objectContaining({ field: "indicators.0.unit", rule: "PROJ-04" })]);
    expect(noUnit.message).toContain("未填写计量单位");
    const flat = await refused(t, fx.as.officerA, "POST", BASE, create(fx.tree.branchA.id, 2026, { indicators: [{ ...content.indicators[0]!, target: 40 }] }), 422, "PROJ-04");
    expect(flat.details).toEqual([expect.objectContaining({ field: "indicators.0.target" })]);
    const none = await refused(t, fx.as.officerA, "POST", BASE, create(fx.tree.branchA.id, 2026, { indicators: [] }), 422, "PROJ-04");
    expect(none.details).toEqual([expect.objectContaining({ field: "indicators" })]);
  });

  it("refuses a milestone after the year's end or without an owner (PROJ-05)", async () => {
    const content = validContent(2026);
    const late = await refused(
      t,
      fx.as.officerA,
      "POST",
      BASE,
      create(fx.tree.branchA.id, 2026, { milestones: [content.milestones[0]!, { ...content.milestones[1]!, dueOn: "2027-01-15" }] }),
      422,
      "PROJ-05",
    );
    expect(late.details).toEqual([expect.objectContaining({ field: "milestones.1.dueOn", rule: "PROJ-05" })]);
    expect(late.message).toContain("晚于项目年度末（2026-12-31）");
    const noOwner = await refused(t, fx.as.officerA, "POST", BASE, create(fx.tree.branchA.id, 2026, { milestones: [{ ...content.milestones[0]!, ownerName: "" }] }), 422, "PROJ-05");
    expect(noOwner.details).toEqual([expect.objectContaining({ field: "milestones.0.ownerName" })]);
  });

  it("lets the branch rewrite its draft: rows kept by id, a dropped milestone removed", async () => {
    const content = contentOf(detail);
    const updated = await ok<ProjectDetail>(t, fx.as.officerA, "PUT", url, {
      ...content,
      title: "党建引领人居环境整治",
      milestones: [content.milestones[0], { ...content.milestones[2], dueOn: "2027-10-31" }],
    });
    expect(updated.title).toBe("党建引领人居环境整治");
    expect(updated.milestones.map((m) => [m.id, m.dueOn])).toEqual([
      [detail.milestones[0]!.id, "2027-03-31"],
      [detail.milestones[2]!.id, "2027-10-31"],
    ]);
    const foreign = await refused(t, fx.as.officerA, "PUT", url, { ...contentOf(updated), indicators: [{ ...content.indicators[0], id: fx.tree.branchB.id }] }, 422, "PROJ-04");
    expect(foreign.details).toEqual([expect.objectContaining({ field: "indicators.0.id" })]);
    detail = updated;
  });

  it("submits the proposal: a pending version the committee now sees and is asked to decide", async () => {
    detail = await ok(t, fx.as.officerA, "POST", `${url}/transitions`, { action: "submit" });
    expect(detail).toMatchObject({ status: "submitted", actions: ["withdraw"], work: [] });
    expect(detail.versions).toEqual([expect.objectContaining({ no: 1, kind: "proposal", status: "pending", submittedByName: expect.any(String), decidedAt: null })]);
    expect(detail.versions[0]!.content.title).toBe("党建引领人居环境整治");
    const seen = await ok<ProjectDetail>(t, fx.as.orgAdmin, "GET", url);
    expect(seen).toMatchObject({ sides: ["committee"], actions: ["approve", "return", "reject"] });
    expect(ids(await list(fx.as.orgAdmin, "&awaitingMe=true"))).toContain(detail.id);
    expect(ids(await ok<Page<ProjectListItem>>(t, fx.as.officerA, "GET", `${BASE}?awaitingMe=true`))).toEqual([]);
    // Submitted content is frozen (PROJ-06); a member still sees nothing before approval.
    await refused(t, fx.as.officerA, "PUT", url, contentOf(detail), 422, "PROJ-06");
    await refused(t, fx.as.memberA, "GET", url, undefined, 404);
  });

  it("lets only the reviewing committee decide (PROJ-03); others are told so or see nothing", async () => {
    const own = await refused(t, fx.as.officerA, "POST", `${url}/transitions`, { action: "approve" }, 422, "PROJ-03");
    expect(own.message).toContain("申报组织不能自行办理");
    for (const session of [fx.as.officerB, fx.as.otherCommitteeAdmin]) await refused(t, session, "POST", `${url}/transitions`, { action: "approve" }, 404);
    // The year-end steps have their own endpoints.
    await refused(t, fx.as.orgAdmin, "POST", `${url}/transitions`, { action: "evaluate" }, 422, "PROJ-06");
  });

  it("returns it with comments (required), the branch revises and submits again", async () => {
    const silent = await refused(t, fx.as.orgAdmin, "POST", `${url}/transitions`, { action: "return" }, 422, "PROJ-03");
    expect(silent.details).toEqual([expect.objectContaining({ field: "comment" })]);
    detail = await ok(t, fx.as.orgAdmin, "POST", `${url}/transitions`, { action: "return", comment: "请补充群众满意度指标" });
    expect(detail.status).toBe("returned");
    expect(detail.versions[0]).toMatchObject({ status: "returned", decisionComment: "请补充群众满意度指标", decidedByName: expect.any(String) });
    const content = contentOf(detail);
    detail = await ok(t, fx.as.officerA, "PUT", url, { ...content, indicators: [...content.indicators, { name: "群众满意度", unit: "%", baseline: 70, target: 90 }] });
    detail = await ok(t, fx.as.officerA, "POST", `${url}/transitions`, { action: "submit" });
    expect(detail.versions.map((v) => [v.no, v.status])).toEqual([
      [1, "returned"],
      [2, "pending"],
    ]);
    expect(detail.versions[1]!.content.indicators).toHaveLength(3);
  });

  it("approves it (立项): version 2 in force, published to the members of the branch and its group", async () => {
    detail = await ok(t, fx.as.orgAdmin, "POST", `${url}/transitions`, { action: "approve", comment: "同意立项" });
    expect(detail).toMatchObject({ status: "approved", approvedVersionNo: 2, approvedOn: "2026-11-25", sides: ["committee"], actions: [] });
    expect(detail.work).toEqual(expect.arrayContaining(["guidance", "checkpoint"]));
    expect(detail.versions[1]).toMatchObject({ status: "approved", decisionComment: "同意立项" });
    for (const session of [fx.as.memberA, fx.as.voterA1]) {
      const seen = await ok<ProjectDetail>(t, session, "GET", url);
      expect(seen).toMatchObject({ status: "approved", sides: [], actions: [], work: [] });
      // Members see the versions in force, not the returned one and its comments.
      expect(seen.versions.map((v) => v.no)).toEqual([2]);
    }
    for (const session of [fx.as.officerB, fx.as.otherCommitteeAdmin]) await refused(t, session, "GET", url, undefined, 404);
    const again = await refused(t, fx.as.orgAdmin, "POST", `${url}/transitions`, { action: "approve" }, 422, "PROJ-06");
    expect(again.message).toContain("已立项");
    expect((await ok<ProjectDetail>(t, fx.as.officerA, "GET", url)).work).toEqual(["proposeChange", "progressReport", "reply"]);
  });

  it("refuses a change that changes nothing, or puts a milestone after the year's end (PROJ-07, PROJ-05)", async () => {
    const content = contentOf(detail);
    await refused(t, fx.as.officerA, "POST", `${url}/changes`, { ...content, reason: "没有实质变化的变更" }, 422, "PROJ-07");
    const late = await refused(
      t,
      fx.as.officerA,
      "POST",
      `${url}/changes`,
      { ...content, milestones: [...content.milestones, { title: "次年总结", dueOn: "2028-01-10", ownerName: "甲村书记" }], reason: "增加总结节点" },
      422,
      "PROJ-05",
    );
    expect(late.details).toEqual([expect.objectContaining({ field: "milestones.2.dueOn" })]);
    await refused(t, fx.as.orgAdmin, "POST", `${url}/changes`, { ...content, title: "党委代为变更", reason: "党委代为变更" }, 422, "PROJ-02");
  });

  it("submits a change with its reason; a second one waits until it is decided (PROJ-07)", async () => {
    const content = contentOf(detail);
    detail = await ok(t, fx.as.officerA, "POST", `${url}/changes`, {
      ...content,
      indicators: [{ ...content.indicators[0]!, target: 90 }, content.indicators[2]],
      milestones: [...content.milestones, { title: "开展“最美庭院”评选", dueOn: "2027-08-31", ownerName: "妇女委员" }],
      reason: "投诉件数改由综治中心统计，增加评选活动",
    });
    expect(detail).toMatchObject({ status: "approved", approvedVersionNo: 2, hasPendingChange: true });
    expect(detail.versions[2]).toMatchObject({ no: 3, kind: "change", status: "pending", reason: "投诉件数改由综治中心统计，增加评选活动" });
    // Until it is decided, the content in force stays.
    expect(detail.indicators.map((i) => i.target)).toEqual([80, 10, 90]);
    expect(detail.work).not.toContain("proposeChange");
    const second = await refused(t, fx.as.officerA, "POST", `${url}/changes`, { ...content, title: "又一次变更", reason: "再次申请变更" }, 422, "PROJ-07");
    expect(second.message).toContain("尚待上级党委审批");
    expect((await ok<ProjectDetail>(t, fx.as.orgAdmin, "GET", url)).work).toContain("decideChange");
    expect(ids(await list(fx.as.orgAdmin, "&awaitingMe=true"))).toContain(detail.id);
  });

  it("has the committee decide the change: the branch cannot, B sees nothing; approval applies it as version 3", async () => {
    const change = detail.versions[2]!;
    const decision = `${url}/changes/${change.id}/decision`;
    await refused(t, fx.as.officerA, "POST", decision, { decision: "approved" }, 422, "PROJ-03");
    await refused(t, fx.as.officerB, "POST", decision, { decision: "approved" }, 404);
    await refused(t, fx.as.orgAdmin, "POST", `${url}/changes/${detail.versions[1]!.id}/decision`, { decision: "approved" }, 404, "projects.version_not_found");
    const kept = detail.indicators[0]!.id;
    detail = await ok(t, fx.as.orgAdmin, "POST", decision, { decision: "approved", comment: "同意变更" });
    expect(detail).toMatchObject({ approvedVersionNo: 3, hasPendingChange: false, approvedOn: "2026-11-25" });
    expect(detail.indicators.map((i) => [i.name, i.target])).toEqual([
      ["党员志愿服务参与率", 90],
      ["群众满意度", 90],
    ]);
    expect(detail.indicators[0]!.id).toBe(kept);
    expect(detail.milestones.map((m) => m.title)).toContain("开展“最美庭院”评选");
    expect(detail.versions.map((v) => [v.no, v.kind, v.status])).toEqual([
      [1, "proposal", "returned"],
      [2, "proposal", "approved"],
      [3, "change", "approved"],
    ]);
    await refused(t, fx.as.orgAdmin, "POST", decision, { decision: "rejected", comment: "重复审批" }, 422, "PROJ-07");
  });

  it("returns a later change with its comment, leaving the content in force", async () => {
    const content = contentOf(detail);
    detail = await ok(t, fx.as.officerA, "POST", `${url}/changes`, { ...content, title: "改个名字", reason: "项目名称更贴切" });
    const change = detail.versions.at(-1)!;
    await refused(t, fx.as.orgAdmin, "POST", `${url}/changes/${change.id}/decision`, { decision: "returned" }, 422, "PROJ-03");
    detail = await ok(t, fx.as.orgAdmin, "POST", `${url}/changes/${change.id}/decision`, { decision: "returned", comment: "名称不宜频繁变动" });
    expect(detail).toMatchObject({ title: "党建引领人居环境整治", approvedVersionNo: 3, hasPendingChange: false });
    expect(detail.versions.at(-1)).toMatchObject({ no: 4, status: "returned", decisionComment: "名称不宜频繁变动" });
  });

  it("audits every step in the same order", async () => {
    expect(await auditOf(detail.id)).toEqual(["project.create", "project.update", "project.submit", "project.return", "project.update", "project.submit", "project.approve"]);
    const changes = await Promise.all(detail.versions.filter((v) => v.kind === "change").map((v) => auditOf(v.id)));
    expect(changes).toEqual([
      ["project.change_propose", "project.change_decide"],
      ["project.change_propose", "project.change_decide"],
    ]);
  });
});

describe("withdrawal, rejection and the top committee's own project", () => {
  it("lets branch B withdraw a submitted proposal: it leaves the committee's sight and the year is free again", async () => {
    const created = await ok<ProjectDetail>(t, fx.as.officerB, "POST", BASE, create(fx.tree.branchB.id, 2025));
    const url = `${BASE}/${created.id}`;
    await ok(t, fx.as.officerB, "POST", `${url}/transitions`, { action: "submit" });
    const withdrawn = await ok<ProjectDetail>(t, fx.as.officerB, "POST", `${url}/transitions`, { action: "withdraw" });
    expect(withdrawn).toMatchObject({ status: "withdrawn", actions: [] });
    expect(withdrawn.versions).toEqual([expect.objectContaining({ status: "withdrawn", decidedAt: null })]);
    await refused(t, fx.as.orgAdmin, "GET", url, undefined, 404);
    await refused(t, fx.as.officerB, "POST", `${url}/transitions`, { action: "submit" }, 422, "PROJ-06");
    await ok(t, fx.as.officerB, "POST", BASE, create(fx.tree.branchB.id, 2025));
  });

  it("lets the committee reject a proposal with its reason; the organization may propose anew", async () => {
    const created = await ok<ProjectDetail>(t, fx.as.officerB, "POST", BASE, create(fx.tree.branchB.id, 2027));
    const url = `${BASE}/${created.id}`;
    await ok(t, fx.as.officerB, "POST", `${url}/transitions`, { action: "submit" });
    await refused(t, fx.as.orgAdmin, "POST", `${url}/transitions`, { action: "reject", comment: "  " }, 422, "PROJ-03");
    const rejected = await ok<ProjectDetail>(t, fx.as.orgAdmin, "POST", `${url}/transitions`, { action: "reject", comment: "与去年项目重复" });
    expect(rejected).toMatchObject({ status: "rejected", actions: [] });
    expect(rejected.versions[0]).toMatchObject({ status: "rejected", decisionComment: "与去年项目重复" });
    expect((await ok<ProjectDetail>(t, fx.as.officerB, "GET", url)).status).toBe("rejected");
    await ok(t, fx.as.officerB, "POST", BASE, create(fx.tree.branchB.id, 2027));
  });

  it("has the administrators review the top committee's own project; the committee cannot approve its own (PROJ-03)", async () => {
    const created = await ok<ProjectDetail>(t, fx.as.orgAdmin, "POST", BASE, create(fx.tree.committee.id, 2026));
    expect(created).toMatchObject({ secretaryName: "镇党委书记", reviewingOrgId: null, reviewingOrgName: null, sides: ["secretary"] });
    const url = `${BASE}/${created.id}`;
    await ok(t, fx.as.orgAdmin, "POST", `${url}/transitions`, { action: "submit" });
    await refused(t, fx.as.orgAdmin, "POST", `${url}/transitions`, { action: "approve" }, 422, "PROJ-03");
    expect(ids(await list(fx.as.admin, "&awaitingMe=true"))).toContain(created.id);
    const approved = await ok<ProjectDetail>(t, fx.as.admin, "POST", `${url}/transitions`, { action: "approve" });
    expect(approved).toMatchObject({ status: "approved", approvedVersionNo: 1, sides: ["committee"] });
    // Branch officers below see the committee's approved project; the other committee does not.
    expect((await ok<ProjectDetail>(t, fx.as.memberA, "GET", url)).title).toBe(created.title);
    await refused(t, fx.as.otherCommitteeAdmin, "GET", url, undefined, 404);
  });
});

describe("the list", () => {
  let overdue: string;
  beforeAll(async () => {
    const inserted = await insertApprovedProject(t, {
      orgId: fx.tree.branchB.id,
      reviewingOrgId: fx.tree.committee.id,
      secretaryMemberId: fx.members.secretaryB.id,
      year: 2026,
      content: validContent(2026, { title: "乙社区党群服务提质", category: "serving_masses" }),
    });
    overdue = inserted.project.id;
  });

  it("shows the committee its subtree's submitted projects with milestones, overdue counts and filters", async () => {
    const page = await list(fx.as.orgAdmin, "&year=2026");
    const item = page.items.find((i) => i.id === overdue)!;
    expect(item).toMatchObject({
      orgName: "乙社区党支部",
      secretaryName: "乙社区书记",
      reviewingOrgName: "测试镇党委",
      status: "approved",
      category: "serving_masses",
      milestoneCount: 3,
      milestonesDone: 0,
      // 2026-03-31 and 2026-06-30 are past on 2026-11-25; 2026-11-30 is not yet due (PROJ-09).
      overdueMilestones: 2,
      latestRating: null,
      hasPendingChange: false,
    });
    // The committee's own 2026 project is overdue too; branch A's 2027 one is not due yet.
    const overdueIds = ids(await list(fx.as.orgAdmin, "&overdue=true"));
    expect(overdueIds).toContain(overdue);
    expect(overdueIds.every((id) => !ids(page).includes(id) || page.items.find((i) => i.id === id)!.overdueMilestones > 0)).toBe(true);
    expect((await list(fx.as.orgAdmin, "&year=2027&overdue=true")).items).toEqual([]);
    expect(ids(await list(fx.as.orgAdmin, "&overdue=false"))).not.toContain(overdue);
    expect(ids(await list(fx.as.orgAdmin, "&category=serving_masses"))).toEqual([overdue]);
    expect(ids(await list(fx.as.orgAdmin, "&status=approved&year=2026"))).toContain(overdue);
    expect(ids(await list(fx.as.orgAdmin, "&status=rejected"))).not.toContain(overdue);
    expect(ids(await list(fx.as.orgAdmin, `&q=${encodeURIComponent("党群服务")}`))).toEqual([overdue]);
    const underA = await ok<Page<ProjectListItem>>(t, fx.as.orgAdmin, "GET", `${BASE}?orgId=${fx.tree.branchA.id}&pageSize=200`);
    expect(underA.items.every((i) => i.orgId === fx.tree.branchA.id)).toBe(true);
  });

  it("pages: each page holds pageSize items of the same total", async () => {
    const all = await list(fx.as.orgAdmin);
    expect(all.total).toBe(4);
    const first = await ok<Page<ProjectListItem>>(t, fx.as.orgAdmin, "GET", `${BASE}?orgId=${fx.tree.committee.id}&pageSize=2&page=1`);
    const second = await ok<Page<ProjectListItem>>(t, fx.as.orgAdmin, "GET", `${BASE}?orgId=${fx.tree.committee.id}&pageSize=2&page=2`);
    expect({ total: first.total, sizes: [first.items.length, second.items.length] }).toEqual({ total: all.total, sizes: [2, 2] });
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
    await refused(t, fx.as.orgAdmin, "GET", `${BASE}?pageSize=500`, undefined, 400, "validation.failed");
  });

  it("keeps every list to the caller's scope: B's officer never sees A's, the other committee sees none", async () => {
    const b = await ok<Page<ProjectListItem>>(t, fx.as.officerB, "GET", `${BASE}?pageSize=200`);
    expect(b.items.every((i) => i.orgId === fx.tree.branchB.id)).toBe(true);
    expect(ids(b)).toContain(overdue);
    const other = await ok<Page<ProjectListItem>>(t, fx.as.otherCommitteeAdmin, "GET", `${BASE}?pageSize=200`);
    expect(other.items.filter((i) => [fx.tree.branchA.id, fx.tree.branchB.id, fx.tree.committee.id].includes(i.orgId))).toEqual([]);
    await refused(t, fx.as.otherCommitteeAdmin, "GET", `${BASE}?orgId=${fx.tree.committee.id}`, undefined, 404);
    const member = await ok<Page<ProjectListItem>>(t, fx.as.memberA, "GET", `${BASE}?pageSize=200`);
    expect(member.items.every((i) => ["approved", "reported", "evaluated", "published"].includes(i.status))).toBe(true);
    expect(member.items.map((i) => i.orgId)).not.toContain(fx.tree.branchB.id);
  });
});
