import { theme } from "antd";
import { BarChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { Honour } from "../../../../shared/care";
import { ChartCard } from "../../../components/ChartCard";
import { honourChartOption } from "../honour-chart-options";

echarts.use([BarChart]);

/** 荣誉统计: the honours under the board's filters, one bar per honour. */
export function HonourChart({ byHonour, title }: { byHonour: { honour: Honour; count: number }[]; title: string }) {
  const { token } = theme.useToken();
  return <ChartCard title={title} option={honourChartOption(byHonour, token.colorPrimary)} height={220} />;
}
