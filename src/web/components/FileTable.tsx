import { Image, Table, Typography } from "antd";
import dayjs from "dayjs";
import type { CSSProperties } from "react";
import type { FileSummary } from "../../shared/contracts/common.contract";
import { fileUrl } from "../lib/document-upload";
import { EMPTY } from "./person-options";

export const formatFileSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

interface FileTableProps {
  files: readonly FileSummary[];
  emptyText: string;
  /** The name column's title. */
  nameTitle?: string;
  /** False lists the names only (a member may list a meeting's files but not download them: file.read). */
  canDownload?: boolean;
  /** A small picture before each image's name (a meeting's photos). */
  thumbnails?: boolean;
  /** Where a file downloads from: /api/files/:id by default; a module serving its sealed files itself passes its own route. */
  urlOf?: (file: FileSummary) => string;
}

/** Stored files (files module) as a small table: the name opening the file, its size, who uploaded it and when. */
export function FileTable({ files, emptyText, nameTitle = "文件", canDownload = true, thumbnails = false, urlOf = (file) => fileUrl(file.id) }: FileTableProps) {
  const link = (file: FileSummary, style?: CSSProperties) => (
    <Typography.Link href={urlOf(file)} target="_blank" rel="noreferrer" style={style}>
      {file.name}
    </Typography.Link>
  );
  return (
    <Table<FileSummary>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={files}
      locale={{ emptyText }}
      columns={[
        {
          title: nameTitle,
          dataIndex: "name",
          ellipsis: { showTitle: true },
          render: (name: string, file) =>
            !canDownload ? (
              name
            ) : thumbnails && file.mimeType.startsWith("image/") ? (
              <span style={{ display: "inline-flex", alignItems: "center" }}>
                <Image src={urlOf(file)} alt={name} width={48} height={36} style={{ objectFit: "cover" }} />
                {link(file, { marginLeft: 8 })}
              </span>
            ) : (
              link(file)
            ),
        },
        { title: "大小", dataIndex: "sizeBytes", width: 90, render: formatFileSize },
        { title: "上传人", dataIndex: "uploadedByName", width: 120, render: (name: string | null) => name ?? EMPTY },
        { title: "上传时间", dataIndex: "createdAt", width: 150, render: (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm") },
      ]}
    />
  );
}
