import { Flex, type TableColumnsType, Typography } from "antd";
import { Link } from "react-router";
import type { NeedListItem } from "../../../../shared/contracts/member-needs.contract";
import { NEED_CATEGORY_LABELS } from "../../../../shared/care";
import { currentDeadline, dayOf, EMPTY } from "../need-display";
import { NeedOverdueTag, NeedPrivateTag, NeedRatingTag, NeedStatusTag, NeedUrgentTag } from "./NeedTags";

const titleColumn: TableColumnsType<NeedListItem>[number] = {
  title: "诉求",
  dataIndex: "title",
  render: (title: string, need) => (
    <Flex vertical gap={2}>
      <Flex gap={4} wrap align="center">
        <Link to={`/care/needs/${need.id}`}>{title}</Link>
        <NeedUrgentTag urgency={need.urgency} />
        <NeedPrivateTag isPrivate={need.isPrivate} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {NEED_CATEGORY_LABELS[need.category]}
      </Typography.Text>
    </Flex>
  ),
};

const statusColumns: TableColumnsType<NeedListItem> = [
  {
    title: "状态",
    key: "status",
    width: 150,
    render: (_, need) => (
      <Flex gap={4} wrap>
        <NeedStatusTag status={need.status} />
        <NeedOverdueTag need={need} />
      </Flex>
    ),
  },
  {
    title: "时限",
    key: "deadline",
    width: 150,
    render: (_, need) => {
      const deadline = currentDeadline(need);
      return deadline ? `${deadline.label} ${deadline.dueOn}` : need.resolvedAt ? `办结 ${dayOf(need.resolvedAt)}` : EMPTY;
    },
  },
  { title: "评价", dataIndex: "rating", width: 90, render: (rating: NeedListItem["rating"]) => (rating ? <NeedRatingTag rating={rating} /> : EMPTY) },
];

/** The officers' list: whose need, where it is worked, how far, the deadline, the rating. */
export const OFFICER_NEED_COLUMNS: TableColumnsType<NeedListItem> = [
  { title: "提出日期", dataIndex: "filedAt", width: 100, render: dayOf },
  { title: "党员", key: "member", width: 90, render: (_, need) => need.member.name },
  { title: "所在组织", key: "org", width: 140, ellipsis: { showTitle: true }, render: (_, need) => need.org.name },
  titleColumn,
  ...statusColumns,
  { title: "办理组织", key: "handlingOrg", width: 140, ellipsis: { showTitle: true }, render: (_, need) => need.handlingOrg.name },
];

/** A member's own needs: no name or organization to repeat. */
export const MEMBER_NEED_COLUMNS: TableColumnsType<NeedListItem> = [
  { title: "提出日期", dataIndex: "filedAt", width: 100, render: dayOf },
  titleColumn,
  ...statusColumns,
  { title: "办理组织", key: "handlingOrg", width: 160, ellipsis: { showTitle: true }, render: (_, need) => need.handlingOrg.name },
];
