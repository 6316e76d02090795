import { UploadOutlined } from "@ant-design/icons";
import { App, Button, Upload, type UploadFile, type UploadProps } from "antd";
import { MAX_EVENT_DOCUMENTS } from "../../../../shared/contracts/members.contract";
import { documentUploadProps, fileUrl, isFileSummary, refuseDocument, uploadErrorMessage } from "../../../lib/document-upload";
import { memberDocumentUploadPath } from "../api";

interface EventFileUploadProps {
  memberId: string;
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  id?: string;
}

/** The ids of the files uploaded and still in the list: what the event attaches as documentIds. */
export const uploadedFileIds = (files: readonly UploadFile[] = []): string[] =>
  files.flatMap((file) => (file.status === "done" && isFileSummary(file.response) ? [file.response.id] : []));

export const isAnyFileUploading = (files: readonly UploadFile[] = []) => files.some((file) => file.status === "uploading");

/**
 * The files of one event (介绍信, 证明, 决定…): each is uploaded to the member at once and listed
 * here, removable until the event is recorded, which attaches what the list still holds. A refused
 * upload leaves the list with the server's reason as a message.
 */
export function EventFileUpload({ memberId, value = [], onChange, id }: EventFileUploadProps) {
  const { message } = App.useApp();

  const handleChange: UploadProps["onChange"] = ({ file, fileList }) => {
    if (file.status === "error") message.error(uploadErrorMessage(file.response));
    onChange?.(
      fileList
        .filter((item) => item.status !== "error")
        // A stored file opens from the list, as from the timeline.
        .map((item) => (item.status === "done" && isFileSummary(item.response) ? { ...item, url: fileUrl(item.response.id) } : item)),
    );
  };

  return (
    <Upload
      {...documentUploadProps(memberDocumentUploadPath(memberId))}
      multiple
      fileList={value}
      maxCount={MAX_EVENT_DOCUMENTS}
      beforeUpload={(file) => {
        const reason = refuseDocument(file);
        if (reason) message.error(reason);
        return reason ? Upload.LIST_IGNORE : true;
      }}
      onChange={handleChange}
    >
      {value.length < MAX_EVENT_DOCUMENTS && (
        <Button id={id} icon={<UploadOutlined />}>
          上传文件
        </Button>
      )}
    </Upload>
  );
}
