import { Card } from "antd";
import type { NeedDetail } from "../../../../shared/contracts/member-needs.contract";
import { DocumentUploadButton } from "../../../components/DocumentUploadButton";
import { FileTable } from "../../../components/FileTable";
import { DOCUMENT_HINT } from "../../../lib/document-upload";
import { needFilesPath, needFileUrl } from "../api";

/** 相关材料: the need's files, downloaded through the module (sealed: never /api/files/:id); upload while the server allows. */
export function NeedFilesCard({ need, onUploaded }: { need: NeedDetail; onUploaded: () => void }) {
  return (
    <Card
      title={`相关材料（${need.files.length}）`}
      size="small"
      extra={need.canUpload && <DocumentUploadButton action={needFilesPath(need.id)} label="上传材料" multiple onUploaded={onUploaded} />}
    >
      <FileTable
        files={need.files}
        emptyText={need.canUpload ? `暂无材料。${DOCUMENT_HINT}` : "暂无材料"}
        urlOf={(file) => needFileUrl(need.id, file.id)}
      />
    </Card>
  );
}
