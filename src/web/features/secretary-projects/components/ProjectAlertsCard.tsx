import { Alert, Card, Empty, Flex, Tag, Typography } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { MilestoneAlert, ProjectAlerts } from "../../../../shared/contracts/secretary-project-progress.contract";
import { useApiQuery } from "../../../lib/use-api-query";
import { getProjectAlerts } from "../api-progress";

const QUARTER_NAMES = ["第一季度", "第二季度", "第三季度", "第四季度"];
const projectLink = (p: { projectId: string; projectTitle: string }) => <Link to={`/secretary-projects/${p.projectId}`}>{p.projectTitle}</Link>;

function Section<T>({ title, total, items, render }: { title: string; total: number; items: readonly T[]; render: (item: T) => ReactNode }) {
  if (total === 0) return null;
  return (
    <div data-testid="project-alert-section">
      <Flex justify="space-between" align="baseline">
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {total > items.length ? `共 ${total} 项，显示前 ${items.length} 项` : `${total} 项`}
        </Typography.Text>
      </Flex>
      <Flex vertical gap={8} style={{ marginTop: 4 }}>
        {items.map((item, i) => (
          <div key={i}>{render(item)}</div>
        ))}
      </Flex>
    </div>
  );
}

function MilestoneLine({ alert, showOrg }: { alert: MilestoneAlert; showOrg: boolean }) {
  return (
    <Flex justify="space-between" align="center" gap={8} style={{ width: "100%" }}>
      <Flex vertical style={{ minWidth: 0 }}>
        <Typography.Text ellipsis={{ tooltip: alert.title }}>{alert.title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {showOrg ? `${alert.orgName} · ` : ""}
          {projectLink(alert)}
          {` · 责任人 ${alert.ownerName}`}
        </Typography.Text>
      </Flex>
      <Flex vertical align="end" style={{ whiteSpace: "nowrap" }}>
        <span>{alert.dueOn}</span>
        {alert.state === "overdue" ? <Tag color="red">{`逾期 ${alert.daysOverdue} 天`}</Tag> : <Tag color="orange">即将到期</Tag>}
      </Flex>
    </Flex>
  );
}

const isEmpty = (a: ProjectAlerts) =>
  a.secretary.milestones.total + a.committee.milestones.total + a.committee.decisions.total + a.committee.checkpoints.total === 0;

/**
 * 书记项目提醒 on the home page (PROJ-09/10): as the secretary, my organization's overdue and due-soon
 * milestones; as the reviewing committee, the decisions awaiting me, overdue milestones of the
 * projects I review, and the quarters open for a check point. Each line opens the project.
 */
export function ProjectAlertsCard() {
  const query = useApiQuery((signal) => getProjectAlerts(signal), []);
  const alerts = query.data;

  return (
    <Card title="书记项目提醒" size="small" loading={query.isLoading && !alerts} extra={<Link to="/secretary-projects">书记项目</Link>}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {alerts && isEmpty(alerts) && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无逾期或即将到期的节点，也没有待办的审批和督查" />}
      {alerts && !isEmpty(alerts) && (
        <Flex vertical gap={12}>
          <Section
            title="待我审批的立项和变更"
            {...alerts.committee.decisions}
            render={(d) => (
              <Flex justify="space-between" gap={8} style={{ width: "100%" }}>
                <span>
                  {`${d.orgName} · ${d.year}年 · `}
                  {projectLink(d)}
                </span>
                <span style={{ whiteSpace: "nowrap" }}>
                  <Tag color={d.kind === "proposal" ? "blue" : "purple"}>{d.kind === "proposal" ? "立项申请" : "变更申请"}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dayjs(d.submittedAt).format("YYYY-MM-DD")}</Typography.Text>
                </span>
              </Flex>
            )}
          />
          <Section title="本组织项目的逾期和即将到期节点" {...alerts.secretary.milestones} render={(m) => <MilestoneLine alert={m} showOrg={false} />} />
          <Section title="所督导项目的逾期节点" {...alerts.committee.milestones} render={(m) => <MilestoneLine alert={m} showOrg />} />
          <Section
            title="待开展的季度督查"
            {...alerts.committee.checkpoints}
            render={(c) => (
              <Flex justify="space-between" gap={8} style={{ width: "100%" }}>
                <span>
                  {`${c.orgName} · `}
                  {projectLink(c)}
                </span>
                <Tag style={{ marginInlineEnd: 0 }}>{`${c.year}年${QUARTER_NAMES[c.quarter - 1]}`}</Tag>
              </Flex>
            )}
          />
        </Flex>
      )}
    </Card>
  );
}
