import { MEMBER_EXPORT_MAX_ROWS, MEMBER_IMPORT_MAX_BYTES } from "../../../shared/contracts/member-import.contract";
import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createFieldError } from "../../http/errors";

export const createImportFileMissingError = () =>
  createFieldError(ERROR_CODES.memberImportFileMissing, 400, "file", "请选择要导入的 Excel 文件（.xlsx）");

export const createImportFileTooLargeError = () =>
  createFieldError(ERROR_CODES.memberImportFileTooLarge, 413, "file", `文件超过 ${MEMBER_IMPORT_MAX_BYTES / 1024 / 1024} MB 上限，请分批导入`);

export const createImportNotXlsxError = (isLegacyXls: boolean) =>
  createFieldError(
    ERROR_CODES.memberImportNotXlsx,
    415,
    "file",
    isLegacyXls ? "不支持旧版 .xls 文件，请在 Excel 中“另存为” .xlsx 后再导入" : "文件不是 Excel 工作簿（.xlsx），请使用导入模板",
  );

export const createImportUnreadableError = () =>
  createFieldError(ERROR_CODES.memberImportUnreadable, 400, "file", "无法读取该 Excel 文件，文件可能已损坏，请重新保存后再导入");

/** Someone else registered one of the ID numbers while this import ran: nothing was written. */
export const createImportConflictError = () =>
  new AppError(ERROR_CODES.memberImportConflict, 409, "导入期间有相同身份证号的党员被录入，本次导入未写入任何数据，请重新导入");

export const createExportTooLargeError = (count: number) =>
  new AppError(ERROR_CODES.memberExportTooLarge, 422, `符合条件的党员有 ${count} 名，超过单次导出上限 ${MEMBER_EXPORT_MAX_ROWS} 名，请按组织或其他条件缩小范围后分批导出`);
