import type { EChartsCoreOption } from "echarts/core";
import type { NeedFigureRow, NeedFigures } from "../../../shared/contracts/member-needs.contract";
import { NEED_CATEGORY_LABELS, NEED_RATING_LABELS, NEED_RATINGS } from "../../../shared/care";

// The figures page's charts (诉求统计): options built from the API's answer, pure so they are tested without ECharts.

const TEXT_COLOR = "#595959";
const SPLIT = { lineStyle: { color: "#f0f0f0" } };
const GRID = { left: 8, right: 16, top: 36, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" };
export const RATING_CHART_COLORS = { satisfied: "#52c41a", partly_satisfied: "#faad14", not_satisfied: "#f5222d" } as const;

/** Needs by category, the most frequent on top; categories without any are left out. */
export function categoryOption(figures: Pick<NeedFigures, "byCategory">, primary: string): EChartsCoreOption {
  const rows = figures.byCategory.filter((c) => c.count > 0).sort((a, b) => a.count - b.count);
  return {
    grid: { ...GRID, top: 8, right: 40 },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", minInterval: 1, splitLine: SPLIT },
    yAxis: { type: "category", data: rows.map((c) => NEED_CATEGORY_LABELS[c.category]), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR, interval: 0 } },
    series: [{ type: "bar", name: "诉求件数", barMaxWidth: 18, itemStyle: { color: primary }, label: { show: true, position: "right", color: TEXT_COLOR }, data: rows.map((c) => c.count) }],
  };
}

/** Filed and resolved per month of the year. */
export function monthOption(figures: Pick<NeedFigures, "byMonth">, colors: readonly string[]): EChartsCoreOption {
  const months = [...figures.byMonth].sort((a, b) => a.month - b.month);
  return {
    grid: GRID,
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: months.map((m) => `${m.month}月`), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR } },
    yAxis: { type: "value", minInterval: 1, splitLine: SPLIT },
    series: [
      { type: "bar", name: "提出", barMaxWidth: 20, itemStyle: { color: colors[0] }, data: months.map((m) => m.filed) },
      { type: "line", name: "办结", symbolSize: 6, itemStyle: { color: colors[2] ?? colors[1] }, data: months.map((m) => m.resolved) },
    ],
  };
}

/** The members' ratings at closure as a ring (满意 / 基本满意 / 不满意), only those given. */
export function ratingOption(totals: Pick<NeedFigureRow, "satisfied" | "partlySatisfied" | "notSatisfied">): EChartsCoreOption {
  const counts = { satisfied: totals.satisfied, partly_satisfied: totals.partlySatisfied, not_satisfied: totals.notSatisfied };
  const data = NEED_RATINGS.filter((r) => counts[r] > 0).map((r) => ({ name: NEED_RATING_LABELS[r], value: counts[r], itemStyle: { color: RATING_CHART_COLORS[r] } }));
  return {
    tooltip: { trigger: "item", formatter: "{b}：{c} 件（{d}%）" },
    legend: { bottom: 0, textStyle: { color: TEXT_COLOR } },
    series: [{ type: "pie", radius: ["42%", "68%"], center: ["50%", "44%"], label: { formatter: "{b} {c}" }, data }],
  };
}

/** Days to acknowledge and to resolve: the median and the 90th percentile side by side (no bar when unmeasured). */
export function timesOption(totals: NeedFigureRow, colors: readonly string[]): EChartsCoreOption {
  const label = { show: true, position: "top", color: TEXT_COLOR, formatter: (p: { value: number | null }) => (p.value === null ? "" : `${p.value} 天`) };
  return {
    grid: GRID,
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v: number | null) => (v === null || v === undefined ? "—" : `${v} 天`) },
    xAxis: { type: "category", data: ["受理用时", "办结用时"], axisTick: { show: false }, axisLabel: { color: TEXT_COLOR } },
    yAxis: { type: "value", name: "天", splitLine: SPLIT },
    series: [
      { type: "bar", name: "中位数", barMaxWidth: 32, itemStyle: { color: colors[0] }, label, data: [totals.acknowledgeDaysMedian, totals.resolveDaysMedian] },
      { type: "bar", name: "90%分位", barMaxWidth: 32, itemStyle: { color: colors[1] }, label, data: [totals.acknowledgeDaysP90, totals.resolveDaysP90] },
    ],
  };
}
