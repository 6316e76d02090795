import { Col, Empty, Row, theme } from "antd";
import { BarChart, PieChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { ProjectBoard, RankingItem } from "../../../../shared/contracts/secretary-project-board.contract";
import { ChartCard } from "../../../components/ChartCard";
import { chartColors } from "../../../components/chart-colors";
import { indicatorsOption, quarterlyRatingsOption, rankingOption, statusOption } from "../board-chart-options";

echarts.use([BarChart, PieChart]);

/** The board's four charts: status, quarterly ratings, indicators achieved vs targets, the score ranking. */
export function BoardCharts({ board, ranking }: { board: ProjectBoard; ranking: readonly RankingItem[] }) {
  const { token } = theme.useToken();
  const indicatorHeight = Math.max(240, board.projects.length * 28 + 60);
  const rankingHeight = Math.max(240, ranking.length * 28 + 30);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <ChartCard title="项目状态分布" option={statusOption(board, chartColors(token.colorPrimary))} height={280} />
      </Col>
      <Col xs={24} lg={14}>
        <ChartCard title="季度督查评定" option={quarterlyRatingsOption(board)} height={280} />
      </Col>
      <Col xs={24} lg={12}>
        {board.projects.length > 0 ? (
          <ChartCard title={`目标指标达成情况（共 ${board.indicators.total} 项，已达成 ${board.indicators.achieved} 项）`} option={indicatorsOption(board, token.colorPrimary)} height={indicatorHeight} />
        ) : (
          <Empty description="暂无实施中的项目" />
        )}
      </Col>
      <Col xs={24} lg={12}>
        {ranking.length > 0 ? (
          <ChartCard title="评价得分排名" option={rankingOption(ranking, token.colorPrimary)} height={rankingHeight} />
        ) : (
          <Empty description="暂无评价结果" />
        )}
      </Col>
    </Row>
  );
}
