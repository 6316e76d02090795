import { Card, Descriptions, Flex, Progress, Table, Tag, Typography } from "antd";
import type { Indicator, Milestone, ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";
import { PROJECT_CATEGORY_LABELS } from "../../../../shared/secretary-projects";
import { EMPTY, MILESTONE_STATE_COLORS, MILESTONE_STATE_LABELS, formatAmount } from "../project-display";

const isUnderway = (p: ProjectDetail) => ["approved", "reported", "evaluated", "published"].includes(p.status);

/** The measurable goals: baseline → target, the latest value reported and how far it has come. */
export function IndicatorTable({ project }: { project: ProjectDetail }) {
  const underway = isUnderway(project);
  return (
    <Table<Indicator>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={project.indicators}
      columns={[
        { title: "指标", dataIndex: "name" },
        { title: "基数", key: "baseline", width: 110, render: (_, i) => `${formatAmount(i.baseline)} ${i.unit}` },
        { title: "目标值", key: "target", width: 110, render: (_, i) => `${formatAmount(i.target)} ${i.unit}` },
        ...(underway
          ? [
              {
                title: "最新值",
                key: "latest",
                width: 150,
                render: (_: unknown, i: Indicator) => (i.latestValue === null ? <Typography.Text type="secondary">尚未报告</Typography.Text> : `${formatAmount(i.latestValue)} ${i.unit}（${i.latestOn}）`),
              },
              {
                title: "完成进度",
                key: "progress",
                width: 190,
                render: (_: unknown, i: Indicator) => (
                  <Flex gap={6} align="center">
                    <Progress percent={Math.min(100, Math.round(i.progress * 100))} size="small" status={i.achieved ? "success" : "normal"} style={{ width: 120, margin: 0 }} />
                    {i.achieved && <Tag color="success">已达标</Tag>}
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The milestones with their due dates, owners and (once under way) whether they are done or overdue. */
export function MilestoneTable({ project }: { project: ProjectDetail }) {
  const underway = isUnderway(project);
  return (
    <Table<Milestone>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={project.milestones}
      columns={[
        { title: "序号", key: "no", width: 60, render: (_, __, i) => i + 1 },
        { title: "节点任务", dataIndex: "title" },
        { title: "完成时限", dataIndex: "dueOn", width: 110 },
        { title: "责任人", dataIndex: "ownerName", width: 110 },
        ...(underway
          ? [
              {
                title: "状态",
                key: "state",
                width: 170,
                render: (_: unknown, m: Milestone) => (
                  <Flex gap={4} wrap>
                    <Tag color={MILESTONE_STATE_COLORS[m.state]}>{m.state === "overdue" ? `逾期 ${m.daysOverdue} 天` : MILESTONE_STATE_LABELS[m.state]}</Tag>
                    {m.completedOn && <Typography.Text type="secondary">{m.completedOn} 完成</Typography.Text>}
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** 项目概况: who, what problem and why, with what; the goals and the milestones. */
export function ProjectOverview({ project }: { project: ProjectDetail }) {
  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: "org", label: "党组织", children: project.orgName },
          { key: "year", label: "项目年度", children: `${project.year} 年度` },
          { key: "category", label: "项目类别", children: PROJECT_CATEGORY_LABELS[project.category] },
          { key: "secretary", label: "牵头书记", children: project.secretaryName },
          { key: "reviewing", label: "审核党委", children: project.reviewingOrgName ?? "系统管理员" },
          { key: "approved", label: "立项日期", children: project.approvedOn ? `${project.approvedOn}（现行第 ${project.approvedVersionNo} 版）` : EMPTY },
          { key: "problem", label: "针对的问题和意义", span: "filled", children: <div style={{ whiteSpace: "pre-wrap" }}>{project.problem}</div> },
          { key: "resources", label: "参与人员和资源", span: "filled", children: <div style={{ whiteSpace: "pre-wrap" }}>{project.resources || EMPTY}</div> },
        ]}
      />
      <Card size="small" title={`目标指标（${project.indicators.length} 项）`}>
        <IndicatorTable project={project} />
      </Card>
      <Card size="small" title={`节点安排（${project.milestones.length} 个）`}>
        <MilestoneTable project={project} />
      </Card>
    </Flex>
  );
}
