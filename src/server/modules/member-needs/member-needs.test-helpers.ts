import type { FileNeedInput } from "../../../shared/contracts/member-needs.contract";
import { buildMember, buildOrgTreeWithUsers, buildUser, signIn, signInTree, type Session } from "../../../../test/factories";
import { SAMPLE_PDF } from "../../../../test/fixtures/files";
import { multipart } from "../../../../test/fixtures/member-workbooks";
import type { TestApp } from "../../../../test/server";
import { createOrgOfficer } from "../organizations/org-officers.service";

/**
 * The organizations and people of the needs API tests: the test tree (a committee with branches A and
 * B, a party group in A, another committee) plus
 * - `member`: a member of A's party group with an account (files for themself; the need goes to A);
 * - `secretary`: A's current secretary (org_officers) with a branch_officer account linked to the member;
 * - A's plain officer (`officerA`, no member link), B's officer, the committee's org_admin, the admin.
 */
export async function buildNeedTree(t: TestApp) {
  const tree = await buildOrgTreeWithUsers(t.system);
  const member = await buildMember(t.system, { org: tree.groupA1, name: "甲村诉求党员", joinedOn: "2001-07-01" });
  const other = await buildMember(t.system, { org: tree.branchA, name: "甲村另一党员", joinedOn: "2003-07-01" });
  const secretaryMember = await buildMember(t.system, { org: tree.branchA, name: "甲村书记", joinedOn: "1998-07-01" });
  await createOrgOfficer(t.system, tree.branchA.id, { post: "secretary", memberId: secretaryMember.id, startedOn: "2024-01-01" });
  const users = {
    member: await buildUser(t.system, { role: "member", org: tree.groupA1, memberId: member.id }),
    secretary: await buildUser(t.system, { role: "branch_officer", org: tree.branchA, memberId: secretaryMember.id }),
    otherCommitteeAdmin: await buildUser(t.system, { role: "org_admin", org: tree.otherCommittee }),
  };
  const as = {
    ...(await signInTree(t.app, tree)),
    member: await signIn(t.app, users.member.username),
    secretary: await signIn(t.app, users.secretary.username),
    otherCommitteeAdmin: await signIn(t.app, users.otherCommitteeAdmin.username),
  };
  return { tree, members: { member, other, secretaryMember }, users, as };
}
export type NeedTree = Awaited<ReturnType<typeof buildNeedTree>>;

export const validNeed = (over: Partial<FileNeedInput> = {}): FileNeedInput => ({
  category: "life",
  title: "家中老人就医需要帮助",
  description: "父亲长期患病，每月需到县医院复查，家中无车，希望支部协调志愿者接送。",
  urgency: "normal",
  isPrivate: false,
  ...over,
});

// The request helpers every API test shares.
export { type Method, ok, refused, request } from "../../../../test/requests";

/** Uploads SAMPLE_PDF as the multipart field "file" of a need. */
export function uploadToNeed(t: TestApp, session: Session, needId: string, filename = "病历复印件.pdf") {
  const form = multipart([{ name: "file", filename, content: SAMPLE_PDF, contentType: "application/pdf" }]);
  return t.app.inject({ method: "POST", url: `/api/member-needs/${needId}/files`, headers: { ...session.headers, ...form.headers }, payload: form.payload });
}

/** Sessions that outlive the days a test moves its clock through. */
export const LONG_SESSIONS = { sessionIdleHours: 24 * 400, sessionMaxHours: 24 * 400 };

/** Moves the test clock by whole days (build the app with LONG_SESSIONS). */
export const advanceDays = (t: TestApp, days: number) => t.clock.advanceMinutes(days * 24 * 60);
