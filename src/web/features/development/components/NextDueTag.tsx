import { Flex, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import type { NextDue } from "../../../../shared/contracts/development.contract";
import { EMPTY } from "../development-options";

/** "Due soon" as the list's `due=soon` filter means it: within 30 days and not overdue. */
export const SOON_DAYS = 30;

export function isDueSoon(nextDue: NextDue, today = dayjs()): boolean {
  return !nextDue.isOverdue && !dayjs(nextDue.dueOn).isAfter(today.add(SOON_DAYS, "day"), "day");
}

/** The next step the rules ask for, its deadline and the rule, marked 超期 or 即将到期. */
export function NextDueTag({ nextDue }: { nextDue: NextDue | null }) {
  if (!nextDue) return <>{EMPTY}</>;
  const mark = nextDue.isOverdue ? (
    <Tag color="red" variant="solid">
      超期
    </Tag>
  ) : isDueSoon(nextDue) ? (
    <Tag color="orange">即将到期</Tag>
  ) : null;
  return (
    <Flex gap={4} wrap align="center">
      <span>{nextDue.label}</span>
      <Tooltip title={`依据 ${nextDue.rule}`}>
        <Typography.Text type={nextDue.isOverdue ? "danger" : undefined}>
          {nextDue.dueOn} 前
        </Typography.Text>
      </Tooltip>
      {mark}
    </Flex>
  );
}
