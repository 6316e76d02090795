import { FileOutlined, PaperClipOutlined } from "@ant-design/icons";
import { Button, Empty, Flex, Image, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import type { FileSummary } from "../../../../shared/contracts/common.contract";
import type { ProgressReport } from "../../../../shared/contracts/secretary-project-progress.contract";
import { DocumentUploadButton } from "../../../components/DocumentUploadButton";
import { fileUrl } from "../../../lib/document-upload";
import { reportEvidenceUploadUrl } from "../api-progress";
import { CommentBox, CommentThreads, useCommentSubmit } from "./CommentThreads";

/** What the caller may do on the reports (from the project's `work`, which the server computed). */
export interface ReportAbilities {
  canUpload: boolean;
  canGuide: boolean;
  canReply: boolean;
  /** file.read: a member sees the evidence's names but may not open them. */
  canDownload: boolean;
}

const percent = (progress: number) => `${Math.round(progress * 1000) / 10}%`;

function Evidence({ files, canDownload }: { files: readonly FileSummary[]; canDownload: boolean }) {
  const images = files.filter((f) => f.mimeType.startsWith("image/"));
  const others = files.filter((f) => !f.mimeType.startsWith("image/"));
  return (
    <Flex vertical gap={6}>
      {canDownload && images.length > 0 && (
        <Image.PreviewGroup>
          <Flex gap={8} wrap>
            {images.map((f) => (
              <Image key={f.id} src={fileUrl(f.id)} alt={f.name} width={96} height={72} style={{ objectFit: "cover", borderRadius: 4 }} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {(canDownload ? others : files).map((f) => (
        <span key={f.id}>
          <FileOutlined style={{ marginInlineEnd: 6 }} />
          {canDownload ? (
            <Typography.Link href={fileUrl(f.id)} target="_blank" rel="noreferrer">
              {f.name}
            </Typography.Link>
          ) : (
            f.name
          )}
        </span>
      ))}
    </Flex>
  );
}

function ReportItem({ projectId, report, abilities, onChanged }: { projectId: string; report: ProgressReport; abilities: ReportAbilities; onChanged: () => void }) {
  const [isGuiding, setIsGuiding] = useState(false);
  const submit = useCommentSubmit(projectId, onChanged);
  return (
    <Flex vertical gap={8} data-testid="progress-report">
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{report.reportedOn}</Typography.Text>
        {report.milestoneTitle ? <Tag color="blue">{report.milestoneTitle}</Tag> : <Tag>项目整体</Tag>}
        {report.completesMilestone && <Tag color="green">节点已完成</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {report.createdByName ? `报告人：${report.createdByName}` : ""}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>{report.body}</Typography.Paragraph>
      {report.values.length > 0 && (
        <Flex gap={8} wrap>
          {report.values.map((v) => (
            <Tag key={v.indicatorId} color={v.progress >= 1 ? "green" : "default"} style={{ padding: "2px 8px" }}>
              {`${v.indicatorName}：${v.value} ${v.unit}（目标 ${v.target}，完成 ${percent(v.progress)}）`}
            </Tag>
          ))}
        </Flex>
      )}
      {(report.files.length > 0 || abilities.canUpload) && (
        <Flex vertical gap={6}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <PaperClipOutlined /> 佐证材料{report.files.length > 0 ? `（${report.files.length}）` : ""}
          </Typography.Text>
          <Evidence files={report.files} canDownload={abilities.canDownload} />
          {abilities.canUpload && (
            <div>
              <DocumentUploadButton action={reportEvidenceUploadUrl(projectId, report.id)} label="上传照片或材料" multiple onUploaded={onChanged} />
            </div>
          )}
        </Flex>
      )}
      <CommentThreads projectId={projectId} threads={report.comments} canReply={abilities.canReply} onChanged={onChanged} />
      {abilities.canGuide &&
        (isGuiding ? (
          <CommentBox
            placeholder="对本次进展的点评和指导意见"
            submitText="发表点评"
            onCancel={() => setIsGuiding(false)}
            onSubmit={async (body) => {
              await submit({ reportId: report.id, body }, "已发表点评");
              setIsGuiding(false);
            }}
          />
        ) : (
          <div>
            <Button size="small" onClick={() => setIsGuiding(true)}>
              点评
            </Button>
          </div>
        ))}
    </Flex>
  );
}

/** The progress reports, the latest first: date, milestone, what was done, values, evidence, guidance and replies. */
export function ReportTimeline({ projectId, reports, abilities, onChanged }: { projectId: string; reports: readonly ProgressReport[]; abilities: ReportAbilities; onChanged: () => void }) {
  if (reports.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无进展报告" />;
  return (
    <Timeline
      items={reports.map((report) => ({
        key: report.id,
        color: report.completesMilestone ? "green" : "blue",
        content: <ReportItem projectId={projectId} report={report} abilities={abilities} onChanged={onChanged} />,
      }))}
    />
  );
}
