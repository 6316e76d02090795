import { ERROR_CODES } from "../../../shared/error-codes";
import { createFieldError, createForbiddenError, createNotFoundError } from "../../http/errors";
import { ALLOWED_TYPES_LABEL } from "./files.rules";

export const createFileNotFoundError = () => createNotFoundError(ERROR_CODES.fileNotFound, "文件");

export const createFileMissingError = (isEmpty = false) =>
  createFieldError(ERROR_CODES.fileMissing, 400, "file", isEmpty ? "上传的文件是空文件，请重新选择" : "请选择要上传的文件（表单字段 file）");

export const createFileTooLargeError = (maxBytes: number) =>
  createFieldError(ERROR_CODES.fileTooLarge, 413, "file", `文件超过 ${formatMegabytes(maxBytes)} MB 上限，请压缩或拆分后再上传`);

/** `byContent`: the name is fine, but the bytes are not what it claims (e.g. a renamed .exe). */
export const createFileTypeNotAllowedError = (byContent = false) =>
  createFieldError(
    ERROR_CODES.fileTypeNotAllowed,
    415,
    "file",
    byContent ? `文件内容与扩展名不符，只能上传 ${ALLOWED_TYPES_LABEL} 文件` : `只能上传 ${ALLOWED_TYPES_LABEL} 文件`,
  );

export const createFileUploadForbiddenError = () => createForbiddenError("当前角色无权上传文件");
export const createFileReadForbiddenError = () => createForbiddenError("当前角色无权下载文件");

const formatMegabytes = (bytes: number) => {
  const mb = bytes / 1024 / 1024;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
};
