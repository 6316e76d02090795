import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RuleSetSettings } from "../../../shared/contracts/development.contract";
import { buildOrgTreeWithUsers, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { loadRuleSetResolver } from "./development-rule-sets.service";

// The test clock reads 2026-11-25 in China.

let t: TestApp;
let as: Awaited<ReturnType<typeof signInTree>>;
beforeAll(async () => {
  t = await buildTestApp();
  as = await signInTree(t.app, await buildOrgTreeWithUsers(t.system));
});
afterAll(() => t.close());

const get = (session: Session) => t.app.inject({ method: "GET", url: "/api/development/rule-sets", headers: session.headers });
const create = (session: Session, payload: object) =>
  t.app.inject({ method: "POST", url: "/api/development/rule-sets", headers: session.headers, payload });
const archive = (session: Session, id: string, payload: object = { reason: "日期录入错误" }) =>
  t.app.inject({ method: "POST", url: `/api/development/rule-sets/${id}/archive`, headers: session.headers, payload });
const auditOf = async (action: string) =>
  (await t.app.inject({ method: "GET", url: `/api/audit?action=${action}`, headers: as.admin.headers })).json().items;

describe("rule-set settings", () => {
  it("shows an officer the 2014 baseline, the UNVERIFIED values and no right to change them", async () => {
    const response = await get(as.officerA);
    expect(response.statusCode).toBe(200);
    const settings = response.json() as RuleSetSettings;
    expect(settings).toMatchObject({ periods: [], current: "2014", canManage: false });
    expect(settings.config).toContainEqual(expect.objectContaining({ key: "oathWithinMonths", rule: "DEV-X3", value: 1 }));
    expect(settings.config).toContainEqual(expect.objectContaining({ key: "secretBallotIn2026", rule: "DEV-15", value: true }));
    expect(settings.config.map((c) => c.rule)).toEqual(["DEV-X1", "DEV-X2", "DEV-X3", "DEV-15", "DEV-10", "DEV-03"]);
    expect((await get(as.admin)).json().canManage).toBe(true);
  });

  it("refuses a member account (403)", async () => {
    expect((await get(as.memberA)).statusCode).toBe(403);
  });

  it("lets only an admin add a period (403 for an org admin and an officer)", async () => {
    const body = { ruleSet: "2026", effectiveFrom: "2026-06-01", note: "已核对正式文本" };
    for (const session of [as.orgAdmin, as.officerA]) {
      const response = await create(session, body);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("auth.forbidden");
    }
    expect((await get(as.admin)).json().periods).toEqual([]);
  });

  it("asks for a reason and a valid date (400 with fields)", async () => {
    const response = await create(as.admin, { ruleSet: "2030", effectiveFrom: "2026-13-01", note: "" });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(["effectiveFrom", "note", "ruleSet"]);
  });

  it("adds a period, audited, and judges from its own day on: the day before keeps the old rules", async () => {
    const response = await create(as.admin, { ruleSet: "2026", effectiveFrom: "2026-11-26", note: "已核对 12371 正式文本" });
    expect(response.statusCode).toBe(201);
    const period = response.json();
    expect(period).toMatchObject({ ruleSet: "2026", effectiveFrom: "2026-11-26", note: "已核对 12371 正式文本" });
    expect(period.createdByName).toEqual(expect.any(String));
    // Today is the day before: still 2014.
    expect((await get(as.officerA)).json()).toMatchObject({ current: "2014", periods: [{ id: period.id, createdByName: period.createdByName }] });

    const [entry] = await auditOf("development.rule_set_period.create");
    expect(entry).toMatchObject({ entityId: period.id, before: null, after: { ruleSet: "2026", effectiveFrom: "2026-11-26" } });

    const resolve = await loadRuleSetResolver(t.deps.db);
    expect([resolve("2026-11-25"), resolve("2026-11-26"), resolve("2027-05-01")]).toEqual(["2014", "2026", "2026"]);
  });

  it("answers 409 for a second period on the same day", async () => {
    const response = await create(as.admin, { ruleSet: "2014", effectiveFrom: "2026-11-26", note: "重复" });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: "development.rule_set_period_taken", details: [{ field: "effectiveFrom" }] });
  });

  it("lists periods newest first and names the one in force today", async () => {
    await create(as.admin, { ruleSet: "2026", effectiveFrom: "2026-05-18", note: "公布日" });
    const settings = (await get(as.orgAdmin)).json() as RuleSetSettings;
    expect(settings.periods.map((p) => p.effectiveFrom)).toEqual(["2026-11-26", "2026-05-18"]);
    expect(settings.current).toBe("2026");
  });

  it("retracts a wrong period (admin only), keeping the row and the reason in the audit log; the day is free again", async () => {
    const [wrong] = (await get(as.admin)).json().periods as RuleSetSettings["periods"];
    expect((await archive(as.orgAdmin, wrong!.id)).statusCode).toBe(403);
    expect((await archive(as.admin, wrong!.id, { reason: "" })).statusCode).toBe(400);

    const response = await archive(as.admin, wrong!.id);
    expect(response.statusCode).toBe(200);
    expect((response.json() as RuleSetSettings).periods.map((p) => p.effectiveFrom)).toEqual(["2026-05-18"]);
    const [entry] = await auditOf("development.rule_set_period.archive");
    expect(entry).toMatchObject({ entityId: wrong!.id, before: { effectiveFrom: "2026-11-26" }, after: { archived: true, reason: "日期录入错误" } });

    expect((await archive(as.admin, wrong!.id)).statusCode).toBe(404);
    expect((await create(as.admin, { ruleSet: "2014", effectiveFrom: "2026-11-26", note: "恢复 2014 版" })).statusCode).toBe(201);
    const resolve = await loadRuleSetResolver(t.deps.db);
    expect([resolve("2026-05-17"), resolve("2026-05-18"), resolve("2026-11-26")]).toEqual(["2014", "2026", "2014"]);
  });
});
