import { Flex, Tag, type TableColumnsType, Tooltip, Typography } from "antd";
import { Link } from "react-router";
import type { MeetingListItem } from "../../../../shared/contracts/meetings.contract";
import { MEETING_TYPE_LABELS, type MeetingTag } from "../../../../shared/org-life";
import { EMPTY } from "../meeting-options";
import { MeetingStatusTag, MeetingTagChips } from "./MeetingTags";

/** 法定人数: met, not met, or no rule for the type. */
export function QuorumTag({ quorumMet }: { quorumMet: boolean | null }) {
  if (quorumMet === null) return <Typography.Text type="secondary">不适用</Typography.Text>;
  return quorumMet ? <Tag color="green">达到</Tag> : <Tag color="red">不足</Tag>;
}

/** The list's columns: when, which organization, what, who came, and where the record stands. */
export function buildMeetingColumns(onPickTag: (tag: MeetingTag) => void): TableColumnsType<MeetingListItem> {
  return [
    {
      title: "日期",
      dataIndex: "heldOn",
      width: 130,
      render: (heldOn: string, m) => (
        <>
          {heldOn}
          {m.startsAt && <Typography.Text type="secondary"> {m.startsAt}</Typography.Text>}
        </>
      ),
    },
    { title: "会议类型", dataIndex: "type", width: 108, render: (type: MeetingListItem["type"]) => MEETING_TYPE_LABELS[type] },
    {
      title: "会议主题",
      dataIndex: "topic",
      ellipsis: { showTitle: true },
      render: (topic: string, m) => <Link to={`/org-life/meetings/${m.id}`}>{topic}</Link>,
    },
    { title: "组织", dataIndex: "orgName", width: 150, ellipsis: { showTitle: true } },
    { title: "主题标签", key: "tags", width: 170, render: (_, m) => (m.tags.length ? <MeetingTagChips tags={m.tags} onPick={onPickTag} /> : EMPTY) },
    {
      title: "应到/实到/请假/缺席",
      key: "attendance",
      width: 140,
      render: (_, m) => (
        <Tooltip title={`应到 ${m.expectedCount} 人，实到 ${m.presentCount} 人，请假 ${m.excusedCount} 人，缺席 ${m.absentCount} 人`}>
          {m.expectedCount} / {m.presentCount} / {m.excusedCount} / {m.absentCount}
        </Tooltip>
      ),
    },
    { title: "法定人数", dataIndex: "quorumMet", width: 80, render: (q: boolean | null) => <QuorumTag quorumMet={q} /> },
    {
      title: "状态",
      key: "status",
      width: 104,
      render: (_, m) => (
        <Flex vertical align="start" gap={2}>
          <MeetingStatusTag status={m.status} archivedAt={m.archivedAt} />
          {m.signedOffName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              签发：{m.signedOffName}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
}
