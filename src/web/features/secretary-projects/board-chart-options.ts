import type { EChartsCoreOption } from "echarts/core";
import type { ProjectBoard, RankingItem } from "../../../shared/contracts/secretary-project-board.contract";
import { CHECKPOINT_RATING_LABELS, PROJECT_GRADE_LABELS, PROJECT_STATUS_LABELS } from "../../../shared/secretary-projects";

// The board's charts (督查看板): options built from the API's answer, pure so they are tested without ECharts.

const TEXT_COLOR = "#595959";
const SPLIT = { lineStyle: { color: "#f0f0f0" } };
const QUARTER_NAMES = ["一季度", "二季度", "三季度", "四季度"];
export const RATING_CHART_COLORS = { on_track: "#52c41a", at_risk: "#faad14", off_track: "#f5222d", unrated: "#d9d9d9" } as const;

/** Projects by status, as a ring: only the statuses that have any. */
export function statusOption(board: ProjectBoard, colors: readonly string[]): EChartsCoreOption {
  const data = board.byStatus.filter((s) => s.count > 0).map((s, i) => ({ name: PROJECT_STATUS_LABELS[s.key], value: s.count, itemStyle: { color: colors[i % colors.length] } }));
  return {
    tooltip: { trigger: "item", formatter: "{b}：{c} 个（{d}%）" },
    legend: { type: "scroll", bottom: 0, textStyle: { color: TEXT_COLOR } },
    series: [{ type: "pie", radius: ["42%", "68%"], center: ["50%", "44%"], label: { formatter: "{c} 个" }, data }],
  };
}

/** Each quarter's ratings stacked, and the projects not yet rated in the open quarters. */
export function quarterlyRatingsOption(board: ProjectBoard): EChartsCoreOption {
  const keys = ["on_track", "at_risk", "off_track", "unrated"] as const;
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "category", data: board.ratingsByQuarter.map((q) => `${QUARTER_NAMES[q.quarter - 1]}${q.isOpen ? "" : "（未到）"}`), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR } },
    yAxis: { type: "value", minInterval: 1, splitLine: SPLIT },
    series: keys.map((key) => ({
      type: "bar",
      stack: "ratings",
      name: key === "unrated" ? "未评定" : CHECKPOINT_RATING_LABELS[key],
      barMaxWidth: 36,
      itemStyle: { color: RATING_CHART_COLORS[key] },
      data: board.ratingsByQuarter.map((q) => q[key]),
    })),
  };
}

/** Per project: indicators achieved against its indicators (targets). */
export function indicatorsOption(board: ProjectBoard, primary: string): EChartsCoreOption {
  const rows = [...board.projects].reverse();
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", minInterval: 1, splitLine: SPLIT },
    yAxis: { type: "category", data: rows.map((p) => p.orgName), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR, interval: 0, width: 140, overflow: "truncate" } },
    series: [
      { type: "bar", name: "目标指标", barGap: "-100%", barMaxWidth: 16, itemStyle: { color: "#e8e8e8" }, data: rows.map((p) => p.indicators) },
      { type: "bar", name: "已达成", barMaxWidth: 16, itemStyle: { color: primary }, label: { show: true, position: "right", color: TEXT_COLOR, formatter: (p: { dataIndex: number }) => `${rows[p.dataIndex]!.indicatorsAchieved}/${rows[p.dataIndex]!.indicators}` }, data: rows.map((p) => p.indicatorsAchieved) },
    ],
  };
}

/** The ranking's page as bars, the highest on top, labelled with score and grade. */
export function rankingOption(items: readonly RankingItem[], primary: string): EChartsCoreOption {
  const rows = [...items].reverse();
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", min: 0, max: 100, splitLine: SPLIT },
    yAxis: { type: "category", data: rows.map((r) => `${r.rank}. ${r.orgName}`), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR, interval: 0, width: 160, overflow: "truncate" } },
    series: [
      {
        type: "bar",
        name: "最终得分",
        barMaxWidth: 16,
        itemStyle: { color: primary },
        label: { show: true, position: "right", color: TEXT_COLOR, formatter: (p: { dataIndex: number }) => `${rows[p.dataIndex]!.finalScore}（${PROJECT_GRADE_LABELS[rows[p.dataIndex]!.grade]}）` },
        data: rows.map((r) => r.finalScore),
      },
    ],
  };
}
