import { describe, expect, it } from "vitest";
import type { PostSummary } from "../../../shared/contracts/model-posts.contract";
import { summaryBars, summaryChartOption } from "./post-chart-options";

const summary: PostSummary = {
  year: 2026,
  total: 9,
  active: 7,
  entries: 20,
  byKind: [
    { kind: "model_post", total: 3, active: 3 },
    { kind: "responsibility_area", total: 2, active: 1 },
    { kind: "safety_area", total: 4, active: 3 },
  ],
  bySafetyKind: [
    { safetyKind: "production", total: 2, active: 1 },
    { safetyKind: "economic", total: 0, active: 0 },
    { safetyKind: "political", total: 2, active: 2 },
  ],
};

type Series = { name: string; data: number[]; label?: { formatter: (p: { dataIndex: number }) => string } };

describe("the list page's chart", () => {
  it("has a bar per kind, the safety areas split by the three safeties, zeros kept", () => {
    expect(summaryBars(summary).map((b) => [b.label, b.kind, b.safetyKind, b.total, b.active])).toEqual([
      ["党员示范岗", "model_post", undefined, 3, 3],
      ["党员责任区", "responsibility_area", undefined, 2, 1],
      ["生产安全责任区", "safety_area", "production", 2, 1],
      ["经济安全责任区", "safety_area", "economic", 0, 0],
      ["政治安全责任区", "safety_area", "political", 2, 2],
    ]);
  });

  it("stacks the active posts under the ended or expired ones, the total on top", () => {
    const bars = summaryBars(summary);
    const option = summaryChartOption(bars, "#c8161d") as { xAxis: { data: string[] }; series: Series[] };
    expect(option.xAxis.data).toHaveLength(5);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ["在岗", [3, 1, 1, 0, 2]],
      ["已撤销或到期", [0, 1, 1, 0, 0]],
    ]);
    expect(option.series[1]!.label!.formatter({ dataIndex: 0 })).toBe("3");
  });
});
