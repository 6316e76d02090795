import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { EvaluationCampaignDetail } from "../../../shared/contracts/evaluation.contract";
import type { EvaluationGrade } from "../../../shared/org-life";
import { buildMember, buildOrgTreeWithUsers, buildUser, signIn, signInTree, type Session } from "../../../../test/factories";
import type { TestApp } from "../../../../test/server";

/**
 * A branch for the evaluation API tests: branch A of the test tree with five full members (one in its
 * party group) and one probationary member; two of the full members and the probationary one have
 * member accounts, a third full member is the branch officer who is also a participant. Branch B has
 * a member with an account of their own.
 */
export async function buildEvaluationBranch(t: TestApp) {
  const tree = await buildOrgTreeWithUsers(t.system);
  const full = async (name: string, org = tree.branchA) => buildMember(t.system, { org, name, joinedOn: "2009-06-01", fullMemberOn: "2010-06-01" });
  const m1 = await full("评议甲", tree.groupA1);
  const m2 = await full("评议乙");
  const m3 = await full("评议丙");
  const m4 = await full("评议丁");
  const m5 = await full("评议戊");
  const p1 = await buildMember(t.system, { org: tree.branchA, name: "评议预备", status: "probationary", joinedOn: "2026-03-01", fullMemberOn: null });
  const outsider = await full("乙支部党员", tree.branchB);
  const users = {
    member1: await buildUser(t.system, { role: "member", org: tree.groupA1, memberId: m1.id }),
    member2: await buildUser(t.system, { role: "member", org: tree.branchA, memberId: m2.id }),
    probationer: await buildUser(t.system, { role: "member", org: tree.branchA, memberId: p1.id }),
    officerMember: await buildUser(t.system, { role: "branch_officer", org: tree.branchA, memberId: m3.id }),
    memberB: await buildUser(t.system, { role: "member", org: tree.branchB, memberId: outsider.id }),
  };
  const as = {
    ...(await signInTree(t.app, tree)),
    member1: await signIn(t.app, users.member1.username),
    member2: await signIn(t.app, users.member2.username),
    probationer: await signIn(t.app, users.probationer.username),
    officerMember: await signIn(t.app, users.officerMember.username),
    memberB: await signIn(t.app, users.memberB.username),
  };
  return { tree, members: { m1, m2, m3, m4, m5, p1, outsider }, graded: [m1, m2, m3, m4, m5], as };
}
export type EvaluationBranch = Awaited<ReturnType<typeof buildEvaluationBranch>>;

export type Method = "GET" | "POST" | "PUT" | "PATCH";

export const request = (t: TestApp, session: Session, method: Method, url: string, payload?: object): Promise<LightMyRequestResponse> =>
  t.app.inject({ method, url, headers: session.headers, payload });

/** A request that must succeed; answers the body. */
export async function ok<T = EvaluationCampaignDetail>(t: TestApp, session: Session, method: Method, url: string, payload?: object): Promise<T> {
  const response = await request(t, session, method, url, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json() as T;
}

/** A rule refusal: 422 with error.code = the rule id. */
export async function refused(t: TestApp, session: Session, method: Method, url: string, payload: object | undefined, rule: string) {
  const response = await request(t, session, method, url, payload);
  expect({ status: response.statusCode, code: response.json().error?.code }, response.body).toEqual({ status: 422, code: rule });
  return response.json() as { error: { message: string; details: { field: string; rule?: string; message: string }[] } };
}

/** A ballot giving each member the grade `pick` chooses (qualified by default). */
export const ballotFor = (members: readonly { id: string }[], pick: (i: number) => EvaluationGrade = () => "qualified") =>
  Object.fromEntries(members.map((m, i) => [m.id, pick(i)]));

/** Creates branch A's campaign of a year (2026 by default) and walks it to the given phase (study notes, then plain advances). */
export async function campaignAt(t: TestApp, b: EvaluationBranch, phase: "study" | "self_evaluation" | "peer_evaluation" | "voting", year = 2026) {
  const created = await ok(t, b.as.officerA, "POST", "/api/evaluations", { orgId: b.tree.branchA.id, year });
  const url = `/api/evaluations/${created.id}`;
  if (phase === "study") return created;
  await ok(t, b.as.officerA, "PATCH", url, { studyNotes: "集中学习党章和习近平新时代中国特色社会主义思想" });
  let detail = await ok(t, b.as.officerA, "POST", `${url}/advance`, { to: "self_evaluation" });
  for (const next of ["peer_evaluation", "voting"] as const) {
    if (detail.phase === phase) break;
    detail = await ok(t, b.as.officerA, "POST", `${url}/advance`, { to: next });
  }
  return detail;
}
