import { UploadOutlined } from "@ant-design/icons";
import { App, Button, Card, Image, Table, Typography, Upload, type UploadProps } from "antd";
import dayjs from "dayjs";
import { type ReactNode, useState } from "react";
import type { FileSummary } from "../../../../shared/contracts/common.contract";
import type { MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import { DOCUMENT_HINT, documentUploadProps, isFileSummary, refuseDocument, uploadErrorMessage } from "../../../lib/document-upload";
import { documentUploadPath, fileUrl } from "../api";
import { EMPTY } from "../meeting-options";

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

interface MeetingDocumentsCardProps {
  meeting: Pick<MeetingDetail, "id" | "documents" | "abilities">;
  /** Members may list the files but not download them (file.read). */
  canDownload: boolean;
  onUploaded: (file: FileSummary) => void;
}

/** 会议照片和材料: photos, the sign-in sheet, slides… uploaded while the record is a draft. */
export function MeetingDocumentsCard({ meeting, canDownload, onUploaded }: MeetingDocumentsCardProps) {
  const { message } = App.useApp();
  const [isUploading, setIsUploading] = useState(false);

  const handleChange: UploadProps["onChange"] = ({ file }) => {
    if (file.status === "uploading") setIsUploading(true);
    if (file.status === "done" && isFileSummary(file.response)) {
      setIsUploading(false);
      message.success(`已上传“${file.response.name}”`);
      onUploaded(file.response);
    }
    if (file.status === "error") {
      setIsUploading(false);
      message.error(uploadErrorMessage(file.response));
    }
  };

  return (
    <Card
      title="会议照片和材料"
      size="small"
      extra={
        meeting.abilities.canUpload && (
          <Upload
            {...documentUploadProps(documentUploadPath(meeting.id))}
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              const reason = refuseDocument(file);
              if (reason) message.error(reason);
              return reason ? Upload.LIST_IGNORE : true;
            }}
            onChange={handleChange}
          >
            <Button icon={<UploadOutlined />} loading={isUploading}>
              上传照片或材料
            </Button>
          </Upload>
        )
      }
    >
      {meeting.abilities.canUpload && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {DOCUMENT_HINT}。签发后记录锁定，请在签发前上传。
        </Typography.Paragraph>
      )}
      <Table<FileSummary>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meeting.documents}
        locale={{ emptyText: "暂无照片和材料" }}
        columns={[
          {
            title: "文件",
            dataIndex: "name",
            ellipsis: { showTitle: true },
            render: (name: string, file) =>
              !canDownload ? (
                name
              ) : file.mimeType.startsWith("image/") ? (
                <Flexless>
                  <Image src={fileUrl(file.id)} alt={name} width={48} height={36} style={{ objectFit: "cover" }} />
                  <Typography.Link href={fileUrl(file.id)} target="_blank" rel="noreferrer" style={{ marginLeft: 8 }}>
                    {name}
                  </Typography.Link>
                </Flexless>
              ) : (
                <Typography.Link href={fileUrl(file.id)} target="_blank" rel="noreferrer">
                  {name}
                </Typography.Link>
              ),
          },
          { title: "大小", dataIndex: "sizeBytes", width: 90, render: formatSize },
          { title: "上传人", dataIndex: "uploadedByName", width: 120, render: (n: string | null) => n ?? EMPTY },
          { title: "上传时间", dataIndex: "createdAt", width: 150, render: (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm") },
        ]}
      />
    </Card>
  );
}

const Flexless = ({ children }: { children: ReactNode }) => <span style={{ display: "inline-flex", alignItems: "center" }}>{children}</span>;
