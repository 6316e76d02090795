import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMember, buildOrgTreeWithUsers, buildOrganization, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import type { OrgRow } from "./organizations.repository";
import { dissolveOrg } from "./org-structure.service";

// TR-02: a committee may transfer a member to any branch in the system, outside its own scope, so
// the sender finds the receiving organization by the code on the letter.
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let elsewhere: OrgRow;
let as: Record<"admin" | "orgAdmin" | "officerA" | "memberA", Session>;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  elsewhere = await buildOrganization(t.system, { parent: tree.otherCommittee, name: "别处党支部" });
  as = await signInTree(t.app, tree);
});
afterAll(() => t.close());

const lookup = (session: Session, code: string) =>
  t.app.inject({ method: "GET", url: `/api/orgs/lookup?code=${encodeURIComponent(code)}`, headers: session.headers });

describe("GET /api/orgs/lookup", () => {
  it("finds a branch of another committee by its exact code, with its name and kind only", async () => {
    const response = await lookup(as.officerA, elsewhere.code);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ id: elsewhere.id, code: elsewhere.code, name: "别处党支部", kind: "branch" });
    for (const session of [as.admin, as.orgAdmin]) expect((await lookup(session, elsewhere.code)).json().id).toBe(elsewhere.id);
    expect((await lookup(as.officerA, tree.groupA1.code)).json()).toMatchObject({ id: tree.groupA1.id, kind: "group" });
  });

  it("answers 404 for what cannot receive a member: a committee, a dissolved branch, an unknown or inexact code", async () => {
    const dissolved = await buildOrganization(t.system, { parent: tree.otherCommittee, name: "已撤销党支部" });
    await dissolveOrg(t.system, dissolved.id, { reason: "合并撤销", dissolvedOn: "2026-11-01" });
    for (const code of [tree.otherCommittee.code, dissolved.code, "NO-SUCH-CODE", elsewhere.code.toLowerCase(), elsewhere.code.slice(0, -1)]) {
      const response = await lookup(as.officerA, code);
      expect({ code, status: response.statusCode }).toEqual({ code, status: 404 });
      expect(response.json().error.code).toBe("orgs.not_found");
    }
  });

  it("names the field of a malformed code, and refuses a member, who records no transfers", async () => {
    const malformed = await lookup(as.officerA, "编码 有空格");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].field).toBe("code");
    expect((await lookup(as.memberA, elsewhere.code)).statusCode).toBe(403);
  });

  it("gives an id the transfer out accepts", async () => {
    const member = await buildMember(t.system, { org: tree.branchA, joinedOn: "2010-07-01" });
    const target = (await lookup(as.officerA, elsewhere.code)).json();
    const out = await t.app.inject({
      method: "POST",
      url: `/api/members/${member.id}/events`,
      headers: as.officerA.headers,
      payload: { type: "transfer_out", occurredOn: "2026-11-20", toOrgId: target.id, letterNumber: "L-1" },
    });
    expect(out.statusCode, out.body).toBe(201);
    expect(out.json().details.toOrg).toEqual({ id: elsewhere.id, name: "别处党支部" });
  });
});
