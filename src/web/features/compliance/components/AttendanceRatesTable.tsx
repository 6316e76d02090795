import { Alert, Descriptions, Flex, Progress, Table, type TableColumnsType, Tag, type TablePaginationConfig } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import { useState } from "react";
import type { AttendanceRate } from "../../../../shared/contracts/compliance.contract";
import { MEMBER_STATUS_LABELS } from "../../../../shared/domain";
import { useApiQuery } from "../../../lib/use-api-query";
import { type AttendanceParams, getAttendanceRates } from "../api";
import { formatRate } from "../compliance-links";

type Sort = AttendanceParams["sort"];

function RateBar({ rate }: { rate: number | null }) {
  if (rate === null) return <span style={{ color: "#bfbfbf" }}>—</span>;
  const percent = Math.round(rate * 1000) / 10;
  const status = rate < 0.6 ? "exception" : rate < 0.8 ? "normal" : "success";
  return <Progress percent={percent} size="small" status={status} format={() => formatRate(rate)} style={{ margin: 0, minWidth: 120 }} />;
}

/** 出勤率: each member's attendance at the year's signed-off meetings in the chosen organization, lowest first by default. */
export function AttendanceRatesTable({ orgId, year }: { orgId: string; year: number }) {
  const [view, setView] = useState<{ page: number; pageSize: number; sort: Sort; order: "asc" | "desc" }>({ page: 1, pageSize: 20, sort: "rate", order: "asc" });
  const query = useApiQuery((signal) => getAttendanceRates({ orgId, year, ...view }, signal), [orgId, year, view.page, view.pageSize, view.sort, view.order]);
  const data = query.data;
  const sortOrder = (key: Sort) => (view.sort === key ? (view.order === "asc" ? ("ascend" as const) : ("descend" as const)) : null);

  const columns: TableColumnsType<AttendanceRate> = [
    { title: "姓名", dataIndex: "name", key: "name", width: 110, sorter: true, sortOrder: sortOrder("name") },
    { title: "类别", dataIndex: "status", width: 90, render: (status: AttendanceRate["status"]) => <Tag color={status === "full" ? "red" : "orange"}>{MEMBER_STATUS_LABELS[status]}</Tag> },
    { title: "所在组织", dataIndex: "orgName", ellipsis: true },
    { title: "应参加", dataIndex: "expected", key: "expected", width: 90, align: "right", sorter: true, sortOrder: sortOrder("expected") },
    { title: "出席", dataIndex: "present", width: 70, align: "right" },
    { title: "请假", dataIndex: "excused", width: 70, align: "right" },
    { title: "缺席", dataIndex: "absent", width: 70, align: "right" },
    { title: "出勤率", dataIndex: "rate", key: "rate", width: 190, sorter: true, sortOrder: sortOrder("rate"), render: (rate: number | null) => <RateBar rate={rate} /> },
  ];

  const handleChange = (pagination: TablePaginationConfig, _: unknown, sorter: SorterResult<AttendanceRate> | SorterResult<AttendanceRate>[]) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = (one?.order ? one.columnKey : "rate") as Sort;
    const order = one?.order === "descend" ? "desc" : "asc";
    const isSortChange = key !== view.sort || order !== view.order;
    setView({ page: isSortChange ? 1 : (pagination.current ?? 1), pageSize: pagination.pageSize ?? 20, sort: key, order });
  };

  return (
    <Flex vertical gap={12}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {data && (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: "members", label: "党员", children: `${data.summary.members} 名（参加过会议 ${data.summary.withMeetings} 名）` },
            { key: "average", label: "平均出勤率", children: formatRate(data.summary.averageRate) },
            { key: "pooled", label: "总出勤率", children: `${formatRate(data.summary.pooledRate)}（出席 ${data.summary.present} / 应到 ${data.summary.expected}）` },
            { key: "excused", label: "请假 / 缺席", children: `${data.summary.excused} / ${data.summary.absent} 人次` },
          ]}
        />
      )}
      <Table<AttendanceRate>
        rowKey="memberId"
        size="small"
        loading={query.isLoading}
        columns={columns}
        dataSource={data?.items}
        onChange={handleChange}
        scroll={{ x: 820 }}
        locale={{ emptyText: "所选范围内没有党员" }}
        pagination={{ current: view.page, pageSize: view.pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (total) => `共 ${total} 名党员` }}
      />
    </Flex>
  );
}
