import { describe, expect, it } from "vitest";
import { moreThanHalf } from "../../../shared/development-vote";
import { atLeastHalf, summarizeAttendance } from "../../../shared/meeting-attendance";
import {
  type AttendanceRowFacts,
  applyAttendance,
  checkAttendanceEntries,
  checkAttendanceRows,
  checkQuorum,
  decideResolutions,
  isVoterOn,
} from "./meeting-attendance.rules";

let n = 0;
const row = (overrides: Partial<AttendanceRowFacts> = {}): AttendanceRowFacts => ({
  memberId: `m${(n += 1)}`,
  name: `党员${n}`,
  status: "present",
  reason: null,
  isVoter: true,
  excludedFromQuorum: false,
  exclusionReason: null,
  ...overrides,
});
const rows = (count: number, overrides: Partial<AttendanceRowFacts> = {}) => Array.from({ length: count }, () => row(overrides));

describe("half and more than half", () => {
  it("counts 半数以上 with the half and 过半数 without it", () => {
    expect([1, 2, 3, 4, 5, 10].map(atLeastHalf)).toEqual([1, 1, 2, 2, 3, 5]);
    expect([1, 2, 3, 4, 5, 10].map(moreThanHalf)).toEqual([1, 2, 2, 3, 3, 6]);
  });
});

describe("who votes (§1.5)", () => {
  it("full members on the day vote; probationary members and members full only later do not", () => {
    expect(isVoterOn({ status: "full", fullMemberOn: "2020-01-01" }, "2026-11-20")).toBe(true);
    expect(isVoterOn({ status: "full", fullMemberOn: "2026-11-20" }, "2026-11-20")).toBe(true);
    expect(isVoterOn({ status: "full", fullMemberOn: "2026-11-21" }, "2026-11-20")).toBe(false);
    expect(isVoterOn({ status: "probationary", fullMemberOn: null }, "2026-11-20")).toBe(false);
  });
});

describe("attendance counts", () => {
  it("counts present, excused and absent over 应到会; excluded people are in no count", () => {
    const summary = summarizeAttendance("theme_day", [
      ...rows(5),
      row({ status: "excused", reason: "外出务工" }),
      row({ status: "absent" }),
      row({ status: "absent", excludedFromQuorum: true, exclusionReason: "bedridden" }),
    ]);
    expect(summary).toMatchObject({ expected: 7, present: 5, excused: 1, absent: 1, excluded: 1 });
    expect(summary.quorum).toEqual({ required: false, basis: "none", expected: 0, present: 0, needed: 0, met: null });
  });
});

describe("MTG-04: the general meeting's quorum over 应到会 voting members", () => {
  it("is met with half of the voters present, counting probationary members in no quorum", () => {
    // 6 voters (3 present) and 2 probationary members present: 3 of 6 is half, which is enough.
    const meeting = [...rows(3), ...rows(3, { status: "absent" }), ...rows(2, { isVoter: false })];
    const summary = summarizeAttendance("general_meeting", meeting);
    expect(summary).toMatchObject({ expected: 8, present: 5, expectedVoters: 6, presentVoters: 3 });
    expect(summary.quorum).toMatchObject({ required: true, basis: "voters", expected: 6, present: 3, needed: 3, met: true });
    expect(checkQuorum(summary)).toBeNull();
  });

  it("is not met below half, and says so with the counts and the article", () => {
    const summary = summarizeAttendance("general_meeting", [...rows(2), ...rows(4, { status: "excused", reason: "病假" }), ...rows(3, { isVoter: false })]);
    expect(summary.quorum).toMatchObject({ expected: 6, present: 2, needed: 3, met: false });
    const refusal = checkQuorum(summary)!;
    expect(refusal.rule).toBe("MTG-04");
    expect(refusal.message).toContain("应到会有表决权的党员 6 人，实到 2 人");
    expect(refusal.message).toContain("第十一条");
  });

  it("leaves excluded voters out of 应到会, which can make the quorum", () => {
    const base = [...rows(2), ...rows(3, { status: "absent" })];
    expect(summarizeAttendance("general_meeting", base).quorum.met).toBe(false);
    const excluded = [...rows(2), row({ status: "absent", excludedFromQuorum: true, exclusionReason: "abroad" }), ...rows(2, { status: "absent" })];
    expect(summarizeAttendance("general_meeting", excluded).quorum).toMatchObject({ expected: 4, present: 2, met: true });
  });

  it("is never met without voters", () => {
    expect(summarizeAttendance("general_meeting", rows(3, { isVoter: false })).quorum).toMatchObject({ expected: 0, needed: 1, met: false });
  });
});

describe("MTG-05: the committee meeting's quorum over the committee members", () => {
  it("counts every committee member present, voter or not", () => {
    const summary = summarizeAttendance("committee_meeting", [...rows(2), ...rows(3, { status: "absent" })]);
    expect(summary.quorum).toMatchObject({ basis: "committee", expected: 5, present: 2, needed: 3, met: false });
    expect(checkQuorum(summary)?.rule).toBe("MTG-05");
    expect(checkQuorum(summarizeAttendance("committee_meeting", [...rows(3), ...rows(2, { status: "absent" })]))).toBeNull();
  });
});

describe("MTG-06: resolutions", () => {
  const seven = summarizeAttendance("general_meeting", [...rows(5), ...rows(2, { status: "absent" })]);

  it("passes with yes votes more than half of 应到会 voters, not of those present", () => {
    const { resolutions, issues } = decideResolutions("general_meeting", seven, [
      { title: "同意接收张三为预备党员", yes: 4, no: 1, abstain: 0 },
      { title: "同意修路方案", yes: 3, no: 0, abstain: 2 },
    ]);
    expect(issues).toEqual([]);
    // 7 voters should attend: 4 is more than half, 3 (a majority of the 5 present) is not.
    expect(resolutions.map((r) => r.passed)).toEqual([true, false]);
  });

  it("refuses more votes than voters present", () => {
    const { issues } = decideResolutions("general_meeting", seven, [{ title: "超票事项", yes: 4, no: 1, abstain: 1 }]);
    expect(issues).toEqual([expect.objectContaining({ field: "resolutions.0", rule: "MTG-06" })]);
    expect(issues[0]!.message).toContain("超过到会有表决权的党员 5 人");
  });

  it("counts a committee's votes over its members", () => {
    const committee = summarizeAttendance("committee_meeting", [...rows(3), row({ status: "excused", reason: "出差" }), row({ status: "absent" })]);
    const { resolutions } = decideResolutions("committee_meeting", committee, [{ title: "研究发展对象", yes: 3, no: 0, abstain: 0 }]);
    expect(resolutions[0]!.passed).toBe(true);
    expect(decideResolutions("committee_meeting", committee, [{ title: "二票事项", yes: 2, no: 1, abstain: 0 }]).resolutions[0]!.passed).toBe(false);
  });

  it("refuses votes at a meeting that does not vote", () => {
    const summary = summarizeAttendance("theme_day", rows(4));
    const { resolutions, issues } = decideResolutions("theme_day", summary, [{ title: "表决", yes: 4, no: 0, abstain: 0 }]);
    expect(resolutions).toEqual([]);
    expect(issues[0]).toMatchObject({ field: "resolutions", rule: "MTG-06" });
  });
});

describe("MTG-02, MTG-03: attendance entries", () => {
  it("needs a reason for leave and for an exclusion", () => {
    const issues = checkAttendanceEntries([
      { memberId: "a", status: "excused", reason: "  " },
      { memberId: "b", status: "present", excludedFromQuorum: true },
      { memberId: "c", status: "excused", reason: "外出务工" },
      { memberId: "d", status: "absent" },
    ]);
    expect(issues.map((i) => [i.field, i.rule])).toEqual([
      ["attendance.0.reason", "MTG-03"],
      ["attendance.1.exclusionReason", "MTG-02"],
    ]);
    expect(issues[0]!.message).toContain("《中国共产党章程》第九条");
  });

  it("applies entries to the rows: a present member keeps no reason, an included one no exclusion reason", () => {
    const [a, b, c] = [row({ memberId: "a" }), row({ memberId: "b", excludedFromQuorum: true, exclusionReason: "ill" }), row({ memberId: "c" })];
    const after = applyAttendance([a, b, c], [
      { memberId: "a", status: "excused", reason: " 外出务工 " },
      { memberId: "b", status: "present", reason: "无", excludedFromQuorum: false },
    ]);
    expect(after[0]).toMatchObject({ status: "excused", reason: "外出务工" });
    expect(after[1]).toMatchObject({ status: "present", reason: null, excludedFromQuorum: false, exclusionReason: null });
    expect(after[2]).toBe(c);
  });

  it("at sign-off: someone must be expected and present, and stored rows keep the rules", () => {
    expect(checkAttendanceRows("theme_day", [], summarizeAttendance("theme_day", [])).map((i) => i.rule)).toEqual(["MTG-02"]);
    const absentees = rows(2, { status: "absent" });
    expect(checkAttendanceRows("theme_day", absentees, summarizeAttendance("theme_day", absentees)).map((i) => i.rule)).toEqual(["MTG-08"]);
    const bad = [row(), row({ status: "excused", reason: null, name: "王五" })];
    const issues = checkAttendanceRows("theme_day", bad, summarizeAttendance("theme_day", bad));
    expect(issues).toEqual([expect.objectContaining({ rule: "MTG-03", message: expect.stringContaining("王五请假须填写事由") })]);
  });
});
