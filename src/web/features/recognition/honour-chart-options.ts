import type { EChartsCoreOption } from "echarts/core";
import type { Honour } from "../../../shared/care";
import { chartColors } from "../../components/chart-colors";
import { honourCounts } from "./recognition-display";

const TEXT_COLOR = "#595959";

/** The honours board's chart: one bar per honour (zeros included), each in its own colour, the count on it. */
export function honourChartOption(byHonour: readonly { honour: Honour; count: number }[], primary: string): EChartsCoreOption {
  const rows = honourCounts(byHonour);
  const colors = chartColors(primary);
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "category", data: rows.map((r) => r.label), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR, interval: 0 } },
    yAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#f0f0f0" } }, axisLabel: { color: TEXT_COLOR } },
    series: [
      {
        type: "bar",
        name: "荣誉数",
        barMaxWidth: 48,
        label: { show: true, position: "top", color: TEXT_COLOR },
        data: rows.map((r, i) => ({ value: r.count, itemStyle: { color: colors[i] } })),
      },
    ],
  };
}
