import { buildMember, buildOrgTreeWithUsers, buildUser, signIn, signInTree } from "../../../../test/factories";
import type { TestApp } from "../../../../test/server";

/**
 * The organizations of the recognition API tests: the test tree (a committee with branches A and B, a
 * party group in A, another committee; the admin is bound to the committee, which has no committee
 * above) with members: two full members of A (one with an account), a probationary member of A, a
 * full member of A's group and one of B; the other committee has an org_admin.
 */
export async function buildRecognitionTree(t: TestApp) {
  const tree = await buildOrgTreeWithUsers(t.system);
  const member = (org: typeof tree.branchA, name: string, status: "full" | "probationary" = "full") =>
    buildMember(t.system, status === "full" ? { org, name, joinedOn: "2005-06-01", fullMemberOn: "2006-06-01" } : { org, name, joinedOn: "2026-03-01", status });
  const members = {
    starA: await member(tree.branchA, "甲村先进"),
    workerA: await member(tree.branchA, "甲村党务"),
    probationaryA: await member(tree.branchA, "甲村预备", "probationary"),
    groupA: await member(tree.groupA1, "甲村小组党员"),
    memberB: await member(tree.branchB, "乙社区党员"),
  };
  const users = {
    starA: await buildUser(t.system, { role: "member", org: tree.branchA, memberId: members.starA.id }),
    otherCommitteeAdmin: await buildUser(t.system, { role: "org_admin", org: tree.otherCommittee }),
  };
  const as = {
    ...(await signInTree(t.app, tree)),
    starA: await signIn(t.app, users.starA.username),
    otherCommitteeAdmin: await signIn(t.app, users.otherCommitteeAdmin.username),
  };
  return { tree, members, users, as };
}
export type RecognitionTree = Awaited<ReturnType<typeof buildRecognitionTree>>;

export const DEEDS = "带领群众发展白茶产业，带头参与疫情防控和防汛救灾，全年义务服务群众两百余次，群众评价很高。";

// The request helpers every API test shares.
export { type Method, ok, refused, request } from "../../../../test/requests";

/** Moves the test clock on by whole days; sessions lapse meanwhile, so everyone signs in again. */
export async function advanceDays(t: TestApp, fx: RecognitionTree, days: number) {
  t.clock.advanceMinutes(days * 24 * 60);
  const { admin, orgAdmin, officerA, officerB, memberA } = fx.tree.users;
  const usernames = { admin, orgAdmin, officerA, officerB, memberA, ...fx.users };
  for (const [key, user] of Object.entries(usernames)) fx.as[key as keyof typeof fx.as] = await signIn(t.app, user.username);
}
