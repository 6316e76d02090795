import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "../../../shared/contracts/common.contract";
import type { NeedAlerts, NeedDetail, NeedListItem } from "../../../shared/contracts/member-needs.contract";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { LONG_SESSIONS, type NeedTree, advanceDays, buildNeedTree, ok, refused, validNeed } from "./member-needs.test-helpers";

/**
 * The deadlines with the test clock (NEED-02, NEED-03, NEED-07): filed on Wednesday 25 November 2026,
 * acknowledgement due on Monday the 30th (3 working days); resolution 30 days after acknowledgement,
 * restarted at escalation; the rating window 30 days after closure.
 */

let t: TestApp;
let fx: NeedTree;
let need: NeedDetail;
beforeAll(async () => {
  t = await buildTestApp({ config: LONG_SESSIONS });
  fx = await buildNeedTree(t);
  need = await ok<NeedDetail>(t, fx.as.member, "POST", "/api/member-needs", validNeed());
});
afterAll(() => t.close());

const url = (id: string, rest = "") => `/api/member-needs/${id}${rest}`;
const listed = async (query: string) => (await ok<Page<NeedListItem>>(t, fx.as.officerA, "GET", `/api/member-needs?${query}`)).items.map((i) => i.id);
const alerts = () => ok<NeedAlerts>(t, fx.as.orgAdmin, "GET", "/api/member-needs/alerts");

describe("deadlines and overdue flags", () => {
  it("is not overdue on its acknowledgement day, and overdue the day after (NEED-02)", async () => {
    advanceDays(t, 5);
    expect((await ok<NeedDetail>(t, fx.as.officerA, "GET", url(need.id))).overdue).toBeNull();
    expect(await listed("overdue=acknowledge")).toEqual([]);
    advanceDays(t, 1);
    expect((await ok<NeedDetail>(t, fx.as.officerA, "GET", url(need.id))).overdue).toBe("acknowledge");
    expect(await listed("overdue=acknowledge")).toEqual([need.id]);
    expect(await alerts()).toMatchObject({ today: "2026-12-01", acknowledgeOverdue: 1, resolveOverdue: 0, items: [{ id: need.id, overdue: "acknowledge" }] });
  });

  it("runs the resolution deadline from the acknowledgement, and flags it the day after (NEED-03)", async () => {
    need = await ok<NeedDetail>(t, fx.as.officerA, "POST", url(need.id, "/actions"), { action: "acknowledge", note: "逾期受理，已向党员说明。" });
    expect(need).toMatchObject({ resolveDueOn: "2026-12-31", overdue: null });
    advanceDays(t, 30);
    expect(await listed("overdue=resolve")).toEqual([]);
    advanceDays(t, 1);
    expect(await listed("overdue=resolve")).toEqual([need.id]);
    expect(await listed("overdue=acknowledge")).toEqual([]);
    expect(await alerts()).toMatchObject({ today: "2027-01-01", acknowledgeOverdue: 0, resolveOverdue: 1 });
  });

  it("restarts the resolution deadline at escalation, for the committee", async () => {
    need = await ok<NeedDetail>(t, fx.as.officerA, "POST", url(need.id, "/actions"), { action: "escalate", note: "需要镇里统筹协调解决。" });
    expect(need).toMatchObject({ status: "escalated", resolveDueOn: "2027-01-31", overdue: null });
    expect(await alerts()).toMatchObject({ resolveOverdue: 0, awaitingMe: 1 });
  });

  it("closes the rating window 30 days after closure (NEED-07)", async () => {
    need = await ok<NeedDetail>(t, fx.as.orgAdmin, "POST", url(need.id, "/actions"), { action: "resolve", note: "已协调解决并答复党员。" });
    advanceDays(t, 31);
    expect((await ok<NeedDetail>(t, fx.as.member, "GET", url(need.id))).actions).toEqual([]);
    await refused(t, fx.as.member, "POST", url(need.id, "/actions"), { action: "rate", rating: "satisfied" }, 422, "NEED-07");
  });
});
