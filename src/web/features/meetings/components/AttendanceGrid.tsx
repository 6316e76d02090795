import { Checkbox, Flex, Input, Radio, Select, Table, Tag, Typography } from "antd";
import type { AttendanceRow } from "../../../../shared/contracts/meetings.contract";
import type { AttendanceStatus } from "../../../../shared/org-life";
import { ATTENDANCE_OPTIONS, EXCLUSION_OPTIONS } from "../meeting-options";

interface AttendanceGridProps {
  rows: AttendanceRow[];
  onChange: (rows: AttendanceRow[]) => void;
  disabled?: boolean;
}

/**
 * 出席 / 请假（事由）/ 缺席 for each expected participant, and who is left out of 应到会 with the
 * reason (§1.5). Controlled: the parent saves the changed rows.
 */
export function AttendanceGrid({ rows, onChange, disabled }: AttendanceGridProps) {
  const update = (memberId: string, change: Partial<AttendanceRow>) =>
    onChange(rows.map((row) => (row.memberId === memberId ? { ...row, ...change } : row)));

  return (
    <Table<AttendanceRow>
      rowKey="memberId"
      size="small"
      dataSource={rows}
      pagination={rows.length > 20 ? { defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (total) => `共 ${total} 人` } : false}
      scroll={{ x: 900 }}
      columns={[
        {
          title: "姓名",
          dataIndex: "name",
          width: 150,
          render: (name: string, row) => (
            <Flex vertical>
              <span>{name}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.orgName}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          title: "表决权",
          dataIndex: "isVoter",
          width: 90,
          render: (isVoter: boolean) => (isVoter ? <Tag>正式党员</Tag> : <Tag color="orange">无表决权</Tag>),
        },
        {
          title: "出席情况",
          key: "status",
          width: 220,
          render: (_, row) => (
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              size="small"
              disabled={disabled}
              options={ATTENDANCE_OPTIONS}
              value={row.status}
              aria-label={`${row.name}的出席情况`}
              onChange={(event) => {
                const status = event.target.value as AttendanceStatus;
                update(row.memberId, { status, reason: status === "present" ? null : row.reason });
              }}
            />
          ),
        },
        {
          title: "事由",
          key: "reason",
          render: (_, row) =>
            row.status === "present" ? null : (
              <Input
                size="small"
                maxLength={200}
                disabled={disabled}
                value={row.reason ?? ""}
                aria-label={`${row.name}的${row.status === "excused" ? "请假事由" : "缺席原因"}`}
                placeholder={row.status === "excused" ? "请假事由（必填）" : "缺席原因"}
                status={row.status === "excused" && !row.reason?.trim() ? "error" : undefined}
                onChange={(event) => update(row.memberId, { reason: event.target.value })}
              />
            ),
        },
        {
          title: "不计入应到会",
          key: "excluded",
          width: 280,
          render: (_, row) => (
            <Flex gap={8} align="center">
              <Checkbox
                disabled={disabled}
                checked={row.excludedFromQuorum}
                aria-label={`${row.name}不计入应到会`}
                onChange={(event) => update(row.memberId, { excludedFromQuorum: event.target.checked, exclusionReason: event.target.checked ? row.exclusionReason : null })}
              />
              {row.excludedFromQuorum && (
                <Select
                  size="small"
                  style={{ flex: 1, minWidth: 180 }}
                  disabled={disabled}
                  options={EXCLUSION_OPTIONS}
                  value={row.exclusionReason ?? undefined}
                  placeholder="原因（必选）"
                  status={row.exclusionReason ? undefined : "error"}
                  onChange={(exclusionReason) => update(row.memberId, { exclusionReason })}
                />
              )}
            </Flex>
          ),
        },
      ]}
    />
  );
}
