import type { EChartsCoreOption } from "echarts/core";
import type { CoverageRow } from "../../../shared/contracts/assistance.contract";
import { formatShare } from "./assistance-display";

// The campaign page's coverage chart (per organization below, rolled up): pure, tested without ECharts.

const TEXT_COLOR = "#595959";
const NOT_VISITED = "#e8e8e8";

/** One horizontal bar per organization: visited stacked on not visited, labelled with the share. */
export function coverageOption(rows: readonly CoverageRow[], primary: string): EChartsCoreOption {
  const shown = [...rows].reverse();
  const name = (r: CoverageRow) => (r.isSelf ? `${r.orgName}（本级）` : r.orgName);
  return {
    grid: { left: 8, right: 64, top: 32, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: { dataIndex: number }[]) => {
        const r = shown[params[0]?.dataIndex ?? 0];
        return r ? `${name(r)}<br/>走访对象 ${r.targets} 人，已走访 ${r.visited} 人，逾期未走访 ${r.overdue} 人<br/>覆盖率 ${formatShare(r.share)}` : "";
      },
    },
    xAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#f0f0f0" } } },
    yAxis: { type: "category", data: shown.map(name), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR, interval: 0, width: 150, overflow: "truncate" } },
    series: [
      { type: "bar", name: "已走访", stack: "coverage", barMaxWidth: 18, itemStyle: { color: primary }, data: shown.map((r) => r.visited) },
      {
        type: "bar",
        name: "未走访",
        stack: "coverage",
        barMaxWidth: 18,
        itemStyle: { color: NOT_VISITED },
        label: { show: true, position: "right", color: TEXT_COLOR, formatter: (p: { dataIndex: number }) => formatShare(shown[p.dataIndex]!.share) },
        data: shown.map((r) => r.targets - r.visited),
      },
    ],
  };
}

/** The chart's height for so many bars. */
export const coverageChartHeight = (rows: number) => Math.max(200, rows * 30 + 60);
