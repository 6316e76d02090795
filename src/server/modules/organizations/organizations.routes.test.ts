import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, buildOrgTreeWithUsers, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { insertTestMembers } from "./organizations.test-helpers";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Record<"admin" | "orgAdmin" | "officerA" | "officerB" | "memberA", Session>;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  as = await signInTree(t.app, tree);
});
afterAll(() => t.close());

const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
const ids = (body: { items: { id: string }[] }) => body.items.map((o) => o.id);

describe("GET /api/orgs", () => {
  it("gives an org admin the committee's whole subtree and nothing of another committee", async () => {
    const body = (await get(as.orgAdmin, "/api/orgs?pageSize=200")).json();
    expect(ids(body).sort()).toEqual([tree.committee.id, tree.branchA.id, tree.branchB.id, tree.groupA1.id].sort());
    expect(body.total).toBe(4);
    expect(body.items[0]).toEqual({
      id: tree.committee.id,
      code: tree.committee.code,
      name: "测试镇党委",
      kind: "committee",
      domain: "community",
      unitName: null,
      parentId: null,
      hasChildren: true,
      dissolvedAt: null,
    });
  });

  it("gives a branch officer the branch and its groups, not the sibling branch or the committee", async () => {
    const body = (await get(as.officerA, "/api/orgs")).json();
    expect(ids(body).sort()).toEqual([tree.branchA.id, tree.groupA1.id].sort());
  });

  it("gives a member only their own organization", async () => {
    expect(ids((await get(as.memberA, "/api/orgs")).json())).toEqual([tree.branchA.id]);
  });

  it("starts the tree at the top of the caller's scope and loads children by parent", async () => {
    expect(ids((await get(as.officerA, "/api/orgs?roots=true")).json())).toEqual([tree.branchA.id]);
    expect(ids((await get(as.orgAdmin, `/api/orgs?parentId=${tree.committee.id}`)).json()).sort()).toEqual([tree.branchA.id, tree.branchB.id].sort());
    expect(ids((await get(as.officerA, `/api/orgs?parentId=${tree.committee.id}`)).json())).toEqual([tree.branchA.id]);
  });

  it("pages, and refuses a page size over the limit", async () => {
    const page = (await get(as.orgAdmin, "/api/orgs?pageSize=2&page=2")).json();
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    const tooBig = await get(as.orgAdmin, "/api/orgs?pageSize=100000");
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.details[0]).toMatchObject({ field: "pageSize" });
  });

  it("searches by name within scope only", async () => {
    expect(ids((await get(as.orgAdmin, `/api/orgs?q=${encodeURIComponent("甲村")}`)).json()).sort()).toEqual([tree.branchA.id, tree.groupA1.id].sort());
    expect(ids((await get(as.officerB, `/api/orgs?q=${encodeURIComponent("甲村")}`)).json())).toEqual([]);
  });
});

describe("GET /api/orgs/:id", () => {
  it("answers the detail with subtree counts and abilities", async () => {
    const body = (await get(as.orgAdmin, `/api/orgs/${tree.committee.id}`)).json();
    expect(body).toMatchObject({
      id: tree.committee.id,
      childCount: 2,
      subtreeOrgCount: 4,
      subtreeMemberCount: 0,
      parentName: null,
      // The org admin's own committee: they may change it, not move or dissolve the ground they stand on.
      abilities: { canUpdate: true, canCreateChild: true, canMove: false, canDissolve: false, canManageOfficers: true },
    });
    expect((await get(as.orgAdmin, `/api/orgs/${tree.branchA.id}`)).json().abilities).toMatchObject({ canMove: true, canDissolve: true });
    expect((await get(as.officerA, `/api/orgs/${tree.branchA.id}`)).json().abilities).toEqual({ canUpdate: false, canCreateChild: false, canMove: false, canDissolve: false, canManageOfficers: false });
  });

  it("answers 404, never the data, for an organization outside the caller's subtree", async () => {
    for (const [session, id] of [
      [as.officerA, tree.branchB.id],
      [as.officerA, tree.committee.id],
      [as.orgAdmin, tree.otherCommittee.id],
      [as.memberA, tree.groupA1.id],
    ] as const) {
      const response = await get(session, `/api/orgs/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("orgs.not_found");
      expect(response.body).not.toContain(id);
    }
    expect((await get(as.admin, `/api/orgs/${tree.otherCommittee.id}`)).statusCode).toBe(200);
  });

  it("rejects a malformed id", async () => {
    const response = await get(as.orgAdmin, "/api/orgs/not-a-uuid");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe("id");
  });
});

describe("POST and PATCH /api/orgs", () => {
  const post = (session: Session, payload: object) => t.app.inject({ method: "POST", url: "/api/orgs", headers: session.headers, payload });

  it("creates a branch under the committee, audited with its after state", async () => {
    const response = await post(as.orgAdmin, { code: "T-NEW-01", name: "丙企业党支部", kind: "branch", domain: "non_public_enterprise", unitName: "丙科技有限公司", parentId: tree.committee.id });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ code: "T-NEW-01", parentId: tree.committee.id, parentName: "测试镇党委", domain: "non_public_enterprise" });
    const audit = (await get(as.orgAdmin, `/api/audit?entityId=${created.id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: "org.create", actorUsername: tree.users.orgAdmin.username, after: { code: "T-NEW-01", name: "丙企业党支部" } });
  });

  it("refuses a duplicate code with 409 and writes nothing", async () => {
    const response = await post(as.orgAdmin, { code: tree.branchA.code, name: "重复党支部", kind: "branch", parentId: tree.committee.id });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: "orgs.code_taken", details: [{ field: "code" }] });
    expect((await get(as.orgAdmin, `/api/orgs?q=${encodeURIComponent("重复党支部")}`)).json().total).toBe(0);
  });

  it("refuses a party group outside a branch, citing the rule", async () => {
    const response = await post(as.orgAdmin, { code: "T-BAD-GRP", name: "错误党小组", kind: "group", parentId: tree.committee.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: "orgs.parent_invalid", details: [{ field: "kind", rule: "ORG-08" }] });
  });

  it("names every invalid field", async () => {
    const response = await post(as.orgAdmin, { code: "!", name: "x", kind: "club", parentId: tree.committee.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(["code", "kind", "name"]);
  });

  it("forbids a branch officer to create, and hides other subtrees from an org admin", async () => {
    expect((await post(as.officerA, { code: "T-OFF-01", name: "越权党小组", kind: "group", parentId: tree.branchA.id })).statusCode).toBe(403);
    expect((await post(as.orgAdmin, { code: "T-OTH-01", name: "别处党支部", kind: "branch", parentId: tree.otherCommittee.id })).statusCode).toBe(404);
    expect((await post(as.orgAdmin, { code: "T-TOP-01", name: "顶层党委", kind: "committee", parentId: null })).statusCode).toBe(403);
  });

  it("updates name and domain, auditing before and after", async () => {
    const response = await t.app.inject({ method: "PATCH", url: `/api/orgs/${tree.branchB.id}`, headers: as.orgAdmin.headers, payload: { name: "乙社区第一党支部" } });
    expect(response.statusCode).toBe(200);
    expect(response.json().name).toBe("乙社区第一党支部");
    const audit = (await get(as.admin, `/api/audit?entityId=${tree.branchB.id}&action=org.update`)).json();
    expect(audit.items[0]).toMatchObject({ before: { name: "乙社区党支部" }, after: { name: "乙社区第一党支部" } });
  });

  it("answers 404 when a branch officer tries to update a sibling, 403 for their own branch", async () => {
    const patch = (session: Session, id: string) => t.app.inject({ method: "PATCH", url: `/api/orgs/${id}`, headers: session.headers, payload: { name: "改名" } });
    expect((await patch(as.officerA, tree.branchB.id)).statusCode).toBe(404);
    expect((await patch(as.officerA, tree.branchA.id)).statusCode).toBe(403);
  });
});

describe("setup warnings and member counts on the detail (rules.md §2.1)", () => {
  it("counts the active members of a branch and its groups, full ones apart, and warns by rule", async () => {
    const branch = await buildOrganization(t.system, { parent: tree.committee, domain: "agency" });
    const group = await buildOrganization(t.system, { parent: branch, kind: "group" });
    await insertTestMembers(t.deps.db, branch.id, 2);
    await insertTestMembers(t.deps.db, branch.id, 3, { status: "probationary" });
    await insertTestMembers(t.deps.db, branch.id, 4, { standing: "transferred_out" });
    await insertTestMembers(t.deps.db, group.id, 1);
    const detail = (await get(as.orgAdmin, `/api/orgs/${branch.id}`)).json();
    expect(detail).toMatchObject({ memberCount: 6, fullMemberCount: 3, subtreeMemberCount: 6, termStatus: "unknown" });
    // 3 full members counting the group's: no ORG-01; no secretary yet (ORG-06); no term recorded.
    expect(detail.warnings.map((w: { rule: string }) => w.rule)).toEqual(["ORG-06", "TERM-03"]);

    await insertTestMembers(t.deps.db, branch.id, 4);
    const grown = (await get(as.orgAdmin, `/api/orgs/${branch.id}`)).json();
    expect(grown.fullMemberCount).toBe(7);
    expect(grown.warnings.filter((w: { rule: string }) => w.rule === "ORG-05")).toHaveLength(2);
    expect((await get(as.orgAdmin, `/api/orgs/${tree.committee.id}`)).json().subtreeMemberCount).toBe(10);
  });

  it("advises a joint branch when a branch has fewer than 3 full members", async () => {
    const branch = await buildOrganization(t.system, { parent: tree.committee });
    await insertTestMembers(t.deps.db, branch.id, 2);
    const warnings = (await get(as.orgAdmin, `/api/orgs/${branch.id}`)).json().warnings;
    expect(warnings[0]).toMatchObject({ rule: "ORG-01", level: "warning" });
    expect(warnings[0].message).toContain("联合党支部");
  });
});

describe("unit nature and the term (PATCH /api/orgs/:id)", () => {
  const patch = (session: Session, id: string, payload: object) => t.app.inject({ method: "PATCH", url: `/api/orgs/${id}`, headers: session.headers, payload });

  it("keeps the unit nature on create and edit, audited", async () => {
    const created = (await t.app.inject({ method: "POST", url: "/api/orgs", headers: as.orgAdmin.headers, payload: { code: "T-NAT-01", name: "丁公司党支部", kind: "branch", unitNature: "国有企业", parentId: tree.committee.id } })).json();
    expect(created.unitNature).toBe("国有企业");
    expect((await patch(as.orgAdmin, created.id, { unitNature: "集体企业" })).json().unitNature).toBe("集体企业");
    const audit = (await get(as.admin, `/api/audit?entityId=${created.id}&action=org.update`)).json();
    expect(audit.items[0]).toMatchObject({ before: { unitNature: "国有企业" }, after: { unitNature: "集体企业" } });
  });

  it("takes the term's length from TERM-02 when left out, and computes its end and status", async () => {
    // A village branch: 5 years; elected 2021-12-01, so it ends 2026-12-01, within 3 months of the test clock's 2026-11-25.
    const village = (await patch(as.orgAdmin, tree.branchA.id, { termStartedOn: "2021-12-01" })).json();
    expect(village).toMatchObject({ termStartedOn: "2021-12-01", termYears: 5, defaultTermYears: 5, termEndsOn: "2026-12-01", termStatus: "due" });
    expect(village.warnings).toContainEqual(expect.objectContaining({ rule: "TERM-03", level: "info" }));
    const agency = await buildOrganization(t.system, { parent: tree.committee, domain: "agency" });
    expect((await patch(as.orgAdmin, agency.id, { termStartedOn: "2023-01-10" })).json()).toMatchObject({ termYears: 3, termEndsOn: "2026-01-10", termStatus: "overdue" });
    expect((await patch(as.orgAdmin, agency.id, { termYears: 5 })).json()).toMatchObject({ termStartedOn: "2023-01-10", termEndsOn: "2028-01-10", termStatus: "in_term" });
    const audit = (await get(as.admin, `/api/audit?entityId=${agency.id}&action=org.update`)).json();
    expect(audit.items[0]).toMatchObject({ before: { termYears: 3 }, after: { termYears: 5, termStartedOn: "2023-01-10" } });
    expect((await patch(as.orgAdmin, agency.id, { termStartedOn: null })).json()).toMatchObject({ termStartedOn: null, termYears: null, termStatus: "unknown" });
  });

  it("refuses a term starting in the future, and any term on a party group, with the field", async () => {
    const future = await patch(as.orgAdmin, tree.branchB.id, { termStartedOn: "2026-11-26" });
    expect(future.statusCode).toBe(422);
    expect(future.json().error).toMatchObject({ code: "orgs.term_invalid", details: [{ field: "termStartedOn" }] });
    const group = await patch(as.orgAdmin, tree.groupA1.id, { termStartedOn: "2024-01-01" });
    expect(group.statusCode).toBe(422);
    expect(group.json().error.message).toContain("党小组");
    expect((await patch(as.orgAdmin, tree.branchB.id, { termYears: 3 })).statusCode).toBe(422);
  });

  it("keeps the founding day (成立日期), audited, and refuses one in the future", async () => {
    const created = (await t.app.inject({ method: "POST", url: "/api/orgs", headers: as.orgAdmin.headers, payload: { code: "T-EST-01", name: "戊新建党支部", kind: "branch", establishedOn: "2026-03-15", parentId: tree.committee.id } })).json();
    expect(created.establishedOn).toBe("2026-03-15");
    expect((await patch(as.orgAdmin, created.id, { establishedOn: "2026-02-01" })).json().establishedOn).toBe("2026-02-01");
    const audit = (await get(as.admin, `/api/audit?entityId=${created.id}&action=org.update`)).json();
    expect(audit.items[0]).toMatchObject({ before: { establishedOn: "2026-03-15" }, after: { establishedOn: "2026-02-01" } });
    const future = await patch(as.orgAdmin, created.id, { establishedOn: "2026-11-26" });
    expect(future.statusCode).toBe(422);
    expect(future.json().error).toMatchObject({ details: [{ field: "establishedOn" }] });
    expect((await patch(as.orgAdmin, created.id, { establishedOn: null })).json().establishedOn).toBeNull();
  });

  it("names each malformed term field", async () => {
    const response = await patch(as.orgAdmin, tree.branchB.id, { termStartedOn: "2024-13-01", termYears: 0 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(["termStartedOn", "termYears"]);
  });
});
