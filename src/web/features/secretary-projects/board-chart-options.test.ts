import { describe, expect, it } from "vitest";
import type { ProjectBoard, RankingItem } from "../../../shared/contracts/secretary-project-board.contract";
import { indicatorsOption, quarterlyRatingsOption, rankingOption, statusOption } from "./board-chart-options";

const project = (orgName: string, indicators: number, indicatorsAchieved: number) => ({
  projectId: `00000000-0000-4000-8000-00000000000${indicators}`,
  orgId: "00000000-0000-4000-8000-000000000001",
  orgName,
  title: "项目",
  category: "party_building" as const,
  status: "approved" as const,
  secretaryMemberId: "00000000-0000-4000-8000-000000000002",
  secretaryName: "书记",
  indicators,
  indicatorsAchieved,
  indicatorProgress: 0.5,
  milestones: 3,
  milestonesDone: 1,
  overdueMilestones: 0,
  latestRating: null,
});

const board = {
  byStatus: [
    { key: "draft", count: 0 },
    { key: "approved", count: 2 },
    { key: "published", count: 1 },
  ],
  ratingsByQuarter: [
    { quarter: 1, isOpen: true, on_track: 2, at_risk: 1, off_track: 0, unrated: 0 },
    { quarter: 4, isOpen: false, on_track: 0, at_risk: 0, off_track: 0, unrated: 0 },
  ],
  projects: [project("甲村", 2, 1), project("乙社区", 3, 3)],
} as unknown as ProjectBoard;

type Series = { name: string; data: number[] };

describe("the board's charts", () => {
  it("shows only the statuses that have projects", () => {
    const option = statusOption(board, ["#c00", "#0c0"]) as { series: { data: { name: string; value: number }[] }[] };
    expect(option.series[0]!.data.map((d) => [d.name, d.value])).toEqual([
      ["已立项（实施中）", 2],
      ["结果已公布", 1],
    ]);
  });

  it("stacks each quarter's ratings and marks the quarters not yet open", () => {
    const option = quarterlyRatingsOption(board) as { xAxis: { data: string[] }; series: Series[] };
    expect(option.xAxis.data).toEqual(["一季度", "四季度（未到）"]);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ["按计划推进", [2, 0]],
      ["存在风险", [1, 0]],
      ["进度滞后", [0, 0]],
      ["未评定", [0, 0]],
    ]);
  });

  it("draws indicators achieved over the indicators, the first project on top", () => {
    const option = indicatorsOption(board, "#c00") as { yAxis: { data: string[] }; series: Series[] };
    expect(option.yAxis.data).toEqual(["乙社区", "甲村"]);
    expect(option.series.map((s) => s.data)).toEqual([
      [3, 2],
      [3, 1],
    ]);
  });

  it("ranks the highest score on top", () => {
    const items = [
      { rank: 1, orgName: "丙村", finalScore: 95, grade: "good" },
      { rank: 2, orgName: "乙社区", finalScore: 80, grade: "fairly_good" },
    ] as RankingItem[];
    const option = rankingOption(items, "#c00") as { yAxis: { data: string[] }; series: Series[] };
    expect(option.yAxis.data).toEqual(["2. 乙社区", "1. 丙村"]);
    expect(option.series[0]!.data).toEqual([80, 95]);
  });
});
