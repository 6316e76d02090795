import { theme } from "antd";
import { BarChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { PostSummary } from "../../../../shared/contracts/model-posts.contract";
import { ChartCard } from "../../../components/ChartCard";
import { type SummaryBar, summaryBars, summaryChartOption } from "../post-chart-options";

echarts.use([BarChart]);

interface PostSummaryChartProps {
  summary: PostSummary;
  onSelect: (bar: SummaryBar) => void;
}

/** The year's posts per kind and safety kind; a click on a bar lists them. */
export function PostSummaryChart({ summary, onSelect }: PostSummaryChartProps) {
  const { token } = theme.useToken();
  const bars = summaryBars(summary);
  const handleClick = (event: { dataIndex: number }) => {
    const bar = bars[event.dataIndex];
    if (bar) onSelect(bar);
  };
  return (
    <ChartCard
      title={`${summary.year} 年度示范岗、责任区`}
      extra={`共 ${summary.total} 个，在岗 ${summary.active} 个，履诺记录 ${summary.entries} 条`}
      option={summaryChartOption(bars, token.colorPrimary)}
      height={240}
      onEvents={{ click: handleClick as (event: never) => void }}
    />
  );
}
