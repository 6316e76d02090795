import type { FastifyRequest } from "fastify";
import { UuidSchema } from "../../../shared/contracts/common.contract";
import { ERROR_CODES } from "../../../shared/error-codes";
import { createFieldError } from "../../http/errors";
import { createImportFileMissingError, createImportFileTooLargeError, createImportNotXlsxError } from "./members-import.errors";
import { isLegacyXls, isZipArchive } from "./members-import.reader";

export interface Upload {
  file: Buffer;
  fileName: string;
  orgId?: string;
}

/**
 * The multipart form of an import: the file (field "file") and an optional default "orgId".
 * The file is held as its compressed bytes (at most the size limit) while its rows stream out, so
 * fields may come before or after it. Only a real .xlsx passes: the name AND the zip signature.
 */
export async function readImportUpload(request: FastifyRequest): Promise<Upload> {
  let file: Buffer | undefined;
  let fileName = "";
  let orgId: string | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const buffer = await part.toBuffer();
        if (part.fieldname === "file" && !file) {
          file = buffer;
          fileName = part.filename;
        }
      } else if (part.fieldname === "orgId" && typeof part.value === "string" && part.value.trim()) {
        orgId = part.value.trim();
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE") throw createImportFileTooLargeError();
    if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE") throw createImportFileMissingError();
    throw error;
  }
  if (!file || file.length === 0) throw createImportFileMissingError();
  if (!fileName.toLowerCase().endsWith(".xlsx") || !isZipArchive(file)) throw createImportNotXlsxError(isLegacyXls(file));
  if (orgId !== undefined && !UuidSchema.safeParse(orgId).success) {
    throw createFieldError(ERROR_CODES.validationFailed, 400, "orgId", "所属组织无效");
  }
  return { file, fileName, orgId };
}
