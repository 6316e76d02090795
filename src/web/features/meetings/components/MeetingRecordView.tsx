import { Card, Descriptions, Flex, Table, Tag, Typography } from "antd";
import type { AttendanceRow, MeetingDetail, Resolution } from "../../../../shared/contracts/meetings.contract";
import { ATTENDANCE_STATUS_LABELS } from "../../../../shared/org-life";
import { QUORUM_EXCLUSION_LABELS } from "../../../../shared/development-steps";
import { describeTimes } from "../meeting-display";
import { ATTENDANCE_COLORS, EMPTY } from "../meeting-options";
import { MeetingTagChips } from "./MeetingTags";
import { QuorumReading } from "./QuorumReading";

const text = (value: string | null) => value || EMPTY;
const paragraphs = (value: string | null) => (value ? <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{value}</Typography.Paragraph> : EMPTY);

const STATUS_ORDER = { excused: 0, absent: 1, present: 2 } as const;
/** Who stayed away first (the reader looks for them), then those present, each in roster order. */
const byStatus = (rows: AttendanceRow[]) =>
  rows.map((row, i) => ({ row, i })).sort((a, b) => STATUS_ORDER[a.row.status] - STATUS_ORDER[b.row.status] || a.i - b.i).map(({ row }) => row);

/** The signed-off (or withdrawn) record as it reads: the record, attendance, motions. */
export function MeetingRecordView({ meeting }: { meeting: MeetingDetail }) {
  return (
    <Flex vertical gap={16}>
      <Card title="会议记录" size="small">
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "topic", label: "会议主题", span: "filled", children: meeting.topic },
            { key: "time", label: "时间", children: `${meeting.heldOn} ${describeTimes(meeting.startsAt, meeting.endsAt)}` },
            { key: "place", label: "地点", children: text(meeting.place) },
            { key: "host", label: "主持人", children: text(meeting.hostName) },
            { key: "recorder", label: "记录人", children: text(meeting.recorderName) },
            ...(meeting.type === "party_lecture" ? [{ key: "lecturer", label: "授课人", children: text(meeting.lecturerName) }] : []),
            { key: "tags", label: "主题标签", span: "filled" as const, children: meeting.tags.length ? <MeetingTagChips tags={meeting.tags} /> : EMPTY },
            { key: "agenda", label: "会议议程", span: "filled" as const, children: paragraphs(meeting.agenda) },
            { key: "minutes", label: "会议内容", span: "filled" as const, children: paragraphs(meeting.minutes) },
          ]}
        />
      </Card>
      {meeting.resolutions.length > 0 && (
        <Card title="决议" size="small">
          <Table<Resolution>
            rowKey="title"
            size="small"
            pagination={false}
            dataSource={meeting.resolutions}
            columns={[
              { title: "表决事项", dataIndex: "title" },
              { title: "赞成", dataIndex: "yes", width: 70 },
              { title: "反对", dataIndex: "no", width: 70 },
              { title: "弃权", dataIndex: "abstain", width: 70 },
              { title: "结果", dataIndex: "passed", width: 90, render: (passed: boolean) => (passed ? <Tag color="green">通过</Tag> : <Tag color="red">未通过</Tag>) },
            ]}
          />
        </Card>
      )}
      <Card title="出席情况" size="small">
        <Flex vertical gap={12}>
          <QuorumReading summary={meeting.summary} />
          <Table<AttendanceRow>
            rowKey="memberId"
            size="small"
            dataSource={byStatus(meeting.attendance)}
            pagination={meeting.attendance.length > 20 ? { defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (total) => `共 ${total} 人` } : false}
            columns={[
              { title: "姓名", dataIndex: "name", width: 120 },
              { title: "所在组织", dataIndex: "orgName", ellipsis: { showTitle: true } },
              { title: "表决权", dataIndex: "isVoter", width: 100, render: (isVoter: boolean) => (isVoter ? "正式党员" : "无表决权") },
              {
                title: "出席情况",
                key: "status",
                render: (_, row) => (
                  <>
                    <Tag color={ATTENDANCE_COLORS[row.status]}>{ATTENDANCE_STATUS_LABELS[row.status]}</Tag>
                    {row.reason && <Typography.Text type="secondary">{row.reason}</Typography.Text>}
                    {row.excludedFromQuorum && <Tag style={{ marginLeft: 8 }}>不计入应到会{row.exclusionReason ? `：${QUORUM_EXCLUSION_LABELS[row.exclusionReason]}` : ""}</Tag>}
                  </>
                ),
              },
            ]}
          />
        </Flex>
      </Card>
    </Flex>
  );
}
