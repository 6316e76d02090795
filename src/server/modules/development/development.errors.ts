import { ORG_KIND_LABELS, type OrgKind } from "../../../shared/domain";
import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createFieldError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { RuleIssue } from "../members/members.rules";
import { citation } from "./development-rule-catalogue";
import type { RuleSet } from "../../../shared/development-steps";

export const createPersonNotFoundError = () => createNotFoundError(ERROR_CODES.developmentNotFound, "发展党员记录");

export const createDevelopmentReadForbidden = () => createForbiddenError("当前角色无权查看发展党员工作");

/**
 * A refusal of the rules (development-*.rules.ts): 422, error.code = the first rule id (issue 5), one
 * detail per issue naming the field and the rule.
 */
export function createDevelopmentRuleError(issues: RuleIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createDevelopmentRuleError needs at least one issue");
  return new AppError(
    first.code,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );
}

/** SOD-01/02: recorded by the wrong body. 403: the caller reaches the case, but this is not theirs to record. */
export const createWrongBodyError = (rule: "SOD-01" | "SOD-02", message: string, ruleSet: RuleSet) =>
  new AppError(ERROR_CODES.developmentWrongBody, 403, `${message}${citation(rule, ruleSet)}`, [{ field: "code", rule, message }]);

export const createApplicantOrgKindError = (kind: OrgKind) =>
  createFieldError(ERROR_CODES.developmentOrgKindInvalid, 422, "orgId", `入党申请由党支部接收，不能由${ORG_KIND_LABELS[kind]}接收（《中国共产党发展党员工作细则》第五条）`, "DEV-01");

export const createApplicantTakenError = () =>
  createFieldError(ERROR_CODES.developmentIdNumberTaken, 409, "idNumber", "此人已有进行中的发展党员记录（每人同时只能有一条），请在原记录中继续办理");

export const createAlreadyMemberError = () =>
  createFieldError(ERROR_CODES.developmentIdNumberTaken, 409, "idNumber", "此人已在党员名册中，不能登记为入党申请人");

export const createCaseNotOpenError = (statusLabel: string) =>
  createFieldError(ERROR_CODES.developmentCaseNotOpen, 422, "code", `该发展党员记录当前为“${statusLabel}”，不能登记步骤`, "DEV-SEQ");

export const createMemberRefNotFoundError = (field: string) =>
  createFieldError(ERROR_CODES.memberNotFound, 422, field, "所选党员不存在或不在本组织范围内");

export const createDocumentInvalidError = (field: string) =>
  createFieldError(ERROR_CODES.developmentDocumentInvalid, 422, field, "附件不存在，或不属于此发展党员记录");

export const createGroupInvalidError = () =>
  createFieldError(ERROR_CODES.developmentOrgKindInvalid, 422, "groupOrgId", "所选党小组须为本支部下设的党小组");

export const createOutcomeNotAllowedError = (message: string) =>
  createFieldError(ERROR_CODES.developmentCaseNotOpen, 422, "outcome", message, "DEV-SEQ");

export const createDevelopmentWriteForbidden = () => createForbiddenError("只有党支部工作人员和上级党委工作人员可以办理发展党员");
