import { theme } from "antd";
import { BarChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";
import type { PlanProgress } from "../../../../shared/contracts/development.contract";
import { ChartCard } from "../../../components/ChartCard";
import { chartColors } from "../../../components/chart-colors";

echarts.use([BarChart]);

const TEXT_COLOR = "#595959";

/** Quota, admitted and forecast side by side for each organization of the plan. */
export function planBarOption(rows: PlanProgress["rows"], colors: readonly string[]): EChartsCoreOption {
  const series = [
    { name: "下达名额", key: "quota", color: colors[2] },
    { name: "已发展", key: "actual", color: colors[0] },
    { name: "预计还可发展", key: "forecast", color: colors[1] },
  ] as const;
  const names = rows.map((row) => row.orgName);
  const isLong = names.some((name) => name.length > 6);
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    legend: { top: 0, textStyle: { color: TEXT_COLOR } },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: {
      type: "category",
      data: names,
      axisTick: { show: false },
      axisLabel: { interval: 0, color: TEXT_COLOR, rotate: isLong ? 30 : 0, width: 120, overflow: "truncate" },
    },
    yAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#f0f0f0" } }, axisLabel: { color: TEXT_COLOR } },
    series: series.map((s) => ({
      type: "bar",
      name: s.name,
      barMaxWidth: 18,
      itemStyle: { color: s.color, borderRadius: [3, 3, 0, 0] },
      label: { show: rows.length <= 12, position: "top", color: TEXT_COLOR },
      data: rows.map((row) => row[s.key]),
    })),
  };
}

export function PlanCharts({ progress }: { progress: PlanProgress }) {
  const colors = chartColors(theme.useToken().token.colorPrimary);
  return <ChartCard title="各组织名额与完成情况" option={planBarOption(progress.rows, colors)} height={320} />;
}
