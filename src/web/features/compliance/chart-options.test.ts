import { describe, expect, it } from "vitest";
import type { MatrixSummary } from "../../../shared/contracts/compliance.contract";
import { monthlyTrendOption, overallRateOption, statusByTypeOption } from "./chart-options";

const summary: MatrixSummary = {
  orgs: 3,
  byType: [
    { type: "general_meeting", green: 3, amber: 1, red: 1, rate: 0.75 },
    { type: "theme_day", green: 20, amber: 2, red: 0, rate: 1 },
  ],
  overall: { green: 23, amber: 3, red: 1, rate: 23 / 24 },
  monthly: [
    { period: "2026-01", green: 2, amber: 0, red: 1, rate: 2 / 3 },
    { period: "2026-12", green: 0, amber: 3, red: 0, rate: null },
  ],
};

type Series = { name: string; data: (number | null)[]; stack?: string };

describe("compliance charts", () => {
  it("stacks each type's cells green, amber, red", () => {
    const option = statusByTypeOption(summary.byType) as { yAxis: { data: string[] }; series: Series[] };
    expect(option.yAxis.data).toEqual(["支部党员大会", "主题党日"]);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ["已完成", [3, 20]],
      ["进行中", [1, 2]],
      ["未完成", [1, 0]],
    ]);
  });

  it("shows the overall rate as a percentage, a dash when nothing is decided", () => {
    const option = overallRateOption(summary.overall, "#c00") as { series: { data: { value: number; name: string }[]; detail: { formatter: string } }[] };
    expect(option.series[0]!.data[0]).toEqual({ value: 95.8, name: "已完成 23 · 未完成 1" });
    const none = overallRateOption({ green: 0, amber: 4, red: 0, rate: null }, "#c00") as { series: { detail: { formatter: string } }[] };
    expect(none.series[0]!.detail.formatter).toBe("—");
  });

  it("draws the months with their rate, leaving undecided months empty", () => {
    const option = monthlyTrendOption(summary.monthly, "#c00") as { xAxis: { data: string[] }; series: Series[] };
    expect(option.xAxis.data).toEqual(["1月", "12月"]);
    expect(option.series.at(-1)).toMatchObject({ name: "完成率", data: [66.7, null] });
  });
});
