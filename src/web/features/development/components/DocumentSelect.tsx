import { Flex, Select } from "antd";
import { useState } from "react";
import type { DevelopmentFile } from "../../../../shared/contracts/development.contract";
import { DocumentUploadButton } from "../../../components/DocumentUploadButton";
import { documentUploadPath } from "../api";

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
  const [uploaded, setUploaded] = useState<DevelopmentFile[]>([]);
  const all = [...uploaded.filter((file) => !files.some((known) => known.id === file.id)), ...files];

  const handleUploaded = (saved: DevelopmentFile) => {
    setUploaded((current) => [saved, ...current]);
    onChange?.([...value, saved.id]);
    onUploaded?.(saved);
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
      <DocumentUploadButton action={documentUploadPath(personId)} label="上传" onUploaded={handleUploaded} />
    </Flex>
  );
}
