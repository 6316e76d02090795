import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrgTreeWithUsers, signIn, type Session } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Record<"admin" | "orgAdmin" | "officerA" | "officerB" | "memberA", Session>;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  as = {
    admin: await signIn(t.app, tree.users.admin.username),
    orgAdmin: await signIn(t.app, tree.users.orgAdmin.username),
    officerA: await signIn(t.app, tree.users.officerA.username),
    officerB: await signIn(t.app, tree.users.officerB.username),
    memberA: await signIn(t.app, tree.users.memberA.username),
  };
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
    expect(body).toMatchObject({ id: tree.committee.id, childCount: 2, subtreeOrgCount: 4, subtreeMemberCount: 0, parentName: null, abilities: { canUpdate: true, canCreateChild: true } });
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
