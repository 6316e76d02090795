import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileSummary, Page } from "../../../shared/contracts/common.contract";
import type { NeedDetail, NeedListItem } from "../../../shared/contracts/member-needs.contract";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { auditLogTable } from "../audit/audit.table";
import { type NeedTree, buildNeedTree, ok, refused, request, uploadToNeed, validNeed } from "./member-needs.test-helpers";

/**
 * A need through the API from filing to its second closure (NEED-01…08): the member files, the branch
 * acknowledges and escalates, the committee resolves, the member rates "not satisfied" and reopens once,
 * a second reopening is refused. The clock stands at 2026-11-25 (a Wednesday, China time).
 */

let t: TestApp;
let fx: NeedTree;
beforeAll(async () => {
  t = await buildTestApp();
  fx = await buildNeedTree(t);
});
afterAll(() => t.close());

const url = (id: string, rest = "") => `/api/member-needs/${id}${rest}`;
const act = (id: string, body: object) => ["POST", url(id, "/actions"), body] as const;
const auditActions = async (id: string) =>
  (await t.system.db.select({ action: auditLogTable.action }).from(auditLogTable).where(eq(auditLogTable.entityId, id)).orderBy(auditLogTable.at)).map((r) => r.action);

describe("a need from filing to closure", () => {
  let need: NeedDetail;

  it("lets a member file for themself: the branch above their party group handles it, within 3 working days (NEED-01/02)", async () => {
    need = await ok<NeedDetail>(t, fx.as.member, "POST", "/api/member-needs", validNeed());
    expect(need).toMatchObject({
      org: { id: fx.tree.branchA.id, name: "甲村党支部" },
      handlingOrg: { id: fx.tree.branchA.id },
      member: { id: fx.members.member.id, name: "甲村诉求党员" },
      status: "submitted",
      isPrivate: false,
      acknowledgeDueOn: "2026-11-30",
      resolveDueOn: null,
      overdue: null,
      filedByName: fx.users.member.displayName,
      actions: ["withdraw"],
      canUpload: true,
      steps: [{ kind: "filed", actingOrgName: null, actedByName: fx.users.member.displayName }],
    });
    expect(await auditActions(need.id)).toEqual(["need.file"]);
  });

  it("names the field of every invalid input", async () => {
    const error = await refused(t, fx.as.member, "POST", "/api/member-needs", { ...validNeed(), title: "", category: "money" }, 400, "validation.failed");
    expect(error.details!.map((d) => d.field).sort()).toEqual(["category", "title"]);
    const short = await refused(t, fx.as.officerA, ...act(need.id, { action: "escalate", note: "太难" }), 400, "validation.failed");
    expect(short.details).toEqual([expect.objectContaining({ field: "note", message: expect.stringContaining("提交上级党委的理由") })]);
  });

  it("takes the member's files and serves them only through the need, never /api/files/:id", async () => {
    const upload = await uploadToNeed(t, fx.as.member, need.id);
    expect(upload.statusCode, upload.body).toBe(201);
    const file = upload.json() as FileSummary;
    const download = await request(t, fx.as.officerA, "GET", url(need.id, `/files/${file.id}`));
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    for (const session of [fx.as.officerA, fx.as.admin, fx.as.member]) await refused(t, session, "GET", `/api/files/${file.id}`, undefined, 404);
    await refused(t, fx.as.officerA, "GET", url(need.id, "/files/00000000-0000-4000-8000-000000000000"), undefined, 404);
  });

  it("shows the branch the need with what it may do, auditing the full view", async () => {
    const seen = await ok<NeedDetail>(t, fx.as.officerA, "GET", url(need.id));
    expect(seen).toMatchObject({ actions: ["acknowledge"], canUpload: true, files: [expect.objectContaining({ name: "病历复印件.pdf" })] });
    expect((await auditActions(need.id)).filter((a) => a === "need.view")).toHaveLength(1);
    const list = await ok<Page<NeedListItem>>(t, fx.as.officerA, "GET", "/api/member-needs?handledByMe=true");
    expect(list.items.map((i) => i.id)).toContain(need.id);
  });

  it("refuses the member the working side's steps and the branch the member's", async () => {
    await refused(t, fx.as.member, ...act(need.id, { action: "acknowledge", note: "已收到" }), 403);
    await refused(t, fx.as.officerA, ...act(need.id, { action: "withdraw", note: "" }), 422, "NEED-05");
    await refused(t, fx.as.officerA, ...act(need.id, { action: "resolve", note: "已经协调解决" }), 422, "NEED-05");
  });

  it("lets the branch acknowledge: resolution due in 30 days (NEED-03)", async () => {
    need = await ok<NeedDetail>(t, fx.as.officerA, ...act(need.id, { action: "acknowledge", note: "支部已受理，安排委员对接。" }));
    expect(need).toMatchObject({ status: "acknowledged", resolveDueOn: "2026-12-25", actions: ["progress", "escalate", "resolve"], canUpload: true });
    expect(need.acknowledgedAt).toBe("2026-11-25T08:00:00.000Z");
    need = await ok<NeedDetail>(t, fx.as.officerA, ...act(need.id, { action: "progress", note: "已联系村志愿服务队。" }));
    expect(need.steps.map((s) => s.kind)).toEqual(["filed", "acknowledged", "progress"]);
    expect(need.steps[1]).toMatchObject({ actingOrgName: "甲村党支部", note: "支部已受理，安排委员对接。" });
  });

  it("lets the branch escalate once to the committee, which works it in the same record (NEED-04)", async () => {
    await refused(t, fx.as.orgAdmin, ...act(need.id, { action: "escalate", note: "党委不能提交给自己" }), 422, "NEED-04");
    need = await ok<NeedDetail>(t, fx.as.officerA, ...act(need.id, { action: "escalate", note: "需协调县医院和交通部门，超出支部能力。" }));
    expect(need).toMatchObject({ status: "escalated", handlingOrg: { id: fx.tree.committee.id, name: "测试镇党委" }, resolveDueOn: "2026-12-25", actions: [] });
    expect(need.escalatedAt).not.toBeNull();
    await refused(t, fx.as.officerA, ...act(need.id, { action: "resolve", note: "支部不能再办结" }), 422, "NEED-05");
    const committee = await ok<NeedDetail>(t, fx.as.orgAdmin, "GET", url(need.id));
    expect(committee.actions).toEqual(["progress", "resolve"]);
    await refused(t, fx.as.orgAdmin, ...act(need.id, { action: "escalate", note: "再次提交上级" }), 422, "NEED-04");
  });

  it("lets the committee resolve, and the member rate it once, not satisfied with a reason (NEED-07)", async () => {
    need = await ok<NeedDetail>(t, fx.as.orgAdmin, ...act(need.id, { action: "resolve", note: "已协调镇卫生院每月上门复查。" }));
    expect(need).toMatchObject({ status: "resolved", resolution: "已协调镇卫生院每月上门复查。", actions: [] });
    await refused(t, fx.as.officerA, ...act(need.id, { action: "rate", rating: "satisfied" }), 422, "NEED-05");
    const why = await refused(t, fx.as.member, ...act(need.id, { action: "rate", rating: "not_satisfied" }), 422, "NEED-07");
    expect(why.details).toEqual([expect.objectContaining({ field: "note", rule: "NEED-07" })]);
    expect(why.message).toContain("NEED-07");
    need = await ok<NeedDetail>(t, fx.as.member, ...act(need.id, { action: "rate", rating: "not_satisfied", note: "上门复查只解决了一半，县医院检查仍无人接送。" }));
    expect(need).toMatchObject({ rating: "not_satisfied", actions: ["reopen"] });
    await refused(t, fx.as.member, ...act(need.id, { action: "rate", rating: "satisfied" }), 422, "NEED-07");
    await refused(t, fx.as.member, ...act(need.id, { action: "withdraw" }), 422, "NEED-05");
  });

  it("reopens once, back to the committee that resolved it, and refuses a second reopening (NEED-08)", async () => {
    need = await ok<NeedDetail>(t, fx.as.member, ...act(need.id, { action: "reopen", note: "县医院检查接送问题仍未解决。" }));
    expect(need).toMatchObject({ status: "reopened", handlingOrg: { id: fx.tree.committee.id }, reopenCount: 1, rating: null, resolvedAt: null, resolution: null, resolveDueOn: "2026-12-25" });
    need = await ok<NeedDetail>(t, fx.as.orgAdmin, ...act(need.id, { action: "resolve", note: "已安排志愿者每月接送到县医院。" }));
    need = await ok<NeedDetail>(t, fx.as.member, ...act(need.id, { action: "rate", rating: "not_satisfied", note: "仍不满意" }));
    expect(need.actions).toEqual([]);
    const second = await refused(t, fx.as.member, ...act(need.id, { action: "reopen", note: "再次申请重新办理。" }), 422, "NEED-08");
    expect(second.details).toEqual([expect.objectContaining({ field: "action", rule: "NEED-08" })]);
    expect(need.steps.map((s) => s.kind)).toEqual(["filed", "acknowledged", "progress", "escalated", "resolved", "rated", "reopened", "resolved", "rated"]);
    expect(need.steps.find((s) => s.kind === "rated")!.note).toBe("不满意：上门复查只解决了一半，县医院检查仍无人接送。");
    expect(await auditActions(need.id)).toEqual(
      expect.arrayContaining(["need.file", "need.acknowledge", "need.progress", "need.escalate", "need.resolve", "need.rate", "need.reopen"]),
    );
  });
});

describe("filing on a member's behalf and withdrawing (NEED-01, NEED-05)", () => {
  it("lets an officer file for an active member of their scope, and nobody for a member out of it", async () => {
    const filed = await ok<NeedDetail>(t, fx.as.officerA, "POST", "/api/member-needs", validNeed({ memberId: fx.members.other.id, category: "work", title: "希望参加电商技能培训" }));
    expect(filed).toMatchObject({ member: { id: fx.members.other.id }, org: { id: fx.tree.branchA.id }, steps: [{ kind: "filed", actingOrgName: "甲村党支部" }] });
    await refused(t, fx.as.officerB, "POST", "/api/member-needs", validNeed({ memberId: fx.members.other.id }), 404);
    await refused(t, fx.as.member, "POST", "/api/member-needs", validNeed({ memberId: fx.members.other.id }), 403);
    await refused(t, fx.as.officerA, "POST", "/api/member-needs", validNeed(), 422, "NEED-01");
  });

  it("lets the member withdraw an open need, after which nothing more happens", async () => {
    const filed = await ok<NeedDetail>(t, fx.as.member, "POST", "/api/member-needs", validNeed({ category: "suggestion", title: "建议支部活动安排在周末" }));
    const withdrawn = await ok<NeedDetail>(t, fx.as.member, ...act(filed.id, { action: "withdraw", note: "已与书记当面沟通" }));
    expect(withdrawn).toMatchObject({ status: "withdrawn", actions: [], canUpload: false });
    expect(withdrawn.withdrawnAt).not.toBeNull();
    await refused(t, fx.as.officerA, ...act(filed.id, { action: "acknowledge", note: "受理" }), 422, "NEED-05");
    expect((await uploadToNeed(t, fx.as.member, filed.id)).statusCode).toBe(422);
  });

  it("shows a member their own needs only, and keeps other branches and committees out (404)", async () => {
    const mine = await ok<Page<NeedListItem>>(t, fx.as.member, "GET", "/api/member-needs");
    expect(mine.items.every((i) => i.member.id === fx.members.member.id)).toBe(true);
    expect(mine.total).toBe(2);
    const [first] = mine.items;
    expect((await ok<Page<NeedListItem>>(t, fx.as.officerB, "GET", "/api/member-needs")).total).toBe(0);
    for (const session of [fx.as.officerB, fx.as.otherCommitteeAdmin, fx.as.memberA]) await refused(t, session, "GET", url(first!.id), undefined, 404, "needs.not_found");
    await refused(t, fx.as.member, "GET", "/api/member-needs/alerts", undefined, 403);
  });
});
