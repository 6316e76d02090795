import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingPlan, PlanItem, PrefillResult } from "../../../shared/contracts/compliance.contract";
import { buildMember, buildOrgTreeWithUsers, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";

// The test clock reads 2026-11-25 in China: of 2026 only November, December, Q4 and the year are still open.

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>>;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  // 甲村 has 7 full members (a branch committee, ORG-05); 乙 has none.
  for (let i = 0; i < 7; i++) await buildMember(t.system, { org: i < 5 ? tree.branchA : tree.groupA1, joinedOn: "2005-07-01" });
  as = await signInTree(t.app, tree);
});
afterAll(() => t.close());

const getPlan = (session: Session, orgId: string, year = 2026) => t.app.inject({ method: "GET", url: `/api/meeting-plans?orgId=${orgId}&year=${year}`, headers: session.headers });
const prefill = (session: Session, orgId: string, year = 2026) =>
  t.app.inject({ method: "POST", url: "/api/meeting-plans/prefill", headers: session.headers, payload: { orgId, year } });
const patch = (session: Session, id: string, payload: object) => t.app.inject({ method: "PATCH", url: `/api/meeting-plans/items/${id}`, headers: session.headers, payload });
const cancel = (session: Session, id: string, reason = "与换届选举大会合并召开") =>
  t.app.inject({ method: "POST", url: `/api/meeting-plans/items/${id}/cancel`, headers: session.headers, payload: { reason } });
const itemsOf = (plan: MeetingPlan) => plan.months.flatMap((m) => m.items);
const show = (plan: MeetingPlan) => itemsOf(plan).map((i) => `${i.month}:${i.type}:${i.status}`);

describe("POST /api/meeting-plans/prefill", () => {
  it("fills what the frequencies call for in the periods still open, and adds nothing the second time", async () => {
    const first = await prefill(as.officerA, tree.branchA.id);
    expect(first.statusCode, first.body).toBe(200);
    const plan = first.json() as PrefillResult;
    expect(plan.added).toBe(8);
    // By month, then in the rules' order of types.
    expect(show(plan)).toEqual([
      "11:general_meeting:planned",
      "11:committee_meeting:planned",
      "11:party_lecture:planned",
      "11:theme_day:planned",
      "11:one_on_one_talk:planned",
      "12:committee_meeting:planned",
      "12:theme_day:planned",
      "12:life_meeting:planned",
    ]);
    expect(plan.months).toHaveLength(12);
    expect(plan.requirements.map((r) => r.rule)).toEqual(["FREQ-01", "FREQ-02", "FREQ-04", "FREQ-05", "FREQ-06", "FREQ-07"]);
    expect(plan.counts).toEqual({ planned: 8, held: 0, cancelled: 0 });
    expect(plan.canPlan).toBe(true);

    const again = (await prefill(as.officerA, tree.branchA.id)).json() as PrefillResult;
    expect(again.added).toBe(0);
    expect(itemsOf(again)).toHaveLength(8);
  });

  it("plans a whole coming year, and a branch without a committee gets no committee meetings (ORG-05)", async () => {
    const next = (await prefill(as.orgAdmin, tree.branchB.id, 2027)).json() as PrefillResult;
    expect(next.added).toBe(12 + 4 + 4 + 1 + 1);
    expect(itemsOf(next).some((i) => i.type === "committee_meeting")).toBe(false);
    const group = (await prefill(as.officerA, tree.groupA1.id, 2027)).json() as PrefillResult;
    expect(show(group)).toHaveLength(12);
    expect(new Set(itemsOf(group).map((i) => i.type))).toEqual(new Set(["group_meeting"]));
  });

  it("audits what it added", async () => {
    const audit = await t.app.inject({ method: "GET", url: "/api/audit?action=meeting_plan.prefill", headers: as.admin.headers });
    const entries = audit.json().items as { orgId: string; after: { year: number; added: number } }[];
    expect(entries.map((e) => [e.orgId, e.after.year, e.after.added])).toEqual(
      expect.arrayContaining([
        [tree.branchA.id, 2026, 8],
        [tree.branchB.id, 2027, 22],
      ]),
    );
    // The second, empty prefill wrote nothing.
    expect(entries.filter((e) => e.orgId === tree.branchA.id)).toHaveLength(1);
  });

  it("refuses members (403) and organizations out of scope (404)", async () => {
    expect((await prefill(as.memberA, tree.branchA.id)).statusCode).toBe(403);
    expect((await prefill(as.officerB, tree.branchA.id)).statusCode).toBe(404);
    expect((await prefill(as.orgAdmin, tree.otherCommittee.id)).statusCode).toBe(404);
    expect((await getPlan(as.officerB, tree.branchA.id)).statusCode).toBe(404);
    expect((await getPlan(as.memberA, tree.branchA.id)).statusCode).toBe(403);
  });
});

describe("plan items", () => {
  const findItem = async (type: string, month: number) => {
    const plan = (await getPlan(as.officerA, tree.branchA.id)).json() as MeetingPlan;
    return itemsOf(plan).find((i) => i.type === type && i.month === month)!;
  };

  it("sets the planned day (moving the item to its month), topic and tags; audited", async () => {
    const item = await findItem("theme_day", 11);
    const response = await patch(as.officerA, item.id, { plannedOn: "2026-12-05", topic: "学习党的二十届四中全会精神", tags: ["theory_study", "integrity", "theory_study"] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ month: 12, plannedOn: "2026-12-05", topic: "学习党的二十届四中全会精神", tags: ["theory_study", "integrity"], status: "planned" });
    const audit = await t.app.inject({ method: "GET", url: "/api/audit?action=meeting_plan.update", headers: as.admin.headers });
    expect(audit.json().items[0]).toMatchObject({ entityId: item.id, before: { month: 11, plannedOn: null }, after: { month: 12, plannedOn: "2026-12-05" } });
    // Clearing the day keeps the month.
    const cleared = (await patch(as.officerA, item.id, { plannedOn: null })).json() as PlanItem;
    expect(cleared).toMatchObject({ month: 12, plannedOn: null });
  });

  it("refuses a planned day outside the plan's year (422 on plannedOn) and a malformed one (400)", async () => {
    const item = await findItem("life_meeting", 12);
    const response = await patch(as.officerA, item.id, { plannedOn: "2027-01-05" });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: "meeting_plans.date_invalid", details: [{ field: "plannedOn" }] });
    expect((await patch(as.officerA, item.id, { plannedOn: "2026-13-01" })).statusCode).toBe(400);
  });

  it("cancels with a reason, then refuses further changes (422); a new prefill replaces what was cancelled", async () => {
    const item = await findItem("general_meeting", 11);
    const response = await cancel(as.officerA, item.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: "cancelled", cancelReason: "与换届选举大会合并召开" });
    expect((await cancel(as.officerA, item.id)).json().error.code).toBe("meeting_plans.item_closed");
    expect((await patch(as.officerA, item.id, { topic: "改" })).statusCode).toBe(422);
    expect((await cancel(as.officerA, item.id, "短")).statusCode).toBe(400);
    // The cancelled general meeting again, and November's theme day, since the planned one moved to December.
    const refill = (await prefill(as.officerA, tree.branchA.id)).json() as PrefillResult;
    expect(refill.added).toBe(2);
    expect(show(refill).filter((s) => s.startsWith("11:general_meeting") || s.startsWith("11:theme_day"))).toEqual([
      "11:general_meeting:cancelled",
      "11:general_meeting:planned",
      "11:theme_day:planned",
    ]);
    expect(refill.counts).toEqual({ planned: 9, held: 0, cancelled: 1 });
  });

  it("answers 404 for another branch's officer and 403 for a member", async () => {
    const item = await findItem("committee_meeting", 12);
    expect((await patch(as.officerB, item.id, { topic: "越权" })).statusCode).toBe(404);
    expect((await cancel(as.officerB, item.id)).statusCode).toBe(404);
    expect((await patch(as.memberA, item.id, { topic: "越权" })).statusCode).toBe(403);
    expect((await patch(as.orgAdmin, item.id, { topic: "党委指导" })).statusCode).toBe(200);
    expect((await patch(as.officerA, "00000000-0000-4000-8000-000000000000", { topic: "无" })).statusCode).toBe(404);
  });
});
