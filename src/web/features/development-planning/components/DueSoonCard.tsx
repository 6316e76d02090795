import { Alert, Card, Flex, Table, type TableColumnsType, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { DueStep } from "../../../../shared/contracts/development.contract";
import { DEVELOPMENT_STAGE_LABELS } from "../../../../shared/development-steps";
import { useApiQuery } from "../../../lib/use-api-query";
import { findDueSteps } from "../api";
import { DueTag } from "./DueStepTable";

const DAYS = 30;
const PAGE_SIZE = 10;

/** Overdue steps before the ones still to come; otherwise the server's order (earliest due first) stays. */
export const overdueFirst = (items: DueStep[]): DueStep[] =>
  [...items].sort((a, b) => Number(b.nextDue.isOverdue) - Number(a.nextDue.isOverdue));

const columns: TableColumnsType<DueStep> = [
  { title: "姓名", dataIndex: "name", width: 96, render: (name: string, item) => <Link to={`/development/${item.personId}`}>{name}</Link> },
  {
    title: "待办步骤",
    key: "step",
    render: (_, item) => (
      <Flex vertical>
        <span>{item.nextDue.label}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {`${item.orgName} · ${DEVELOPMENT_STAGE_LABELS[item.stage]} · 依据 ${item.nextDue.rule}`}
        </Typography.Text>
      </Flex>
    ),
  },
  {
    title: "应完成日期",
    key: "dueOn",
    width: 132,
    render: (_, item) => (
      <Flex vertical align="start" gap={2}>
        <span>{item.nextDue.dueOn}</span>
        <DueTag nextDue={item.nextDue} />
      </Flex>
    ),
  },
];

/** 近30天到期的发展党员步骤: the officer's reminders on the home page, overdue first, each opening the person's file. */
export function DueSoonCard() {
  const [page, setPage] = useState(1);
  const query = useApiQuery((signal) => findDueSteps({ days: DAYS, page, pageSize: PAGE_SIZE }, signal), [page]);
  const total = query.data?.total ?? 0;

  return (
    <Card title={`近${DAYS}天到期的发展党员步骤`} size="small" extra={<Link to="/development/pipeline">发展党员工作台</Link>}>
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 12 }} />}
      <Table<DueStep>
        size="small"
        rowKey={(item) => `${item.personId}-${item.nextDue.code}`}
        columns={columns}
        dataSource={overdueFirst(query.data?.items ?? [])}
        loading={query.isLoading}
        locale={{ emptyText: `近${DAYS}天没有到期或逾期的步骤` }}
        pagination={total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total, size: "small", onChange: setPage, showSizeChanger: false } : false}
      />
    </Card>
  );
}
