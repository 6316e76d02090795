import type { CreateMeeting } from "../../../shared/contracts/meetings.contract";
import { buildMember, buildOrgTreeWithUsers, buildUser, signIn, signInTree, type Session } from "../../../../test/factories";
import type { TestApp } from "../../../../test/server";
import { createOrgOfficer } from "../organizations/org-officers.service";
import { meetingPlanItemsTable } from "./org-life.table";

/**
 * The meeting tests' town: branch A with four full members, one probationary member and a party
 * group of one full member (6 expected at a branch meeting, 5 of them voters); a committee of three
 * in A; branch B with one member. A member account in A's group and one in B, besides the tree's users.
 */
export async function buildMeetingTown(t: TestApp) {
  const tree = await buildOrgTreeWithUsers(t.system);
  const full = (name: string, org = tree.branchA) => buildMember(t.system, { org, name, joinedOn: "2009-06-01", fullMemberOn: "2010-06-01" });
  const a = [await full("甲一"), await full("甲二"), await full("甲三"), await full("甲四")];
  const probationary = await buildMember(t.system, { org: tree.branchA, name: "甲预备", status: "probationary", joinedOn: "2026-03-01", fullMemberOn: null });
  const grouped = await full("甲组员", tree.groupA1);
  const b = await full("乙一", tree.branchB);
  for (const [post, member] of [["secretary", a[0]!], ["organization_officer", a[1]!], ["publicity_officer", a[2]!]] as const) {
    await createOrgOfficer(t.system, tree.branchA.id, { post, memberId: member.id, startedOn: "2024-01-01" });
  }
  const groupedUser = await buildUser(t.system, { role: "member", org: tree.groupA1, memberId: grouped.id });
  const bUser = await buildUser(t.system, { role: "member", org: tree.branchB, memberId: b.id });
  const as = {
    ...(await signInTree(t.app, tree)),
    groupedMember: await signIn(t.app, groupedUser.username),
    memberB: await signIn(t.app, bUser.username),
  };
  return { tree, members: { a, probationary, grouped, b }, as };
}
export type MeetingTown = Awaited<ReturnType<typeof buildMeetingTown>>;

/** A complete general meeting of branch A, ready to sign off (override what a test needs). */
export const generalMeetingInput = (orgId: string, overrides: Record<string, unknown> = {}): CreateMeeting => ({
  orgId,
  type: "general_meeting",
  topic: "学习贯彻党的二十届四中全会精神",
  heldOn: "2026-11-20",
  startsAt: "09:00",
  endsAt: "11:00",
  place: "村党群服务中心",
  hostName: "甲一",
  recorderName: "甲二",
  agenda: "一、传达学习；二、讨论",
  minutes: "会议传达学习了全会精神，与会党员结合实际进行了讨论。",
  tags: ["theory_study", "political_safety"],
  ...(overrides as Partial<CreateMeeting>),
});

export function meetingApi(t: TestApp) {
  const inject = (session: Session, method: "GET" | "POST" | "PATCH" | "PUT", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: session.headers, payload });
  return {
    list: (session: Session, query = "") => inject(session, "GET", `/api/meetings${query}`),
    create: (session: Session, body: object) => inject(session, "POST", "/api/meetings", body),
    get: (session: Session, id: string) => inject(session, "GET", `/api/meetings/${id}`),
    update: (session: Session, id: string, body: object) => inject(session, "PATCH", `/api/meetings/${id}`, body),
    attendance: (session: Session, id: string, attendance: object[]) => inject(session, "PUT", `/api/meetings/${id}/attendance`, { attendance }),
    signOff: (session: Session, id: string) => inject(session, "POST", `/api/meetings/${id}/sign-off`),
    amend: (session: Session, id: string, body: object) => inject(session, "POST", `/api/meetings/${id}/amendments`, body),
    archive: (session: Session, id: string, reason: string) => inject(session, "POST", `/api/meetings/${id}/archive`, { reason }),
  };
}

/** A plan item written straight into its table (the plans service belongs to the compliance slice). */
export async function insertPlanItem(t: TestApp, values: { orgId: string; type: string; year?: number; month?: number }) {
  const [row] = await t.system.db
    .insert(meetingPlanItemsTable)
    .values({ year: 2026, month: 11, ...values })
    .returning();
  return row!;
}
