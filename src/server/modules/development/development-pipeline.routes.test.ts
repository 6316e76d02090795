import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DueStep, Pipeline } from "../../../shared/contracts/development.contract";
import { type DevelopmentPersonValues, insertDevelopmentPerson } from "../../../../test/development-fixtures";
import { buildOrganization, buildOrgTreeWithUsers, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";

// The test clock reads 2026-11-25 in China: overdue means due on 2026-11-24 or before, due soon
// means due 2026-11-25 … 2026-12-25 (30 days).

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  const A = tree.branchA.id;
  const add = async (key: string, values: DevelopmentPersonValues) => {
    ids[key] = (await insertDevelopmentPerson(t.system, { name: key, ...values })).id;
  };
  const due = (nextStepCode: string | null, nextDueOn: string, nextDueRule: string | null) => ({ nextStepCode, nextDueOn, nextDueRule });
  // Branch A and its group.
  await add("甲谈话超期", { orgId: A, ...due("applicantTalk", "2026-11-24", "DEV-02") });
  await add("甲今日到期", { orgId: A, ...due("applicantTalk", "2026-11-25", "DEV-02") });
  await add("甲小组考察", { orgId: tree.groupA1.id, stage: "activist", activistOn: "2026-06-25", ...due("cultivation", "2026-12-25", "DEV-06") });
  await add("甲考察未到期", { orgId: A, stage: "activist", activistOn: "2026-06-26", ...due("cultivation", "2026-12-26", "DEV-06") });
  await add("甲发展对象", { orgId: A, stage: "candidate", activistOn: "2025-01-10", candidateOn: "2026-02-01" });
  await add("甲转正超期", { orgId: A, stage: "probationary", admittedOn: "2025-10-01", ...due("conversionMeeting", "2026-10-01", "DEV-23") });
  await add("甲其他期限", { orgId: A, stage: "candidate", ...due("custom_deadline", "2026-11-01", "DEV-99") });
  // Never overdue or listed: deferred, closed, completed, archived.
  await add("甲暂缓", { orgId: A, status: "deferred", deferredToYear: 2027, ...due("applicantTalk", "2026-01-01", "DEV-02") });
  await add("甲终止", { orgId: A, status: "closed", closeReason: "withdrawn", ...due("applicantTalk", "2026-01-01", "DEV-02") });
  await add("甲已转正", { orgId: A, stage: "full_member", status: "completed" });
  await add("甲已归档", { orgId: A, archivedAt: new Date("2026-10-01T00:00:00Z"), ...due("applicantTalk", "2026-01-01", "DEV-02") });
  // Sibling branch B (the committee counts it) and another committee (only the admin's whole scope counts it).
  await add("乙谈话超期", { orgId: tree.branchB.id, ...due("applicantTalk", "2026-11-20", "DEV-02") });
  const elsewhere = await buildOrganization(t.system, { parent: tree.otherCommittee });
  await add("别处超期", { orgId: elsewhere.id, stage: "candidate", ...due("preReview", "2026-01-01", "DEV-X1") });
  as = await signInTree(t.app, tree);
});
afterAll(() => t.close());

const pipeline = (session: Session, orgId?: string) =>
  t.app.inject({ method: "GET", url: `/api/development/pipeline${orgId ? `?orgId=${orgId}` : ""}`, headers: session.headers });
const dueSteps = (session: Session, query = "") => t.app.inject({ method: "GET", url: `/api/development/due?${query}`, headers: session.headers });
const stages = (p: Pipeline) => Object.fromEntries(p.stages.map((s) => [s.stage, s.count]));

describe("GET /api/development/pipeline", () => {
  it("counts a branch officer's open cases per stage, the deferred, the overdue and those due within 30 days", async () => {
    const response = await pipeline(as.officerA);
    expect(response.statusCode).toBe(200);
    const body = response.json() as Pipeline;
    expect(body.stages.map((s) => s.stage)).toEqual(["applicant", "activist", "candidate", "probationary", "full_member"]);
    expect(stages(body)).toEqual({ applicant: 2, activist: 2, candidate: 2, probationary: 1, full_member: 0 });
    expect(body).toMatchObject({ deferred: 1, overdue: 3, dueSoon: 2 });
    expect(body.overdueByRule).toEqual([
      { rule: "DEV-02", label: "申请人谈话超期（收到入党申请书后一个月内）", count: 1 },
      { rule: "DEV-23", label: "预备期满未讨论转正", count: 1 },
      { rule: "DEV-99", label: "DEV-99 规定期限已过", count: 1 },
    ]);
  });

  it("rolls a committee's subtree up for its org admin, the largest overdue group first", async () => {
    const body = (await pipeline(as.orgAdmin)).json() as Pipeline;
    expect(stages(body).applicant).toBe(3);
    expect(body.overdue).toBe(4);
    expect(body.overdueByRule[0]).toEqual({ rule: "DEV-02", label: "申请人谈话超期（收到入党申请书后一个月内）", count: 2 });
    expect(await pipeline(as.admin, tree.committee.id).then((r) => r.json())).toEqual(body);
  });

  it("counts everything for an admin without orgId, and one group's subtree when asked", async () => {
    const all = (await pipeline(as.admin)).json() as Pipeline;
    expect(all.overdue).toBeGreaterThanOrEqual(5);
    expect(all.overdueByRule).toContainEqual({ rule: "DEV-X1", label: "预审通过后未按期召开支部大会", count: 1 });
    const group = (await pipeline(as.officerA, tree.groupA1.id)).json() as Pipeline;
    expect(stages(group)).toEqual({ applicant: 0, activist: 1, candidate: 0, probationary: 0, full_member: 0 });
    expect(group).toMatchObject({ deferred: 0, overdue: 0, dueSoon: 1, overdueByRule: [] });
  });

  it("answers 404 for an organization outside the caller's scope, and 403 to a member account", async () => {
    for (const orgId of [tree.branchB.id, tree.committee.id, tree.otherCommittee.id, "00000000-0000-4000-8000-000000000000"]) {
      const response = await pipeline(as.officerA, orgId);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain("乙谈话超期");
    }
    expect((await pipeline(as.memberA)).statusCode).toBe(403);
    expect((await pipeline(as.officerA, "not-a-uuid")).statusCode).toBe(400);
  });
});

describe("GET /api/development/due", () => {
  it("lists open cases due within the days asked, overdue first then by due date, with the step's label", async () => {
    const response = await dueSteps(as.officerA);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 5, page: 1, pageSize: 20 });
    expect(body.items.map((i: DueStep) => i.name)).toEqual(["甲转正超期", "甲其他期限", "甲谈话超期", "甲今日到期", "甲小组考察"]);
    const [first, second, third, fourth, fifth] = body.items as DueStep[];
    expect(first).toEqual({
      personId: ids["甲转正超期"],
      name: "甲转正超期",
      orgId: tree.branchA.id,
      orgName: "甲村党支部",
      stage: "probationary",
      nextDue: { code: "conversionMeeting", label: "支部大会讨论转正", dueOn: "2026-10-01", rule: "DEV-23", isOverdue: true },
    });
    expect(second!.nextDue).toMatchObject({ code: "custom_deadline", label: "custom_deadline", isOverdue: true });
    expect(third!.nextDue).toEqual({ code: "applicantTalk", label: "党组织派人谈话", dueOn: "2026-11-24", rule: "DEV-02", isOverdue: true });
    expect(fourth!.nextDue.isOverdue).toBe(false);
    expect(fifth).toMatchObject({ orgName: "甲村第一党小组", nextDue: { dueOn: "2026-12-25", isOverdue: false } });
  });

  it("widens with days and pages through the list", async () => {
    expect((await dueSteps(as.officerA, "days=31")).json().total).toBe(6);
    expect((await dueSteps(as.officerA, "days=1")).json().total).toBe(4);
    const page = (await dueSteps(as.officerA, "pageSize=2&page=2")).json();
    expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.items.map((i: DueStep) => i.name)).toEqual(["甲谈话超期", "甲今日到期"]);
  });

  it("keeps to the caller's scope: 404 outside it, 400 for a bad range, 403 for a member", async () => {
    expect((await dueSteps(as.officerB)).json().items.map((i: DueStep) => i.name)).toEqual(["乙谈话超期"]);
    expect((await dueSteps(as.orgAdmin, `orgId=${tree.branchB.id}`)).json().total).toBe(1);
    expect((await dueSteps(as.officerB, `orgId=${tree.branchA.id}`)).statusCode).toBe(404);
    const invalid = await dueSteps(as.officerA, "days=0");
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details[0].field).toBe("days");
    expect((await dueSteps(as.memberA)).statusCode).toBe(403);
  });
});
