import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, buildOrgTreeWithUsers, buildUser, signIn, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import type { OrgRow } from "./organizations.repository";

// The test clock reads 2026-11-25 in China; renewals are due from 3 months before a term's end.
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Record<"admin" | "orgAdmin" | "officerA", Session>;
let orgs: Record<"endsToday" | "endedYesterday" | "dueFromToday" | "dueTomorrow" | "longOverdue" | "village", OrgRow>;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  as = await signInTree(t.app, tree);
  const agencyBranch = (name: string) => buildOrganization(t.system, { parent: tree.committee, domain: "agency", name });
  orgs = {
    endsToday: await agencyBranch("届满当日党支部"),
    endedYesterday: await agencyBranch("昨日届满党支部"),
    dueFromToday: await agencyBranch("今日起提醒党支部"),
    dueTomorrow: await agencyBranch("明日起提醒党支部"),
    longOverdue: await agencyBranch("久未换届党支部"),
    village: tree.branchA,
  };
  // Agency branches serve 3 years (TERM-02), a village branch 5.
  const terms: Record<keyof typeof orgs, string> = {
    endsToday: "2023-11-25",
    endedYesterday: "2023-11-24",
    dueFromToday: "2024-02-25",
    dueTomorrow: "2024-02-26",
    longOverdue: "2020-03-01",
    village: "2021-12-31",
  };
  for (const [key, termStartedOn] of Object.entries(terms)) {
    const response = await t.app.inject({ method: "PATCH", url: `/api/orgs/${orgs[key as keyof typeof orgs].id}`, headers: as.orgAdmin.headers, payload: { termStartedOn } });
    if (response.statusCode !== 200) throw new Error(response.body);
  }
  // Out of the org admin's scope, and dissolved: neither may show.
  const foreign = await buildOrganization(t.system, { parent: tree.otherCommittee, domain: "agency" });
  await t.app.inject({ method: "PATCH", url: `/api/orgs/${foreign.id}`, headers: as.admin.headers, payload: { termStartedOn: "2020-01-01" } });
  const dissolved = await agencyBranch("已撤销党支部");
  await t.app.inject({ method: "PATCH", url: `/api/orgs/${dissolved.id}`, headers: as.orgAdmin.headers, payload: { termStartedOn: "2020-01-01" } });
  await t.app.inject({ method: "POST", url: `/api/orgs/${dissolved.id}/dissolve`, headers: as.orgAdmin.headers, payload: { reason: "撤并", dissolvedOn: "2026-11-01" } });
});
afterAll(() => t.close());

const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
const names = (body: { items: { name: string }[] }) => body.items.map((r) => r.name);

describe("GET /api/orgs/renewals", () => {
  it("lists the scope's due and overdue organizations, the soonest end first, with the end date", async () => {
    const body = (await get(as.orgAdmin, "/api/orgs/renewals")).json();
    expect(names(body)).toEqual(["久未换届党支部", "昨日届满党支部", "届满当日党支部", "甲村党支部", "今日起提醒党支部"]);
    expect(body.total).toBe(5);
    expect(body.items[0]).toEqual({
      id: orgs.longOverdue.id,
      code: orgs.longOverdue.code,
      name: "久未换届党支部",
      kind: "branch",
      parentName: "测试镇党委",
      termStartedOn: "2020-03-01",
      termYears: 3,
      termEndsOn: "2023-03-01",
      termStatus: "overdue",
    });
    expect(body.items[3]).toMatchObject({ termYears: 5, termEndsOn: "2026-12-31", termStatus: "due" });
  });

  it("agrees with the detail page at the edges: the end day is still due, the day after overdue", async () => {
    const byName = new Map((await get(as.orgAdmin, "/api/orgs/renewals")).json().items.map((r: { name: string; termStatus: string }) => [r.name, r.termStatus]));
    for (const [key, status] of [["endsToday", "due"], ["endedYesterday", "overdue"], ["dueFromToday", "due"], ["dueTomorrow", "in_term"]] as const) {
      const detail = (await get(as.orgAdmin, `/api/orgs/${orgs[key].id}`)).json();
      expect({ key, status: detail.termStatus }).toEqual({ key, status });
      expect({ key, status: byName.get(detail.name) ?? "in_term" }).toEqual({ key, status });
    }
  });

  it("filters by status and pages with the total", async () => {
    expect(names((await get(as.orgAdmin, "/api/orgs/renewals?status=due")).json())).toEqual(["届满当日党支部", "甲村党支部", "今日起提醒党支部"]);
    expect(names((await get(as.orgAdmin, "/api/orgs/renewals?status=overdue")).json())).toEqual(["久未换届党支部", "昨日届满党支部"]);
    const page = (await get(as.orgAdmin, "/api/orgs/renewals?pageSize=2&page=2")).json();
    expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(names(page)).toEqual(["届满当日党支部", "甲村党支部"]);
  });

  it("keeps to the caller's scope", async () => {
    expect(names((await get(as.officerA, "/api/orgs/renewals")).json())).toEqual(["甲村党支部"]);
    const otherAdmin = await signIn(t.app, (await buildUser(t.system, { role: "org_admin", org: tree.otherCommittee })).username);
    expect((await get(otherAdmin, "/api/orgs/renewals")).json().items).toHaveLength(1);
    expect((await get(as.admin, "/api/orgs/renewals")).json().total).toBe(6);
  });

  it("refuses an unknown status with the field named", async () => {
    const response = await get(as.orgAdmin, "/api/orgs/renewals?status=soon");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe("status");
  });
});
