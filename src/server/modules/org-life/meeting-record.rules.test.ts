import { describe, expect, it } from "vitest";
import { MEETING_TYPES } from "../../../shared/org-life";
import {
  MEETING_RULES,
  type RecordFacts,
  checkAmendment,
  checkHasChanges,
  checkIsDraft,
  checkNamedParticipants,
  checkOrgHoldsType,
  checkRecordComplete,
  checkTimes,
  citation,
  describeChangedFields,
  diffFields,
  participantSourceOf,
} from "./meeting-record.rules";

const record = (overrides: Partial<RecordFacts> = {}): RecordFacts => ({
  type: "general_meeting",
  heldOn: "2026-11-20",
  startsAt: "09:00",
  endsAt: "11:00",
  hostName: "王书记",
  recorderName: "李委员",
  lecturerName: null,
  minutes: "学习传达会议精神。",
  ...overrides,
});

describe("the catalogue", () => {
  it("cites the article with the rule id", () => {
    expect(citation("MTG-04")).toBe("（《中国共产党支部工作条例（试行）》第十一条，MTG-04）");
    expect(MEETING_RULES["MTG-05"].article).toContain("第十二条");
    expect(MEETING_RULES["MTG-07"].article).toContain("第十六条");
    expect(MEETING_RULES["MTG-01"].article).toContain("十三");
    expect(MEETING_RULES["MTG-01"].article).toContain("十七条");
  });
});

describe("MTG-01: which organizations hold which meetings", () => {
  it("a branch holds every type but the group meeting", () => {
    const held = MEETING_TYPES.filter((t) => checkOrgHoldsType("branch", t) === null);
    expect(held).toEqual(MEETING_TYPES.filter((t) => t !== "group_meeting"));
    expect(checkOrgHoldsType("joint_branch", "general_meeting")).toBeNull();
    expect(checkOrgHoldsType("temporary_branch", "theme_day")).toBeNull();
  });

  it("a group holds its group meeting and study sessions; a committee its committee's meetings", () => {
    expect(MEETING_TYPES.filter((t) => checkOrgHoldsType("group", t) === null)).toEqual(["group_meeting", "study_session"]);
    expect(MEETING_TYPES.filter((t) => checkOrgHoldsType("committee", t) === null)).toEqual(["committee_meeting", "party_lecture", "life_meeting", "study_session"]);
    expect(MEETING_TYPES.filter((t) => checkOrgHoldsType("general_branch", t) === null)).toEqual(["committee_meeting", "party_lecture", "life_meeting", "study_session"]);
  });

  it("refuses with the kind, the type and the articles", () => {
    const refusal = checkOrgHoldsType("committee", "general_meeting")!;
    expect(refusal).toMatchObject({ field: "type", rule: "MTG-01" });
    expect(refusal.message).toMatch(/^基层党委不召开支部党员大会（《中国共产党支部工作条例（试行）》第十一/);
    expect(checkOrgHoldsType("branch", "group_meeting")!.message).toContain("党支部不召开党小组会");
  });
});

describe("MTG-02: expected participants by type", () => {
  it("all members for branch meetings, the committee for committee meetings, the named for talks", () => {
    expect(participantSourceOf("branch", "general_meeting")).toBe("members");
    expect(participantSourceOf("branch", "party_lecture")).toBe("members");
    expect(participantSourceOf("group", "group_meeting")).toBe("members");
    expect(participantSourceOf("branch", "committee_meeting")).toBe("officers");
    expect(participantSourceOf("committee", "committee_meeting")).toBe("officers");
    expect(participantSourceOf("committee", "party_lecture")).toBe("officers");
    expect(participantSourceOf("general_branch", "life_meeting")).toBe("officers");
    expect(participantSourceOf("branch", "one_on_one_talk")).toBe("named");
  });

  it("MTG-11: a talk needs two people", () => {
    expect(checkNamedParticipants("one_on_one_talk", 1)?.rule).toBe("MTG-11");
    expect(checkNamedParticipants("one_on_one_talk", 2)).toBeNull();
    expect(checkNamedParticipants("theme_day", 0)).toBeNull();
  });
});

describe("MTG-07, MTG-08: a record complete for sign-off", () => {
  it("passes a full record held on or before today", () => {
    expect(checkRecordComplete(record(), "2026-11-20")).toEqual([]);
  });

  it("refuses a meeting not yet held, and names every missing field", () => {
    const issues = checkRecordComplete(record({ heldOn: "2026-11-26", hostName: " ", recorderName: null, minutes: "" }), "2026-11-25");
    expect(issues.map((i) => [i.field, i.rule])).toEqual([
      ["heldOn", "MTG-08"],
      ["hostName", "MTG-08"],
      ["recorderName", "MTG-08"],
      ["minutes", "MTG-08"],
    ]);
  });

  it("a 党课 needs its lecturer (条例 §16)", () => {
    const issues = checkRecordComplete(record({ type: "party_lecture" }), "2026-11-25");
    expect(issues).toEqual([expect.objectContaining({ field: "lecturerName", rule: "MTG-07" })]);
    expect(issues[0]!.message).toContain("第十六条");
    expect(checkRecordComplete(record({ type: "party_lecture", lecturerName: "张书记" }), "2026-11-25")).toEqual([]);
  });

  it("times in order", () => {
    expect(checkTimes({ startsAt: "10:00", endsAt: "09:30" })[0]).toMatchObject({ field: "endsAt", rule: "MTG-08" });
    expect(checkTimes({ startsAt: "10:00", endsAt: "10:00" })).toHaveLength(1);
    expect(checkTimes({ startsAt: "10:00", endsAt: null })).toEqual([]);
  });
});

describe("MTG-09: a signed-off record is locked", () => {
  it("lets only a live draft change", () => {
    expect(checkIsDraft({ status: "draft", archivedAt: null }, "修改")).toBeNull();
    expect(checkIsDraft({ status: "signed_off", archivedAt: null }, "修改")!.message).toContain("已签发并锁定，不能修改");
    expect(checkIsDraft({ status: "draft", archivedAt: new Date() }, "签发")!.message).toContain("已作废");
  });
});

describe("MTG-10: amendments", () => {
  const signed = { status: "signed_off", archivedAt: null };

  it("need a signed-off record and a reason", () => {
    expect(checkAmendment(signed, "日期笔误", { topic: "新主题" })).toEqual([]);
    expect(checkAmendment({ status: "draft", archivedAt: null }, "原因", {}).map((i) => i.field)).toEqual(["status"]);
    expect(checkAmendment(signed, " ", {}).map((i) => [i.field, i.rule])).toEqual([["reason", "MTG-10"]]);
    expect(checkAmendment(signed, undefined, {}).map((i) => i.field)).toEqual(["reason"]);
  });

  it("refuse fields that may not change", () => {
    const issues = checkAmendment(signed, "改类型", { type: "theme_day", orgId: "x", topic: "可以" });
    expect(issues.map((i) => i.field)).toEqual(["changes.type", "changes.orgId"]);
    expect(issues[0]!.message).toContain("不能更正");
  });

  it("keep only what changed, as before and after", () => {
    const before = { topic: "旧主题", place: "村部", tags: ["integrity"], startsAt: null };
    const diff = diffFields(before, { topic: "新主题", place: "村部", tags: ["integrity", "key_issues"], startsAt: "09:00" });
    expect(diff).toEqual({
      topic: { before: "旧主题", after: "新主题" },
      tags: { before: ["integrity"], after: ["integrity", "key_issues"] },
      startsAt: { before: null, after: "09:00" },
    });
    expect(describeChangedFields(diff)).toBe("会议主题、开始时间、主题标签");
    expect(checkHasChanges(diffFields(before, { place: "村部" }))?.rule).toBe("MTG-10");
    expect(checkHasChanges(diff)).toBeNull();
  });
});
