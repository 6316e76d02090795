import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { AttendanceRow, MeetingDetail } from "../../../shared/contracts/meetings.contract";
import { changedAttendance, changedRecordFields, parsePrefill, toCreateInput, toFormValues, toRecordInput } from "./meeting-form";

const ORG = "5b0c3d4e-1f2a-4b3c-8d4e-5f6a7b8c9d0e";
const PLAN = "6c1d4e5f-2a3b-4c4d-9e5f-6a7b8c9d0e1f";

describe("pre-filling from the plans page (seam 1)", () => {
  it("reads orgId, type, planItemId and heldOn, leaving out what is not valid", () => {
    expect(parsePrefill(new URLSearchParams(`orgId=${ORG}&type=general_meeting&planItemId=${PLAN}&heldOn=2026-11-20`))).toEqual({
      orgId: ORG,
      type: "general_meeting",
      planItemId: PLAN,
      heldOn: "2026-11-20",
    });
    expect(parsePrefill(new URLSearchParams("orgId=x&type=meeting&heldOn=2026-02-30"))).toEqual({ orgId: undefined, type: undefined, planItemId: undefined, heldOn: undefined });
  });
});

describe("form values and the API", () => {
  const values = {
    orgId: ORG,
    type: "theme_day" as const,
    topic: " 主题党日 ",
    heldOn: dayjs("2026-11-20"),
    startsAt: dayjs("2026-11-20T09:00"),
    endsAt: null,
    place: "  ",
    hostName: "王书记",
    lecturerName: "不该保存",
    tags: ["integrity" as const],
    resolutions: [{ title: "不表决", yes: 1, no: 0, abstain: 0 }],
  };

  it("trims text, formats times, and keeps type-dependent fields only where they apply", () => {
    expect(toCreateInput(values, PLAN)).toEqual({
      orgId: ORG,
      type: "theme_day",
      topic: "主题党日",
      heldOn: "2026-11-20",
      startsAt: "09:00",
      endsAt: null,
      place: null,
      hostName: "王书记",
      recorderName: null,
      lecturerName: null,
      agenda: null,
      minutes: null,
      tags: ["integrity"],
      resolutions: [],
      planItemId: PLAN,
      participantIds: undefined,
    });
    expect(toRecordInput({ ...values, lecturerName: "张书记" }, "party_lecture").lecturerName).toBe("张书记");
    expect(toRecordInput(values, "general_meeting").resolutions).toEqual([{ title: "不表决", yes: 1, no: 0, abstain: 0 }]);
  });

  const stored = {
    type: "general_meeting",
    topic: "旧主题",
    heldOn: "2026-11-20",
    startsAt: "09:00",
    endsAt: null,
    place: "村部",
    hostName: "王书记",
    recorderName: "李委员",
    lecturerName: null,
    agenda: null,
    minutes: "内容",
    tags: ["integrity"],
    resolutions: [{ title: "事项", yes: 3, no: 0, abstain: 0, passed: true }],
  } as unknown as MeetingDetail;

  it("an amendment sends only the fields that changed", () => {
    const form = toFormValues(stored);
    expect(form.startsAt?.format("HH:mm")).toBe("09:00");
    expect(changedRecordFields(stored, form)).toEqual({});
    expect(changedRecordFields(stored, { ...form, topic: "新主题", tags: ["integrity", "key_issues"] })).toEqual({ topic: "新主题", tags: ["integrity", "key_issues"] });
  });

  it("attendance entries only for the rows that changed, with reasons kept only where they apply", () => {
    const row = (memberId: string, over: Partial<AttendanceRow> = {}): AttendanceRow => ({
      memberId,
      name: memberId,
      orgName: "支部",
      status: "present",
      reason: null,
      isVoter: true,
      excludedFromQuorum: false,
      exclusionReason: null,
      ...over,
    });
    const before = [row("a"), row("b"), row("c")];
    const after = [row("a"), row("b", { status: "excused", reason: " 外出 " }), row("c", { reason: "忽略" })];
    expect(changedAttendance(before, after)).toEqual([
      { memberId: "b", status: "excused", reason: "外出", excludedFromQuorum: false, exclusionReason: null },
      { memberId: "c", status: "present", reason: null, excludedFromQuorum: false, exclusionReason: null },
    ]);
  });
});
