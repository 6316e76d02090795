import { theme } from "antd";
import { BarChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";
import type { Tally } from "../../../../shared/contracts/evaluation.contract";
import { EVALUATION_GRADE_LABELS, EVALUATION_GRADES } from "../../../../shared/org-life";
import { ChartCard } from "../../../components/ChartCard";
import { gradeBarColors } from "../evaluation-options";

echarts.use([BarChart]);

const TEXT_COLOR = "#595959";

/** Votes per member, stacked by grade, one horizontal bar per member (names stay readable for a large branch). */
export function tallyOption(tally: Tally, primary: string): EChartsCoreOption {
  const colors = gradeBarColors(primary);
  // Top to bottom in the branch's order: ECharts draws a category axis bottom-up.
  const rows = [...tally.counts].reverse();
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    legend: { top: 0, textStyle: { color: TEXT_COLOR } },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", max: tally.ballots || undefined, minInterval: 1, splitLine: { lineStyle: { color: "#f0f0f0" } }, axisLabel: { color: TEXT_COLOR } },
    yAxis: { type: "category", data: rows.map((r) => r.memberName), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR, interval: 0 } },
    series: EVALUATION_GRADES.map((g) => ({
      type: "bar",
      stack: "votes",
      name: EVALUATION_GRADE_LABELS[g],
      barMaxWidth: 16,
      itemStyle: { color: colors[g] },
      label: { show: tally.ballots <= 60, position: "inside", color: "#fff", formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : "") },
      data: rows.map((r) => r.votes[g]),
    })),
  };
}

/** The tally as an ECharts stacked bar; the title carries the ballots counted and the hash. */
export function TallyChart({ tally }: { tally: Tally }) {
  const { token } = theme.useToken();
  const height = Math.max(220, tally.counts.length * 24 + 60);
  return <ChartCard title={`民主测评结果（共 ${tally.ballots} 张：网上 ${tally.online}，纸质 ${tally.paper}）`} option={tallyOption(tally, token.colorPrimary)} height={height} />;
}
