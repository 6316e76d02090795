import { buildMember, buildOrgTreeWithUsers, buildUser, signIn, signInTree } from "../../../../test/factories";
import type { TestApp } from "../../../../test/server";
import { createOrgOfficer } from "../organizations/org-officers.service";

/**
 * The organizations of the assistance API tests (a fresh tree per file: a committee with branches A
 * and B, a party group in A, another committee) and its people: in A a struggling member, a senior
 * one (76, in the group), one to be recorded as long ill, an ordinary member and the secretary; in B
 * a struggling member; the other committee has an org_admin. The test clock's day is 2026-11-25.
 */
export async function buildCareTree(t: TestApp) {
  const tree = await buildOrgTreeWithUsers(t.system);
  const member = (org: typeof tree.branchA, name: string, extra: { birthDate?: string; isStruggling?: boolean } = {}) =>
    buildMember(t.system, { org, name, isStruggling: extra.isStruggling ?? false, birthDate: extra.birthDate ?? "1980-05-15" });
  const members = {
    strugglingA: await member(tree.branchA, "甲困难党员", { isStruggling: true, birthDate: "1978-02-02" }),
    seniorA: await member(tree.groupA1, "甲老党员", { birthDate: "1950-03-01" }),
    illA: await member(tree.branchA, "甲患病党员", { birthDate: "1985-07-07" }),
    ordinaryA: await member(tree.branchA, "甲普通党员", { birthDate: "1990-01-01" }),
    secretaryA: await member(tree.branchA, "甲村书记", { birthDate: "1975-04-04" }),
    strugglingB: await member(tree.branchB, "乙困难党员", { isStruggling: true, birthDate: "1982-08-08" }),
  };
  await createOrgOfficer(t.system, tree.branchA.id, { post: "secretary", memberId: members.secretaryA.id, startedOn: "2024-01-01" });
  const otherAdmin = await buildUser(t.system, { role: "org_admin", org: tree.otherCommittee });
  const as = { ...(await signInTree(t.app, tree)), otherAdmin: await signIn(t.app, otherAdmin.username) };
  return { tree, members, as };
}
export type CareTree = Awaited<ReturnType<typeof buildCareTree>>;

// The request helpers every API test shares.
export { type Method, ok, refused, request } from "../../../../test/requests";

/** A masses record of branch A, with consent (AID-02). */
export const massesInput = (orgId: string, overrides: object = {}) => ({
  kind: "masses",
  orgId,
  personName: "甲村困难群众",
  address: "甲村三组 12 号",
  difficulty: "独居老人，患慢性病，收入低",
  consentOn: "2026-03-01",
  consentNote: "本人签字的书面同意书",
  startedOn: "2026-03-02",
  ...overrides,
});
