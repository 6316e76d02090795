import { UploadOutlined } from "@ant-design/icons";
import { App, Button, Upload, type UploadProps } from "antd";
import { useState } from "react";
import type { FileSummary } from "../../shared/contracts/common.contract";
import { documentUploadProps, isFileSummary, refuseDocument, uploadErrorMessage } from "../lib/document-upload";

interface DocumentUploadButtonProps {
  /** The upload endpoint (a meeting's or a case's documents). */
  action: string;
  label: string;
  multiple?: boolean;
  onUploaded: (file: FileSummary) => void;
}

/**
 * One button that uploads documents to the file store: the browser's checks first (a refused file is
 * a message, never sent), a spinner while it goes, and the server's answer as a message.
 */
export function DocumentUploadButton({ action, label, multiple = false, onUploaded }: DocumentUploadButtonProps) {
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
    <Upload
      {...documentUploadProps(action)}
      multiple={multiple}
      showUploadList={false}
      beforeUpload={(file) => {
        const reason = refuseDocument(file);
        if (reason) message.error(reason);
        return reason ? Upload.LIST_IGNORE : true;
      }}
      onChange={handleChange}
    >
      <Button icon={<UploadOutlined />} loading={isUploading}>
        {label}
      </Button>
    </Upload>
  );
}
