import { theme } from "antd";
import { useMemo } from "react";
import { BarChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { CoverageRow } from "../../../../shared/contracts/assistance.contract";
import { ChartCard } from "../../../components/ChartCard";
import { coverageChartHeight, coverageOption } from "../coverage-chart-options";

echarts.use([BarChart]);

/** Coverage per organization as stacked bars; a click on an organization with more below drills into it. */
export function CoverageChart({ title, rows, onDrill }: { title: string; rows: readonly CoverageRow[]; onDrill: (row: CoverageRow) => void }) {
  const { token } = theme.useToken();
  const shown = [...rows].reverse();
  // The same option object while the rows stay the same: a re-render of the page must not restart the bars' animation.
  const option = useMemo(() => coverageOption(rows, token.colorPrimary), [rows, token.colorPrimary]);
  return (
    <ChartCard
      title={title}
      option={option}
      height={coverageChartHeight(rows.length)}
      onEvents={{
        click: (event: { dataIndex: number }) => {
          const row = shown[event.dataIndex];
          if (row?.hasChildren) onDrill(row);
        },
      }}
    />
  );
}
