import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingDetail } from "../../../shared/contracts/meetings.contract";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { actingAs } from "../../http/context";
import { auditLogTable } from "../audit/audit.table";
import { createMeeting, saveAttendance } from "./meetings.service";
import { signOffMeeting } from "./meetings.sign-off.service";
import { meetingAttendancesTable } from "./org-life.table";
import { type MeetingTown, buildMeetingTown, generalMeetingInput, meetingApi } from "./meetings.test-helpers";

let t: TestApp;
let town: MeetingTown;
let api: ReturnType<typeof meetingApi>;
let meeting: MeetingDetail;

beforeAll(async () => {
  t = await buildTestApp();
  town = await buildMeetingTown(t);
  api = meetingApi(t);
  // Recorded through the services as branch A's officer would (as a seed does), then amended over HTTP.
  const officer = actingAs(t.system, { ...town.tree.users.officerA, memberId: null }, town.tree.branchA);
  const draft = await createMeeting(officer, generalMeetingInput(town.tree.branchA.id, { resolutions: [{ title: "同意村集体经济项目", yes: 3, no: 0, abstain: 0 }] }));
  await saveAttendance(officer, draft.id, { attendance: [{ memberId: town.members.a[3]!.id, status: "excused", reason: "外出务工" }] });
  meeting = await signOffMeeting(officer, draft.id);
});
afterAll(() => t.close());

describe("amendments of a signed-off record (MTG-10)", () => {
  it("the seed path signs off through the services, counts stored on the row", () => {
    expect(meeting).toMatchObject({ status: "signed_off", expectedCount: 6, presentCount: 5, excusedCount: 1, quorumMet: true });
    expect(meeting.resolutions[0]).toMatchObject({ passed: true });
  });

  it("needs a reason, and refuses fields that may not change", async () => {
    const noReason = await api.amend(town.as.officerA, meeting.id, { changes: { topic: "更正后的主题" } });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error).toMatchObject({ code: "MTG-10", details: [{ field: "reason", rule: "MTG-10" }] });
    const wrongField = await api.amend(town.as.officerA, meeting.id, { reason: "类型录错", changes: { type: "theme_day", orgId: town.tree.branchB.id } });
    expect(wrongField.json().error.details.map((d: { field: string }) => d.field)).toEqual(["changes.type", "changes.orgId"]);
    const nothing = await api.amend(town.as.officerA, meeting.id, { reason: "没有改动", changes: { topic: meeting.topic } });
    expect(nothing.json().error).toMatchObject({ code: "MTG-10", details: [{ field: "changes" }] });
  });

  it("a draft is changed directly, not amended", async () => {
    const draft = (await api.create(town.as.officerA, generalMeetingInput(town.tree.branchA.id))).json() as MeetingDetail;
    const response = await api.amend(town.as.officerA, draft.id, { reason: "草稿更正", changes: { topic: "新主题" } });
    expect(response.json().error).toMatchObject({ code: "MTG-10", details: [{ field: "status" }] });
  });

  it("keeps each change as before and after, recounts attendance, and audits it", async () => {
    const [one] = town.members.a;
    const response = await api.amend(town.as.officerA, meeting.id, {
      reason: "记录人笔误，甲一实际请假",
      changes: { topic: "学习贯彻全会精神（更正）", place: "村党群服务中心", attendance: [{ memberId: one!.id, status: "excused", reason: "参加镇里培训" }] },
    });
    expect(response.statusCode, response.body).toBe(201);
    const amended = response.json() as MeetingDetail;
    expect(amended).toMatchObject({ status: "signed_off", topic: "学习贯彻全会精神（更正）", presentCount: 4, excusedCount: 2, quorumMet: true });
    expect(amended.amendments).toHaveLength(1);
    const [amendment] = amended.amendments;
    expect(amendment).toMatchObject({ reason: "记录人笔误，甲一实际请假", amendedByName: expect.stringContaining("测试用户") });
    // The place did not change, so it is not in the amendment.
    expect(Object.keys(amendment!.changes).sort()).toEqual(["attendance", "topic"]);
    expect(amendment!.changes.topic).toEqual({ before: meeting.topic, after: "学习贯彻全会精神（更正）" });
    expect(amendment!.changes.attendance).toEqual({
      before: [expect.objectContaining({ name: "甲一", status: "present", reason: null })],
      after: [expect.objectContaining({ name: "甲一", status: "excused", reason: "参加镇里培训" })],
    });
    const [row] = await t.system.db
      .select()
      .from(meetingAttendancesTable)
      .where(and(eq(meetingAttendancesTable.meetingId, meeting.id), eq(meetingAttendancesTable.memberId, one!.id)));
    expect(row).toMatchObject({ status: "excused", reason: "参加镇里培训" });
    const audits = await t.system.db.select().from(auditLogTable).where(and(eq(auditLogTable.entityId, meeting.id), eq(auditLogTable.action, "meeting.amend")));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ topic: "学习贯彻全会精神（更正）", amendment: { reason: "记录人笔误，甲一实际请假", fields: "会议主题、出席情况" } });
  });

  it("moving the date moves every attendance row with it; a date in the future is refused", async () => {
    const future = await api.amend(town.as.officerA, meeting.id, { reason: "日期写错", changes: { heldOn: "2026-12-30" } });
    expect(future.json().error).toMatchObject({ code: "MTG-08", details: [{ field: "heldOn" }] });
    const moved = await api.amend(town.as.officerA, meeting.id, { reason: "日期写错", changes: { heldOn: "2026-11-19" } });
    expect(moved.statusCode, moved.body).toBe(201);
    const rows = await t.system.db.select().from(meetingAttendancesTable).where(eq(meetingAttendancesTable.meetingId, meeting.id));
    expect(new Set(rows.map((r) => r.heldOn))).toEqual(new Set(["2026-11-19"]));
  });

  it("a correction that leaves the general meeting without its quorum (MTG-04) or with more votes than voters (MTG-06) is refused", async () => {
    const [, two, three] = town.members.a;
    const noQuorum = await api.amend(town.as.officerA, meeting.id, {
      reason: "更多人缺席",
      changes: { attendance: [{ memberId: two!.id, status: "absent" }, { memberId: three!.id, status: "absent" }] },
    });
    expect(noQuorum.statusCode).toBe(422);
    expect(noQuorum.json().error.code).toBe("MTG-04");
    const tooMany = await api.amend(town.as.officerA, meeting.id, { reason: "票数更正", changes: { resolutions: [{ title: "同意村集体经济项目", yes: 4, no: 1, abstain: 0 }] } });
    expect(tooMany.json().error.code).toBe("MTG-06");
    const unchanged = (await api.get(town.as.officerA, meeting.id)).json() as MeetingDetail;
    expect(unchanged).toMatchObject({ presentCount: 4, amendments: [expect.anything(), expect.anything()] });
  });

  it("a corrected vote is recomputed: the motion's outcome follows the new counts", async () => {
    const response = await api.amend(town.as.officerA, meeting.id, { reason: "票数更正", changes: { resolutions: [{ title: "同意村集体经济项目", yes: 2, no: 1, abstain: 0 }] } });
    expect(response.statusCode, response.body).toBe(201);
    const amended = response.json() as MeetingDetail;
    expect(amended.resolutions).toEqual([{ title: "同意村集体经济项目", yes: 2, no: 1, abstain: 0, passed: false }]);
    expect(amended.amendments.at(-1)!.changes.resolutions).toEqual({
      before: [{ title: "同意村集体经济项目", yes: 3, no: 0, abstain: 0, passed: true }],
      after: [{ title: "同意村集体经济项目", yes: 2, no: 1, abstain: 0, passed: false }],
    });
  });

  it("another branch's officer and a member of another branch get 404; the record's own member may not amend (403)", async () => {
    expect((await api.amend(town.as.officerB, meeting.id, { reason: "越权更正", changes: { topic: "越权" } })).statusCode).toBe(404);
    expect((await api.amend(town.as.memberB, meeting.id, { reason: "越权更正", changes: { topic: "越权" } })).statusCode).toBe(404);
    expect((await api.get(town.as.memberB, meeting.id)).statusCode).toBe(404);
    expect((await api.amend(town.as.groupedMember, meeting.id, { reason: "本人更正", changes: { topic: "越权" } })).statusCode).toBe(403);
    const read = (await api.get(town.as.groupedMember, meeting.id)).json() as MeetingDetail;
    expect(read.topic).toBe("学习贯彻全会精神（更正）");
  });
});
