import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingDetail } from "../../../shared/contracts/meetings.contract";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { SAMPLE_PNG } from "../../../../test/fixtures/files";
import { auditLogTable } from "../audit/audit.table";
import { meetingPlanItemsTable } from "./org-life.table";
import { type MeetingTown, buildMeetingTown, generalMeetingInput, insertPlanItem, meetingApi } from "./meetings.test-helpers";

let t: TestApp;
let town: MeetingTown;
let api: ReturnType<typeof meetingApi>;

beforeAll(async () => {
  t = await buildTestApp();
  town = await buildMeetingTown(t);
  api = meetingApi(t);
});
afterAll(() => t.close());

const createOk = async (body: object): Promise<MeetingDetail> => {
  const response = await api.create(town.as.officerA, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};

const uploadPng = (id: string, name = "会议照片.png") => {
  const boundary = "----meetings-test";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`),
    SAMPLE_PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: "POST",
    url: `/api/meetings/${id}/documents`,
    headers: { ...town.as.officerA.headers, "content-type": `multipart/form-data; boundary=${boundary}` },
    payload,
  });
};

describe("a general meeting from draft to signed-off record", () => {
  let meeting: MeetingDetail;

  it("creates a draft whose expected participants are the branch's members, its groups' too, all present", async () => {
    const plan = await insertPlanItem(t, { orgId: town.tree.branchA.id, type: "general_meeting" });
    meeting = await createOk(generalMeetingInput(town.tree.branchA.id, { planItemId: plan.id, resolutions: [{ title: "同意修建村道", yes: 3, no: 0, abstain: 0 }] }));
    expect(meeting).toMatchObject({ status: "draft", type: "general_meeting", expectedCount: 6, presentCount: 6, quorumMet: true, planItemId: plan.id });
    expect(meeting.attendance.map((r) => r.name).sort()).toEqual(["甲一", "甲二", "甲三", "甲四", "甲组员", "甲预备"].sort());
    expect(meeting.attendance.find((r) => r.name === "甲预备")).toMatchObject({ isVoter: false, status: "present" });
    expect(meeting.summary).toMatchObject({ expectedVoters: 5, presentVoters: 5, quorum: { basis: "voters", expected: 5, needed: 3, met: true } });
    // 3 yes of 5 voters who should attend: more than half.
    expect(meeting.resolutions).toEqual([{ title: "同意修建村道", yes: 3, no: 0, abstain: 0, passed: true }]);
    expect(meeting.signOffIssues).toEqual([]);
    expect(meeting.abilities).toEqual({ canEdit: true, canSignOff: true, canAmend: false, canArchive: true, canUpload: true });
    expect(JSON.stringify(meeting)).not.toMatch(/\*\*\*\*|1[3-9]\d{9}/); // no ID or phone numbers
  });

  it("records attendance: one on leave with a reason, one absent; the counts and quorum follow", async () => {
    const [excused, absent] = [town.members.a[3]!, town.members.grouped];
    const response = await api.attendance(town.as.officerA, meeting.id, [
      { memberId: excused.id, status: "excused", reason: "外出务工" },
      { memberId: absent.id, status: "absent" },
    ]);
    expect(response.statusCode, response.body).toBe(200);
    meeting = response.json();
    expect(meeting).toMatchObject({ expectedCount: 6, presentCount: 4, excusedCount: 1, absentCount: 1, quorumMet: true });
    expect(meeting.summary).toMatchObject({ presentVoters: 3, quorum: { expected: 5, present: 3, met: true } });
    expect(meeting.attendance.find((r) => r.memberId === excused.id)).toMatchObject({ status: "excused", reason: "外出务工" });
  });

  it("uploads a photo to the draft and lists it", async () => {
    const upload = await uploadPng(meeting.id);
    expect(upload.statusCode, upload.body).toBe(201);
    const documents = await t.app.inject({ method: "GET", url: `/api/meetings/${meeting.id}/documents`, headers: town.as.officerA.headers });
    expect(documents.json().items).toEqual([expect.objectContaining({ name: "会议照片.png", mimeType: "image/png" })]);
  });

  it("signs off: locked, the signer named, the plan item held, all in the audit", async () => {
    const response = await api.signOff(town.as.officerA, meeting.id);
    expect(response.statusCode, response.body).toBe(200);
    meeting = response.json();
    expect(meeting).toMatchObject({ status: "signed_off", signedOffName: expect.stringContaining("测试用户"), presentCount: 4 });
    expect(meeting.documents).toHaveLength(1);
    expect(meeting.abilities).toEqual({ canEdit: false, canSignOff: false, canAmend: true, canArchive: false, canUpload: false });
    const [plan] = await t.system.db.select().from(meetingPlanItemsTable).where(eq(meetingPlanItemsTable.id, meeting.planItemId!));
    expect(plan).toMatchObject({ status: "held", meetingId: meeting.id });
    const actions = (await t.system.db.select().from(auditLogTable).where(eq(auditLogTable.entityId, meeting.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["meeting.create", "meeting.attendance", "meeting.sign_off"]));
  });

  it("MTG-09: a signed-off record no longer changes, takes no attendance, no upload, cannot be withdrawn or signed again", async () => {
    for (const response of [
      await api.update(town.as.officerA, meeting.id, { topic: "改主题" }),
      await api.attendance(town.as.officerA, meeting.id, [{ memberId: town.members.a[0]!.id, status: "absent" }]),
      await api.archive(town.as.officerA, meeting.id, "作废试试"),
      await api.signOff(town.as.officerA, meeting.id),
      await uploadPng(meeting.id),
    ]) {
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().error.code).toBe("MTG-09");
    }
  });

  it("a member expected at it reads it, without others' leave reasons; a member of another branch gets 404", async () => {
    const read = await api.get(town.as.groupedMember, meeting.id);
    expect(read.statusCode).toBe(200);
    const body = read.json() as MeetingDetail;
    expect(body.attendance.find((r) => r.name === "甲四")).toMatchObject({ status: "excused", reason: null });
    expect(body.abilities).toMatchObject({ canEdit: false, canAmend: false });
    const list = await api.list(town.as.groupedMember);
    expect(list.json().items.map((m: { id: string }) => m.id)).toContain(meeting.id);
    expect((await api.get(town.as.memberB, meeting.id)).statusCode).toBe(404);
    expect((await api.list(town.as.memberB)).json().items).toEqual([]);
  });

  it("a member who may read it may not change it (403)", async () => {
    const response = await api.amend(town.as.groupedMember, meeting.id, { reason: "党员自行更正", changes: { topic: "新主题" } });
    expect(response.statusCode).toBe(403);
  });
});

describe("refusals with the rule and its article", () => {
  it("MTG-01: a committee holds no general meeting; a branch no group meeting; a group its own", async () => {
    const atCommittee = await api.create(town.as.orgAdmin, generalMeetingInput(town.tree.committee.id));
    expect(atCommittee.statusCode).toBe(422);
    expect(atCommittee.json().error).toMatchObject({ code: "MTG-01", details: [{ field: "type", rule: "MTG-01" }] });
    expect(atCommittee.json().error.message).toContain("第十一");
    const groupAtBranch = await api.create(town.as.officerA, generalMeetingInput(town.tree.branchA.id, { type: "group_meeting" }));
    expect(groupAtBranch.json().error.code).toBe("MTG-01");
    const groupMeeting = await createOk(generalMeetingInput(town.tree.groupA1.id, { type: "group_meeting" }));
    expect(groupMeeting.attendance.map((r) => r.name)).toEqual(["甲组员"]);
    expect(groupMeeting.quorumMet).toBeNull();
  });

  it("MTG-02: a committee meeting needs a committee; MTG-05: at least half of it present", async () => {
    const noCommittee = await api.create(town.as.officerB, generalMeetingInput(town.tree.branchB.id, { type: "committee_meeting" }));
    expect(noCommittee.statusCode).toBe(422);
    expect(noCommittee.json().error.code).toBe("MTG-02");

    const committee = await createOk(generalMeetingInput(town.tree.branchA.id, { type: "committee_meeting" }));
    expect(committee.attendance.map((r) => r.name).sort()).toEqual(["甲一", "甲三", "甲二"].sort());
    const [, second, third] = committee.attendance;
    await api.attendance(town.as.officerA, committee.id, [
      { memberId: second!.memberId, status: "absent" },
      { memberId: third!.memberId, status: "excused", reason: "出差" },
    ]);
    const refused = await api.signOff(town.as.officerA, committee.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe("MTG-05");
    expect(refused.json().error.message).toContain("应到会委员 3 人，实到 1 人");
    expect(refused.json().error.message).toContain("第十二条");
  });

  it("MTG-03: leave needs a reason; MTG-02: an exclusion needs its reason; only expected participants", async () => {
    const meeting = await createOk(generalMeetingInput(town.tree.branchA.id));
    const noReason = await api.attendance(town.as.officerA, meeting.id, [{ memberId: town.members.a[1]!.id, status: "excused" }]);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error).toMatchObject({ code: "MTG-03", details: [{ field: "attendance.0.reason", rule: "MTG-03" }] });
    const noExclusionReason = await api.attendance(town.as.officerA, meeting.id, [{ memberId: town.members.a[1]!.id, status: "absent", excludedFromQuorum: true }]);
    expect(noExclusionReason.json().error.code).toBe("MTG-02");
    const stranger = await api.attendance(town.as.officerA, meeting.id, [{ memberId: town.members.b.id, status: "present" }]);
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().error).toMatchObject({ code: "meetings.attendee_invalid", details: [{ field: "attendance.0.memberId" }] });
  });

  it("MTG-04: a general meeting without half of its voters is refused at sign-off; an exclusion (§1.5) can make the quorum", async () => {
    const meeting = await createOk(generalMeetingInput(town.tree.branchA.id));
    const [one, two, three] = town.members.a;
    await api.attendance(town.as.officerA, meeting.id, [
      { memberId: one!.id, status: "absent" },
      { memberId: two!.id, status: "excused", reason: "生病住院" },
      { memberId: three!.id, status: "absent" },
    ]);
    const refused = await api.signOff(town.as.officerA, meeting.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe("MTG-04");
    expect(refused.json().error.message).toContain("应到会有表决权的党员 5 人，实到 2 人");
    const detail = (await api.get(town.as.officerA, meeting.id)).json() as MeetingDetail;
    expect(detail.signOffIssues.map((i) => i.rule)).toEqual(["MTG-04"]);
    expect(detail.quorumMet).toBe(false);

    const excluded = await api.attendance(town.as.officerA, meeting.id, [{ memberId: three!.id, status: "absent", excludedFromQuorum: true, exclusionReason: "bedridden" }]);
    expect(excluded.json()).toMatchObject({ expectedCount: 5, quorumMet: true, summary: { expectedVoters: 4, quorum: { needed: 2 } } });
    expect((await api.signOff(town.as.officerA, meeting.id)).statusCode).toBe(200);
  });

  it("MTG-06: votes beyond the voters present, or at a meeting that does not vote, are refused", async () => {
    const meeting = await createOk(generalMeetingInput(town.tree.branchA.id));
    const tooMany = await api.update(town.as.officerA, meeting.id, { resolutions: [{ title: "多票事项", yes: 5, no: 1, abstain: 0 }] });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().error).toMatchObject({ code: "MTG-06", details: [{ field: "resolutions.0" }] });
    // 2 yes of 5 who should vote: recorded, and failed.
    const failed = await api.update(town.as.officerA, meeting.id, { resolutions: [{ title: "少数赞成事项", yes: 2, no: 3, abstain: 0 }] });
    expect(failed.json().resolutions[0]).toMatchObject({ passed: false });
    const themeDay = await api.create(town.as.officerA, generalMeetingInput(town.tree.branchA.id, { type: "theme_day", resolutions: [{ title: "表决", yes: 3, no: 0, abstain: 0 }] }));
    expect(themeDay.json().error.code).toBe("MTG-06");
  });

  it("MTG-07: a 党课 needs its lecturer; MTG-08: a record complete and held before sign-off", async () => {
    const lecture = await createOk(generalMeetingInput(town.tree.branchA.id, { type: "party_lecture" }));
    const noLecturer = await api.signOff(town.as.officerA, lecture.id);
    expect(noLecturer.json().error).toMatchObject({ code: "MTG-07" });
    expect(noLecturer.json().error.message).toContain("第十六条");
    await api.update(town.as.officerA, lecture.id, { lecturerName: "镇党委书记" });
    expect((await api.signOff(town.as.officerA, lecture.id)).statusCode).toBe(200);

    const future = await createOk(generalMeetingInput(town.tree.branchA.id, { type: "theme_day", heldOn: "2026-11-30", hostName: null, minutes: null }));
    const refused = await api.signOff(town.as.officerA, future.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.map((d: { field: string; rule: string }) => `${d.field}:${d.rule}`)).toEqual(["heldOn:MTG-08", "hostName:MTG-08", "minutes:MTG-08"]);
    const badTimes = await api.update(town.as.officerA, future.id, { startsAt: "15:00", endsAt: "14:00" });
    expect(badTimes.json().error).toMatchObject({ code: "MTG-08", details: [{ field: "endsAt" }] });
  });

  it("MTG-11: a talk names at least two members of the organization", async () => {
    const [one, two] = town.members.a;
    const alone = await api.create(town.as.officerA, generalMeetingInput(town.tree.branchA.id, { type: "one_on_one_talk", participantIds: [one!.id] }));
    expect(alone.json().error.code).toBe("MTG-11");
    const outsider = await api.create(town.as.officerA, generalMeetingInput(town.tree.branchA.id, { type: "one_on_one_talk", participantIds: [one!.id, town.members.b.id] }));
    expect(outsider.json().error).toMatchObject({ code: "meetings.participant_invalid", details: [{ field: "participantIds.1" }] });
    const talk = await createOk(generalMeetingInput(town.tree.branchA.id, { type: "one_on_one_talk", participantIds: [one!.id, two!.id] }));
    expect(talk.attendance.map((r) => r.memberId).sort()).toEqual([one!.id, two!.id].sort());
    expect(talk.expectedCount).toBe(2);
  });

  it("a plan item must be of the same organization and type", async () => {
    const plan = await insertPlanItem(t, { orgId: town.tree.branchA.id, type: "theme_day" });
    const response = await api.create(town.as.officerA, generalMeetingInput(town.tree.branchA.id, { planItemId: plan.id }));
    expect(response.json().error.code).toBe("meetings.plan_item_invalid");
  });

  it("a draft is withdrawn with a reason and kept; listed only as archived", async () => {
    const meeting = await createOk(generalMeetingInput(town.tree.branchA.id, { topic: "将作废的会议" }));
    const archived = await api.archive(town.as.officerA, meeting.id, "重复录入");
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({ archiveReason: "重复录入", archivedAt: expect.any(String), abilities: { canEdit: false, canSignOff: false } });
    const live = (await api.list(town.as.officerA, "?q=将作废")).json();
    expect(live.total).toBe(0);
    const withdrawn = (await api.list(town.as.officerA, "?q=将作废&status=archived")).json();
    expect(withdrawn.items.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    expect((await api.signOff(town.as.officerA, meeting.id)).json().error.code).toBe("MTG-09");
  });
});

describe("scope", () => {
  let meeting: MeetingDetail;
  beforeAll(async () => {
    meeting = await createOk(generalMeetingInput(town.tree.branchA.id, { topic: "甲支部范围测试会议" }));
  });

  it("another branch's officer gets 404 for A's meeting and for A's organization filter", async () => {
    expect((await api.get(town.as.officerB, meeting.id)).statusCode).toBe(404);
    expect((await api.attendance(town.as.officerB, meeting.id, [])).statusCode).toBe(404);
    expect((await api.list(town.as.officerB, `?orgId=${town.tree.branchA.id}`)).statusCode).toBe(404);
    expect((await api.list(town.as.officerB, "?q=甲支部范围")).json().total).toBe(0);
    const create = await api.create(town.as.officerB, generalMeetingInput(town.tree.branchA.id));
    expect(create.statusCode).toBe(404);
  });

  it("members never see drafts, and may not record (403)", async () => {
    expect((await api.get(town.as.groupedMember, meeting.id)).statusCode).toBe(404);
    expect((await api.list(town.as.groupedMember, "?q=甲支部范围")).json().total).toBe(0);
    const create = await api.create(town.as.groupedMember, generalMeetingInput(town.tree.groupA1.id, { type: "group_meeting" }));
    expect(create.statusCode).toBe(403);
  });

  it("the committee lists its subtree; the organization filter covers the groups under a branch", async () => {
    const all = (await api.list(town.as.orgAdmin, `?orgId=${town.tree.committee.id}&pageSize=200`)).json();
    expect(all.items.map((m: { id: string }) => m.id)).toContain(meeting.id);
    expect(all.abilities.canCreate).toBe(true);
    const branch = (await api.list(town.as.officerA, `?orgId=${town.tree.branchA.id}&type=group_meeting`)).json();
    expect(branch.items.map((m: { orgName: string }) => m.orgName)).toEqual([town.tree.groupA1.name]);
  });
});

describe("list filters (the compliance drill-down's parameters)", () => {
  it("filters by type, tag, dates, status and topic, the latest first", async () => {
    const base = `?orgId=${town.tree.branchA.id}&pageSize=200`;
    const signed = (await api.list(town.as.officerA, `${base}&type=general_meeting&status=signed_off&from=2026-11-01&to=2026-11-30`)).json();
    expect(signed.total).toBeGreaterThanOrEqual(2);
    expect(signed.items.every((m: { status: string; type: string }) => m.status === "signed_off" && m.type === "general_meeting")).toBe(true);
    const tagged = (await api.list(town.as.officerA, `${base}&tag=political_safety`)).json();
    expect(tagged.items.every((m: { tags: string[] }) => m.tags.includes("political_safety"))).toBe(true);
    expect((await api.list(town.as.officerA, `${base}&tag=integrity`)).json().total).toBe(0);
    expect((await api.list(town.as.officerA, `${base}&from=2026-12-01`)).json().total).toBe(0);
    const dates = (await api.list(town.as.officerA, base)).json().items.map((m: { heldOn: string }) => m.heldOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const paged = (await api.list(town.as.officerA, `?orgId=${town.tree.branchA.id}&pageSize=2&page=2`)).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 2 });
    expect(paged.items.length).toBeLessThanOrEqual(2);
  });
});
