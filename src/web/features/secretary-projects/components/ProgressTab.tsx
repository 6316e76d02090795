import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Flex, Pagination, Row, Typography } from "antd";
import { useState } from "react";
import type { ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";
import { can } from "../../../../shared/permissions";
import { LIVE_PROJECT_STATUSES } from "../../../../shared/secretary-projects";
import { useAuth } from "../../../app/auth-context";
import { useApiQuery } from "../../../lib/use-api-query";
import { findProgressReports, findProjectComments } from "../api-progress";
import { CheckpointPanel } from "./CheckpointPanel";
import { CommentBox, CommentThreads, useCommentSubmit } from "./CommentThreads";
import { ProgressSummaryCard } from "./ProgressSummaryCard";
import { ReportFormModal } from "./ReportFormModal";
import { type ReportAbilities, ReportTimeline } from "./ReportTimeline";

const PAGE_SIZE = 10;

/**
 * The project page's 推进情况 tab: the progress reports (timeline with values, evidence, guidance and
 * replies), the committee's guidance on the project as a whole, where the goals and milestones stand,
 * and the quarterly check points. What each side may do comes from the project's `work` (server).
 */
export function ProgressTab({ project, onChanged }: { project: ProjectDetail; onChanged: () => void }) {
  if (!LIVE_PROJECT_STATUSES.some((status) => status === project.status)) {
    return <Alert type="info" showIcon title="项目立项后，由书记定期报告进展，上级党委点评指导并按季度督查。" />;
  }
  return <ProjectProgress project={project} onChanged={onChanged} />;
}

function ProjectProgress({ project, onChanged }: { project: ProjectDetail; onChanged: () => void }) {
  const { user } = useAuth();
  const [page, setPage] = useState(1);
  const [isReporting, setIsReporting] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);
  const reports = useApiQuery((signal) => findProgressReports(project.id, { page, pageSize: PAGE_SIZE }, signal), [project.id, page, refreshKey]);
  const general = useApiQuery((signal) => findProjectComments(project.id, { onProject: "true", pageSize: 50 }, signal), [project.id, refreshKey]);

  const work = new Set(project.work);
  const abilities: ReportAbilities = {
    canUpload: work.has("progressReport"),
    canGuide: work.has("guidance"),
    canReply: work.has("reply"),
    canDownload: Boolean(user && can(user, "file.read")),
  };
  const reload = () => setRefreshKey((k) => k + 1);
  const submitComment = useCommentSubmit(project.id, reload);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Flex vertical gap={16}>
          <Card
            size="small"
            title="进展报告"
            extra={
              work.has("progressReport") && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsReporting(true)}>
                  报告进展
                </Button>
              )
            }
          >
            {reports.error && <Alert type="error" showIcon title={reports.error.message} style={{ marginBottom: 12 }} />}
            <ReportTimeline projectId={project.id} reports={reports.data?.items ?? []} abilities={abilities} onChanged={reload} />
            {(reports.data?.total ?? 0) > PAGE_SIZE && (
              <Flex justify="flex-end">
                <Pagination size="small" current={page} pageSize={PAGE_SIZE} total={reports.data!.total} onChange={setPage} showSizeChanger={false} />
              </Flex>
            )}
          </Card>
          <Card size="small" title="上级党委对项目的总体点评">
            <Flex vertical gap={12}>
              {general.error && <Alert type="error" showIcon title={general.error.message} />}
              {general.data?.items.length === 0 && !abilities.canGuide && <Typography.Text type="secondary">暂无总体点评</Typography.Text>}
              <CommentThreads projectId={project.id} threads={general.data?.items ?? []} canReply={abilities.canReply} onChanged={reload} />
              {abilities.canGuide && (
                <CommentBox placeholder="对项目整体推进情况的点评和指导意见" submitText="发表点评" onSubmit={(body) => submitComment({ body }, "已发表点评")} />
              )}
            </Flex>
          </Card>
        </Flex>
      </Col>
      <Col xs={24} xl={8}>
        <Flex vertical gap={16}>
          <ProgressSummaryCard project={project} />
          <CheckpointPanel projectId={project.id} refreshKey={refreshKey} onChanged={onChanged} />
        </Flex>
      </Col>
      {isReporting && (
        <ReportFormModal
          project={project}
          onClose={() => setIsReporting(false)}
          onCreated={() => {
            setIsReporting(false);
            setPage(1);
            reload();
            onChanged();
          }}
        />
      )}
    </Row>
  );
}
