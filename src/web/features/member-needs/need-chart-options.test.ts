import { describe, expect, it } from "vitest";
import { categoryOption, monthOption, ratingOption, timesOption } from "./need-chart-options";
import { figureRow } from "./test-needs";

type Series = { name: string; type: string; data: (number | null | { name: string; value: number })[] };
type Option = { series: Series[]; xAxis: { data: string[] }; yAxis: { data: string[] } };

describe("the needs figures' charts", () => {
  it("shows the categories that have needs, the most frequent on top", () => {
    const option = categoryOption(
      {
        byCategory: [
          { category: "work", count: 2 },
          { category: "study", count: 0 },
          { category: "life", count: 5 },
          { category: "suggestion", count: 1 },
        ],
      },
      "#c00",
    ) as unknown as Option;
    // A horizontal bar chart draws the first category at the bottom.
    expect(option.yAxis.data).toEqual(["对组织的意见建议", "工作", "生活"]);
    expect(option.series[0]!.data).toEqual([1, 2, 5]);
  });

  it("puts filed and resolved per month side by side, in month order", () => {
    const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: 12 - i, filed: 12 - i, resolved: i % 3 }));
    const option = monthOption({ byMonth }, ["#c00", "#e6a23c", "#4e6e8e"]) as unknown as Option;
    expect(option.xAxis.data[0]).toBe("1月");
    expect(option.xAxis.data[11]).toBe("12月");
    expect(option.series.map((s) => `${s.name}:${s.type}`)).toEqual(["提出:bar", "办结:line"]);
    expect(option.series[0]!.data.slice(0, 3)).toEqual([1, 2, 3]);
  });

  it("draws only the ratings given, each in its colour", () => {
    const option = ratingOption(figureRow({ satisfied: 4, partlySatisfied: 0, notSatisfied: 1 })) as unknown as Option;
    expect(option.series[0]!.data).toEqual([
      { name: "满意", value: 4, itemStyle: { color: "#52c41a" } },
      { name: "不满意", value: 1, itemStyle: { color: "#f5222d" } },
    ]);
  });

  it("shows the median and the 90th percentile of both times, leaving out what was not measured", () => {
    const option = timesOption(figureRow({ resolveDaysMedian: null, resolveDaysP90: null }), ["#c00", "#e6a23c"]) as unknown as Option;
    expect(option.xAxis.data).toEqual(["受理用时", "办结用时"]);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ["中位数", [1.5, null]],
      ["90%分位", [3, null]],
    ]);
  });
});
