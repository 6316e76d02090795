import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, buildOrgTreeWithUsers, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import type { OrgRow } from "./organizations.repository";
import { insertTestMembers } from "./organizations.test-helpers";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Record<"admin" | "orgAdmin" | "officerA" | "memberA", Session>;
/** A branch of 8 full members with a group; the members are the roster the officers come from. */
let branch: OrgRow;
let group: OrgRow;
let members: { id: string; name: string }[];
let groupMember: { id: string; name: string };
let siblingMember: { id: string; name: string };
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  as = await signInTree(t.app, tree);
  branch = await buildOrganization(t.system, { parent: tree.committee, name: "戊街道机关党支部", domain: "agency" });
  group = await buildOrganization(t.system, { parent: branch, kind: "group" });
  members = [
    ...(await insertTestMembers(t.deps.db, branch.id, 1, { name: "王书记" })),
    ...(await insertTestMembers(t.deps.db, branch.id, 1, { name: "李组织" })),
    ...(await insertTestMembers(t.deps.db, branch.id, 6)),
  ];
  groupMember = (await insertTestMembers(t.deps.db, group.id, 1, { name: "赵宣传" }))[0]!;
  siblingMember = (await insertTestMembers(t.deps.db, tree.branchB.id, 1, { name: "钱外支" }))[0]!;
});
afterAll(() => t.close());

const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
const appoint = (session: Session, orgId: string, payload: object) =>
  t.app.inject({ method: "POST", url: `/api/orgs/${orgId}/officers`, headers: session.headers, payload });
const end = (session: Session, orgId: string, officerId: string, payload: object) =>
  t.app.inject({ method: "PATCH", url: `/api/orgs/${orgId}/officers/${officerId}`, headers: session.headers, payload });
const rulesOf = async (orgId: string) => (await get(as.orgAdmin, `/api/orgs/${orgId}`)).json().warnings.map((w: { rule: string }) => w.rule);

describe("appointing officers (POST /api/orgs/:id/officers)", () => {
  it("takes a member's name from the roster, audits the appointment, and lists them as current", async () => {
    expect((await get(as.orgAdmin, `/api/orgs/${branch.id}/officers`)).json()).toEqual({ items: [] });
    const response = await appoint(as.orgAdmin, branch.id, { post: "secretary", memberId: members[0]!.id, name: "别的名字", startedOn: "2024-01-05" });
    expect(response.statusCode).toBe(201);
    const officer = response.json();
    expect(officer).toMatchObject({ orgId: branch.id, post: "secretary", memberId: members[0]!.id, name: "王书记", startedOn: "2024-01-05", endedOn: null, isCurrent: true });
    const audit = (await get(as.admin, `/api/audit?entityId=${officer.id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: "org.officer_create", entityType: "org_officer", orgId: branch.id, before: null, after: { post: "secretary", name: "王书记" } });
  });

  it("refuses a second current secretary with 422 on the post, naming the one in office", async () => {
    const response = await appoint(as.orgAdmin, branch.id, { post: "secretary", memberId: members[1]!.id, startedOn: "2024-02-01" });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: "orgs.officer_post_taken", details: [{ field: "post" }] });
    expect(response.json().error.message).toContain("王书记");
  });

  it("accepts a member of the branch's group, and someone off the roster by name", async () => {
    expect((await appoint(as.orgAdmin, branch.id, { post: "organization_officer", memberId: members[1]!.id, startedOn: "2024-01-05" })).statusCode).toBe(201);
    const fromGroup = await appoint(as.orgAdmin, branch.id, { post: "publicity_officer", memberId: groupMember.id, startedOn: "2024-01-05" });
    expect(fromGroup.json()).toMatchObject({ name: "赵宣传" });
    const outsider = await appoint(as.orgAdmin, branch.id, { post: "deputy_secretary", name: "孙挂职", startedOn: "2025-03-01" });
    expect(outsider.json()).toMatchObject({ memberId: null, name: "孙挂职" });
  });

  it("refuses a member outside the subtree or no longer on the active roster", async () => {
    const sibling = await appoint(as.orgAdmin, branch.id, { post: "discipline_officer", memberId: siblingMember.id, startedOn: "2024-01-05" });
    expect(sibling.statusCode).toBe(422);
    expect(sibling.json().error).toMatchObject({ code: "orgs.officer_member_invalid", details: [{ field: "memberId" }] });
    const [gone] = await insertTestMembers(t.deps.db, branch.id, 1, { standing: "transferred_out" });
    expect((await appoint(as.orgAdmin, branch.id, { post: "discipline_officer", memberId: gone!.id, startedOn: "2024-01-05" })).statusCode).toBe(422);
  });

  it("refuses a probationary member for an elected post (TERM-04), not as a group leader", async () => {
    const [probationary] = await insertTestMembers(t.deps.db, group.id, 1, { status: "probationary" });
    const response = await appoint(as.orgAdmin, branch.id, { post: "discipline_officer", memberId: probationary!.id, startedOn: "2024-01-05" });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0]).toMatchObject({ field: "memberId", rule: "TERM-04" });
    const leaderGroup = await buildOrganization(t.system, { parent: branch, kind: "group" });
    const [young] = await insertTestMembers(t.deps.db, leaderGroup.id, 1, { status: "probationary" });
    expect((await appoint(as.orgAdmin, leaderGroup.id, { post: "group_leader", memberId: young!.id, startedOn: "2024-01-05" })).statusCode).toBe(201);
  });

  it("refuses a post the organization does not have, and a start in the future", async () => {
    const leader = await appoint(as.orgAdmin, branch.id, { post: "group_leader", name: "周组长", startedOn: "2024-01-05" });
    expect(leader.statusCode).toBe(422);
    expect(leader.json().error).toMatchObject({ code: "orgs.officer_post_invalid", details: [{ field: "post", rule: "ORG-08" }] });
    expect((await appoint(as.orgAdmin, group.id, { post: "group_leader", memberId: groupMember.id, startedOn: "2024-01-05" })).statusCode).toBe(201);
    expect((await appoint(as.orgAdmin, group.id, { post: "secretary", name: "吴某某", startedOn: "2024-01-05" })).statusCode).toBe(422);
    const future = await appoint(as.orgAdmin, branch.id, { post: "committee_member", name: "郑未来", startedOn: "2026-11-26" });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.details[0].field).toBe("startedOn");
  });

  it("names the fields of a malformed appointment", async () => {
    const noName = await appoint(as.orgAdmin, branch.id, { post: "committee_member", startedOn: "2024-01-05" });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.details).toEqual([expect.objectContaining({ field: "name" })]);
    const bad = await appoint(as.orgAdmin, branch.id, { post: "chairman", memberId: "x", startedOn: "yesterday" });
    expect(bad.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(["memberId", "post", "startedOn"]);
  });

  it("lets a branch officer read their officers but not appoint (403), and hides other subtrees (404)", async () => {
    expect((await get(as.officerA, `/api/orgs/${tree.branchA.id}/officers`)).statusCode).toBe(200);
    expect((await get(as.memberA, `/api/orgs/${tree.branchA.id}/officers`)).statusCode).toBe(200);
    expect((await appoint(as.officerA, tree.branchA.id, { post: "secretary", name: "越权者", startedOn: "2024-01-05" })).statusCode).toBe(403);
    expect((await get(as.officerA, `/api/orgs/${tree.branchB.id}/officers`)).statusCode).toBe(404);
    expect((await appoint(as.officerA, tree.branchB.id, { post: "secretary", name: "越权者", startedOn: "2024-01-05" })).statusCode).toBe(404);
    expect((await appoint(as.orgAdmin, tree.otherCommittee.id, { post: "secretary", name: "越权者", startedOn: "2024-01-05" })).statusCode).toBe(404);
  });
});

describe("the setup rules see the officers (ORG-05)", () => {
  it("is satisfied by a secretary and two committee officers for a branch of 9 full members", async () => {
    expect(await rulesOf(branch.id)).not.toContain("ORG-05");
    const committeeBranch = await buildOrganization(t.system, { parent: tree.committee, domain: "agency" });
    await insertTestMembers(t.deps.db, committeeBranch.id, 7);
    expect((await rulesOf(committeeBranch.id)).filter((rule: string) => rule === "ORG-05")).toHaveLength(2);
  });
});

describe("ending a post (PATCH /api/orgs/:id/officers/:officerId)", () => {
  it("ends it on a valid day, audited, and then lets a new secretary be appointed", async () => {
    const secretary = (await get(as.orgAdmin, `/api/orgs/${branch.id}/officers`)).json().items.find((o: { post: string }) => o.post === "secretary");
    const early = await end(as.orgAdmin, branch.id, secretary.id, { endedOn: "2023-12-31" });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details[0]).toMatchObject({ field: "endedOn" });
    const response = await end(as.orgAdmin, branch.id, secretary.id, { endedOn: "2026-10-31" });
    expect(response.json()).toMatchObject({ endedOn: "2026-10-31", isCurrent: false });
    const audit = (await get(as.admin, `/api/audit?entityId=${secretary.id}&action=org.officer_end`)).json();
    expect(audit.items[0]).toMatchObject({ before: { endedOn: null }, after: { endedOn: "2026-10-31" } });
    expect((await end(as.orgAdmin, branch.id, secretary.id, { endedOn: "2026-11-01" })).json().error.code).toBe("orgs.officer_ended");
    expect((await appoint(as.orgAdmin, branch.id, { post: "secretary", memberId: members[2]!.id, startedOn: "2026-11-01" })).statusCode).toBe(201);
    expect(await rulesOf(branch.id)).not.toContain("ORG-05");
  });

  it("lists the current officers by post, then the past ones", async () => {
    const items = (await get(as.orgAdmin, `/api/orgs/${branch.id}/officers`)).json().items;
    expect(items.map((o: { post: string; isCurrent: boolean }) => `${o.post}:${o.isCurrent}`)).toEqual([
      "secretary:true",
      "deputy_secretary:true",
      "organization_officer:true",
      "publicity_officer:true",
      "secretary:false",
    ]);
  });

  it("answers 404 for an officer of another organization, 403 for a branch officer, 400 for a bad date", async () => {
    const officer = (await get(as.orgAdmin, `/api/orgs/${branch.id}/officers`)).json().items[0];
    const elsewhere = await end(as.orgAdmin, tree.branchB.id, officer.id, { endedOn: "2026-11-01" });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.code).toBe("orgs.officer_not_found");
    const appointed = (await appoint(as.orgAdmin, tree.branchA.id, { post: "secretary", name: "甲书记", startedOn: "2024-01-05" })).json();
    expect((await end(as.officerA, tree.branchA.id, appointed.id, { endedOn: "2026-11-01" })).statusCode).toBe(403);
    const bad = await end(as.orgAdmin, branch.id, officer.id, { endedOn: "soon" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe("endedOn");
  });
});

describe("candidates for a post (GET /api/orgs/:id/officer-candidates)", () => {
  it("lists the active roster of the subtree by name, for those who appoint only", async () => {
    const all = (await get(as.orgAdmin, `/api/orgs/${branch.id}/officer-candidates`)).json().items;
    expect(all.map((c: { name: string }) => c.name)).toContain("赵宣传");
    expect(all.map((c: { name: string }) => c.name)).not.toContain("钱外支");
    const found = (await get(as.orgAdmin, `/api/orgs/${branch.id}/officer-candidates?q=${encodeURIComponent("赵")}`)).json().items;
    expect(found).toEqual([{ id: groupMember.id, name: "赵宣传", orgName: group.name, isFullMember: true }]);
    expect((await get(as.officerA, `/api/orgs/${tree.branchA.id}/officer-candidates`)).statusCode).toBe(403);
    expect((await get(as.orgAdmin, `/api/orgs/${tree.otherCommittee.id}/officer-candidates`)).statusCode).toBe(404);
  });
});
