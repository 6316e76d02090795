import { describe, expect, it } from "vitest";
import { honourCounts, publicityText, shortDate, waitingFor, yearOptions } from "./recognition-display";

describe("publicityText", () => {
  const p = { startsOn: "2026-06-10", endsOn: "2026-06-14", decidableFrom: "2026-06-15" };

  it("says how many days are left while open, today included", () => {
    expect(publicityText({ ...p, phase: "open", daysLeft: 3 })).toBe("公示期 2026-06-10 至 2026-06-14（剩余 3 天，含今日）");
  });

  it("says when an announced publicity begins", () => {
    expect(publicityText({ ...p, phase: "upcoming", daysLeft: 5 })).toBe("公示期 2026-06-10 至 2026-06-14（6月10日开始，共 5 天）");
  });

  it("says from when the decision may be made once it has ended", () => {
    expect(publicityText({ ...p, phase: "ended", daysLeft: 0 })).toBe("公示期 2026-06-10 至 2026-06-14（已结束，2026-06-15 起可作出表彰决定）");
  });
});

describe("waitingFor", () => {
  const base = { reviewingOrgName: "青山镇党委", publicity: null, openObjectionCount: 0 };

  it("names the committee a submitted or awarded nomination waits for", () => {
    expect(waitingFor({ ...base, status: "submitted" })).toBe("待青山镇党委审核");
    expect(waitingFor({ ...base, status: "awarded" })).toBe("已决定表彰，待青山镇党委发布");
    expect(waitingFor({ ...base, reviewingOrgName: null, status: "submitted" })).toBe("待系统管理员审核");
  });

  it("after publicity, names the objections still to check before the decision", () => {
    const ended = { startsOn: "2026-06-10", endsOn: "2026-06-14", phase: "ended" as const, daysLeft: 0, decidableFrom: "2026-06-15" };
    expect(waitingFor({ ...base, status: "in_publicity", publicity: ended, openObjectionCount: 2 })).toBe("公示期已满，还有 2 条反映待核实");
    expect(waitingFor({ ...base, status: "in_publicity", publicity: ended })).toBe("公示期已满，待青山镇党委作出表彰决定");
    expect(waitingFor({ ...base, status: "in_publicity", publicity: { ...ended, phase: "open", daysLeft: 2 } })).toBe("公示中，公示期满后由上级党委作出表彰决定");
  });

  it("waits for nothing once ended", () => {
    for (const status of ["published", "rejected", "not_awarded", "withdrawn"] as const) expect(waitingFor({ ...base, status })).toBeNull();
  });
});

describe("honourCounts and the small helpers", () => {
  it("lists every honour in order, the missing ones as 0", () => {
    expect(honourCounts([{ honour: "advanced_org", count: 2 }])).toEqual([
      { honour: "excellent_member", label: "优秀共产党员", count: 0 },
      { honour: "excellent_party_worker", label: "优秀党务工作者", count: 0 },
      { honour: "advanced_org", label: "先进基层党组织", count: 2 },
    ]);
  });

  it("shows a day without its year and offers the recent years", () => {
    expect(shortDate("2026-07-01")).toBe("7月1日");
    expect(yearOptions(2026, 3)).toEqual([
      { value: 2026, label: "2026 年度" },
      { value: 2025, label: "2025 年度" },
      { value: 2024, label: "2024 年度" },
    ]);
  });
});
