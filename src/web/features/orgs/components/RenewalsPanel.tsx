import { Alert, Card, Segmented, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { type Renewal, TERM_STATUS_LABELS } from "../../../../shared/contracts/orgs.contract";
import { useApiQuery } from "../../../lib/use-api-query";
import { findRenewals } from "../api";
import { OrgKindTag } from "./OrgKindTag";
import { TERM_STATUS_COLORS } from "./org-options";

type StatusFilter = "all" | Renewal["termStatus"];

interface RenewalsPanelProps {
  onOpenOrg: (orgId: string) => void;
}

/** 换届提醒 (TERM-03): organizations of the scope whose term ends soon or has ended, the soonest first. */
export function RenewalsPanel({ onOpenOrg }: RenewalsPanelProps) {
  const [status, setStatus] = useState<StatusFilter>("all");
  const [pagination, setPagination] = useState({ page: 1, pageSize: 20 });
  const query = useApiQuery(
    (signal) => findRenewals({ ...pagination, status: status === "all" ? undefined : status }, signal),
    [status, pagination],
  );

  const columns: TableColumnsType<Renewal> = [
    {
      title: "组织",
      dataIndex: "name",
      render: (name: string, renewal) => (
        <Typography.Link onClick={() => onOpenOrg(renewal.id)}>
          {name}
          <OrgKindTag kind={renewal.kind} />
        </Typography.Link>
      ),
    },
    { title: "上级组织", dataIndex: "parentName", ellipsis: true, render: (name: string | null) => name ?? "—" },
    { title: "本届任期开始", dataIndex: "termStartedOn", width: 130 },
    { title: "任期", dataIndex: "termYears", width: 70, render: (years: number) => `${years} 年` },
    { title: "届满日期", dataIndex: "termEndsOn", width: 120 },
    {
      title: "状态",
      dataIndex: "termStatus",
      width: 130,
      render: (termStatus: Renewal["termStatus"]) => <Tag color={TERM_STATUS_COLORS[termStatus]}>{TERM_STATUS_LABELS[termStatus]}</Tag>,
    },
  ];

  return (
    <Card
      title="换届提醒"
      extra={
        <Segmented<StatusFilter>
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPagination((current) => ({ ...current, page: 1 }));
          }}
          options={[
            { value: "all", label: "全部" },
            { value: "due", label: "即将届满" },
            { value: "overdue", label: "已届满" },
          ]}
        />
      }
    >
      <Typography.Paragraph type="secondary">
        临近届满（默认届满前 3 个月起）即提醒。应按期换届；提前或延期换届须经上级党组织批准，且一般不超过一年（TERM-03）。未登记任期的组织不在此列，请在组织的“编辑”中登记本届任期。
      </Typography.Paragraph>
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <Table<Renewal>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isLoading}
        locale={{ emptyText: "暂无需要换届的组织" }}
        pagination={{
          current: pagination.page,
          pageSize: pagination.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 个组织`,
          onChange: (page, pageSize) => setPagination({ page, pageSize }),
        }}
      />
    </Card>
  );
}
