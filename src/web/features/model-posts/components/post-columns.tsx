import { Flex, type TableColumnsType, Tag, Typography } from "antd";
import { Link } from "react-router";
import type { PostListItem } from "../../../../shared/contracts/model-posts.contract";
import { EMPTY, KIND_COLORS, STATE_COLORS, STATE_LABELS, kindLabel } from "../post-display";

export const PostStateTag = ({ state }: { state: PostListItem["state"] }) => <Tag color={STATE_COLORS[state]}>{STATE_LABELS[state]}</Tag>;

/** The list's columns: which post, who holds it, its commitment in brief, and how its record stands. */
export const POST_COLUMNS: TableColumnsType<PostListItem> = [
  { title: "年度", dataIndex: "year", width: 70, fixed: "start" },
  {
    title: "岗位（责任区）",
    dataIndex: "name",
    width: 260,
    render: (name: string, item) => (
      <Flex vertical gap={2}>
        <Link to={`/care/posts/${item.id}`}>{name}</Link>
        <span>
          <Tag color={KIND_COLORS[item.kind]} style={{ marginInlineEnd: 0 }}>
            {kindLabel(item)}
          </Tag>
        </span>
      </Flex>
    ),
  },
  {
    title: "党员",
    key: "member",
    width: 150,
    render: (_, item) => (
      <Flex vertical gap={2}>
        <span>{item.memberName}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.memberOrgName}
        </Typography.Text>
      </Flex>
    ),
  },
  { title: "承诺", dataIndex: "commitment", ellipsis: { showTitle: true } },
  { title: "设岗组织", dataIndex: "orgName", width: 150, ellipsis: { showTitle: true } },
  { title: "设岗日期", dataIndex: "startedOn", width: 105 },
  {
    title: "履诺记录",
    key: "entries",
    width: 120,
    render: (_, item) => (item.entryCount === 0 ? <Typography.Text type="secondary">暂无</Typography.Text> : `${item.entryCount} 条（${item.lastEntryOn?.slice(5) ?? EMPTY}）`),
  },
  { title: "状态", dataIndex: "state", width: 80, render: (state: PostListItem["state"]) => <PostStateTag state={state} /> },
];
