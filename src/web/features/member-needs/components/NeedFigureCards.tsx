import { Card, Col, Row, Statistic, Typography } from "antd";
import type { ReactNode } from "react";
import type { NeedFigureRow } from "../../../../shared/contracts/member-needs.contract";
import { formatFigure } from "../need-display";

const OVERDUE_COLOR = "#cf1322";

function Kpi({ title, value, suffix, note, danger }: { title: string; value: number | string; suffix?: string; note?: ReactNode; danger?: boolean }) {
  return (
    <Col xs={12} md={6}>
      <Card size="small" style={{ height: "100%" }}>
        <Statistic title={title} value={value} suffix={suffix} styles={{ content: { color: danger && value ? OVERDUE_COLOR : undefined } }} />
        {note && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {note}
          </Typography.Text>
        )}
      </Card>
    </Col>
  );
}

/** The year's key figures: counts, rates, times (median and 90th percentile) and what is overdue now. */
export function NeedFigureCards({ totals: t }: { totals: NeedFigureRow }) {
  return (
    <Row gutter={[16, 16]}>
      <Kpi title="诉求总数" value={t.total} suffix="件" note={`已办结 ${t.resolved} · 办理中 ${t.open} · 撤回 ${t.withdrawn}`} />
      <Kpi title="办结率" value={formatFigure(t.resolutionRate, "%")} note="已办结占提出（不含撤回）" />
      <Kpi title="满意率" value={formatFigure(t.satisfactionRate, "%")} note={`评价 ${t.rated} 件：满意 ${t.satisfied} · 基本满意 ${t.partlySatisfied} · 不满意 ${t.notSatisfied}`} />
      <Kpi title="提交上级党委办理" value={t.escalated} suffix="件" />
      <Kpi title="受理用时（中位数）" value={formatFigure(t.acknowledgeDaysMedian, " 天")} note={`90%分位 ${formatFigure(t.acknowledgeDaysP90, " 天")}`} />
      <Kpi title="办结用时（中位数）" value={formatFigure(t.resolveDaysMedian, " 天")} note={`90%分位 ${formatFigure(t.resolveDaysP90, " 天")}`} />
      <Kpi title="受理超期（当前）" value={t.acknowledgeOverdue} suffix="件" danger />
      <Kpi title="办理超期（当前）" value={t.resolveOverdue} suffix="件" danger />
    </Row>
  );
}
