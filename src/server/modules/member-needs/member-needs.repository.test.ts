import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../shared/domain";
import { buildMember, buildOrganization } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { can } from "../access/access.policy";
import { type Actor, isPathInScope, resolveScope } from "../access/access.rules";
import { createOrgOfficer } from "../organizations/org-officers.service";
import { type NeedRow, insertNeedRow, isNeedVisibleTo } from "./member-needs.repository";
import { isNeedVisible } from "./member-needs.rules";

/**
 * NEED-06 has two forms: `needVisible` (SQL, in every query) and `isNeedVisible` (pure). For every
 * pair of a dozen callers and four needs, the database and the pure rule must agree — and a few
 * pairs are pinned by hand so both cannot drift together.
 */

type Org = Awaited<ReturnType<typeof buildOrganization>>;

let t: TestApp;
let orgs: Record<"committee" | "a" | "b" | "general" | "c" | "other", Org>;
let members: Record<"m1" | "m2" | "m3" | "m4" | "secretaryA" | "secretaryB", string>;
let needs: Record<"privateA" | "publicA" | "privateC" | "publicB", NeedRow>;
let actors: Record<string, Actor>;

const actor = (name: string, role: Role, org: Org, memberId: string | null = null): Actor => ({
  userId: `00000000-0000-4000-8000-${String(Object.keys(actors ?? {}).length).padStart(12, "0")}`,
  username: name,
  displayName: name,
  role,
  org: { id: org.id, code: org.code, name: org.name, kind: org.kind as Actor["org"]["kind"], path: org.path },
  memberId,
  scope: resolveScope(role, org, memberId),
});

beforeAll(async () => {
  t = await buildTestApp();
  const committee = await buildOrganization(t.system, { name: "镜像镇党委" });
  const general = await buildOrganization(t.system, { parent: committee, kind: "general_branch" });
  orgs = {
    committee,
    a: await buildOrganization(t.system, { parent: committee }),
    b: await buildOrganization(t.system, { parent: committee }),
    general,
    c: await buildOrganization(t.system, { parent: general }),
    other: await buildOrganization(t.system, { name: "另一镜像镇党委" }),
  };
  const member = async (org: Org) => (await buildMember(t.system, { org })).id;
  members = { m1: await member(orgs.a), m2: await member(orgs.a), m3: await member(orgs.c), m4: await member(orgs.b), secretaryA: await member(orgs.a), secretaryB: await member(orgs.b) };
  await createOrgOfficer(t.system, orgs.a.id, { post: "secretary", memberId: members.secretaryA, startedOn: "2024-01-01" });
  await createOrgOfficer(t.system, orgs.b.id, { post: "secretary", memberId: members.secretaryB, startedOn: "2024-01-01" });
  const need = (org: Org, memberId: string, isPrivate: boolean) =>
    insertNeedRow(t.system.db, { orgId: org.id, memberId, category: "life", title: "镜像诉求", description: "镜像诉求内容", isPrivate, handlingOrgId: org.id, filedAt: new Date(), acknowledgeDueOn: "2026-11-30" });
  needs = { privateA: await need(orgs.a, members.m1, true), publicA: await need(orgs.a, members.m2, false), privateC: await need(orgs.c, members.m3, true), publicB: await need(orgs.b, members.m4, false) };
  actors = {};
  const add = (name: string, role: Role, org: Org, memberId: string | null = null) => (actors[name] = actor(name, role, org, memberId));
  add("member m1", "member", orgs.a, members.m1);
  add("member m2", "member", orgs.a, members.m2);
  add("member without record", "member", orgs.a);
  add("officer of A", "branch_officer", orgs.a);
  add("officer of A who is m1", "branch_officer", orgs.a, members.m1);
  add("secretary of A", "branch_officer", orgs.a, members.secretaryA);
  add("secretary of B", "branch_officer", orgs.b, members.secretaryB);
  add("officer of the general branch", "branch_officer", orgs.general);
  add("org_admin of the general branch", "org_admin", orgs.general);
  add("org_admin of the committee", "org_admin", orgs.committee);
  add("admin", "admin", orgs.committee);
  add("org_admin of another committee", "org_admin", orgs.other);
});
afterAll(() => t.close());

const pathOf = (orgId: string) => Object.values(orgs).find((o) => o.id === orgId)!.path;
const secretaryOf = (orgId: string) => (orgId === orgs.a.id ? members.secretaryA : orgId === orgs.b.id ? members.secretaryB : null);

async function sqlSees(a: Actor) {
  const seen: string[] = [];
  for (const [name, need] of Object.entries(needs)) if (await isNeedVisibleTo(t.system.db, a, need.id)) seen.push(name);
  return seen;
}

const pureSees = (a: Actor) =>
  Object.entries(needs)
    .filter(([, need]) =>
      isNeedVisible(
        {
          role: a.role,
          canHandle: can(a, "need.handle"),
          memberId: a.memberId,
          orgId: a.org.id,
          scopeCoversNeedOrg: isPathInScope(a.scope, pathOf(need.orgId)),
          isSecretaryOfNeedOrg: a.memberId !== null && secretaryOf(need.orgId) === a.memberId,
        },
        need,
      ),
    )
    .map(([name]) => name);

describe("needVisible (SQL) and isNeedVisible (pure)", () => {
  it("agree for every caller and need", async () => {
    for (const a of Object.values(actors)) expect({ caller: a.username, sees: await sqlSees(a) }).toEqual({ caller: a.username, sees: pureSees(a) });
  });

  it("give the expected answers for the cases NEED-06 names", async () => {
    expect(await sqlSees(actors["member m1"]!)).toEqual(["privateA"]);
    expect(await sqlSees(actors["member without record"]!)).toEqual([]);
    expect(await sqlSees(actors["officer of A"]!)).toEqual(["publicA"]);
    expect(await sqlSees(actors["officer of A who is m1"]!)).toEqual(["privateA", "publicA"]);
    expect(await sqlSees(actors["secretary of A"]!)).toEqual(["privateA", "publicA"]);
    expect(await sqlSees(actors["secretary of B"]!)).toEqual(["publicB"]);
    expect(await sqlSees(actors["officer of the general branch"]!)).toEqual([]);
    expect(await sqlSees(actors["org_admin of the general branch"]!)).toEqual(["privateC"]);
    expect(await sqlSees(actors["org_admin of the committee"]!)).toEqual(["privateA", "publicA", "privateC", "publicB"]);
    expect(await sqlSees(actors.admin!)).toEqual(["privateA", "publicA", "privateC", "publicB"]);
    expect(await sqlSees(actors["org_admin of another committee"]!)).toEqual([]);
  });
});
