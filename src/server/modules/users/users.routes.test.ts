import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrgTreeWithUsers, buildUser, signIn, type Session } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let orgAdmin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  orgAdmin = await signIn(t.app, tree.users.orgAdmin.username);
});
afterAll(() => t.close());

const me = (session: Session) => t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: session.cookie } });
const patch = (session: Session, id: string, payload: object) =>
  t.app.inject({ method: "PATCH", url: `/api/users/${id}`, headers: session.headers, payload });
const post = (session: Session, payload: object) => t.app.inject({ method: "POST", url: "/api/users", headers: session.headers, payload });

describe("users", () => {
  it("lists the users of the caller's subtree, paged, without password hashes", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/users?pageSize=50", headers: orgAdmin.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(5);
    expect(response.body).not.toContain("argon2");
    const self = body.items.find((u: { id: string }) => u.id === tree.users.orgAdmin.id);
    expect(self.abilities.canUpdate).toBe(false);
  });

  it("keeps user management from branch officers", async () => {
    const officer = await signIn(t.app, tree.users.officerA.username);
    expect((await t.app.inject({ method: "GET", url: "/api/users", headers: officer.headers })).statusCode).toBe(403);
  });

  it("creates a user with a hashed password, who can then sign in", async () => {
    const response = await post(orgAdmin, { username: "New.Officer", displayName: "新书记", password: "Secret2026x", role: "branch_officer", orgId: tree.branchB.id });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ username: "new.officer", role: "branch_officer", orgName: "乙社区党支部", isActive: true });
    await signIn(t.app, "new.officer", "Secret2026x");
  });

  it("refuses a duplicate username, a weak password, and a role above the granter's", async () => {
    const duplicate = await post(orgAdmin, { username: tree.users.officerA.username, displayName: "重复", password: "Secret2026x", role: "member", orgId: tree.branchA.id });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe("users.username_taken");
    const weak = await post(orgAdmin, { username: "weakling", displayName: "弱", password: "123456", role: "member", orgId: tree.branchA.id });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].field).toBe("password");
    const escalate = await post(orgAdmin, { username: "wannabe", displayName: "越权", password: "Secret2026x", role: "admin", orgId: tree.committee.id });
    expect(escalate.statusCode).toBe(403);
    expect(escalate.json().error.code).toBe("users.role_not_allowed");
  });

  it("refuses a role bound to the wrong kind of organization", async () => {
    const response = await post(orgAdmin, { username: "wrongkind", displayName: "错组织", password: "Secret2026x", role: "org_admin", orgId: tree.groupA1.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0].field).toBe("orgId");
  });

  it("ends every session of a user at once on deactivation, and refuses their sign-in", async () => {
    const user = await buildUser(t.system, { role: "branch_officer", org: tree.branchA });
    const first = await signIn(t.app, user.username);
    const second = await signIn(t.app, user.username);
    const response = await patch(orgAdmin, user.id, { isActive: false });
    expect(response.json()).toMatchObject({ isActive: false });
    expect(response.json().deactivatedAt).not.toBeNull();
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(401);
    await expect(signIn(t.app, user.username)).rejects.toThrow(/401/);
    const audit = await t.app.inject({ method: "GET", url: `/api/audit?entityId=${user.id}&action=user.update`, headers: orgAdmin.headers });
    expect(audit.json().items[0]).toMatchObject({ before: { isActive: true }, after: { isActive: false, endedSessions: 2 } });
  });

  it("ends the sessions on a role change, and the new role applies at the next sign-in", async () => {
    const user = await buildUser(t.system, { role: "member", org: tree.branchA });
    const session = await signIn(t.app, user.username);
    expect((await patch(orgAdmin, user.id, { role: "branch_officer" })).statusCode).toBe(200);
    expect((await me(session)).statusCode).toBe(401);
    const again = await signIn(t.app, user.username);
    expect((await me(again)).json().user.role).toBe("branch_officer");
  });

  it("keeps a display-name change from ending sessions", async () => {
    const user = await buildUser(t.system, { role: "member", org: tree.branchA });
    const session = await signIn(t.app, user.username);
    await patch(orgAdmin, user.id, { displayName: "改名" });
    expect((await me(session)).statusCode).toBe(200);
  });

  it("answers 404 for a user outside the subtree and forbids changing oneself", async () => {
    const outsider = await buildUser(t.system, { role: "org_admin", org: tree.otherCommittee });
    expect((await patch(orgAdmin, outsider.id, { isActive: false })).statusCode).toBe(404);
    const self = await patch(orgAdmin, tree.users.orgAdmin.id, { isActive: false });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe("users.self_change");
  });

  it("forbids an org admin to change an admin", async () => {
    expect((await patch(orgAdmin, tree.users.admin.id, { role: "member" })).statusCode).toBe(403);
  });
});
