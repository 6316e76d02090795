import { Table, type TableColumnsType, type TablePaginationConfig, Tag } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";
import type { Page } from "../../../../shared/contracts/common.contract";
import type { DueStep } from "../../../../shared/contracts/development.contract";
import { DEVELOPMENT_STAGE_LABELS } from "../../../../shared/development-steps";

/** 已逾期 N 天, 今天到期, or N 天后到期, counted from today on this computer. */
export function DueTag({ nextDue }: { nextDue: DueStep["nextDue"] }) {
  const days = dayjs(nextDue.dueOn).startOf("day").diff(dayjs().startOf("day"), "day");
  if (nextDue.isOverdue) return <Tag color="error">{days < 0 ? `已逾期 ${-days} 天` : "已逾期"}</Tag>;
  if (days <= 0) return <Tag color="warning">今天到期</Tag>;
  return <Tag color={days <= 7 ? "warning" : "default"}>{`${days} 天后到期`}</Tag>;
}

const columns: TableColumnsType<DueStep> = [
  { title: "姓名", dataIndex: "name", width: 96, render: (name: string, row) => <Link to={`/development/${row.personId}`}>{name}</Link> },
  { title: "所在组织", dataIndex: "orgName", ellipsis: { showTitle: true } },
  { title: "当前阶段", dataIndex: "stage", width: 112, render: (stage: DueStep["stage"]) => DEVELOPMENT_STAGE_LABELS[stage] },
  { title: "待办步骤", key: "step", render: (_, row) => row.nextDue.label },
  { title: "应完成日期", key: "dueOn", width: 112, render: (_, row) => row.nextDue.dueOn },
  { title: "期限", key: "due", width: 124, render: (_, row) => <DueTag nextDue={row.nextDue} /> },
  { title: "依据", key: "rule", width: 96, render: (_, row) => row.nextDue.rule },
];

interface DueStepTableProps {
  page: Page<DueStep> | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The steps overdue or coming due, earliest first, each linking to the person's development file. */
export function DueStepTable({ page, isLoading, onPageChange }: DueStepTableProps) {
  const handleChange = (pagination: TablePaginationConfig) => onPageChange(pagination.current ?? 1, pagination.pageSize ?? 20);
  return (
    <Table<DueStep>
      rowKey={(row) => `${row.personId}-${row.nextDue.code}`}
      size="small"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 860 }}
      onChange={handleChange}
      rowClassName={(row) => (row.nextDue.isOverdue ? "is-overdue" : "")}
      locale={{ emptyText: "暂无到期的步骤" }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => `共 ${total} 项`,
      }}
    />
  );
}
