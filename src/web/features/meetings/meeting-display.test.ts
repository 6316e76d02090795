import { describe, expect, it } from "vitest";
import { describeAttendance, describeTimes, describeValue, fieldLabel } from "./meeting-display";

describe("the amendment history's values", () => {
  it("reads tags, motions and attendance in Chinese", () => {
    expect(describeValue("tags", ["integrity", "key_issues"])).toBe("党风廉政、热点难点重点");
    expect(describeValue("resolutions", [{ title: "修路", yes: 4, no: 1, abstain: 0, passed: true }])).toBe("修路：赞成 4、反对 1、弃权 0，通过");
    expect(describeValue("attendance", [{ name: "甲一", status: "excused", reason: "外出", excludedFromQuorum: false, exclusionReason: null }])).toBe("甲一：请假（外出）");
    expect(describeValue("topic", null)).toBe("—");
    expect(describeValue("tags", [])).toBe("—");
    expect(fieldLabel("minutes")).toBe("会议内容");
  });

  it("names an exclusion with its reason", () => {
    expect(describeAttendance({ status: "absent", reason: null, excludedFromQuorum: true, exclusionReason: "bedridden" })).toBe("缺席；不计入应到会（卧床不起）");
  });

  it("joins the times", () => {
    expect(describeTimes("09:00", "11:00")).toBe("09:00—11:00");
    expect(describeTimes("09:00", null)).toBe("09:00");
    expect(describeTimes(null, null)).toBe("");
  });
});
