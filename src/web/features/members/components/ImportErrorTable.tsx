import { Table, type TableColumnsType, Tag } from "antd";
import type { ImportError } from "../../../../shared/contracts/members.contract";

const columns: TableColumnsType<ImportError & { key: number }> = [
  { title: "行", dataIndex: "row", width: 72, sorter: (a, b) => a.row - b.row, defaultSortOrder: "ascend" },
  { title: "列", dataIndex: "column", width: 140 },
  { title: "错误代码", dataIndex: "code", width: 240, render: (code: string) => <Tag>{code}</Tag> },
  { title: "说明", dataIndex: "message" },
];

/** The refused rows of a workbook, one line per problem, in the order of the sheet. */
export function ImportErrorTable({ errors }: { errors: ImportError[] }) {
  return (
    <Table<ImportError & { key: number }>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={errors.map((error, index) => ({ ...error, key: index }))}
      pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 处错误` } : false}
    />
  );
}
