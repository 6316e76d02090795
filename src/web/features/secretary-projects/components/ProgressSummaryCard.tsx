import { Card, Flex, Progress, Tag, Typography } from "antd";
import type { Milestone, ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";

export const MILESTONE_STATE_TAGS: Record<Milestone["state"], { color: string; label: string }> = {
  done: { color: "green", label: "已完成" },
  overdue: { color: "red", label: "逾期" },
  due_soon: { color: "orange", label: "即将到期" },
  pending: { color: "default", label: "未到期" },
};

/** Where the project stands: each indicator's latest value against its target, each milestone's state (PROJ-09). */
export function ProgressSummaryCard({ project }: { project: ProjectDetail }) {
  return (
    <Card title="目标与节点" size="small">
      <Flex vertical gap={10}>
        {project.indicators.map((i) => (
          <div key={i.id}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text>{i.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: "nowrap" }}>
                {`${i.latestValue ?? "—"} / ${i.target} ${i.unit}`}
              </Typography.Text>
            </Flex>
            <Progress
              percent={Math.min(100, Math.round(i.progress * 100))}
              status={i.achieved ? "success" : "normal"}
              size="small"
              format={() => (i.latestValue === null ? "未报" : `${Math.round(i.progress * 100)}%`)}
            />
          </div>
        ))}
        <div>
          {project.milestones.map((m) => (
            <Flex key={m.id} justify="space-between" align="center" gap={8} style={{ paddingBlock: 4 }}>
              <Typography.Text ellipsis={{ tooltip: m.title }} style={{ flex: 1 }}>
                {m.title}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: "nowrap" }}>
                {m.completedOn ?? m.dueOn}
              </Typography.Text>
              <Tag color={MILESTONE_STATE_TAGS[m.state].color} style={{ marginInlineEnd: 0 }}>
                {m.state === "overdue" ? `逾期 ${m.daysOverdue} 天` : MILESTONE_STATE_TAGS[m.state].label}
              </Tag>
            </Flex>
          ))}
        </div>
      </Flex>
    </Card>
  );
}
