import { type Readable, Transform, pipeline } from "node:stream";
import { MEMBER_IMPORT_MAX_ERRORS, MEMBER_IMPORT_MAX_ROWS } from "../../../shared/contracts/member-import.contract";
import type { ImportError, ImportResult } from "../../../shared/contracts/members.contract";
import { chinaToday } from "../../../shared/dates";
import type { OrgKind } from "../../../shared/domain";
import type { Ctx } from "../../http/context";
import { createForbiddenError, isAppError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { requireOrgInScope } from "../organizations/organizations.service";
import { createMemberOrgKindError } from "./members.errors";
import { ID_NUMBER_UNIQUE_INDEX, isUniqueViolation } from "./members.repository";
import { canHoldMembers } from "./members.rules";
import { idNumberLookupHash } from "./members.service";
import { createImportConflictError, createImportUnreadableError } from "./members-import.errors";
import { type ImportRow, type ImportTarget, planImport } from "./members-import.plan";
import { readRosterSheet } from "./members-import.reader";
import { findMembersByIdHashes, findOrgsByCodes, findTakenIdHashes } from "./members-import.repository";
import { parseMemberRow } from "./members-import.rows";
import { writeImportPlan } from "./members-import.write";
import { MEMBER_COLUMNS, type MemberColumnKey } from "./members-excel.columns";

export type ImportPhase = "read" | "check" | "write";
/** read: bytes of the file (the row count is unknown until the end); check and write: rows. */
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportInput {
  source: Readable;
  /** Size of the file in bytes, for the progress of the read phase. */
  size: number;
  fileName?: string;
  /** Organization of the rows that give no 所在组织编码. */
  defaultOrgId?: string;
  /**
   * A fresh stream of the same bytes (an upload held in memory). The streaming zip reader has failed
   * to read a valid file on rare occasions under heavy load (seen in tests, cause not found); one
   * second read then decides, before the file is called unreadable. Reading writes nothing.
   */
  reopen?: () => Readable;
}

/**
 * Imports a roster workbook, all or nothing (rules: checkMemberFacts; scope: access.repository).
 * 1. read: stream the rows, check each on its own (fields, labels, ID number, dates);
 * 2. check: ask the database about the file's organization codes and ID numbers, then plan;
 * 3. write: only when no row has an error, batched INSERTs and UPDATEs, in the transaction of step 2.
 * Any error leaves the database untouched and answers every error found, row by row.
 */
export async function importMembers(ctx: Ctx, input: ImportInput, onProgress: ImportProgress = () => {}): Promise<ImportResult> {
  if (!can(ctx.actor, "member.import")) throw createForbiddenError("只有系统管理员、党委管理员和支部工作人员可以导入党员");
  const defaultOrg = input.defaultOrgId ? await requireMemberOrg(ctx, input.defaultOrgId) : null;

  const read = await readRows(ctx, input, defaultOrg !== null, onProgress);
  if (read.fileErrors.length > 0) return failed(read.rows.length, read.fileErrors);

  const codes = [...new Set(read.rows.flatMap((r) => (r.orgCode ? [r.orgCode] : [])))];
  const hashes = read.rows.flatMap((r) => (r.idHash ? [r.idHash] : []));
  try {
    // Checked and written in one transaction, the existing members locked: what was checked is what is written.
    return await ctx.db.transaction(async (tx): Promise<ImportResult> => {
      // One after another: a transaction is one connection, which runs one query at a time anyway.
      const orgs = await findOrgsByCodes(tx, ctx.actor.scope, codes);
      const existing = await findMembersByIdHashes(tx, ctx.actor.scope, hashes);
      const taken = await findTakenIdHashes(tx, hashes);
      const plan = planImport(read.rows, {
        defaultOrg,
        orgsByCode: new Map(orgs.map((o) => [o.code, o])),
        existingByHash: new Map(existing.map((m) => [m.member.idNumberHash, m])),
        takenHashes: taken,
      });
      onProgress("check", read.rows.length, read.rows.length);
      const errors = mergeErrors(read.rowErrors, plan.errors);
      if (errors.length > 0) return failed(read.rows.length, errors);

      const total = plan.creates.length + plan.updates.length;
      const written = await writeImportPlan(tx, ctx, plan, read.columns, (done) => onProgress("write", done, total));
      await recordAudit(tx, ctx, {
        action: "member.import",
        entityType: "member",
        orgId: defaultOrg?.id ?? ctx.actor.org.id,
        after: { fileName: input.fileName ?? null, rows: read.rows.length, created: written.created, updated: written.updated, changed: written.changed },
      });
      return { ok: true, rows: read.rows.length, created: written.created, updated: written.updated, errors: [] };
    });
  } catch (error) {
    // A member created by someone else between the check and the INSERT: refused whole, like any error.
    if (isUniqueViolation(error, ID_NUMBER_UNIQUE_INDEX)) throw createImportConflictError();
    throw error;
  }
}

/** The form's organization: in scope (else 404, as if missing) and one that members belong to. */
async function requireMemberOrg(ctx: Ctx, orgId: string): Promise<ImportTarget> {
  const org = await requireOrgInScope(ctx.db, ctx.actor.scope, orgId);
  if (!canHoldMembers(org.kind as OrgKind)) throw createMemberOrgKindError(org.kind as OrgKind);
  return org;
}

interface ReadResult {
  rows: ImportRow[];
  columns: ReadonlySet<MemberColumnKey>;
  rowErrors: ImportError[];
  fileErrors: ImportError[];
}

async function readRows(ctx: Ctx, input: ImportInput, hasDefaultOrg: boolean, onProgress: ImportProgress): Promise<ReadResult> {
  const result: ReadResult = { rows: [], columns: new Set(), rowErrors: [], fileErrors: [] };
  const today = chinaToday(ctx.clock());
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      onProgress("read", Math.min(bytes, input.size), input.size);
      done(null, chunk);
    },
  });
  // pipeline, unlike pipe, hands a failing source's error on instead of leaving it unhandled.
  const counted = pipeline(input.source, counter, () => {});
  let isDate1904 = false;
  let hasHeader = false;
  try {
    for await (const item of readRosterSheet(counted)) {
      if (item.type === "header") {
        hasHeader = true;
        result.columns = item.columns;
        isDate1904 = item.isDate1904;
        result.fileErrors.push(...missingColumns(item.columns, hasDefaultOrg));
        continue;
      }
      if (result.fileErrors.length > 0) break;
      if (result.rows.length >= MEMBER_IMPORT_MAX_ROWS) {
        result.fileErrors.push({ row: item.row, column: "", code: "members.import_too_many_rows", message: `文件超过 ${MEMBER_IMPORT_MAX_ROWS} 行上限，请分批导入` });
        break;
      }
      const parsed = parseMemberRow(item.row, item.cells, { today, hasDefaultOrg, isDate1904 });
      result.rows.push({ ...parsed, idHash: parsed.idNumber ? idNumberLookupHash(ctx, parsed.idNumber) : null });
      // One past the limit is kept, so the merge knows that errors were cut.
      if (result.rowErrors.length <= MEMBER_IMPORT_MAX_ERRORS) result.rowErrors.push(...parsed.errors);
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    ctx.log.warn({ err: error }, "member import: unreadable workbook");
    if (input.reopen) return readRows(ctx, { ...input, source: input.reopen(), reopen: undefined }, hasDefaultOrg, onProgress);
    throw createImportUnreadableError();
  } finally {
    input.source.destroy();
  }
  if (!hasHeader) {
    result.fileErrors.push({ row: 1, column: "", code: "members.import_header_missing", message: "未找到党员名册表头（第一行应为“姓名”“身份证号”等列名），请使用导入模板" });
  } else if (result.fileErrors.length === 0 && result.rows.length === 0) {
    result.fileErrors.push({ row: 2, column: "", code: "members.import_no_rows", message: "文件中没有党员数据" });
  }
  return result;
}

function missingColumns(columns: ReadonlySet<MemberColumnKey>, hasDefaultOrg: boolean): ImportError[] {
  return MEMBER_COLUMNS.filter((c) => c.isRequired && !columns.has(c.key) && !(c.key === "orgCode" && hasDefaultOrg)).map((c) => ({
    row: 1,
    column: c.header,
    code: "members.import_header_missing",
    message: c.key === "orgCode" ? "缺少“所在组织编码”列：请填写该列，或在导入时选择所属组织" : `缺少必填列“${c.header}”`,
  }));
}

const COLUMN_ORDER = new Map(MEMBER_COLUMNS.map((c, i) => [c.header, i]));
const columnIndex = (header: string) => COLUMN_ORDER.get(header) ?? -1;

/**
 * Errors by row, then by column as the sheet orders them. Each list holds the first errors of its
 * phase in row order, so the first MAX of the merge are the file's first MAX; one entry says the rest was cut.
 */
function mergeErrors(...lists: ImportError[][]): ImportError[] {
  const all = lists.flatMap((list) => list.slice(0, MEMBER_IMPORT_MAX_ERRORS + 1));
  all.sort((a, b) => a.row - b.row || columnIndex(a.column) - columnIndex(b.column));
  if (all.length <= MEMBER_IMPORT_MAX_ERRORS) return all;
  const shown = all.slice(0, MEMBER_IMPORT_MAX_ERRORS);
  shown.push({ row: shown.at(-1)!.row, column: "", code: "members.import_errors_truncated", message: `错误过多，仅列出前 ${MEMBER_IMPORT_MAX_ERRORS} 条，请修正后重新导入` });
  return shown;
}

const failed = (rows: number, errors: ImportError[]): ImportResult => ({ ok: false, rows, created: 0, updated: 0, errors });
