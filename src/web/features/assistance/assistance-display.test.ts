import { describe, expect, it } from "vitest";
import type { CoverageRow } from "../../../shared/contracts/assistance.contract";
import { formatShare, lastVisitLabel, recipientFormNeeds, subjectOfKey, visitsFilterOf } from "./assistance-display";
import { coverageChartHeight, coverageOption } from "./coverage-chart-options";

describe("the pages' labels", () => {
  it("shows a share to one decimal", () => {
    expect(formatShare(0)).toBe("0.0%");
    expect(formatShare(0.6667)).toBe("66.7%");
    expect(formatShare(1)).toBe("100.0%");
  });

  it("says when a person was last visited", () => {
    expect(lastVisitLabel(null, "2026-11-25")).toBe("从未走访");
    expect(lastVisitLabel("2026-11-25", "2026-11-25")).toBe("2026-11-25（今天）");
    expect(lastVisitLabel("2026-11-15", "2026-11-25")).toBe("2026-11-15（10 天前）");
    expect(lastVisitLabel("2024-01-01", "2026-11-25")).toBe("2024-01-01");
  });

  it("asks the recipient form for what each kind needs", () => {
    expect(recipientFormNeeds("long_ill_member")).toMatchObject({ member: true, personName: false, consent: false });
    expect(recipientFormNeeds("masses")).toMatchObject({ member: false, personName: true, org: true, consent: true, relation: false });
    expect(recipientFormNeeds("deceased_member_family")).toMatchObject({ deceasedMember: true, relation: true, consent: false });
  });

  it("finds a person's visits by the member, or by the record for a family and the masses", () => {
    expect(visitsFilterOf({ kinds: ["senior_member"], memberId: "m", recipientId: null })).toEqual({ memberId: "m" });
    expect(visitsFilterOf({ kinds: ["long_ill_member"], memberId: "m", recipientId: "r" })).toEqual({ memberId: "m" });
    expect(visitsFilterOf({ kinds: ["deceased_member_family"], memberId: "dead", recipientId: "r" })).toEqual({ recipientId: "r" });
    expect(visitsFilterOf({ kinds: ["masses"], memberId: null, recipientId: "r" })).toEqual({ recipientId: "r" });
  });

  it("reads a person's key as the one id a visit names", () => {
    expect(subjectOfKey("member:m1")).toEqual({ memberId: "m1" });
    expect(subjectOfKey("recipient:r1")).toEqual({ recipientId: "r1" });
    expect(() => subjectOfKey("org:o1")).toThrow(RangeError);
  });
});

describe("the coverage chart", () => {
  const row = (orgName: string, targets: number, visited: number, isSelf = false): CoverageRow => ({
    orgId: orgName,
    orgName,
    isSelf,
    hasChildren: false,
    targets,
    visited,
    overdue: targets - visited,
    share: targets ? Math.round((visited / targets) * 10000) / 10000 : 0,
  });

  it("stacks visited on not visited per organization, the first on top, labelled with the share", () => {
    const option = coverageOption([row("青山村党支部", 10, 9), row("青山镇党委", 2, 1, true)], "#c00") as {
      yAxis: { data: string[] };
      series: { name: string; data: number[]; label?: { formatter: (p: { dataIndex: number }) => string } }[];
    };
    expect(option.yAxis.data).toEqual(["青山镇党委（本级）", "青山村党支部"]);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ["已走访", [1, 9]],
      ["未走访", [1, 1]],
    ]);
    expect(option.series[1]!.label!.formatter({ dataIndex: 1 })).toBe("90.0%");
    expect(coverageChartHeight(2)).toBe(200);
    expect(coverageChartHeight(20)).toBe(660);
  });
});
