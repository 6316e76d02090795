import ExcelJS from "exceljs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttendancePage, Matrix, MatrixRow, NoLifePage } from "../../../shared/contracts/compliance.contract";
import type { MeetingType } from "../../../shared/org-life";
import { buildMember, buildOrganization, buildOrgTreeWithUsers, buildUser, type Session, signIn, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { loadConfig } from "../../config";
import type { Ctx } from "../../http/context";
import { memberEventsTable } from "../members/members.table";
import { createOrgOfficer } from "../organizations/org-officers.service";
import type { OrgRow } from "../organizations/organizations.repository";
import { orgsTable } from "../organizations/organizations.table";
import { meetingAttendancesTable, meetingsTable } from "./org-life.table";

// The test clock reads 2026-11-25 in China: Q1–Q3 and January–October 2026 are closed; November,
// December, Q4 and the year are open.

type Meeting = { orgId: string; type: MeetingType; heldOn: string; status?: "draft" | "signed_off"; isArchived?: boolean };

async function insertMeeting(system: Ctx, m: Meeting) {
  const [row] = await system.db
    .insert(meetingsTable)
    .values({
      orgId: m.orgId,
      type: m.type,
      topic: `测试${m.type}`,
      heldOn: m.heldOn,
      status: m.status ?? "signed_off",
      signedOffAt: m.status === "draft" ? null : new Date(`${m.heldOn}T10:00:00+08:00`),
      archivedAt: m.isArchived ? new Date() : null,
      archiveReason: m.isArchived ? "撤回" : null,
    })
    .returning();
  return row!;
}

async function attend(system: Ctx, meeting: { id: string; orgId: string; heldOn: string }, members: { id: string; orgId: string }[], status: "present" | "excused" | "absent") {
  if (members.length === 0) return;
  await system.db.insert(meetingAttendancesTable).values(
    members.map((member) => ({ meetingId: meeting.id, memberId: member.id, orgId: member.orgId, heldOn: meeting.heldOn, status, reason: status === "excused" ? "因公出差" : null })),
  );
}

const setOrg = (system: Ctx, id: string, values: { establishedOn?: string; archivedAt?: Date }) => system.db.update(orgsTable).set(values).where(eq(orgsTable.id, id));

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>>;
let lateBranch: OrgRow;
let goneBranch: OrgRow;
let elsewhere: OrgRow;
let elsewhereOfficer: Session;
let people: Record<string, { id: string; orgId: string; name: string }>;

async function buildFixture(app: TestApp) {
  const s = app.system;
  const fixture = await buildOrgTreeWithUsers(s);
  const { committee, branchA, branchB, groupA1 } = fixture;
  // 甲村: 7 full members (5 in the branch, 2 in its group) and one probationary: a branch committee (ORG-05).
  const a = await Promise.all([
    ...["甲一", "甲二", "甲三", "甲四", "甲五"].map((name) => buildMember(s, { org: branchA, name, joinedOn: "2000-07-01" })),
    ...["甲六", "甲七"].map((name) => buildMember(s, { org: groupA1, name, joinedOn: "2001-07-01" })),
    buildMember(s, { org: branchA, name: "甲预备", joinedOn: "2026-03-01", status: "probationary" }),
    buildMember(s, { org: branchA, name: "甲流动", joinedOn: "2000-07-01", isMobile: true }),
    buildMember(s, { org: branchA, name: "甲失联", joinedOn: "2000-07-01", isLostContact: true }),
  ]);
  // 乙社区: 3 full members: a secretary only, no committee meetings owed.
  const b = await Promise.all(["乙一", "乙二", "乙三"].map((name) => buildMember(s, { org: branchB, name, joinedOn: "2010-07-01" })));
  const late = await buildOrganization(s, { parent: committee, name: "丙新建党支部" });
  await setOrg(s, late.id, { establishedOn: "2026-05-20" });
  const gone = await buildOrganization(s, { parent: committee, name: "丁撤销党支部" });
  await setOrg(s, gone.id, { archivedAt: new Date("2026-08-15T00:00:00+08:00") });
  const longGone = await buildOrganization(s, { parent: committee, name: "戊早撤党支部" });
  await setOrg(s, longGone.id, { archivedAt: new Date("2025-06-01T00:00:00+08:00") });
  const other = await buildOrganization(s, { parent: fixture.otherCommittee, name: "别处党支部" });
  await insertMeeting(s, { orgId: other.id, type: "general_meeting", heldOn: "2026-02-01" });

  const byName = Object.fromEntries([...a, ...b].map((m) => [m.name, m]));
  await createOrgOfficer(s, branchA.id, { post: "secretary", memberId: byName["甲一"]!.id, startedOn: "2021-01-10" });

  // 甲村 in 2026. General meeting: Q1 on its last day; Q2 only a draft; Q3 none.
  const q1 = await insertMeeting(s, { orgId: branchA.id, type: "general_meeting", heldOn: "2026-03-31" });
  await insertMeeting(s, { orgId: branchA.id, type: "general_meeting", heldOn: "2026-04-01", status: "draft" });
  // Committee meetings on the last day of January and the first of February; a withdrawn one in March.
  await insertMeeting(s, { orgId: branchA.id, type: "committee_meeting", heldOn: "2026-01-31" });
  await insertMeeting(s, { orgId: branchA.id, type: "committee_meeting", heldOn: "2026-02-01" });
  await insertMeeting(s, { orgId: branchA.id, type: "committee_meeting", heldOn: "2026-03-15", isArchived: true });
  // 2025's life meeting on New Year's Eve does not count for 2026; a lecture in Q2 and two in Q4.
  await insertMeeting(s, { orgId: branchA.id, type: "life_meeting", heldOn: "2025-12-31" });
  const lecture = await insertMeeting(s, { orgId: branchA.id, type: "party_lecture", heldOn: "2026-06-30" });
  await insertMeeting(s, { orgId: branchA.id, type: "party_lecture", heldOn: "2026-10-01" });
  const theme = await insertMeeting(s, { orgId: branchA.id, type: "theme_day", heldOn: "2026-11-02" });
  // The group met in October; the committee in November.
  await insertMeeting(s, { orgId: groupA1.id, type: "group_meeting", heldOn: "2026-10-31" });
  await insertMeeting(s, { orgId: committee.id, type: "committee_meeting", heldOn: "2026-11-03" });
  // 丙 (set up 2026-05-20) held its theme day in June; 丁 (dissolved 2026-08-15) in July.
  await insertMeeting(s, { orgId: late.id, type: "theme_day", heldOn: "2026-06-12" });
  await insertMeeting(s, { orgId: gone.id, type: "theme_day", heldOn: "2026-07-12" });

  // Attendance. Q1 general meeting: all seven full members present, the probationary excused.
  const inA = a.filter((m) => m.status === "full" && !m.isMobile && !m.isLostContact);
  await attend(s, q1, inA, "present");
  await attend(s, q1, [byName["甲预备"]!], "excused");
  // Q2 lecture: 甲一..甲四 present, 甲五 absent, the group's two excused.
  await attend(s, lecture, inA.slice(0, 4), "present");
  await attend(s, lecture, [byName["甲五"]!], "absent");
  await attend(s, lecture, [byName["甲六"]!, byName["甲七"]!], "excused");
  // November theme day: 甲一 and 甲二 present.
  await attend(s, theme, inA.slice(0, 2), "present");
  // 乙三 transferred in on 2026-09-01: the clock starts there.
  await s.db.insert(memberEventsTable).values({ memberId: byName["乙三"]!.id, type: "transfer_in", occurredOn: "2026-09-01", orgId: branchB.id });
  return { fixture, late, gone, other, byName };
}

beforeAll(async () => {
  t = await buildTestApp();
  const built = await buildFixture(t);
  tree = built.fixture;
  lateBranch = built.late;
  goneBranch = built.gone;
  elsewhere = built.other;
  people = built.byName;
  as = await signInTree(t.app, tree);
  const otherOfficer = await buildUser(t.system, { role: "branch_officer", org: elsewhere });
  elsewhereOfficer = await signIn(t.app, otherOfficer.username);
});
afterAll(() => t.close());

const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
const matrixOf = async (session: Session, orgId: string, extra = "") => {
  const response = await get(session, `/api/compliance/matrix?orgId=${orgId}&year=2026${extra}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Matrix;
};
const rowOf = (matrix: Matrix, orgId: string) => matrix.rows.find((r) => r.orgId === orgId);
const cellOf = (row: MatrixRow | undefined, type: MeetingType, period: string) => {
  const cell = row?.cells.find((c) => c.type === type && c.period === period);
  return cell && `${cell.status} ${cell.done}/${cell.required}`;
};

describe("GET /api/compliance/matrix", () => {
  it("decides a branch's cells across months, quarters and the year from signed-off records only", async () => {
    const matrix = await matrixOf(as.orgAdmin, tree.committee.id);
    const a = rowOf(matrix, tree.branchA.id);
    // Full members of the branch and its group, the mobile and lost-contact ones included (ORG-05 counts full members).
    expect(a).toMatchObject({ name: "甲村党支部", kind: "branch", depth: 1, fullMembers: 9 });
    // General meeting: Q1 held on its last day; Q2 only a draft → red; Q4 open.
    expect(cellOf(a, "general_meeting", "2026-Q1")).toBe("green 1/1");
    expect(cellOf(a, "general_meeting", "2026-Q2")).toBe("red 0/1");
    expect(cellOf(a, "general_meeting", "2026-Q3")).toBe("red 0/1");
    expect(cellOf(a, "general_meeting", "2026-Q4")).toBe("amber 0/1");
    // Committee meetings: 31 January and 1 February fall in their own months; the withdrawn March one does not count.
    expect(cellOf(a, "committee_meeting", "2026-01")).toBe("green 1/1");
    expect(cellOf(a, "committee_meeting", "2026-02")).toBe("green 1/1");
    expect(cellOf(a, "committee_meeting", "2026-03")).toBe("red 0/1");
    expect(cellOf(a, "committee_meeting", "2026-10")).toBe("red 0/1");
    expect(cellOf(a, "committee_meeting", "2026-11")).toBe("amber 0/1");
    expect(cellOf(a, "committee_meeting", "2026-12")).toBe("amber 0/1");
    // Lectures: 30 June in Q2, 1 October in Q4; a branch owes no yearly lecture (the committee's).
    expect(cellOf(a, "party_lecture", "2026-Q2")).toBe("green 1/1");
    expect(cellOf(a, "party_lecture", "2026-Q3")).toBe("red 0/1");
    expect(cellOf(a, "party_lecture", "2026-Q4")).toBe("green 1/1");
    expect(cellOf(a, "party_lecture", "2026")).toBe("none 2/0");
    expect(cellOf(a, "theme_day", "2026-11")).toBe("green 1/1");
    // 2025's life meeting on 31 December does not count for 2026.
    expect(cellOf(a, "life_meeting", "2026")).toBe("amber 0/1");
    expect(cellOf(a, "group_meeting", "2026-10")).toBe("none 0/0");
  });

  it("gives the group its monthly meetings, the committee its own, and spares a 3-member branch committee meetings (ORG-05)", async () => {
    const matrix = await matrixOf(as.orgAdmin, tree.committee.id);
    const group = rowOf(matrix, tree.groupA1.id);
    expect(group).toMatchObject({ kind: "group", depth: 2, fullMembers: null });
    expect(cellOf(group, "group_meeting", "2026-09")).toBe("red 0/1");
    expect(cellOf(group, "group_meeting", "2026-10")).toBe("green 1/1");
    expect(cellOf(group, "group_meeting", "2026-11")).toBe("amber 0/1");
    const committee = rowOf(matrix, tree.committee.id);
    expect(committee).toMatchObject({ depth: 0, kind: "committee" });
    expect(cellOf(committee, "committee_meeting", "2026-11")).toBe("green 1/1");
    expect(cellOf(committee, "party_lecture", "2026")).toBe("amber 0/1");
    expect(cellOf(committee, "general_meeting", "2026-Q1")).toBe("none 0/0");
    const b = rowOf(matrix, tree.branchB.id);
    expect(b?.fullMembers).toBe(3);
    expect(cellOf(b, "committee_meeting", "2026-01")).toBe("none 0/0");
    expect(cellOf(b, "theme_day", "2026-01")).toBe("red 0/1");
  });

  it("owes nothing before a mid-year set-up (whole periods only, by default) and nothing after dissolution", async () => {
    const matrix = await matrixOf(as.orgAdmin, tree.committee.id);
    const late = rowOf(matrix, lateBranch.id);
    expect(late?.establishedOn).toBe("2026-05-20");
    expect(cellOf(late, "theme_day", "2026-04")).toBe("none 0/0");
    expect(cellOf(late, "theme_day", "2026-05")).toBe("none 0/0");
    expect(cellOf(late, "theme_day", "2026-06")).toBe("green 1/1");
    expect(cellOf(late, "theme_day", "2026-07")).toBe("red 0/1");
    expect(cellOf(late, "general_meeting", "2026-Q2")).toBe("none 0/0");
    expect(cellOf(late, "general_meeting", "2026-Q3")).toBe("red 0/1");
    expect(cellOf(late, "life_meeting", "2026")).toBe("none 0/0");
    const gone = rowOf(matrix, goneBranch.id);
    expect(gone?.dissolvedOn).toBe("2026-08-15");
    expect(cellOf(gone, "theme_day", "2026-07")).toBe("green 1/1");
    expect(cellOf(gone, "theme_day", "2026-06")).toBe("red 0/1");
    expect(cellOf(gone, "theme_day", "2026-08")).toBe("none 0/0");
    expect(cellOf(gone, "general_meeting", "2026-Q3")).toBe("none 0/0");
    // Dissolved in 2025: owes nothing in 2026, so it is not a row at all.
    expect(matrix.rows.map((r) => r.name)).not.toContain("戊早撤党支部");
    expect(matrix.rows.map((r) => r.name)).toEqual(["测试镇党委", "甲村党支部", "甲村第一党小组", "乙社区党支部", "丙新建党支部", "丁撤销党支部"].sort((x, y) => matrix.rows.findIndex((r) => r.name === x) - matrix.rows.findIndex((r) => r.name === y)));
    expect(matrix.total).toBe(6);
  });

  it("lays out the column groups with period keys and states, and carries the rules it applied", async () => {
    const matrix = await matrixOf(as.orgAdmin, tree.committee.id);
    expect(matrix.today).toBe("2026-11-25");
    expect(matrix.partialPeriodOwed).toBe(false);
    expect(matrix.columns.map((c) => [c.type, c.periods.length])).toEqual([
      ["general_meeting", 4],
      ["committee_meeting", 12],
      ["group_meeting", 12],
      ["party_lecture", 5],
      ["theme_day", 12],
      ["life_meeting", 1],
      ["one_on_one_talk", 1],
    ]);
    const lecture = matrix.columns.find((c) => c.type === "party_lecture")!;
    expect(lecture.periods.map((p) => `${p.key} ${p.label} ${p.state}`)).toEqual([
      "2026-Q1 第一季度 closed",
      "2026-Q2 第二季度 closed",
      "2026-Q3 第三季度 closed",
      "2026-Q4 第四季度 open",
      "2026 全年 open",
    ]);
    expect(matrix.rules.map((r) => r.rule)).toContain("FREQ-02");
    expect(matrix.rows[0]!.cells).toHaveLength(47);
  });

  it("sums the whole subtree in the summary, whatever the page", async () => {
    const whole = await matrixOf(as.orgAdmin, tree.committee.id);
    const first = await matrixOf(as.orgAdmin, tree.committee.id, "&page=2&pageSize=2");
    expect(first.rows.map((r) => r.name)).toEqual(whole.rows.slice(2, 4).map((r) => r.name));
    expect(first.total).toBe(whole.total);
    expect(first.summary).toEqual(whole.summary);
    const tally = { green: 0, amber: 0, red: 0 };
    for (const row of whole.rows) for (const c of row.cells) if (c.status !== "none") tally[c.status]++;
    expect(whole.summary.overall).toMatchObject(tally);
    expect(whole.summary.overall.rate).toBeCloseTo(tally.green / (tally.green + tally.red), 10);
    const general = whole.summary.byType.find((x) => x.type === "general_meeting")!;
    // 甲 Q1 green, Q2 Q3 red, Q4 amber; 乙 Q1–Q3 red, Q4 amber; 丙 Q3 red, Q4 amber; 丁 Q1 Q2 red.
    expect(general).toMatchObject({ green: 1, amber: 3, red: 8 });
    const october = whole.summary.monthly.find((x) => x.period === "2026-10")!;
    // 甲 committee red, theme red; group green; committee red; 乙 theme red; 丙 theme red.
    expect(october).toMatchObject({ green: 1, red: 5, amber: 0 });
    expect(whole.summary.monthly).toHaveLength(12);
  });

  it("narrows to the types asked for, rows with nothing owed among them left out", async () => {
    const matrix = await matrixOf(as.orgAdmin, tree.committee.id, "&types=group_meeting");
    expect(matrix.columns.map((c) => c.type)).toEqual(["group_meeting"]);
    expect(matrix.rows.map((r) => r.orgId)).toEqual([tree.groupA1.id]);
    expect(matrix.summary.byType).toEqual([{ type: "group_meeting", green: 1, amber: 2, red: 9, rate: 0.1 }]);
    const two = await matrixOf(as.orgAdmin, tree.committee.id, "&types=life_meeting,general_meeting");
    expect(two.columns.map((c) => c.type)).toEqual(["general_meeting", "life_meeting"]);
    const bad = await get(as.orgAdmin, `/api/compliance/matrix?orgId=${tree.committee.id}&year=2026&types=dinner`);
    expect(bad.statusCode).toBe(400);
  });

  it("keeps to the caller's scope: a branch officer sees their branch; another branch, committee or organization answers 404; members 403", async () => {
    const own = await matrixOf(as.officerA, tree.branchA.id);
    expect(own.rows.map((r) => r.orgId)).toEqual([tree.branchA.id, tree.groupA1.id]);
    expect((await get(as.officerB, `/api/compliance/matrix?orgId=${tree.branchA.id}&year=2026`)).statusCode).toBe(404);
    expect((await get(as.officerA, `/api/compliance/matrix?orgId=${tree.committee.id}&year=2026`)).statusCode).toBe(404);
    expect((await get(elsewhereOfficer, `/api/compliance/matrix?orgId=${tree.branchA.id}&year=2026`)).statusCode).toBe(404);
    expect((await get(as.orgAdmin, `/api/compliance/matrix?orgId=${elsewhere.id}&year=2026`)).statusCode).toBe(404);
    const member = await get(as.memberA, `/api/compliance/matrix?orgId=${tree.branchA.id}&year=2026`);
    expect(member.statusCode).toBe(403);
    const admin = await matrixOf(as.admin, tree.otherCommittee.id);
    expect(cellOf(rowOf(admin, elsewhere.id), "general_meeting", "2026-Q1")).toBe("green 1/1");
  });

  it("reads another year: 2025 is closed throughout, and only the life meeting of 31 December is green", async () => {
    const matrix = await matrixOf(as.officerA, tree.branchA.id);
    const y2025 = (await get(as.officerA, `/api/compliance/matrix?orgId=${tree.branchA.id}&year=2025`)).json() as Matrix;
    expect(cellOf(rowOf(y2025, tree.branchA.id), "life_meeting", "2025")).toBe("green 1/1");
    expect(cellOf(rowOf(y2025, tree.branchA.id), "theme_day", "2025-12")).toBe("red 0/1");
    expect(y2025.summary.overall.amber).toBe(0);
    expect(matrix.summary.overall.amber).toBeGreaterThan(0);
  });
});

describe("GET /api/compliance/attendance", () => {
  it("gives each member present ÷ expected over the year's signed-off meetings, excused apart, lowest rate first", async () => {
    const response = await get(as.officerA, `/api/compliance/attendance?orgId=${tree.branchA.id}&year=2026`);
    expect(response.statusCode).toBe(200);
    const page = response.json() as AttendancePage;
    const line = (name: string) => {
      const r = page.items.find((i) => i.name === name)!;
      return [r.expected, r.present, r.excused, r.absent, r.rate];
    };
    expect(line("甲一")).toEqual([3, 3, 0, 0, 1]);
    expect(line("甲五")).toEqual([2, 1, 0, 1, 0.5]);
    expect(line("甲六")).toEqual([2, 1, 1, 0, 0.5]);
    expect(line("甲预备")).toEqual([1, 0, 1, 0, 0]);
    expect(line("甲流动")).toEqual([0, 0, 0, 0, null]);
    // Lowest rate first, members with no meetings last.
    expect(page.items[0]!.name).toBe("甲预备");
    expect(page.items.at(-1)!.rate).toBeNull();
    expect(page.total).toBe(10);
    // Q1 meeting 7 present + 1 excused; the lecture 4 present, 2 excused, 1 absent; the theme day 2 present.
    expect(page.summary).toMatchObject({ members: 10, withMeetings: 8, expected: 17, present: 13, excused: 3, absent: 1 });
    expect(page.summary.pooledRate).toBeCloseTo(13 / 17, 10);
    const rates = page.items.filter((i) => i.rate !== null).map((i) => i.rate!);
    expect(page.summary.averageRate).toBeCloseTo(rates.reduce((s, r) => s + r, 0) / rates.length, 10);
  });

  it("pages and sorts by rate descending, and keeps to scope", async () => {
    const response = await get(as.orgAdmin, `/api/compliance/attendance?orgId=${tree.committee.id}&year=2026&sort=rate&order=desc&pageSize=2`);
    const page = response.json() as AttendancePage;
    expect(page.items.map((i) => i.rate)).toEqual([1, 1]);
    expect(page.total).toBe(13);
    expect((await get(as.officerB, `/api/compliance/attendance?orgId=${tree.branchA.id}&year=2026`)).statusCode).toBe(404);
    expect((await get(as.memberA, `/api/compliance/attendance?orgId=${tree.branchA.id}&year=2026`)).statusCode).toBe(403);
  });
});

describe("GET /api/compliance/no-life", () => {
  it("flags members without organizational life for 4 months and over 6 (党章 §9), with the secretary to act", async () => {
    const response = await get(as.orgAdmin, `/api/compliance/no-life?orgId=${tree.committee.id}`);
    expect(response.statusCode).toBe(200);
    const page = response.json() as NoLifePage;
    const line = (name: string) => {
      const m = page.items.find((i) => i.name === name);
      return m && [m.lastLifeOn, m.lastLifeSource, m.monthsSince, m.level, m.officer?.name ?? null, m.branchName];
    };
    // 甲三, 甲四: last present on 30 June → 4 months: a warning. 甲五: last present 31 March → over the limit.
    expect(line("甲三")).toEqual(["2026-06-30", "attendance", 4, "warning", "甲一", "甲村党支部"]);
    expect(line("甲五")).toEqual(["2026-03-31", "attendance", 7, "over_limit", "甲一", "甲村党支部"]);
    // The group's members: last present 31 March, their branch is 甲村.
    expect(line("甲六")).toEqual(["2026-03-31", "attendance", 7, "over_limit", "甲一", "甲村党支部"]);
    // No attendance at all: counted from joining; 乙 has no secretary on record.
    expect(line("乙一")).toEqual(["2010-07-01", "joined", 196, "over_limit", null, "乙社区党支部"]);
    // Transferred in on 1 September: under 4 months, not flagged; present in November: not flagged; probationary joined in March: 8 months.
    expect(line("乙三")).toBeUndefined();
    expect(line("甲一")).toBeUndefined();
    expect(line("甲预备")).toEqual(["2026-03-01", "joined", 8, "over_limit", "甲一", "甲村党支部"]);
    // Mobile and lost-contact members are left out, and counted apart.
    expect(line("甲流动")).toBeUndefined();
    expect(line("甲失联")).toBeUndefined();
    expect(page.summary).toEqual({ warning: 2, overLimit: 6, warnMonths: 4, limitMonths: 6, excludedMobile: 1, excludedLostContact: 1 });
    expect(page.total).toBe(8);
    // The longest without first.
    expect(page.items[0]!.lastLifeOn <= page.items.at(-1)!.lastLifeOn).toBe(true);
  });

  it("narrows by level, and keeps to scope", async () => {
    const warnings = (await get(as.officerA, `/api/compliance/no-life?orgId=${tree.branchA.id}&level=warning`)).json() as NoLifePage;
    expect(warnings.items.map((i) => i.name).sort()).toEqual(["甲三", "甲四"]);
    const over = (await get(as.officerA, `/api/compliance/no-life?orgId=${tree.branchA.id}&level=over_limit&pageSize=2`)).json() as NoLifePage;
    expect(over.total).toBe(4);
    expect(over.items).toHaveLength(2);
    expect(over.items.every((i) => i.level === "over_limit")).toBe(true);
    expect((await get(as.officerB, `/api/compliance/no-life?orgId=${tree.branchA.id}`)).statusCode).toBe(404);
    expect((await get(as.memberA, `/api/compliance/no-life?orgId=${tree.branchA.id}`)).statusCode).toBe(403);
    expect(people["甲一"]).toBeDefined();
  });
});

describe("GET /api/compliance/export", () => {
  it("streams a workbook: the year's matrix coloured by status, the summary, rates and the no-life list; audited", async () => {
    const response = await get(as.orgAdmin, `/api/compliance/export?orgId=${tree.committee.id}&year=2026`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(String(response.headers["content-disposition"])).toContain("compliance.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["2026年", "汇总", "出勤率", "未过组织生活党员"]);
    const sheet = workbook.getWorksheet("2026年")!;
    expect(sheet.getCell(2, 3).value).toBe("支部党员大会");
    expect(sheet.getCell(3, 3).value).toBe("第一季度");
    const rowOfA = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => String(r.getCell(1).value).includes("甲村党支部"))!;
    expect(rowOfA.getCell(3).value).toBe("1/1");
    expect((rowOfA.getCell(3).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFC6EFCE");
    expect(rowOfA.getCell(4).value).toBe("0/1");
    expect((rowOfA.getCell(4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(workbook.getWorksheet("出勤率")!.rowCount).toBe(14);
    expect(workbook.getWorksheet("未过组织生活党员")!.rowCount).toBe(9);
    const audit = await get(as.admin, "/api/audit?action=compliance.export");
    expect(audit.json().items[0]).toMatchObject({ orgId: tree.committee.id, after: { year: 2026, orgs: 6, members: 13 } });
  });

  it("refuses a member (403) and an organization out of scope (404)", async () => {
    expect((await get(as.memberA, `/api/compliance/export?orgId=${tree.branchA.id}&year=2026`)).statusCode).toBe(403);
    expect((await get(as.officerB, `/api/compliance/export?orgId=${tree.branchA.id}&year=2026`)).statusCode).toBe(404);
  });
});

describe("with partialPeriodOwed = true", () => {
  let lenient: TestApp;
  afterAll(() => lenient?.close());

  it("owes the periods an organization existed in at all", async () => {
    const base = loadConfig({});
    lenient = await buildTestApp({ config: { orgLife: { ...base.orgLife, partialPeriodOwed: true } } });
    const built = await buildFixture(lenient);
    const session = await signIn(lenient.app, built.fixture.users.orgAdmin.username);
    const response = await lenient.app.inject({ method: "GET", url: `/api/compliance/matrix?orgId=${built.fixture.committee.id}&year=2026`, headers: session.headers });
    const matrix = response.json() as Matrix;
    expect(matrix.partialPeriodOwed).toBe(true);
    const late = rowOf(matrix, built.late.id);
    expect(cellOf(late, "theme_day", "2026-04")).toBe("none 0/0");
    expect(cellOf(late, "theme_day", "2026-05")).toBe("red 0/1");
    expect(cellOf(late, "general_meeting", "2026-Q2")).toBe("red 0/1");
    expect(cellOf(late, "life_meeting", "2026")).toBe("amber 0/1");
    const gone = rowOf(matrix, built.gone.id);
    expect(cellOf(gone, "theme_day", "2026-08")).toBe("red 0/1");
    expect(cellOf(gone, "theme_day", "2026-09")).toBe("none 0/0");
    expect(cellOf(gone, "general_meeting", "2026-Q3")).toBe("red 0/1");
    expect(cellOf(gone, "life_meeting", "2026")).toBe("amber 0/1");
    const [count] = ((await lenient.deps.db.execute(sql`SELECT count(*)::int AS n FROM meetings`)) as unknown as { rows: { n: number }[] }).rows;
    expect(count!.n).toBeGreaterThan(10);
  });
});
