import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { RuleIssue } from "../members/members.rules";

/** Out of scope looks exactly like missing (404). */
export const createPostNotFoundError = () => createNotFoundError(ERROR_CODES.modelPostNotFound, "党员示范岗（责任区）");

export const createPostReadForbidden = () => createForbiddenError("当前角色无权查看党员示范岗（责任区）");
export const createPostManageForbidden = () => createForbiddenError("只有党组织工作人员可以设立、修改、撤销示范岗（责任区）和记录履诺情况，党员只能查看");

/**
 * A refusal of the rules (model-posts.rules.ts): 422, error.code = the first rule id, one detail per
 * issue naming the field and the rule.
 */
export function createPostRuleError(issues: readonly RuleIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createPostRuleError needs at least one issue");
  return new AppError(
    first.code,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );
}

export const throwIfIssues = (issues: readonly RuleIssue[]) => {
  if (issues.length > 0) throw createPostRuleError(issues);
};
