import { Table, type TableColumnsType } from "antd";
import type { PlanProgress } from "../../../../shared/contracts/development.contract";
import { PlanProgressBar } from "./PlanProgressTable";

type Target = PlanProgress["targets"][number];

const columns: TableColumnsType<Target> = [
  { title: "结构指标", dataIndex: "label" },
  { title: "目标", dataIndex: "target", width: 80, align: "right", render: (target: number | null) => target ?? <span style={{ color: "#8c8c8c" }}>未设定</span> },
  { title: "已发展", dataIndex: "actual", width: 80, align: "right" },
  {
    title: "完成率",
    key: "progress",
    width: 180,
    render: (_, row) => (row.target === null ? null : <PlanProgressBar figures={{ quota: row.target, actual: row.actual, forecast: 0 }} />),
  },
];

/** The structure targets of the plan (focus groups, women, young, minority, college): target against admitted. */
export function PlanTargetsTable({ targets }: { targets: Target[] }) {
  return <Table<Target> rowKey="key" size="small" columns={columns} dataSource={targets} pagination={false} />;
}
