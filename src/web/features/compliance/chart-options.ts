import type { EChartsCoreOption } from "echarts/core";
import type { MatrixSummary } from "../../../shared/contracts/compliance.contract";
import { COMPLIANCE_STATUS_LABELS, MEETING_TYPE_LABELS } from "../../../shared/org-life";
import { STATUS_CHART_COLORS } from "./compliance-display";

const TEXT_COLOR = "#595959";
const STATUSES = ["green", "amber", "red"] as const;
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Per meeting type, its cells stacked green, amber, red: how many periods were met, are open, were missed. */
export function statusByTypeOption(byType: MatrixSummary["byType"]): EChartsCoreOption {
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#f0f0f0" } } },
    yAxis: { type: "category", inverse: true, data: byType.map((t) => MEETING_TYPE_LABELS[t.type]), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR } },
    series: STATUSES.map((status) => ({
      type: "bar",
      name: COMPLIANCE_STATUS_LABELS[status],
      stack: "cells",
      barMaxWidth: 22,
      itemStyle: { color: STATUS_CHART_COLORS[status] },
      data: byType.map((t) => t[status]),
    })),
  };
}

/** The overall rate as a gauge: met of the decided (met or missed) cells. */
export function overallRateOption(overall: MatrixSummary["overall"], primary: string): EChartsCoreOption {
  const value = percent(overall.rate);
  return {
    series: [
      {
        type: "gauge",
        min: 0,
        max: 100,
        progress: { show: true, width: 14, itemStyle: { color: primary } },
        axisLine: { lineStyle: { width: 14 } },
        axisTick: { show: false },
        splitLine: { length: 8, lineStyle: { width: 1, color: "#bfbfbf" } },
        axisLabel: { distance: 18, color: "#8c8c8c", fontSize: 10 },
        pointer: { show: false },
        anchor: { show: false },
        radius: "88%",
        center: ["50%", "55%"],
        title: { show: true, offsetCenter: [0, "82%"], fontSize: 12, color: TEXT_COLOR },
        detail: { valueAnimation: true, offsetCenter: [0, "0%"], fontSize: 28, fontWeight: 600, formatter: value === null ? "—" : "{value}%", color: primary },
        data: [{ value: value ?? 0, name: `已完成 ${overall.green} · 未完成 ${overall.red}` }],
      },
    ],
  };
}

/** The monthly types' cells of each month stacked by status, and the month's rate as a line. */
export function monthlyTrendOption(monthly: MatrixSummary["monthly"], primary: string): EChartsCoreOption {
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: monthly.map((m) => `${Number(m.period.slice(5, 7))}月`), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR } },
    yAxis: [
      { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#f0f0f0" } } },
      { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" }, splitLine: { show: false } },
    ],
    series: [
      ...STATUSES.map((status) => ({
        type: "bar",
        name: COMPLIANCE_STATUS_LABELS[status],
        stack: "cells",
        barMaxWidth: 18,
        itemStyle: { color: STATUS_CHART_COLORS[status] },
        data: monthly.map((m) => m[status]),
      })),
      {
        type: "line",
        name: "完成率",
        yAxisIndex: 1,
        smooth: true,
        connectNulls: false,
        itemStyle: { color: primary },
        data: monthly.map((m) => percent(m.rate)),
      },
    ],
  };
}
