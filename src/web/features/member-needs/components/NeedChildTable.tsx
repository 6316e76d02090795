import { Table, type TableColumnsType } from "antd";
import type { NeedFigures } from "../../../../shared/contracts/member-needs.contract";
import { formatFigure } from "../need-display";

type ChildRow = NeedFigures["children"][number];

const overdue = (n: number) => (n > 0 ? <span style={{ color: "#cf1322" }}>{n}</span> : n);

const COLUMNS: TableColumnsType<ChildRow> = [
  { title: "党组织", key: "org", fixed: "start", width: 180, ellipsis: { showTitle: true }, render: (_, row) => row.org.name },
  { title: "诉求", dataIndex: "total", width: 80, align: "right", sorter: (a, b) => a.total - b.total },
  { title: "已办结", dataIndex: "resolved", width: 80, align: "right" },
  { title: "办理中", dataIndex: "open", width: 80, align: "right" },
  { title: "提交上级", dataIndex: "escalated", width: 80, align: "right" },
  { title: "办结率", dataIndex: "resolutionRate", width: 90, align: "right", sorter: (a, b) => (a.resolutionRate ?? -1) - (b.resolutionRate ?? -1), render: (v: number | null) => formatFigure(v, "%") },
  { title: "满意率", dataIndex: "satisfactionRate", width: 90, align: "right", sorter: (a, b) => (a.satisfactionRate ?? -1) - (b.satisfactionRate ?? -1), render: (v: number | null) => formatFigure(v, "%") },
  { title: "受理用时（天）", key: "ack", width: 120, align: "right", render: (_, r) => `${formatFigure(r.acknowledgeDaysMedian, "")} / ${formatFigure(r.acknowledgeDaysP90, "")}` },
  { title: "办结用时（天）", key: "resolve", width: 120, align: "right", render: (_, r) => `${formatFigure(r.resolveDaysMedian, "")} / ${formatFigure(r.resolveDaysP90, "")}` },
  { title: "受理超期", dataIndex: "acknowledgeOverdue", width: 90, align: "right", sorter: (a, b) => a.acknowledgeOverdue - b.acknowledgeOverdue, render: overdue },
  { title: "办理超期", dataIndex: "resolveOverdue", width: 90, align: "right", sorter: (a, b) => a.resolveOverdue - b.resolveOverdue, render: overdue },
];

/** The direct sub-organizations, each rolled up over its subtree. */
export function NeedChildTable({ figures }: { figures: NeedFigures }) {
  return (
    <Table<ChildRow>
      rowKey={(row) => row.org.id}
      size="small"
      scroll={{ x: 1080 }}
      columns={COLUMNS}
      dataSource={figures.children}
      pagination={figures.children.length > 20 ? { pageSize: 20, showTotal: (n) => `共 ${n} 个组织` } : false}
      locale={{ emptyText: "没有下级组织" }}
    />
  );
}
