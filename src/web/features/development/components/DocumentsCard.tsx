import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { App, Button, Card, Space, Table, Typography, Upload, type UploadProps } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { DevelopmentFile, DevelopmentPersonDetail } from "../../../../shared/contracts/development.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { downloadDocumentsZip, fileUrl } from "../api";
import { EMPTY } from "../development-options";
import { DOCUMENT_HINT, documentUploadProps, isDevelopmentFile, refuseDocument, uploadErrorMessage } from "./document-upload";

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
const formatTime = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

interface DocumentsCardProps {
  person: Pick<DevelopmentPersonDetail, "id" | "name" | "files" | "abilities">;
  onUploaded: (file: DevelopmentFile) => void;
}

/** 材料: every document uploaded to the file, one upload box, and all of them as one zip. */
export function DocumentsCard({ person, onUploaded }: DocumentsCardProps) {
  const { message } = App.useApp();
  const [isUploading, setIsUploading] = useState(false);
  const [isZipping, setIsZipping] = useState(false);

  const handleChange: UploadProps["onChange"] = ({ file }) => {
    if (file.status === "uploading") setIsUploading(true);
    if (file.status === "done" && isDevelopmentFile(file.response)) {
      setIsUploading(false);
      message.success(`已上传“${file.response.name}”`);
      onUploaded(file.response);
    }
    if (file.status === "error") {
      setIsUploading(false);
      message.error(uploadErrorMessage(file.response));
    }
  };

  const handleZip = async () => {
    setIsZipping(true);
    try {
      await downloadDocumentsZip(person.id, `${person.name}发展党员材料.zip`);
    } catch (error) {
      message.error(getErrorMessage(error));
    } finally {
      setIsZipping(false);
    }
  };

  return (
    <Card
      title="材料"
      size="small"
      extra={
        <Space wrap>
          {person.abilities.canUpload && (
            <Upload
              {...documentUploadProps(person.id)}
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
                上传材料
              </Button>
            </Upload>
          )}
          <Button icon={<DownloadOutlined />} onClick={handleZip} loading={isZipping} disabled={person.files.length === 0}>
            下载全部材料
          </Button>
        </Space>
      }
    >
      {person.abilities.canUpload && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {DOCUMENT_HINT}。上传后可在登记步骤时选作该步骤的材料。
        </Typography.Paragraph>
      )}
      <Table<DevelopmentFile>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={person.files}
        locale={{ emptyText: "暂无材料" }}
        columns={[
          {
            title: "文件名",
            dataIndex: "name",
            ellipsis: { showTitle: true },
            render: (name: string, file) => (
              <Typography.Link href={fileUrl(file.id)} target="_blank" rel="noreferrer">
                {name}
              </Typography.Link>
            ),
          },
          { title: "大小", dataIndex: "sizeBytes", width: 90, render: formatSize },
          { title: "上传人", dataIndex: "uploadedByName", width: 110, render: (name: string | null) => name ?? EMPTY },
          { title: "上传时间", dataIndex: "createdAt", width: 150, render: formatTime },
        ]}
      />
    </Card>
  );
}
