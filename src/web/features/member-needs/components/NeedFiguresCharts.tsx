import { Card, Col, Empty, Row, theme } from "antd";
import { BarChart, LineChart, PieChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { NeedFigures } from "../../../../shared/contracts/member-needs.contract";
import { ChartCard } from "../../../components/ChartCard";
import { chartColors } from "../../../components/chart-colors";
import { categoryOption, monthOption, ratingOption, timesOption } from "../need-chart-options";

echarts.use([BarChart, LineChart, PieChart]);

/** The figures' four charts: by category, by month (filed and resolved), the times to act, the ratings. */
export function NeedFiguresCharts({ figures }: { figures: NeedFigures }) {
  const { token } = theme.useToken();
  const colors = chartColors(token.colorPrimary);
  const { totals } = figures;
  // Nothing to draw: the same card and height as the chart would have, so the rows stay even.
  const empty = (title: string, description: string, height: number) => (
    <Card size="small" title={title} styles={{ body: { height: height + 24, display: "flex", alignItems: "center", justifyContent: "center" } }}>
      <Empty description={description} />
    </Card>
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        {totals.total > 0 ? <ChartCard title="诉求类别分布" option={categoryOption(figures, token.colorPrimary)} height={280} /> : empty("诉求类别分布", "本年度暂无诉求", 280)}
      </Col>
      <Col xs={24} lg={14}>
        <ChartCard title="各月提出和办结件数" option={monthOption(figures, colors)} height={280} />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard title="受理和办结用时（天）" option={timesOption(totals, colors)} height={260} />
      </Col>
      <Col xs={24} lg={12}>
        {totals.rated > 0 ? <ChartCard title={`党员评价（共 ${totals.rated} 件）`} option={ratingOption(totals)} height={260} /> : empty("党员评价", "暂无党员评价", 260)}
      </Col>
    </Row>
  );
}
