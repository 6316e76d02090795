import { Button, Card, Col, Flex, Row, Space, Tag, Tooltip, Typography } from "antd";
import { Link } from "react-router";
import type { MeetingPlan, PlanItem } from "../../../../shared/contracts/compliance.contract";
import type { OrgKind } from "../../../../shared/domain";
import { MEETING_TAG_LABELS, PLAN_ITEM_STATUS_LABELS } from "../../../../shared/org-life";
import { recordMeetingLink } from "../compliance-links";
import { MEETING_TYPE_COLORS, PLAN_STATUS_COLORS, meetingTypeLabel } from "../compliance-display";

interface PlanMonthGridProps {
  plan: MeetingPlan;
  /** Today's month of the plan's year (1–12), highlighted; null in another year. */
  currentMonth: number | null;
  onEdit: (item: PlanItem) => void;
  onCancel: (item: PlanItem) => void;
}

function PlanItemLine({ item, kind, canPlan, onEdit, onCancel }: { item: PlanItem; kind: OrgKind; canPlan: boolean } & Pick<PlanMonthGridProps, "onEdit" | "onCancel">) {
  const isPlanned = item.status === "planned";
  return (
    <Flex vertical gap={2} style={{ padding: "6px 0", borderBottom: "1px dashed #f0f0f0", opacity: item.status === "cancelled" ? 0.55 : 1 }} data-testid="plan-item">
      <Flex align="center" gap={4} wrap>
        <Tag color={MEETING_TYPE_COLORS[item.type]} style={{ marginInlineEnd: 0 }}>
          {meetingTypeLabel(item.type, kind)}
        </Tag>
        <Typography.Text type={item.plannedOn ? undefined : "secondary"} style={{ fontSize: 12 }}>
          {item.plannedOn ? item.plannedOn.slice(5).replace("-", "月") + "日" : "未定日期"}
        </Typography.Text>
        <Tag color={PLAN_STATUS_COLORS[item.status]} style={{ marginInlineStart: "auto", marginInlineEnd: 0 }}>
          {PLAN_ITEM_STATUS_LABELS[item.status]}
        </Tag>
      </Flex>
      <Typography.Text type={item.topic ? undefined : "secondary"} ellipsis={{ tooltip: item.topic }} style={{ fontSize: 13 }}>
        {item.topic ?? "未定主题"}
      </Typography.Text>
      {item.tags.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.tags.map((tag) => MEETING_TAG_LABELS[tag]).join("、")}
        </Typography.Text>
      )}
      {item.status === "cancelled" && item.cancelReason && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          取消原因：{item.cancelReason}
        </Typography.Text>
      )}
      <Space size={0} wrap>
        {isPlanned && canPlan && (
          <>
            <Link to={recordMeetingLink(item)}>
              <Button type="link" size="small" style={{ paddingInline: 4 }}>
                记录会议
              </Button>
            </Link>
            <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => onEdit(item)}>
              编辑
            </Button>
            <Button type="link" size="small" danger style={{ paddingInline: 4 }} onClick={() => onCancel(item)}>
              取消
            </Button>
          </>
        )}
        {item.status === "held" && item.meetingId && (
          <Link to={`/org-life/meetings/${item.meetingId}`}>
            <Button type="link" size="small" style={{ paddingInline: 4 }}>
              查看会议记录
            </Button>
          </Link>
        )}
      </Space>
    </Flex>
  );
}

/** The year's plan as twelve month cards, each listing its items. */
export function PlanMonthGrid({ plan, currentMonth, onEdit, onCancel }: PlanMonthGridProps) {
  return (
    <Row gutter={[12, 12]}>
      {plan.months.map(({ month, items }) => {
        const open = items.filter((i) => i.status === "planned").length;
        const isPast = currentMonth !== null && month < currentMonth;
        return (
          <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
            <Card
              size="small"
              title={
                <Flex align="center" gap={8}>
                  <span>{month}月</span>
                  {month === currentMonth && <Tag color="red">本月</Tag>}
                </Flex>
              }
              extra={
                items.length > 0 && (
                  <Tooltip title="计划中 / 全部事项">
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {open} / {items.length}
                    </Typography.Text>
                  </Tooltip>
                )
              }
              style={{ background: isPast ? "#fcfcfc" : undefined }}
              styles={{ body: { paddingTop: 4 } }}
              data-testid={`plan-month-${month}`}
            >
              {items.length === 0 ? (
                <Typography.Text type="secondary" style={{ display: "block", padding: "8px 0", fontSize: 13 }}>
                  无计划事项
                </Typography.Text>
              ) : (
                items.map((item) => <PlanItemLine key={item.id} item={item} kind={plan.org.kind} canPlan={plan.canPlan} onEdit={onEdit} onCancel={onCancel} />)
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
