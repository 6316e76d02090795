import { describe, expect, it } from "vitest";
import { honourChartOption } from "./honour-chart-options";

describe("honourChartOption", () => {
  it("draws one bar per honour in order, zeros included, each coloured", () => {
    const option = honourChartOption([{ honour: "excellent_member", count: 4 }, { honour: "advanced_org", count: 1 }], "#c00") as {
      xAxis: { data: string[] };
      series: { data: { value: number; itemStyle: { color: string } }[] }[];
    };
    expect(option.xAxis.data).toEqual(["优秀共产党员", "优秀党务工作者", "先进基层党组织"]);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([4, 0, 1]);
    expect(option.series[0]!.data[0]!.itemStyle.color).toBe("#c00");
  });
});
