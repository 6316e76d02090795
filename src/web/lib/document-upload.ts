import type { UploadProps } from "antd";
import type { FileSummary } from "../../shared/contracts/common.contract";
import { getCsrfToken } from "./api-client";

// Uploads of documents to the file store (files module) from any feature: what the browser checks
// before sending, and antd Upload's request. The server checks everything again.

/** What the server keeps (files.* rules): PDF, JPEG, PNG, DOCX, XLSX up to 20 MB. */
export const DOCUMENT_ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx";
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_HINT = "支持 PDF、JPG、PNG、DOCX、XLSX，单个不超过 20 MB";
const ACCEPTED_EXTENSIONS = new Set(DOCUMENT_ACCEPT.split(","));

/** Why the browser will not send a file, or undefined when it may (the server checks again). */
export function refuseDocument(file: { name: string; size: number }): string | undefined {
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0];
  if (!extension || !ACCEPTED_EXTENSIONS.has(extension)) return `“${file.name}”的格式不支持：${DOCUMENT_HINT}`;
  if (file.size > DOCUMENT_MAX_BYTES) return `“${file.name}”超过 20 MB`;
  return undefined;
}

/** The message of the server's `{error}` body, when an upload was refused. */
export function uploadErrorMessage(response: unknown): string {
  const error = (response as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === "string" ? error.message : "上传失败，请稍后重试";
}

/** The body of a successful upload: the stored file's summary. */
export const isFileSummary = (response: unknown): response is FileSummary =>
  typeof response === "object" && response !== null && typeof (response as FileSummary).id === "string";

/** One stored file, served with the session cookie (a plain link works). */
export const fileUrl = (fileId: string) => `/api/files/${encodeURIComponent(fileId)}`;

/**
 * antd Upload's request to an upload endpoint (`action`): multipart field "file", the session cookie
 * and the same CSRF header as lib/api-client (the token is read when the form renders).
 */
export function documentUploadProps(action: string): Pick<UploadProps, "action" | "name" | "headers" | "withCredentials" | "accept"> {
  const token = getCsrfToken();
  return { action, name: "file", headers: token ? { "x-csrf-token": token } : {}, withCredentials: true, accept: DOCUMENT_ACCEPT };
}
