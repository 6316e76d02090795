import { DownloadOutlined } from "@ant-design/icons";
import { App, Button, Card, Space, Typography } from "antd";
import { useState } from "react";
import type { DevelopmentFile, DevelopmentPersonDetail } from "../../../../shared/contracts/development.contract";
import { DocumentUploadButton } from "../../../components/DocumentUploadButton";
import { FileTable } from "../../../components/FileTable";
import { getErrorMessage } from "../../../lib/api-client";
import { DOCUMENT_HINT } from "../../../lib/document-upload";
import { documentUploadPath, downloadDocumentsZip } from "../api";

interface DocumentsCardProps {
  person: Pick<DevelopmentPersonDetail, "id" | "name" | "files" | "abilities">;
  onUploaded: (file: DevelopmentFile) => void;
}

/** 材料: every document uploaded to the file, one upload box, and all of them as one zip. */
export function DocumentsCard({ person, onUploaded }: DocumentsCardProps) {
  const { message } = App.useApp();
  const [isZipping, setIsZipping] = useState(false);

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
          {person.abilities.canUpload && <DocumentUploadButton action={documentUploadPath(person.id)} label="上传材料" multiple onUploaded={onUploaded} />}
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
      <FileTable files={person.files} nameTitle="文件名" emptyText="暂无材料" />
    </Card>
  );
}
