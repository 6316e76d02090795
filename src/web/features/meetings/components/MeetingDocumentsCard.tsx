import { Card, Typography } from "antd";
import type { FileSummary } from "../../../../shared/contracts/common.contract";
import type { MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import { DocumentUploadButton } from "../../../components/DocumentUploadButton";
import { FileTable } from "../../../components/FileTable";
import { DOCUMENT_HINT } from "../../../lib/document-upload";
import { documentUploadPath } from "../api";

interface MeetingDocumentsCardProps {
  meeting: Pick<MeetingDetail, "id" | "documents" | "abilities">;
  /** Members may list the files but not download them (file.read). */
  canDownload: boolean;
  onUploaded: (file: FileSummary) => void;
}

/** 会议照片和材料: photos, the sign-in sheet, slides… uploaded while the record is a draft. */
export function MeetingDocumentsCard({ meeting, canDownload, onUploaded }: MeetingDocumentsCardProps) {
  return (
    <Card
      title="会议照片和材料"
      size="small"
      extra={meeting.abilities.canUpload && <DocumentUploadButton action={documentUploadPath(meeting.id)} label="上传照片或材料" multiple onUploaded={onUploaded} />}
    >
      {meeting.abilities.canUpload && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {DOCUMENT_HINT}。签发后记录锁定，请在签发前上传。
        </Typography.Paragraph>
      )}
      <FileTable files={meeting.documents} emptyText="暂无照片和材料" canDownload={canDownload} thumbnails />
    </Card>
  );
}
