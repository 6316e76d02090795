import { ORG_KIND_LABELS, type OrgKind } from "../../../shared/domain";
import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createFieldError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { RuleIssue } from "./members.rules";

export const createMemberNotFoundError = () => createNotFoundError(ERROR_CODES.memberNotFound, "党员");

/** Says nothing of where the number is registered: that record may be outside the caller's scope. */
export const createIdNumberTakenError = (field = "idNumber") =>
  createFieldError(ERROR_CODES.memberIdNumberTaken, 409, field, "该身份证号已登记在党员名册中，每名党员只能有一条记录（如在外单位，请办理组织关系转接）");

/**
 * Refusals of the pure rules (members.rules.ts, member-events.rules.ts): 422, the first issue's
 * code, and one detail per issue naming the field and the rule. `prefix` places bulk rows' fields.
 */
export function createMemberRuleError(issues: RuleIssue[], prefix = ""): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createMemberRuleError needs at least one issue");
  return new AppError(
    first.code,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: `${prefix}${i.field}`, rule: i.rule, message: i.message })),
  );
}

export const createMemberOrgKindError = (kind: OrgKind, field = "orgId") =>
  createFieldError(
    ERROR_CODES.memberOrgKindInvalid,
    422,
    field,
    `党员只能编入党支部、联合党支部、临时党支部或党小组，不能直接编入${ORG_KIND_LABELS[kind]}（党员教育管理工作条例第二十五条）`,
    "MEM-01",
  );

/** Unknown, dissolved, or not a kind that holds members: all look alike. */
export const createTransferTargetInvalidError = () =>
  createFieldError(
    ERROR_CODES.memberTransferTargetInvalid,
    422,
    "toOrgId",
    "转入组织须为本系统中现有的党支部、联合党支部、临时党支部或党小组（党员教育管理工作条例第二十五条）",
    "TR-02",
  );

export const createTransferInBySenderError = () =>
  createFieldError(ERROR_CODES.memberEventNotAllowed, 422, "type", "组织关系转入须由接收党组织登记；原组织可以撤回转出（党员教育管理工作条例第二十五条）", "TR-03");

export const createMemberWriteForbiddenError = () =>
  createForbiddenError("只有系统管理员、党委管理员和支部工作人员可以维护党员信息");

export const createPiiForbiddenError = () =>
  createForbiddenError("当前角色无权查看完整的身份证号和手机号");

/** An attached file id that is unknown, archived, or uploaded to someone else. */
export const createMemberDocumentInvalidError = (field: string) =>
  createFieldError(ERROR_CODES.memberDocumentInvalid, 422, field, "附件不存在，或不是为该党员上传的文件，请重新上传");

export const createMemberDocumentsForbiddenError = () => createForbiddenError("当前角色无权查看党员的材料");
