import type { ImportError } from "../../../shared/contracts/members.contract";
import { ORG_KIND_LABELS, type OrgKind } from "../../../shared/domain";
import { ERROR_CODES } from "../../../shared/error-codes";
import { createIdNumberTakenError } from "./members.errors";
import { canHoldMembers } from "./members.rules";
import type { ExistingMemberRow } from "./members-import.repository";
import type { MemberValues, ParsedRow } from "./members-import.rows";
import { headerOf } from "./members-excel.columns";

/**
 * The file-wide checks, once every row is read and the database has been asked about the codes and
 * ID numbers the file holds: duplicates within the file, the target organizations, and members who
 * already exist (inside the scope: updated; outside: refused). Pure, so each rule is testable alone.
 */
export interface ImportTarget {
  id: string;
  code: string;
  name: string;
  kind: string;
}

export interface ImportRow extends ParsedRow {
  /** The keyed hash of a valid ID number, the key of every lookup. */
  idHash: string | null;
}

export interface ImportLookups {
  defaultOrg: ImportTarget | null;
  /** Organizations in the caller's scope, by code. */
  orgsByCode: ReadonlyMap<string, ImportTarget>;
  /** Members in the caller's scope, by ID-number hash. */
  existingByHash: ReadonlyMap<string, ExistingMemberRow>;
  /** Hashes held by any member, in scope or not. */
  takenHashes: ReadonlySet<string>;
}

export interface ImportPlan {
  errors: ImportError[];
  creates: { row: number; orgId: string; values: MemberValues }[];
  updates: { row: number; existing: ExistingMemberRow; values: MemberValues }[];
}

// The member form's own wording, so a refusal reads the same wherever it comes from.
const ID_NUMBER_TAKEN = createIdNumberTakenError().message;
/** Mobility and lost contact change through events (member-events), which keep their history. */
const EVENT_ONLY_FIELDS = [
  ["isMobile", "流动党员状态须通过“流动党员登记 / 返回”事件变更，不能通过导入修改"],
  ["isLostContact", "失联状态须通过“失去联系 / 恢复联系”事件变更，不能通过导入修改"],
] as const;

const err = (row: number, key: Parameters<typeof headerOf>[0], code: string, message: string): ImportError => ({ row, column: headerOf(key), code, message });

export function planImport(rows: readonly ImportRow[], lookups: ImportLookups): ImportPlan {
  const plan: ImportPlan = { errors: [], creates: [], updates: [] };
  const firstRowOfId = new Map<string, number>();
  for (const row of rows) {
    const errors: ImportError[] = [];
    const target = resolveTarget(row, lookups, errors);
    let existing: ExistingMemberRow | undefined;
    if (row.idNumber && row.idHash) {
      const first = firstRowOfId.get(row.idNumber);
      if (first !== undefined) {
        errors.push(err(row.row, "idNumber", "members.import_duplicate_in_file", `身份证号与第 ${first} 行重复，同一文件中每名党员只能出现一次`));
      } else {
        firstRowOfId.set(row.idNumber, row.row);
        existing = lookups.existingByHash.get(row.idHash);
        if (!existing && lookups.takenHashes.has(row.idHash)) {
          // Outside the scope: says only that the number is registered, never where or whose.
          errors.push(err(row.row, "idNumber", ERROR_CODES.memberIdNumberTaken, ID_NUMBER_TAKEN));
        } else if (existing && target && existing.member.orgId !== target.id) {
          errors.push(
            err(row.row, "orgCode", "members.import_org_change", `该党员已登记在“${existing.orgName}”，变更所在组织须办理组织关系转接，不能通过导入修改`),
          );
        }
        for (const [field, message] of existing && row.values ? EVENT_ONLY_FIELDS : []) {
          const value = row.values![field];
          if (value !== undefined && value !== existing!.member[field]) errors.push(err(row.row, field, "members.import_event_only", message));
        }
      }
    }
    plan.errors.push(...errors);
    if (row.errors.length > 0 || errors.length > 0 || !row.values || !target) continue;
    if (existing) plan.updates.push({ row: row.row, existing, values: row.values });
    else plan.creates.push({ row: row.row, orgId: target.id, values: row.values });
  }
  return plan;
}

/** The row's own code, else the form's organization; unknown and out of scope read the same. */
function resolveTarget(row: ImportRow, lookups: ImportLookups, errors: ImportError[]): ImportTarget | null {
  if (!row.orgCode) return lookups.defaultOrg;
  const org = lookups.orgsByCode.get(row.orgCode);
  if (!org) {
    errors.push(err(row.row, "orgCode", "members.import_org_not_found", `组织编码“${row.orgCode}”不存在或无权访问`));
    return null;
  }
  if (!canHoldMembers(org.kind as OrgKind)) {
    const message = `“${org.name}”是${ORG_KIND_LABELS[org.kind as OrgKind]}：党员只能编入党支部、联合党支部、临时党支部或党小组（党员教育管理工作条例第二十五条）`;
    errors.push(err(row.row, "orgCode", ERROR_CODES.memberOrgKindInvalid, message));
    return null;
  }
  return org;
}
