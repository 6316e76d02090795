import { Col, Row, theme } from "antd";
import { BarChart, PieChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { StructureStats } from "../../../../shared/contracts/stats.contract";
import { ChartCard } from "../../../components/ChartCard";
import { chartColors } from "../../../components/chart-colors";
import { barOption, groupedBarOption, pieOption } from "../chart-options";
import { titleOf } from "../stats-sections";

// Only the chart kinds this page draws, so the page's echarts chunk stays small (tree-shaken core).
echarts.use([BarChart, PieChart]);

/** The figures of the table as charts: parts of the whole as rings, bands and categories as bars. */
export function StructureCharts({ stats }: { stats: StructureStats }) {
  const primary = theme.useToken().token.colorPrimary;
  const colors = chartColors(primary);
  // Side-by-side charts share one height (the longer list's), so the cards line up.
  const barHeight = (...lists: unknown[][]) => Math.max(220, 34 * Math.max(...lists.map((l) => l.length)) + 60);
  const educationHeight = barHeight(stats.byEducation, stats.byOccupation);
  const domainHeight = barHeight(stats.byDomain, [...stats.focusGroups, ...stats.flags]);
  const focusAndFlags = groupedBarOption([
    { name: "重点发展群体", buckets: stats.focusGroups, color: colors[0]! },
    { name: "特殊情况", buckets: stats.flags, color: colors[2]! },
  ]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={8}>
        <ChartCard title={titleOf("byStatus")} option={pieOption(stats.byStatus, colors)} />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <ChartCard title={titleOf("byGender")} option={pieOption(stats.byGender, colors)} />
      </Col>
      <Col xs={24} md={12} xl={8}>
        <ChartCard title={titleOf("byEthnicity")} option={pieOption(stats.byEthnicity, colors)} />
      </Col>
      <Col xs={24} md={12}>
        <ChartCard title={`${titleOf("byAgeBand")}结构`} option={barOption(stats.byAgeBand, primary)} />
      </Col>
      <Col xs={24} md={12}>
        <ChartCard title={`${titleOf("byPartyAgeBand")}结构`} option={barOption(stats.byPartyAgeBand, primary)} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={`${titleOf("byEducation")}结构`} option={barOption(stats.byEducation, primary, { isHorizontal: true })} height={educationHeight} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={`${titleOf("byOccupation")}结构`} option={barOption(stats.byOccupation, primary, { isHorizontal: true })} height={educationHeight} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={titleOf("byDomain")} option={barOption(stats.byDomain, primary, { isHorizontal: true })} height={domainHeight} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title="重点发展群体与特殊情况" option={focusAndFlags} height={domainHeight} />
      </Col>
    </Row>
  );
}
