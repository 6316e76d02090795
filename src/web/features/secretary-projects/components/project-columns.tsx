import { Flex, type TableColumnsType, Tag, Typography } from "antd";
import { Link } from "react-router";
import type { ProjectListItem } from "../../../../shared/contracts/secretary-projects.contract";
import { PROJECT_CATEGORY_LABELS, PROJECT_GRADE_LABELS } from "../../../../shared/secretary-projects";
import { EMPTY, RATING_COLORS, ratingLabel } from "../project-display";
import { ProjectStatusTag } from "./ProjectStatusTag";

/** The list's columns: whose project, what, how far (milestones, the latest quarterly rating), the result. */
export const PROJECT_COLUMNS: TableColumnsType<ProjectListItem> = [
  { title: "年度", dataIndex: "year", width: 70, fixed: "start" },
  { title: "党组织", dataIndex: "orgName", width: 160, ellipsis: { showTitle: true } },
  {
    title: "项目名称",
    dataIndex: "title",
    render: (title: string, item) => (
      <Flex vertical gap={2}>
        <Link to={`/secretary-projects/${item.id}`}>{title}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {PROJECT_CATEGORY_LABELS[item.category]}
        </Typography.Text>
      </Flex>
    ),
  },
  { title: "书记", dataIndex: "secretaryName", width: 90 },
  {
    title: "状态",
    key: "status",
    width: 150,
    render: (_, item) => (
      <Flex gap={4} wrap>
        <ProjectStatusTag status={item.status} />
        {item.hasPendingChange && <Tag color="orange">变更待审</Tag>}
      </Flex>
    ),
  },
  {
    title: "节点完成",
    key: "milestones",
    width: 130,
    render: (_, item) => (
      <Flex gap={4} align="center" wrap>
        <span>
          {item.milestonesDone} / {item.milestoneCount}
        </span>
        {item.overdueMilestones > 0 && <Tag color="error">逾期 {item.overdueMilestones}</Tag>}
      </Flex>
    ),
  },
  {
    title: "季度督查",
    dataIndex: "latestRating",
    width: 110,
    render: (rating: ProjectListItem["latestRating"]) => (rating ? <Tag color={RATING_COLORS[rating]}>{ratingLabel(rating)}</Tag> : EMPTY),
  },
  {
    title: "评价",
    key: "score",
    width: 100,
    render: (_, item) => (item.finalScore === null ? EMPTY : `${item.finalScore} 分${item.grade ? `（${PROJECT_GRADE_LABELS[item.grade]}）` : ""}`),
  },
  { title: "审核党委", dataIndex: "reviewingOrgName", width: 140, ellipsis: { showTitle: true }, render: (name: string | null) => name ?? "系统管理员" },
];
