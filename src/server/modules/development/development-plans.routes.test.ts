import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanProgress } from "../../../shared/contracts/development.contract";
import { type DevelopmentPersonValues, insertDevelopmentPerson } from "../../../../test/development-fixtures";
import { buildOrganization, buildOrgTreeWithUsers, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import type { OrgRow } from "../organizations/organizations.repository";
import { developmentPlansTable } from "./development.table";

// The test clock reads 2026-11-25 in China; the plan year is 2026 (year end 2026-12-31).

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>>;
let general: OrgRow;
let generalBranch: OrgRow;
let noQuota: OrgRow;
let elsewhere: OrgRow;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  general = await buildOrganization(t.system, { parent: tree.committee, kind: "general_branch", name: "丙总支" });
  generalBranch = await buildOrganization(t.system, { parent: general, name: "丙一党支部" });
  noQuota = await buildOrganization(t.system, { parent: tree.committee, name: "丁党支部" });
  elsewhere = await buildOrganization(t.system, { parent: tree.otherCommittee, name: "别处党支部" });
  const { branchA: A, branchB: B, groupA1 } = tree;
  const add = (values: DevelopmentPersonValues) => insertDevelopmentPerson(t.system, values);
  const admitted = (approvedOn: string, admittedOn: string, probationEndsOn: string) =>
    ({ stage: "probationary", activistOn: "2024-01-01", candidateOn: "2025-01-10", admittedOn, approvedOn, probationEndsOn }) as const;

  // Admitted in 2026. 35 on the day of approval (36 the day after), a 回族 woman with a bachelor's degree:
  await add({ orgId: A.id, ...admitted("2026-01-01", "2025-12-28", "2026-12-28"), gender: "female", ethnicity: "回族", education: "bachelor", focusGroup: "young_worker", birthDate: "1990-01-02" });
  // 36 on the day of approval; 其他 is not a minority; 大学专科 counts as college.
  await add({ orgId: groupA1.id, ...admitted("2026-11-25", "2026-11-20", "2027-11-20"), ethnicity: "其他", education: "college", focusGroup: "front_line", birthDate: "1990-11-25" });
  // Admitted, then the probation cancelled: still developed this year.
  await add({ orgId: B.id, ...admitted("2026-06-01", "2026-05-20", "2027-05-20"), status: "closed", closeReason: "probation_cancelled", gender: "female", education: "senior_high" });
  await add({ orgId: generalBranch.id, ...admitted("2026-03-01", "2026-02-01", "2027-02-01"), education: "postgraduate", focusGroup: "young_intellectual", birthDate: "1980-04-01" });
  await add({ orgId: noQuota.id, ...admitted("2026-07-01", "2026-06-20", "2027-06-20") });
  await add({ orgId: elsewhere.id, ...admitted("2026-05-01", "2026-04-20", "2027-04-20"), gender: "female" });
  // Approved on the last day of 2025: counts for 2025 only; converts in 2026.
  await add({ orgId: A.id, ...admitted("2025-12-31", "2025-12-01", "2026-12-01") });

  // Open cases, for the forecast.
  await add({ orgId: A.id, stage: "applicant" });
  await add({ orgId: A.id, stage: "activist", activistOn: "2025-09-30" }); // candidate 2026-09-30, admitted by 2026-12-30
  await add({ orgId: A.id, stage: "activist", activistOn: "2025-10-01" }); // candidate 2026-10-01, too late to be admitted
  await add({ orgId: A.id, stage: "activist", activistOn: "2026-01-01" }); // not even a candidate in 2026
  await add({ orgId: B.id, stage: "candidate", activistOn: "2025-03-01", candidateOn: "2026-04-01" });
  await add({ orgId: B.id, stage: "candidate", status: "deferred", activistOn: "2025-03-01", candidateOn: "2026-04-01" });
  await add({ orgId: generalBranch.id, stage: "activist", activistOn: "2025-06-01" });
  await add({ orgId: noQuota.id, stage: "candidate", activistOn: "2025-01-01", candidateOn: "2026-02-01" });
  as = await signInTree(t.app, tree);
});
afterAll(() => t.close());

const progress = (session: Session, orgId: string, year = 2026) =>
  t.app.inject({ method: "GET", url: `/api/development/plans?orgId=${orgId}&year=${year}`, headers: session.headers });
const save = (session: Session, payload: object) => t.app.inject({ method: "PUT", url: "/api/development/plans", headers: session.headers, payload });
const byOrg = (p: PlanProgress) => Object.fromEntries(p.rows.map((r) => [r.orgName, [r.quota, r.actual, r.forecast]]));
const targetsOf = (p: PlanProgress) => Object.fromEntries(p.targets.map((x) => [x.key, [x.target, x.actual]]));

describe("PUT /api/development/plans", () => {
  it("lets an org admin save the committee's plan and answers its progress, quota by quota", async () => {
    const response = await save(as.orgAdmin, {
      orgId: tree.committee.id,
      year: 2026,
      targets: { female: 2, young: 3, minority: 1 },
      notes: "控制总量、优化结构",
      quotas: [
        { orgId: tree.branchA.id, quota: 5 },
        { orgId: tree.branchB.id, quota: 3 },
        { orgId: general.id, quota: 2 },
      ],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as PlanProgress;
    expect(body.plan).toMatchObject({ orgId: tree.committee.id, orgName: "测试镇党委", year: 2026, targets: { female: 2, young: 3, minority: 1 }, notes: "控制总量、优化结构" });
    // [quota, admitted this year in the subtree, open cases that can be admitted by 31 December]
    expect(byOrg(body)).toEqual({ 甲村党支部: [5, 2, 1], 乙社区党支部: [3, 1, 1], 丙总支: [2, 1, 1] });
    // The totals cover the whole committee: 丁党支部 has no quota but its admitted and its candidate count.
    expect(body.totals).toEqual({ quota: 10, actual: 5, forecast: 4 });
    expect(body.canManage).toBe(true);
  });

  it("measures the structure targets on this year's admitted: focus groups, women, 35 and under on the day, minorities, college", async () => {
    const body = (await progress(as.orgAdmin, tree.committee.id)).json() as PlanProgress;
    expect(targetsOf(body)).toEqual({
      young_worker: [null, 1],
      young_farmer: [null, 0],
      young_intellectual: [null, 1],
      front_line: [null, 1],
      female: [2, 2],
      young: [3, 3],
      minority: [1, 1],
      college: [null, 3],
    });
    expect(body.targets.find((x) => x.key === "young")?.label).toBe("35岁及以下");
  });

  it("forecasts per stage who can still reach it by the year's end", async () => {
    const body = (await progress(as.admin, tree.committee.id)).json() as PlanProgress;
    expect(body.forecast).toEqual([
      { stage: "activist", canReach: 1 },
      { stage: "candidate", canReach: 3 },
      { stage: "probationary", canReach: 4 },
      { stage: "full_member", canReach: 2 },
    ]);
  });

  it("replaces a plan by archiving the old one, and audits both", async () => {
    const response = await save(as.orgAdmin, { orgId: tree.committee.id, year: 2026, quotas: [{ orgId: tree.branchA.id, quota: 6 }] });
    expect(response.statusCode).toBe(200);
    const body = response.json() as PlanProgress;
    expect(byOrg(body)).toEqual({ 甲村党支部: [6, 2, 1] });
    expect(body.plan).toMatchObject({ targets: {}, notes: null });
    expect(body.totals).toEqual({ quota: 6, actual: 5, forecast: 4 });

    const rows = await t.deps.db
      .select()
      .from(developmentPlansTable)
      .where(and(eq(developmentPlansTable.orgId, tree.committee.id), eq(developmentPlansTable.year, 2026)));
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.archivedAt === null).map((r) => r.id)).toEqual([body.plan!.id]);

    const audit = await t.app.inject({ method: "GET", url: "/api/audit?action=development.plan.save", headers: as.admin.headers });
    const [latest, first] = audit.json().items;
    expect(first).toMatchObject({ before: null, after: { year: 2026, quotas: [{ quota: 5 }, { quota: 3 }, { quota: 2 }] } });
    expect(latest).toMatchObject({
      entityId: body.plan!.id,
      orgId: tree.committee.id,
      before: { targets: { female: 2 }, quotas: expect.arrayContaining([{ orgId: general.id, quota: 2 }]) },
      after: { targets: {}, quotas: [{ orgId: tree.branchA.id, quota: 6 }] },
    });
  });

  it("refuses a plan for a branch (422 on orgId) and quotas outside the plan's organization or inside another quota (422 per index)", async () => {
    const forBranch = await save(as.orgAdmin, { orgId: tree.branchA.id, year: 2026, quotas: [] });
    expect(forBranch.statusCode).toBe(422);
    expect(forBranch.json().error).toMatchObject({ code: "development.plan_org_invalid", details: [{ field: "orgId", rule: "DEV-PLAN" }] });

    const response = await save(as.orgAdmin, {
      orgId: tree.committee.id,
      year: 2026,
      quotas: [
        { orgId: tree.branchA.id, quota: 1 },
        { orgId: elsewhere.id, quota: 1 },
        { orgId: tree.committee.id, quota: 1 },
        { orgId: generalBranch.id, quota: 1 },
        { orgId: general.id, quota: 1 },
        { orgId: tree.groupA1.id, quota: 1 },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe("development.plan_org_invalid");
    expect(response.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      "quotas.1.orgId",
      "quotas.2.orgId",
      "quotas.3.orgId",
      "quotas.5.orgId",
    ]);
    // Nothing changed.
    expect(byOrg((await progress(as.orgAdmin, tree.committee.id)).json())).toEqual({ 甲村党支部: [6, 2, 1] });
  });

  it("lets a general branch hold its own plan", async () => {
    const response = await save(as.orgAdmin, { orgId: general.id, year: 2026, quotas: [{ orgId: generalBranch.id, quota: 1 }] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ rows: [{ orgName: "丙一党支部", quota: 1, actual: 1, forecast: 1 }], totals: { quota: 1, actual: 1, forecast: 1 } });
  });

  it("refuses a branch officer (403), a plan out of scope (404) and a malformed body (400)", async () => {
    const byOfficer = await save(as.officerA, { orgId: tree.committee.id, year: 2026, quotas: [] });
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().error.code).toBe("auth.forbidden");
    expect((await save(as.orgAdmin, { orgId: tree.otherCommittee.id, year: 2026, quotas: [] })).statusCode).toBe(404);
    const malformed = await save(as.orgAdmin, { orgId: tree.committee.id, year: 1999, quotas: [{ orgId: tree.branchA.id, quota: -1 }] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(["quotas.0.quota", "year"]);
  });
});

describe("GET /api/development/plans", () => {
  it("shows a branch officer the year's actual and forecast of their branch with no plan of its own", async () => {
    const response = await progress(as.officerA, tree.branchA.id);
    expect(response.statusCode).toBe(200);
    const body = response.json() as PlanProgress;
    expect(body).toMatchObject({ plan: null, rows: [], totals: { quota: 0, actual: 2, forecast: 1 }, canManage: false });
    expect(targetsOf(body)).toMatchObject({ female: [null, 1], young: [null, 1], minority: [null, 1], college: [null, 2] });
  });

  it("counts a past year's admitted and forecasts nothing for it", async () => {
    const body = (await progress(as.orgAdmin, tree.committee.id, 2025)).json() as PlanProgress;
    expect(body).toMatchObject({ plan: null, totals: { quota: 0, actual: 1, forecast: 0 } });
    expect(body.forecast.every((f) => f.canReach === 0)).toBe(true);
  });

  it("answers 404 for another branch's organization and 403 for a member account", async () => {
    expect((await progress(as.officerB, tree.branchA.id)).statusCode).toBe(404);
    expect((await progress(as.officerA, tree.committee.id)).statusCode).toBe(404);
    expect((await progress(as.memberA, tree.branchA.id)).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: `/api/development/plans?orgId=${tree.branchA.id}`, headers: as.officerA.headers })).statusCode).toBe(400);
  });
});
