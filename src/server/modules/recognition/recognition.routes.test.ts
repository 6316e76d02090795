import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEntry } from "../../../shared/contracts/audit.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import type { HonourPage, NominationDetail, NominationListItem } from "../../../shared/contracts/recognition.contract";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { DEEDS, type RecognitionTree, advanceDays, buildRecognitionTree, ok, refused, request } from "./recognition.test-helpers";

// The test clock starts on 2026-11-25 (China); publicity lasts the default 5 days: 11-25 … 11-29.
let t: TestApp;
let fx: RecognitionTree;
beforeAll(async () => {
  t = await buildTestApp();
  fx = await buildRecognitionTree(t);
});
afterAll(() => t.close());

const BASE = "/api/recognition/nominations";
const nominate = (memberId: string, honour = "excellent_member") => ({ year: 2026, honour, memberId, deeds: DEEDS });
const act = (id: string) => `${BASE}/${id}/actions`;
const honoursOf = (query: string, session = fx.as.officerA) => ok<HonourPage>(t, session, "GET", `/api/recognition/honours?pageSize=200&${query}`);
const auditOf = async (entityId: string) =>
  (await ok<Page<AuditEntry>>(t, fx.as.admin, "GET", `/api/audit?entityId=${entityId}&pageSize=100`)).items.map((e) => e.action).reverse();

describe("a branch's nomination from submission to a published honour", () => {
  let star: NominationDetail;
  let worker: NominationDetail;

  it("lets branch A's officer nominate a full member of the branch, reviewed by the committee above", async () => {
    const response = await request(t, fx.as.officerA, "POST", BASE, nominate(fx.members.starA.id));
    expect(response.statusCode, response.body).toBe(201);
    star = response.json();
    expect(star).toMatchObject({
      status: "submitted",
      year: 2026,
      honour: "excellent_member",
      orgId: fx.tree.branchA.id,
      reviewingOrgId: fx.tree.committee.id,
      reviewingOrgName: "测试镇党委",
      nomineeName: "甲村先进",
      nomineeOrgName: "甲村党支部",
      publicity: null,
      sides: ["nominator"],
      actions: ["withdraw"],
    });
    worker = await ok(t, fx.as.officerA, "POST", BASE, nominate(fx.members.groupA.id, "excellent_party_worker"));
  });

  it("refuses a second nomination, a probationary member, a member of another branch and a member's own", async () => {
    const twice = await refused(t, fx.as.officerA, "POST", BASE, nominate(fx.members.starA.id), 422, "HON-04");
    expect(twice.details).toEqual([expect.objectContaining({ field: "memberId", rule: "HON-04" })]);
    const probationary = await refused(t, fx.as.officerA, "POST", BASE, nominate(fx.members.probationaryA.id), 422, "HON-03");
    expect(probationary.message).toContain("预备党员");
    await refused(t, fx.as.officerA, "POST", BASE, nominate(fx.members.memberB.id), 404);
    await refused(t, fx.as.officerA, "POST", BASE, { year: 2026, honour: "advanced_org", nomineeOrgId: fx.tree.groupA1.id, deeds: DEEDS }, 422, "HON-03");
    await refused(t, fx.as.officerA, "POST", BASE, { ...nominate(fx.members.workerA.id), year: 2024 }, 422, "HON-05");
    await refused(t, fx.as.starA, "POST", BASE, nominate(fx.members.workerA.id), 403);
  });

  it("keeps it from branch B, the other committee and, before publicity, the branch's members", async () => {
    for (const session of [fx.as.officerB, fx.as.otherCommitteeAdmin, fx.as.starA]) {
      await refused(t, session, "GET", `${BASE}/${star.id}`, undefined, 404);
      const page = await ok<Page<NominationListItem>>(t, session, "GET", `${BASE}?pageSize=200`);
      expect(page.items.map((i) => i.id)).not.toContain(star.id);
    }
  });

  it("leaves the review to the committee: the branch is refused, the committee sees it awaiting it", async () => {
    await refused(t, fx.as.officerA, "POST", act(star.id), { action: "shortlist" }, 403);
    const detail = await ok<NominationDetail>(t, fx.as.orgAdmin, "GET", `${BASE}/${star.id}`);
    expect(detail).toMatchObject({ sides: ["committee"], actions: ["shortlist", "reject"] });
    const awaiting = await ok<Page<NominationListItem>>(t, fx.as.orgAdmin, "GET", `${BASE}?awaitingMe=true&pageSize=200`);
    expect(awaiting.items.map((i) => i.id)).toEqual(expect.arrayContaining([star.id, worker.id]));
  });

  it("shortlists both for publicity over the configured days, counted from today", async () => {
    star = await ok(t, fx.as.orgAdmin, "POST", act(star.id), { action: "shortlist", note: "符合条件" });
    expect(star).toMatchObject({ status: "in_publicity", reviewNote: "符合条件", actions: [], work: ["objection_record", "objection_find"] });
    expect(star.publicity).toEqual({ startsOn: "2026-11-25", endsOn: "2026-11-29", phase: "open", daysLeft: 5, decidableFrom: "2026-11-30" });
    worker = await ok(t, fx.as.orgAdmin, "POST", act(worker.id), { action: "shortlist" });
  });

  it("shows the publicity to the branch's members, without the objections", async () => {
    const page = await ok<Page<NominationListItem>>(t, fx.as.starA, "GET", `${BASE}?pageSize=200`);
    expect(page.items.map((i) => i.id)).toEqual(expect.arrayContaining([star.id, worker.id]));
    const seen = await ok<NominationDetail>(t, fx.as.starA, "GET", `${BASE}/${star.id}`);
    expect(seen).toMatchObject({ objections: [], sides: [], actions: [], work: [] });
    await refused(t, fx.as.starA, "POST", act(star.id), { action: "withdraw" }, 403);
    await refused(t, fx.as.starA, "POST", act(star.id), { action: "decide", decision: "awarded" }, 403);
  });

  it("records objections received during publicity, and refuses one from before it", async () => {
    const objection = { receivedOn: "2026-11-25", content: "反映该同志曾在村务工作中有不当行为" };
    const response = await request(t, fx.as.orgAdmin, "POST", `${BASE}/${star.id}/objections`, objection);
    expect(response.statusCode, response.body).toBe(201);
    star = response.json();
    expect(star).toMatchObject({ objectionCount: 1, openObjectionCount: 1 });
    expect(star.objections).toEqual([expect.objectContaining({ receivedOn: "2026-11-25", finding: null })]);
    await refused(t, fx.as.orgAdmin, "POST", `${BASE}/${star.id}/objections`, { ...objection, receivedOn: "2026-11-24" }, 422, "HON-08");
    await refused(t, fx.as.officerA, "POST", `${BASE}/${star.id}/objections`, objection, 403);
    await refused(t, fx.as.starA, "POST", `${BASE}/${star.id}/objections`, objection, 403);
    worker = await ok(t, fx.as.orgAdmin, "POST", `${BASE}/${worker.id}/objections`, { receivedOn: "2026-11-25", content: "反映该同志有违反廉洁纪律的问题" });
  });

  it("refuses the decision during publicity with HON-10", async () => {
    const error = await refused(t, fx.as.orgAdmin, "POST", act(star.id), { action: "decide", decision: "awarded" }, 422, "HON-10");
    expect(error.message).toContain("2026-11-30 起");
  });

  it("records the findings once: one dismissed, one upheld", async () => {
    await advanceDays(t, fx, 2);
    const [objection] = star.objections;
    const url = `${BASE}/${star.id}/objections/${objection!.id}/finding`;
    star = await ok(t, fx.as.orgAdmin, "POST", url, { finding: "dismissed", note: "经向村委会核实，反映情况不属实" });
    expect(star.objections[0]).toMatchObject({ finding: "dismissed", findingNote: "经向村委会核实，反映情况不属实" });
    expect(star.openObjectionCount).toBe(0);
    await refused(t, fx.as.orgAdmin, "POST", url, { finding: "upheld", note: "再次核实的结论" }, 422, "HON-09");
    await refused(t, fx.as.orgAdmin, "POST", `${BASE}/${star.id}/objections/${worker.objections[0]!.id}/finding`, { finding: "upheld", note: "换一条推荐的反映" }, 404);
    worker = await ok(t, fx.as.orgAdmin, "POST", `${BASE}/${worker.id}/objections/${worker.objections[0]!.id}/finding`, { finding: "upheld", note: "经纪委核实，反映属实" });
  });

  it("decides after publicity: the award, and no award where an objection was upheld", async () => {
    await advanceDays(t, fx, 3);
    expect((await ok<NominationDetail>(t, fx.as.orgAdmin, "GET", `${BASE}/${star.id}`)).actions).toEqual(["decide"]);
    star = await ok(t, fx.as.orgAdmin, "POST", act(star.id), { action: "decide", decision: "awarded", note: "经党委会研究决定" });
    expect(star).toMatchObject({ status: "awarded", actions: ["publish"] });
    await refused(t, fx.as.orgAdmin, "POST", act(worker.id), { action: "decide", decision: "awarded" }, 422, "HON-11");
    await refused(t, fx.as.orgAdmin, "POST", act(worker.id), { action: "decide", decision: "not_awarded" }, 422, "HON-10");
    worker = await ok(t, fx.as.orgAdmin, "POST", act(worker.id), { action: "decide", decision: "not_awarded", note: "公示期间反映属实" });
    expect(worker.status).toBe("not_awarded");
  });

  it("publishes the award into the member's record, seen by the branch and the member", async () => {
    star = await ok(t, fx.as.orgAdmin, "POST", act(star.id), { action: "publish" });
    expect(star).toMatchObject({ status: "published", publishedOn: "2026-11-30", actions: [] });
    expect(star.honourId).toEqual(expect.any(String));
    for (const session of [fx.as.officerA, fx.as.starA]) {
      const honours = await honoursOf(`memberId=${fx.members.starA.id}`, session);
      expect(honours.items).toEqual([
        expect.objectContaining({ id: star.honourId, honour: "excellent_member", year: 2026, memberName: "甲村先进", orgName: "甲村党支部", conferredBy: "测试镇党委", conferredOn: "2026-11-30", nominationId: star.id }),
      ]);
    }
    expect((await honoursOf(`memberId=${fx.members.starA.id}`, fx.as.officerB)).items).toEqual([]);
    expect(await auditOf(star.id)).toEqual(["recognition.nominate", "recognition.shortlist", "recognition.decide", "recognition.publish"]);
    expect(await auditOf(star.honourId!)).toEqual(["recognition.honour_record"]);
  });

  it("frees the slot after a withdrawal, and lets the committee reject with a reason", async () => {
    const first = await ok<NominationDetail>(t, fx.as.officerA, "POST", BASE, nominate(fx.members.workerA.id, "excellent_party_worker"));
    expect((await ok<NominationDetail>(t, fx.as.officerA, "POST", act(first.id), { action: "withdraw", note: "材料需补充" })).status).toBe("withdrawn");
    const second = await ok<NominationDetail>(t, fx.as.officerA, "POST", BASE, nominate(fx.members.workerA.id, "excellent_party_worker"));
    await refused(t, fx.as.orgAdmin, "POST", act(second.id), { action: "reject" }, 400);
    const rejected = await ok<NominationDetail>(t, fx.as.orgAdmin, "POST", act(second.id), { action: "reject", note: "事迹不够突出" });
    expect(rejected).toMatchObject({ status: "rejected", reviewNote: "事迹不够突出" });
    await refused(t, fx.as.officerA, "POST", act(second.id), { action: "withdraw" }, 422, "HON-06");
  });
});

describe("separation of duties: an organization never reviews its own nomination", () => {
  it("has the top committee's nomination reviewed by the administrators, not by its own officers", async () => {
    const body = { year: 2026, honour: "advanced_org", nomineeOrgId: fx.tree.branchA.id, deeds: DEEDS };
    const mine = await ok<NominationDetail>(t, fx.as.orgAdmin, "POST", BASE, body);
    expect(mine).toMatchObject({ orgId: fx.tree.committee.id, reviewingOrgId: null, reviewingOrgName: null, nomineeName: "甲村党支部", sides: ["nominator"] });
    const error = await refused(t, fx.as.orgAdmin, "POST", act(mine.id), { action: "shortlist" }, 422, "HON-02");
    expect(error.details).toEqual([expect.objectContaining({ field: "status", rule: "HON-02" })]);
    expect(await ok<NominationDetail>(t, fx.as.admin, "POST", act(mine.id), { action: "shortlist" })).toMatchObject({ status: "in_publicity", sides: ["committee"] });
  });
});

describe("honours conferred elsewhere, and revoked", () => {
  let honourId: string;

  it("lets the committee record a 2025 honour of branch A, refusing the branch", async () => {
    const body = { honour: "advanced_org", year: 2025, orgId: fx.tree.branchA.id, conferredBy: "中共测试县委", conferredOn: "2025-06-28" };
    await refused(t, fx.as.officerA, "POST", "/api/recognition/honours", body, 403);
    await refused(t, fx.as.otherCommitteeAdmin, "POST", "/api/recognition/honours", body, 404);
    await refused(t, fx.as.orgAdmin, "POST", "/api/recognition/honours", { ...body, orgId: fx.tree.groupA1.id }, 422, "HON-03");
    const response = await request(t, fx.as.orgAdmin, "POST", "/api/recognition/honours", body);
    expect(response.statusCode, response.body).toBe(201);
    honourId = response.json().id;
    const org = await honoursOf(`orgId=${fx.tree.branchA.id}&subject=org`, fx.as.starA);
    expect(org.items.map((h) => [h.honour, h.year, h.conferredBy, h.canRevoke])).toEqual([["advanced_org", 2025, "中共测试县委", false]]);
  });

  it("counts each honour for the board under the same filters", async () => {
    const board = await honoursOf(`orgId=${fx.tree.committee.id}`, fx.as.orgAdmin);
    expect(board.byHonour.sort((a, b) => a.honour.localeCompare(b.honour))).toEqual([
      { honour: "advanced_org", count: 1 },
      { honour: "excellent_member", count: 1 },
    ]);
    expect(board).toMatchObject({ total: 2, canRecord: true });
    // An organization's own record: its honours, not its subtree's.
    expect((await honoursOf(`orgId=${fx.tree.committee.id}&orgOnly=true`, fx.as.orgAdmin)).total).toBe(0);
    expect((await honoursOf(`orgId=${fx.tree.branchA.id}&orgOnly=true&subject=org`, fx.as.orgAdmin)).items.map((h) => h.honour)).toEqual(["advanced_org"]);
  });

  it("revokes with a reason, once; members no longer see it, officers may list it", async () => {
    const url = `/api/recognition/honours/${honourId}/revoke`;
    await refused(t, fx.as.starA, "POST", url, { reason: "授予机关已撤销该荣誉" }, 403);
    await refused(t, fx.as.officerB, "POST", url, { reason: "授予机关已撤销该荣誉" }, 404);
    await refused(t, fx.as.orgAdmin, "POST", url, { reason: "" }, 400);
    const revoked = await ok<{ revokedAt: string | null; revokeReason: string }>(t, fx.as.orgAdmin, "POST", url, { reason: "授予机关已撤销该荣誉" });
    expect(revoked).toMatchObject({ revokeReason: "授予机关已撤销该荣誉", revokedAt: expect.any(String) });
    await refused(t, fx.as.orgAdmin, "POST", url, { reason: "再次撤销该荣誉" }, 422, "HON-14");
    expect((await honoursOf(`orgId=${fx.tree.branchA.id}&subject=org`, fx.as.starA)).items).toEqual([]);
    expect((await honoursOf(`orgId=${fx.tree.branchA.id}&subject=org&includeRevoked=true`, fx.as.starA)).items).toEqual([]);
    expect((await honoursOf(`orgId=${fx.tree.branchA.id}&subject=org&includeRevoked=true`)).items.map((h) => h.id)).toEqual([honourId]);
    expect(await auditOf(honourId)).toEqual(["recognition.honour_record", "recognition.honour_revoke"]);
  });
});
