import { Table, type TableColumnsType } from "antd";
import type { StructureStats } from "../../../../shared/contracts/stats.contract";
import { type StatsRow, buildStatsRows, formatShare } from "../stats-sections";

const columns: TableColumnsType<StatsRow> = [
  { title: "类别", dataIndex: "category", width: 140, onCell: (row) => ({ rowSpan: row.categorySpan }) },
  { title: "项目", dataIndex: "item" },
  { title: "人数", dataIndex: "count", width: 100, align: "right" },
  { title: "占比", dataIndex: "share", width: 100, align: "right", render: (share: number) => formatShare(share) },
];

/** Every category as rows, the same figures as the charts: for reading out and copying into reports. */
export function StructureTable({ stats }: { stats: StructureStats }) {
  return <Table<StatsRow> rowKey="key" size="small" bordered columns={columns} dataSource={buildStatsRows(stats)} pagination={false} />;
}
