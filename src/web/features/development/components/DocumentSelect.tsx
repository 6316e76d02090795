import { UploadOutlined } from "@ant-design/icons";
import { App, Button, Flex, Select, Upload, type UploadProps } from "antd";
import { useState } from "react";
import type { DevelopmentFile } from "../../../../shared/contracts/development.contract";
import { documentUploadProps, isDevelopmentFile, refuseDocument, uploadErrorMessage } from "./document-upload";

interface DocumentSelectProps {
  personId: string;
  /** The documents already in the person's file. */
  files: DevelopmentFile[];
  value?: string[];
  onChange?: (fileIds: string[]) => void;
  /** A file uploaded from here, so the page's list of documents can refresh. */
  onUploaded?: (file: DevelopmentFile) => void;
  id?: string;
}

const MAX_DOCUMENTS = 20;

/** The documents of one step: chosen from the person's file, or uploaded here and chosen at once. */
export function DocumentSelect({ personId, files, value = [], onChange, onUploaded, id }: DocumentSelectProps) {
  const { message } = App.useApp();
  const [uploaded, setUploaded] = useState<DevelopmentFile[]>([]);
  const [isUploading, setIsUploading] = useState(false);
  const all = [...uploaded.filter((file) => !files.some((known) => known.id === file.id)), ...files];

  const handleChange: UploadProps["onChange"] = ({ file }) => {
    if (file.status === "uploading") setIsUploading(true);
    if (file.status === "done" && isDevelopmentFile(file.response)) {
      const saved = file.response;
      setIsUploading(false);
      setUploaded((current) => [saved, ...current]);
      onChange?.([...value, saved.id]);
      onUploaded?.(saved);
      message.success(`已上传“${saved.name}”`);
    }
    if (file.status === "error") {
      setIsUploading(false);
      message.error(uploadErrorMessage(file.response));
    }
  };

  return (
    <Flex gap={8} align="start">
      <Select
        id={id}
        mode="multiple"
        maxCount={MAX_DOCUMENTS}
        value={value}
        onChange={onChange}
        options={all.map((file) => ({ value: file.id, label: file.name }))}
        showSearch={{ optionFilterProp: "label" }}
        placeholder={all.length ? "从已上传的材料中选择" : "尚无材料，请先上传"}
        notFoundContent="没有符合的材料"
        style={{ flex: 1, minWidth: 0 }}
      />
      <Upload
        {...documentUploadProps(personId)}
        showUploadList={false}
        beforeUpload={(file) => {
          const reason = refuseDocument(file);
          if (reason) message.error(reason);
          return reason ? Upload.LIST_IGNORE : true;
        }}
        onChange={handleChange}
      >
        <Button icon={<UploadOutlined />} loading={isUploading}>
          上传
        </Button>
      </Upload>
    </Flex>
  );
}
