import { Progress, Table, type TableColumnsType, Tag, Tooltip, theme } from "antd";
import { chartColors } from "../../../components/chart-colors";
import type { PlanProgress } from "../../../../shared/contracts/development.contract";
import { PLAN_PROGRESS_LABELS, type QuotaFigures, toPlanProgress } from "../plan-progress";

type Row = PlanProgress["rows"][number];

const STATE_COLORS = { met: "success", on_track: "processing", short: "warning", unplanned: "default" } as const;

/** The state of a line, with the gap when admitted plus forecast fall short of the quota. */
export function PlanStateTag({ figures }: { figures: QuotaFigures }) {
  const progress = toPlanProgress(figures);
  const label = progress.state === "short" ? `${PLAN_PROGRESS_LABELS.short} ${progress.gap} 名` : PLAN_PROGRESS_LABELS[progress.state];
  return <Tag color={STATE_COLORS[progress.state]}>{label}</Tag>;
}

/** One bar per line, coloured as the chart: red who was admitted, gold who can still be this year. */
export function PlanProgressBar({ figures }: { figures: QuotaFigures }) {
  const [admitted, forecast] = chartColors(theme.useToken().token.colorPrimary);
  const progress = toPlanProgress(figures);
  if (progress.actualPercent === null) return <span style={{ color: "#8c8c8c" }}>—</span>;
  return (
    <Tooltip title={`已发展 ${progress.actualPercent}%，加上预计可发展共 ${progress.expectedPercent}%`}>
      <Progress
        percent={Math.min(100, progress.expectedPercent ?? 0)}
        success={{ percent: Math.min(100, progress.actualPercent), strokeColor: admitted }}
        strokeColor={forecast}
        format={() => `${progress.actualPercent}%`}
        size="small"
        style={{ minWidth: 140, margin: 0 }}
      />
    </Tooltip>
  );
}

const columns: TableColumnsType<Row> = [
  { title: "组织", dataIndex: "orgName", ellipsis: { showTitle: true } },
  { title: "下达名额", dataIndex: "quota", width: 96, align: "right" },
  { title: "已发展", dataIndex: "actual", width: 84, align: "right" },
  { title: "预计还可发展", dataIndex: "forecast", width: 116, align: "right" },
  { title: "完成进度", key: "progress", width: 200, render: (_, row) => <PlanProgressBar figures={row} /> },
  { title: "状态", key: "state", width: 136, render: (_, row) => <PlanStateTag figures={row} /> },
];

/**
 * Quota against actual and forecast, per organization that received a quota, with the plan's totals.
 * 已发展: admitted (approved as probationary members) this year; 预计: open cases whose dates let
 * them be admitted before the year ends.
 */
export function PlanProgressTable({ progress }: { progress: PlanProgress }) {
  const { totals } = progress;
  return (
    <Table<Row>
      rowKey="orgId"
      size="small"
      columns={columns}
      dataSource={progress.rows}
      pagination={false}
      scroll={{ x: 760 }}
      locale={{ emptyText: "尚未下达名额" }}
      summary={() =>
        progress.rows.length === 0 ? null : (
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {totals.quota}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {totals.actual}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {totals.forecast}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4}>
              <PlanProgressBar figures={totals} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5}>
              <PlanStateTag figures={totals} />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
