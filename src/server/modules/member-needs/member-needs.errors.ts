import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { RuleIssue } from "../members/members.rules";

/** Out of scope, or private and not the caller's to see (NEED-06), looks exactly like missing (404). */
export const createNeedNotFoundError = () => createNotFoundError(ERROR_CODES.needNotFound, "党员诉求");

export const createNeedReadForbidden = () => createForbiddenError("当前角色无权查看党员诉求");
export const createNeedFileForbidden = () => createForbiddenError("当前角色无权提出党员诉求");
export const createNeedFileForOthersForbidden = () => createForbiddenError("党员只能为本人提出诉求，代他人提出须由党组织工作人员办理");
export const createNeedHandleForbidden = () => createForbiddenError("只有党组织工作人员可以办理党员诉求");
export const createNeedFiguresForbidden = () => createForbiddenError("只有党组织工作人员可以查看和导出诉求统计");

/**
 * A refusal of the rules (member-needs.rules.ts): 422, error.code = the first rule id, one detail per
 * issue naming the field and the rule.
 */
export function createNeedRuleError(issues: readonly RuleIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createNeedRuleError needs at least one issue");
  return new AppError(
    first.code,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );
}

export const throwIfIssues = (issues: readonly RuleIssue[]) => {
  if (issues.length > 0) throw createNeedRuleError(issues);
};
