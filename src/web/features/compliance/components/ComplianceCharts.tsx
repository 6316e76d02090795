import { Col, Row, theme } from "antd";
import { BarChart, GaugeChart, LineChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { MatrixSummary } from "../../../../shared/contracts/compliance.contract";
import { ChartCard } from "../../../components/ChartCard";
import { monthlyTrendOption, overallRateOption, statusByTypeOption } from "../chart-options";

echarts.use([BarChart, GaugeChart, LineChart]);

/** The summary row of the compliance page: cells by type and status, the overall rate, the months. */
export function ComplianceCharts({ summary }: { summary: MatrixSummary }) {
  const { token } = theme.useToken();
  const typeHeight = Math.max(240, 34 * summary.byType.length + 60);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={9}>
        <ChartCard title="各类会议落实情况（期数）" option={statusByTypeOption(summary.byType)} height={typeHeight} />
      </Col>
      <Col xs={24} md={10} xl={6}>
        <ChartCard
          title="总体完成率"
          extra={<span style={{ color: token.colorTextTertiary, fontSize: 12 }}>不含进行中</span>}
          option={overallRateOption(summary.overall, token.colorPrimary)}
          height={typeHeight}
        />
      </Col>
      <Col xs={24} md={14} xl={9}>
        <ChartCard title="按月落实情况（每月开展的会议）" option={monthlyTrendOption(summary.monthly, token.colorPrimary)} height={typeHeight} />
      </Col>
    </Row>
  );
}
