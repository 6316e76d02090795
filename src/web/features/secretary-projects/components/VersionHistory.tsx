import { Card, Collapse, Descriptions, Empty, Flex, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import type { ProjectDetail, ProjectVersion } from "../../../../shared/contracts/secretary-projects.contract";
import { PROJECT_CATEGORY_LABELS } from "../../../../shared/secretary-projects";
import { EMPTY, VERSION_STATUS_COLORS, formatAmount, versionStatusLabel } from "../project-display";
import { compareVersion } from "../version-diff";

const at = (iso: string | null) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : EMPTY);

function VersionContent({ version }: { version: ProjectVersion }) {
  const c = version.content;
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: "title", label: "项目名称", children: c.title },
          { key: "category", label: "项目类别", children: PROJECT_CATEGORY_LABELS[c.category] },
          { key: "problem", label: "针对的问题和意义", children: <div style={{ whiteSpace: "pre-wrap" }}>{c.problem}</div> },
          { key: "resources", label: "参与人员和资源", children: c.resources || EMPTY },
        ]}
      />
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={c.indicators}
        columns={[
          { title: "指标", dataIndex: "name" },
          { title: "基数", key: "b", width: 110, render: (_, i) => `${formatAmount(i.baseline)} ${i.unit}` },
          { title: "目标值", key: "t", width: 110, render: (_, i) => `${formatAmount(i.target)} ${i.unit}` },
        ]}
      />
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={c.milestones}
        columns={[
          { title: "节点任务", dataIndex: "title" },
          { title: "完成时限", dataIndex: "dueOn", width: 110 },
          { title: "责任人", dataIndex: "ownerName", width: 110 },
        ]}
      />
    </Flex>
  );
}

/** 版本历史: every submission (the proposal, each change), its decision and comment, and what it changed. */
export function VersionHistory({ project }: { project: ProjectDetail }) {
  const versions = [...project.versions].sort((a, b) => b.no - a.no);
  if (versions.length === 0) return <Empty description="尚未提交审核" />;
  return (
    <Flex vertical gap={12}>
      {versions.map((v) => {
        const comparison = compareVersion(project.versions, v);
        const inForce = v.no === project.approvedVersionNo;
        return (
          <Card
            key={v.id}
            size="small"
            title={
              <Flex gap={8} align="center" wrap>
                <span>第 {v.no} 版</span>
                <Tag>{v.kind === "proposal" ? "立项申请" : "变更申请"}</Tag>
                <Tag color={VERSION_STATUS_COLORS[v.status]}>{versionStatusLabel(v.status)}</Tag>
                {inForce && <Tag color="green">现行版本</Tag>}
              </Flex>
            }
          >
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: "submitted", label: "提交", children: `${at(v.submittedAt)}${v.submittedByName ? `　${v.submittedByName}` : ""}` },
                { key: "decided", label: "审核", children: v.decidedAt ? `${at(v.decidedAt)}${v.decidedByName ? `　${v.decidedByName}` : ""}` : EMPTY },
                ...(v.reason ? [{ key: "reason", label: "变更理由", span: "filled" as const, children: v.reason }] : []),
                ...(v.decisionComment ? [{ key: "comment", label: "审核意见", span: "filled" as const, children: v.decisionComment }] : []),
              ]}
            />
            <Typography.Text strong style={{ display: "block", marginTop: 8 }}>
              {comparison.baseNo === null ? "首次提交" : `与第 ${comparison.baseNo} 版${comparison.baseIsApproved ? "（已批准）" : ""}相比`}
            </Typography.Text>
            {comparison.baseNo !== null &&
              (comparison.changes.length > 0 ? (
                <ul style={{ margin: "4px 0 8px", paddingLeft: 20 }}>
                  {comparison.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              ) : (
                <Typography.Paragraph type="secondary">内容没有变化</Typography.Paragraph>
              ))}
            <Collapse size="small" ghost items={[{ key: "content", label: "查看本版全部内容", children: <VersionContent version={v} /> }]} />
          </Card>
        );
      })}
    </Flex>
  );
}
