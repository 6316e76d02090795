import { theme } from "antd";
import { BarChart, PieChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";
import type { EvaluationResult } from "../../../../shared/contracts/secretary-project-evaluation.contract";
import { PROJECT_VOTE_CHOICE_LABELS, PROJECT_VOTE_CHOICES } from "../../../../shared/secretary-projects";
import { ChartCard } from "../../../components/ChartCard";
import { chartColors } from "../../../components/chart-colors";

echarts.use([BarChart, PieChart]);

const TEXT_COLOR = "#595959";

/** Each criterion's score (0–100) as a bar, labelled with its weight. */
export function criterionScoresOption(result: EvaluationResult, primary: string): EChartsCoreOption {
  const rows = [...result.scores].reverse();
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", min: 0, max: 100, splitLine: { lineStyle: { color: "#f0f0f0" } }, axisLabel: { color: TEXT_COLOR } },
    yAxis: { type: "category", data: rows.map((s) => `${s.label}（${s.weight}%）`), axisTick: { show: false }, axisLabel: { color: TEXT_COLOR } },
    series: [{ type: "bar", name: "得分", barMaxWidth: 18, itemStyle: { color: primary }, label: { show: true, position: "right", color: TEXT_COLOR }, data: rows.map((s) => s.score) }],
  };
}

/** The votes (online and paper together) by choice. */
export function votesOption(result: EvaluationResult, primary: string): EChartsCoreOption {
  const colors = chartColors(primary);
  return {
    tooltip: { trigger: "item", formatter: "{b}：{c} 票（{d}%）" },
    legend: { bottom: 0, textStyle: { color: TEXT_COLOR } },
    series: [
      {
        type: "pie",
        radius: ["40%", "68%"],
        center: ["50%", "44%"],
        label: { formatter: "{b} {c}" },
        data: PROJECT_VOTE_CHOICES.map((c, i) => ({
          name: PROJECT_VOTE_CHOICE_LABELS[c],
          value: result.votes.online[c] + result.votes.paper[c],
          itemStyle: { color: colors[i] },
        })),
      },
    ],
  };
}

/** The published result as two small charts: the criteria's scores, and the votes when there were any. */
export function EvaluationChart({ result }: { result: EvaluationResult }) {
  const { token } = theme.useToken();
  const height = Math.max(160, result.scores.length * 36 + 30);
  return (
    <div style={{ display: "grid", gridTemplateColumns: result.votes.total > 0 ? "minmax(0, 3fr) minmax(0, 2fr)" : "1fr", gap: 16 }}>
      <ChartCard title="各评价项目得分" option={criterionScoresOption(result, token.colorPrimary)} height={height} />
      {result.votes.total > 0 && <ChartCard title={`党员测评（共 ${result.votes.total} 票）`} option={votesOption(result, token.colorPrimary)} height={height} />}
    </div>
  );
}
