import { Card } from "antd";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { ReactNode } from "react";

// Shared by the features that draw charts (statistics, member development). Import it only from a
// lazily loaded module, so ECharts stays out of the pages that draw none. Each feature registers
// the chart kinds it draws (echarts.use([BarChart…])), keeping its chunk tree-shaken.
echarts.use([GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface ChartCardProps {
  title: ReactNode;
  option: EChartsCoreOption;
  height?: number;
  extra?: ReactNode;
  /** ECharts events by name, e.g. `click` to open what a bar stands for. */
  onEvents?: Record<string, (event: never) => void>;
}

export function ChartCard({ title, option, height = 280, extra, onEvents }: ChartCardProps) {
  return (
    <Card size="small" title={title} extra={extra} styles={{ body: { padding: 12 } }}>
      {/* The wrapper resizes with the grid column; echarts-for-react follows its size. */}
      <ReactEChartsCore echarts={echarts} option={option} notMerge onEvents={onEvents} style={{ height, width: "100%" }} opts={{ renderer: "canvas" }} />
    </Card>
  );
}
