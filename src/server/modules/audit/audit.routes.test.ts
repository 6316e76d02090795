import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrgTreeWithUsers, buildOrganization, signIn } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  await buildOrganization(t.system, { parent: tree.otherCommittee, name: "别处党支部" });
  await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "no_such_user", password: "whatever-1" } });
});
afterAll(() => t.close());

const list = async (username: string, query = "") => {
  const session = await signIn(t.app, username);
  return t.app.inject({ method: "GET", url: `/api/audit?pageSize=200${query}`, headers: session.headers });
};

describe("GET /api/audit", () => {
  it("shows an org admin only the entries of their subtree", async () => {
    const body = (await list(tree.users.orgAdmin.username)).json();
    const names = new Set(body.items.map((e: { orgName: string | null }) => e.orgName));
    expect(names.has("别处党支部")).toBe(false);
    expect(names.has("另一镇党委")).toBe(false);
    expect(names.has(null)).toBe(false);
    expect(body.items.some((e: { orgName: string }) => e.orgName === "甲村党支部")).toBe(true);
  });

  it("shows an admin everything, including failed sign-ins of unknown usernames", async () => {
    const body = (await list(tree.users.admin.username, "&action=auth.login_failed")).json();
    expect(body.items).toContainEqual(expect.objectContaining({ actorUsername: "no_such_user", orgId: null, after: { reason: "unknown_user" } }));
    const all = (await list(tree.users.admin.username)).json();
    expect(all.items.some((e: { orgName: string }) => e.orgName === "别处党支部")).toBe(true);
  });

  it("records every write with actor, time, action, entity, before and after", async () => {
    const entry = (await list(tree.users.admin.username, `&entityId=${tree.branchA.id}`)).json().items[0];
    expect(entry).toMatchObject({ actorUsername: "system", action: "org.create", entityType: "org", entityId: tree.branchA.id, before: null });
    expect(new Date(entry.at).getTime()).not.toBeNaN();
  });

  it("keeps the log from branch officers and members", async () => {
    expect((await list(tree.users.officerA.username)).statusCode).toBe(403);
    expect((await list(tree.users.memberA.username)).statusCode).toBe(403);
  });

  it("validates the date filters", async () => {
    const response = await list(tree.users.admin.username, "&from=2026-13-01");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe("from");
  });
});
