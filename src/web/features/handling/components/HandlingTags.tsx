import { Flex, Tag, Tooltip, Typography } from "antd";
import type { HandlingCaseListItem } from "../../../../shared/contracts/handling.contract";
import { HANDLING_METHOD_LABELS } from "../../../../shared/org-life";
import { describeOverdue, EMPTY, METHOD_COLORS, OUTCOME_COLORS, outcomeLabel, PHASE_COLORS, phaseLabel } from "../handling-options";

type Item = Pick<HandlingCaseListItem, "phase" | "method" | "outcome" | "status" | "overdue" | "deadlineOn" | "daysToDeadline">;

/** 处置方式: the method, or 待定 while education comes first. */
export function MethodTag({ item }: { item: Pick<Item, "method"> }) {
  if (!item.method) return <Tag>待定（先行教育）</Tag>;
  return <Tag color={METHOD_COLORS[item.method]}>{HANDLING_METHOD_LABELS[item.method]}</Tag>;
}

/** 当前阶段, and how the case ended once closed. */
export function PhaseTag({ item }: { item: Pick<Item, "phase" | "outcome"> }) {
  if (item.phase === "closed" && item.outcome) return <Tag color={OUTCOME_COLORS[item.outcome]}>{outcomeLabel(item.outcome)}</Tag>;
  return <Tag color={PHASE_COLORS[item.phase]}>{phaseLabel(item.phase)}</Tag>;
}

/** 逾期 with its reasons on hover; nothing when on time. */
export function OverdueTag({ item }: { item: Pick<Item, "overdue"> }) {
  if (!item.overdue.isOverdue) return null;
  return (
    <Tooltip title={describeOverdue(item)}>
      <Tag color="red" variant="solid" data-testid="overdue-tag">
        逾期
      </Tag>
    </Tooltip>
  );
}

/** 改正期限 and the countdown while 限期改正 runs. */
export function DeadlineText({ item }: { item: Item }) {
  if (!item.deadlineOn) return <>{EMPTY}</>;
  const days = item.daysToDeadline;
  if (days === null) return <Typography.Text type="secondary">{item.deadlineOn}</Typography.Text>;
  const mark =
    days < 0 ? (
      <Tag color="red">已到期 {-days} 天</Tag>
    ) : days === 0 ? (
      <Tag color="orange">今日到期</Tag>
    ) : (
      <Tag color={days <= 30 ? "orange" : "default"}>剩 {days} 天</Tag>
    );
  return (
    <Flex gap={4} wrap align="center">
      <Typography.Text type={days < 0 ? "danger" : undefined}>{item.deadlineOn}</Typography.Text>
      {mark}
    </Flex>
  );
}
