import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, buildOrgTreeWithUsers, buildUser, signIn } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
});
afterAll(() => t.close());

const login = (username: string, password: string, ip = "10.0.0.1") =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password }, remoteAddress: ip });

const auditActions = async (action: string) => {
  const admin = await signIn(t.app, tree.users.admin.username);
  const response = await t.app.inject({ method: "GET", url: `/api/audit?action=${action}&pageSize=200`, headers: admin.headers });
  return response.json().items as { actorUsername: string; after: unknown }[];
};

describe("POST /api/auth/login", () => {
  it("signs in, sets an httpOnly SameSite cookie and answers the user with a CSRF token", async () => {
    const response = await login(tree.users.officerA.username, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ username: tree.users.officerA.username, role: "branch_officer", org: { id: tree.branchA.id, kind: "branch" } });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = response.cookies.find((c) => c.name === "dj_session")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    expect(response.body).not.toContain("passwordHash");
  });

  it("answers the same message for a wrong password and an unknown user", async () => {
    const wrong = await login(tree.users.officerB.username, "wrong-password-1", "10.0.1.1");
    const unknown = await login("nobody_here", "wrong-password-1", "10.0.1.2");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
    expect(wrong.json().error).toEqual({ code: "auth.invalid_credentials", message: "用户名或密码错误" });
  });

  it("rejects a malformed body with field details", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "" } });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("validation.failed");
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual(["password", "username"]);
  });

  it("throttles a username after 5 failures in 15 minutes, even with the right password, and audits it", async () => {
    const user = await buildUser(t.system, { role: "branch_officer", org: tree.branchA });
    for (let i = 0; i < 5; i++) expect((await login(user.username, "bad-password-x", `10.1.0.${i}`)).statusCode).toBe(401);
    const throttled = await login(user.username, TEST_PASSWORD, "10.1.0.99");
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.code).toBe("auth.throttled");
    expect(throttled.json().error.message).toMatch(/登录失败次数过多，请 \d+ 分钟后再试/);
    expect((await auditActions("auth.login_failed")).filter((e) => e.actorUsername === user.username)).toHaveLength(5);
    expect((await auditActions("auth.login_throttled")).some((e) => e.actorUsername === user.username)).toBe(true);

    t.clock.advanceMinutes(16);
    expect((await login(user.username, TEST_PASSWORD, "10.1.0.99")).statusCode).toBe(200);
  });

  it("throttles a client address that tries many usernames", async () => {
    for (let i = 0; i < 5; i++) await login(`guess_${i}`, "bad-password-x", "10.2.0.1");
    const response = await login(tree.users.officerB.username, TEST_PASSWORD, "10.2.0.1");
    expect(response.statusCode).toBe(429);
    expect((await login(tree.users.officerB.username, TEST_PASSWORD, "10.2.0.2")).statusCode).toBe(200);
    t.clock.advanceMinutes(16);
  });
});

describe("session", () => {
  it("answers /me for the signed-in user and 401 without a session", async () => {
    const session = await signIn(t.app, tree.users.orgAdmin.username);
    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: session.cookie } });
    expect(me.json()).toMatchObject({ user: { role: "org_admin", org: { id: tree.committee.id } }, csrfToken: session.csrfToken });
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
  });

  it("refuses a state-changing request without the CSRF token", async () => {
    const session = await signIn(t.app, tree.users.orgAdmin.username);
    const without = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie: session.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe("auth.csrf_invalid");
    const wrong = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie: session.cookie, "x-csrf-token": "x".repeat(32) } });
    expect(wrong.statusCode).toBe(403);
  });

  it("ends the session on sign-out", async () => {
    const session = await signIn(t.app, tree.users.orgAdmin.username);
    const out = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: session.headers });
    expect(out.json()).toEqual({ ok: true });
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it("ends a session after its idle time", async () => {
    const session = await signIn(t.app, tree.users.officerB.username);
    t.clock.advanceMinutes(t.deps.config.sessionIdleHours * 60 + 1);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });
});
