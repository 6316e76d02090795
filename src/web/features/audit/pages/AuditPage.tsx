import { Alert, Card, Table, type TableColumnsType, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_TYPE_LABELS, type AuditEntry } from "../../../../shared/contracts/audit.contract";
import { useApiQuery } from "../../../lib/use-api-query";
import { findAuditEntries } from "../api";
import { AuditChange } from "../components/AuditChange";
import { type AuditFilterValues, AuditFilters } from "../components/AuditFilters";

const EMPTY = "—";
// Failures and throttling stand out; everything else is routine.
const actionColor = (action: string) => (action.endsWith("_failed") || action.endsWith("_throttled") ? "red" : "blue");

const columns: TableColumnsType<AuditEntry> = [
  { title: "时间", dataIndex: "at", width: 170, render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm:ss") },
  { title: "操作人", dataIndex: "actorUsername", width: 120, render: (name: string | null) => name ?? EMPTY },
  {
    title: "操作",
    dataIndex: "action",
    width: 150,
    render: (action: string) => <Tag color={actionColor(action)}>{AUDIT_ACTION_LABELS[action] ?? action}</Tag>,
  },
  { title: "对象类型", dataIndex: "entityType", width: 100, render: (type: string) => AUDIT_ENTITY_TYPE_LABELS[type] ?? type },
  {
    title: "对象编号",
    dataIndex: "entityId",
    width: 150,
    ellipsis: true,
    render: (id: string | null) => (id ? <Typography.Text copyable={{ text: id }}>{id.slice(0, 8)}…</Typography.Text> : EMPTY),
  },
  { title: "组织", dataIndex: "orgName", ellipsis: true, render: (name: string | null) => name ?? EMPTY },
  { title: "IP", dataIndex: "ip", width: 140, render: (ip: string | null) => ip ?? EMPTY },
];

export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [pagination, setPagination] = useState({ page: 1, pageSize: 20 });
  const query = useApiQuery((signal) => findAuditEntries({ ...filters, ...pagination }, signal), [filters, pagination]);

  const handleFiltersChange = (next: AuditFilterValues) => {
    setFilters(next);
    setPagination((current) => ({ ...current, page: 1 }));
  };

  return (
    <Card title="审计日志">
      <AuditFilters onChange={handleFiltersChange} />
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isLoading}
        expandable={{
          expandedRowRender: (entry) => <AuditChange entry={entry} />,
          rowExpandable: (entry) => entry.before != null || entry.after != null,
        }}
        pagination={{
          current: pagination.page,
          pageSize: pagination.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条记录`,
          onChange: (page, pageSize) => setPagination({ page, pageSize }),
        }}
      />
    </Card>
  );
}
