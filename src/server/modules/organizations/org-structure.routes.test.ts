import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, buildOrgTreeWithUsers, buildUser, signIn, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { orgsTable } from "./organizations.table";
import { insertTestMembers, setTestMemberStanding } from "./organizations.test-helpers";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Record<"admin" | "orgAdmin" | "officerA", Session>;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  as = await signInTree(t.app, tree);
});
afterAll(() => t.close());

const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
const post = (session: Session, url: string, payload: object) => t.app.inject({ method: "POST", url, headers: session.headers, payload });
const ids = (body: { items: { id: string }[] }) => body.items.map((o) => o.id).sort();
const rowsUnder = (path: string) =>
  t.deps.db.select({ id: orgsTable.id, parentId: orgsTable.parentId, path: orgsTable.path, depth: orgsTable.depth }).from(orgsTable).where(like(orgsTable.path, `${path}%`));

describe("POST /api/orgs/:id/move", () => {
  it("re-parents a branch with its groups: every path and depth follows, audited, and the officer's scope goes along", async () => {
    const generalBranch = await buildOrganization(t.system, { parent: tree.committee, kind: "general_branch" });
    const branch = await buildOrganization(t.system, { parent: tree.committee });
    const groups = [await buildOrganization(t.system, { parent: branch, kind: "group" }), await buildOrganization(t.system, { parent: branch, kind: "group" })];
    const branchOfficer = await signIn(t.app, (await buildUser(t.system, { role: "branch_officer", org: branch })).username);
    const generalAdmin = await signIn(t.app, (await buildUser(t.system, { role: "org_admin", org: generalBranch })).username);
    expect((await get(generalAdmin, `/api/orgs/${branch.id}`)).statusCode).toBe(404);

    const response = await post(as.orgAdmin, `/api/orgs/${branch.id}/move`, { parentId: generalBranch.id });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ parentId: generalBranch.id, parentName: generalBranch.name });

    const moved = await rowsUnder(`${generalBranch.path}${branch.id}/`);
    expect(moved.sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id))).toEqual([
      { id: branch.id, parentId: generalBranch.id, path: `/${tree.committee.id}/${generalBranch.id}/${branch.id}/`, depth: 2 },
      ...groups
        .map((g) => ({ id: g.id, parentId: branch.id, path: `/${tree.committee.id}/${generalBranch.id}/${branch.id}/${g.id}/`, depth: 3 }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ]);
    expect(await rowsUnder(branch.path)).toEqual([]);

    const audit = (await get(as.admin, `/api/audit?entityId=${branch.id}&action=org.move`)).json();
    expect(audit.items[0]).toMatchObject({ before: { parentId: tree.committee.id, depth: 1 }, after: { parentId: generalBranch.id, depth: 2, movedOrgCount: 3 } });
    // Scopes are read from the paths on every request: the branch's officer still sees the branch and its groups.
    expect(ids((await get(branchOfficer, "/api/orgs")).json())).toEqual([branch.id, ...groups.map((g) => g.id)].sort());
    expect((await get(generalAdmin, `/api/orgs/${groups[0]!.id}`)).statusCode).toBe(200);
    expect((await get(as.orgAdmin, `/api/orgs/${generalBranch.id}`)).json()).toMatchObject({ childCount: 1, subtreeOrgCount: 4 });
  });

  it("moves a party group to another branch, and does nothing (no audit) when the parent stays", async () => {
    const group = await buildOrganization(t.system, { parent: tree.branchA, kind: "group" });
    expect((await post(as.orgAdmin, `/api/orgs/${group.id}/move`, { parentId: tree.branchB.id })).json()).toMatchObject({ parentId: tree.branchB.id });
    expect((await post(as.orgAdmin, `/api/orgs/${group.id}/move`, { parentId: tree.branchB.id })).statusCode).toBe(200);
    expect((await get(as.admin, `/api/audit?entityId=${group.id}&action=org.move`)).json().total).toBe(1);
  });

  it("refuses a move under itself or its own descendant, and one the kinds forbid (422 on parentId)", async () => {
    for (const parentId of [tree.branchA.id, tree.groupA1.id]) {
      const response = await post(as.orgAdmin, `/api/orgs/${tree.branchA.id}/move`, { parentId });
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({ code: "orgs.move_into_subtree", details: [{ field: "parentId" }] });
    }
    const underBranch = await post(as.orgAdmin, `/api/orgs/${tree.branchA.id}/move`, { parentId: tree.branchB.id });
    expect(underBranch.statusCode).toBe(422);
    expect(underBranch.json().error).toMatchObject({ code: "orgs.parent_invalid", details: [{ field: "parentId", rule: "ORG-08" }] });
    expect((await get(as.orgAdmin, `/api/orgs/${tree.branchA.id}`)).json().parentId).toBe(tree.committee.id);
  });

  it("needs both ends in scope (404), a role that may move (403), and a valid id (400)", async () => {
    expect((await post(as.orgAdmin, `/api/orgs/${tree.branchB.id}/move`, { parentId: tree.otherCommittee.id })).statusCode).toBe(404);
    const foreignBranch = await buildOrganization(t.system, { parent: tree.otherCommittee });
    expect((await post(as.orgAdmin, `/api/orgs/${foreignBranch.id}/move`, { parentId: tree.committee.id })).statusCode).toBe(404);
    expect((await post(as.officerA, `/api/orgs/${tree.groupA1.id}/move`, { parentId: tree.branchA.id })).statusCode).toBe(403);
    expect((await post(as.officerA, `/api/orgs/${tree.branchB.id}/move`, { parentId: tree.committee.id })).statusCode).toBe(404);
    const bad = await post(as.orgAdmin, `/api/orgs/${tree.branchB.id}/move`, { parentId: "x" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe("parentId");
    // An admin reaches both ends.
    expect((await post(as.admin, `/api/orgs/${foreignBranch.id}/move`, { parentId: tree.committee.id })).statusCode).toBe(200);
  });
});

describe("POST /api/orgs/:id/dissolve", () => {
  const dissolve = (session: Session, id: string, payload: object = { reason: "单位撤并", dissolvedOn: "2026-11-20" }) =>
    post(session, `/api/orgs/${id}/dissolve`, payload);

  it("refuses while members or child organizations remain, naming them, then dissolves once they are gone", async () => {
    const branch = await buildOrganization(t.system, { parent: tree.committee, name: "己村党支部" });
    const group = await buildOrganization(t.system, { parent: branch, kind: "group" });
    const branchMembers = await insertTestMembers(t.deps.db, branch.id, 2);
    const [groupMember] = await insertTestMembers(t.deps.db, group.id, 1, { standing: "suspended" });
    const officer = (await post(as.orgAdmin, `/api/orgs/${branch.id}/officers`, { post: "secretary", memberId: branchMembers[0]!.id, startedOn: "2024-01-05" })).json();

    const refused = await dissolve(as.orgAdmin, branch.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: "orgs.not_empty", details: [{ field: "members" }, { field: "children" }] });
    expect(refused.json().error.message).toContain("还有 3 名党员，请先转移");
    expect(refused.json().error.message).toContain("还有 1 个下级组织");
    expect((await dissolve(as.orgAdmin, group.id)).json().error.details).toEqual([{ field: "members", message: "还有 1 名党员，请先转移" }]);

    await setTestMemberStanding(t.deps.db, groupMember!.id, "transferred_out");
    expect((await dissolve(as.orgAdmin, group.id)).json()).toMatchObject({ dissolvedAt: "2026-11-20" });
    for (const member of branchMembers) await setTestMemberStanding(t.deps.db, member.id, "exited");
    const response = await dissolve(as.orgAdmin, branch.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      dissolvedAt: "2026-11-20",
      dissolvedReason: "单位撤并",
      warnings: [],
      abilities: { canUpdate: false, canCreateChild: false, canMove: false, canDissolve: false, canManageOfficers: false },
    });

    const audit = (await get(as.admin, `/api/audit?entityId=${branch.id}&action=org.dissolve`)).json();
    expect(audit.items[0]).toMatchObject({ before: { dissolvedAt: null }, after: { dissolvedAt: "2026-11-20", dissolvedReason: "单位撤并", endedOfficers: [{ id: officer.id }] } });
    expect((await get(as.orgAdmin, `/api/orgs/${branch.id}/officers`)).json().items[0]).toMatchObject({ endedOn: "2026-11-20", isCurrent: false });
  });

  it("keeps a dissolved organization as history: readable by id, listed only on request, closed to changes", async () => {
    const branch = await buildOrganization(t.system, { parent: tree.committee, name: "庚厂党支部" });
    const childCount = (await get(as.orgAdmin, `/api/orgs/${tree.committee.id}`)).json().childCount;
    expect((await dissolve(as.orgAdmin, branch.id)).statusCode).toBe(200);
    expect((await get(as.admin, `/api/orgs/${branch.id}`)).json()).toMatchObject({ dissolvedAt: "2026-11-20", name: "庚厂党支部" });
    expect((await get(as.orgAdmin, `/api/orgs/${tree.committee.id}`)).json().childCount).toBe(childCount - 1);
    expect(ids((await get(as.orgAdmin, `/api/orgs?parentId=${tree.committee.id}&pageSize=200`)).json())).not.toContain(branch.id);
    const withHistory = (await get(as.orgAdmin, `/api/orgs?parentId=${tree.committee.id}&pageSize=200&includeDissolved=true`)).json();
    expect(withHistory.items.find((o: { id: string }) => o.id === branch.id)).toMatchObject({ dissolvedAt: "2026-11-20" });

    const rename = await t.app.inject({ method: "PATCH", url: `/api/orgs/${branch.id}`, headers: as.orgAdmin.headers, payload: { name: "复活党支部" } });
    expect(rename.statusCode).toBe(422);
    expect(rename.json().error.code).toBe("orgs.dissolved");
    expect((await dissolve(as.orgAdmin, branch.id)).json().error.code).toBe("orgs.dissolved");
    expect((await post(as.orgAdmin, `/api/orgs/${branch.id}/move`, { parentId: tree.committee.id })).statusCode).toBe(422);
    expect((await post(as.orgAdmin, "/api/orgs", { code: "T-UNDER-DIS", name: "撤销后的小组", kind: "group", parentId: branch.id })).statusCode).toBe(404);
  });

  it("refuses while an active account is bound to the organization", async () => {
    const branch = await buildOrganization(t.system, { parent: tree.committee });
    await buildUser(t.system, { role: "branch_officer", org: branch });
    const response = await dissolve(as.orgAdmin, branch.id);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field: "users" })]);
  });

  it("checks role (403), scope (404), fields (400) and the date (422)", async () => {
    const branch = await buildOrganization(t.system, { parent: tree.committee });
    expect((await dissolve(as.officerA, tree.groupA1.id)).statusCode).toBe(403);
    expect((await dissolve(as.officerA, tree.branchB.id)).statusCode).toBe(404);
    expect((await dissolve(as.orgAdmin, tree.otherCommittee.id)).statusCode).toBe(404);
    const bad = await dissolve(as.orgAdmin, branch.id, { reason: "", dissolvedOn: "2026-02-30x" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(["dissolvedOn", "reason"]);
    const future = await dissolve(as.orgAdmin, branch.id, { reason: "单位撤并", dissolvedOn: "2026-11-26" });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.details[0].field).toBe("dissolvedOn");
    const [row] = await t.deps.db.select({ archivedAt: orgsTable.archivedAt }).from(orgsTable).where(eq(orgsTable.id, branch.id));
    expect(row!.archivedAt).toBeNull();
  });
});
