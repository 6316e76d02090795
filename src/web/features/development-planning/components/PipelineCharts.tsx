import { Card, Col, Empty, Row, theme } from "antd";
import { BarChart, FunnelChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";
import type { Pipeline } from "../../../../shared/contracts/development.contract";
import { DEVELOPMENT_STAGE_LABELS, type DevelopmentStage } from "../../../../shared/development-steps";
import { ChartCard } from "../../../components/ChartCard";
import { chartColors } from "../../../components/chart-colors";

echarts.use([BarChart, FunnelChart]);

const TEXT_COLOR = "#595959";

/** The stages in the procedure's order, widest first: each stage's width is its count of open cases. */
export function stageFunnelOption(stages: Pipeline["stages"], colors: readonly string[]): EChartsCoreOption {
  const max = Math.max(1, ...stages.map((s) => s.count));
  return {
    tooltip: { trigger: "item", formatter: "{b}：{c} 人" },
    series: [
      {
        type: "funnel",
        sort: "none",
        min: 0,
        max,
        // Wide enough for a stage's name and count even when it has no one.
        minSize: "34%",
        left: "10%",
        right: "10%",
        top: 8,
        bottom: 8,
        gap: 2,
        label: { show: true, position: "inside", formatter: "{b}  {c} 人", color: "#fff", fontSize: 13 },
        data: stages.map((s, i) => ({ name: DEVELOPMENT_STAGE_LABELS[s.stage], value: s.count, itemStyle: { color: colors[i % colors.length] } })),
      },
    ],
  };
}

/** Overdue items by the rule they break, longest bar first, the rule's id before its name. */
export function overdueByRuleOption(items: Pipeline["overdueByRule"], color: string): EChartsCoreOption {
  const sorted = [...items].sort((a, b) => b.count - a.count);
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", minInterval: 1, axisLabel: { show: false }, splitLine: { lineStyle: { color: "#f0f0f0" } } },
    yAxis: {
      type: "category",
      inverse: true,
      data: sorted.map((item) => `${item.rule} ${item.label}`),
      axisTick: { show: false },
      axisLabel: { interval: 0, color: TEXT_COLOR, width: 180, overflow: "break" },
    },
    series: [
      {
        type: "bar",
        name: "逾期",
        barMaxWidth: 22,
        itemStyle: { color, borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: "right", color: TEXT_COLOR },
        data: sorted.map((item) => item.count),
      },
    ],
  };
}

interface PipelineChartsProps {
  pipeline: Pipeline;
  /** A click on a stage of the funnel: the page opens the roster of that stage. */
  onStageClick: (stage: DevelopmentStage) => void;
}

interface StageClick {
  dataIndex: number;
}

export function PipelineCharts({ pipeline, onStageClick }: PipelineChartsProps) {
  const { token } = theme.useToken();
  const colors = chartColors(token.colorPrimary);
  // Cool to warm from applicant to full member: slate, green, gold, coral, party red.
  const stageColors = [colors[2]!, colors[4]!, colors[1]!, colors[3]!, colors[0]!];
  const ruleHeight = Math.max(220, 40 * pipeline.overdueByRule.length + 40);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard
          title="各阶段人数"
          extra={<span style={{ color: token.colorTextTertiary, fontSize: 12 }}>点击阶段查看名单</span>}
          option={stageFunnelOption(pipeline.stages, stageColors)}
          height={Math.max(280, ruleHeight)}
          onEvents={{
            click: (event: StageClick) => {
              const stage = pipeline.stages[event.dataIndex]?.stage;
              if (stage) onStageClick(stage);
            },
          }}
        />
      </Col>
      <Col xs={24} xl={12}>
        {pipeline.overdueByRule.length === 0 ? (
          <Card size="small" title="逾期事项（按规则）">
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有逾期未办的步骤" />
          </Card>
        ) : (
          <ChartCard title="逾期事项（按规则）" option={overdueByRuleOption(pipeline.overdueByRule, token.colorError)} height={Math.max(280, ruleHeight)} />
        )}
      </Col>
    </Row>
  );
}
