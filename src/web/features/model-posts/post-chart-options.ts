import type { EChartsCoreOption } from "echarts/core";
import { POST_KIND_LABELS, SAFETY_KIND_LABELS, type PostKind, type SafetyKind } from "../../../shared/care";
import type { PostSummary } from "../../../shared/contracts/model-posts.contract";

// The list page's chart, kept apart from ECharts so it is tested without a canvas.

export interface SummaryBar {
  label: string;
  kind: PostKind;
  safetyKind?: SafetyKind;
  total: number;
  active: number;
}

/** One bar per kind, the safety areas split by the three safeties (the brief §四). */
export function summaryBars(summary: PostSummary): SummaryBar[] {
  return [
    ...summary.byKind.filter((k) => k.kind !== "safety_area").map((k) => ({ label: POST_KIND_LABELS[k.kind], kind: k.kind, total: k.total, active: k.active })),
    ...summary.bySafetyKind.map((s) => ({
      label: `${SAFETY_KIND_LABELS[s.safetyKind]}责任区`,
      kind: "safety_area" as const,
      safetyKind: s.safetyKind,
      total: s.total,
      active: s.active,
    })),
  ];
}

const TEXT_COLOR = "#595959";

/** Stacked bars: 在岗 in the primary colour, 已撤销或到期 in grey; a click opens the list of that bar. */
export function summaryChartOption(bars: readonly SummaryBar[], primary: string): EChartsCoreOption {
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0, right: 0, textStyle: { color: TEXT_COLOR } },
    xAxis: { type: "category", data: bars.map((b) => b.label), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR, interval: 0 } },
    yAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#f0f0f0" } }, axisLabel: { color: TEXT_COLOR } },
    series: [
      { type: "bar", name: "在岗", stack: "posts", barMaxWidth: 36, itemStyle: { color: primary }, data: bars.map((b) => b.active) },
      {
        type: "bar",
        name: "已撤销或到期",
        stack: "posts",
        barMaxWidth: 36,
        itemStyle: { color: "#bfbfbf" },
        label: { show: true, position: "top", color: TEXT_COLOR, formatter: (p: { dataIndex: number }) => `${bars[p.dataIndex]?.total ?? ""}` },
        data: bars.map((b) => b.total - b.active),
      },
    ],
  };
}
