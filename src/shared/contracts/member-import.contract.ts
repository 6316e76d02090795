import { z } from "zod";
import { FindMembersQuerySchema, ImportErrorSchema } from "./members.contract";

/** Limits of the roster's spreadsheet import and export, shown in the UI and enforced by the server. */
export const MEMBER_IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const MEMBER_IMPORT_MAX_ROWS = 100_000;
/** Past this many errors the list stops growing (one last entry says so): the file needs fixing anyway. */
export const MEMBER_IMPORT_MAX_ERRORS = 2_000;
export const MEMBER_EXPORT_MAX_ROWS = 200_000;

/** The export takes the list's filters and sort, without paging; full ID and phone numbers only on request. */
export const ExportMembersQuerySchema = FindMembersQuerySchema.omit({ page: true, pageSize: true }).extend({
  /** Full ID and phone numbers instead of masked ones: needs `member.read_pii`, and is audited as such. */
  includePii: z.stringbool().optional(),
});
export type ExportMembersQuery = z.infer<typeof ExportMembersQuerySchema>;

/** "下载错误清单": the errors of an ImportResult, turned back into a workbook. */
export const ImportErrorsWorkbookSchema = z.object({
  errors: z.array(ImportErrorSchema).max(MEMBER_IMPORT_MAX_ERRORS + 1, { error: `错误清单最多 ${MEMBER_IMPORT_MAX_ERRORS} 条` }),
});
export type ImportErrorsWorkbook = z.infer<typeof ImportErrorsWorkbookSchema>;
