import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { RuleIssue } from "../members/members.rules";

export const createHandlingNotFoundError = () => createNotFoundError(ERROR_CODES.handlingNotFound, "处置记录");

export const createHandlingReadForbidden = () => createForbiddenError("当前角色无权查看不合格党员组织处置");

/** A refusal of handling.rules.ts: 422, error.code = the first rule id (HANDLE-…), one detail per issue. */
export function createHandlingRuleError(issues: RuleIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createHandlingRuleError needs at least one issue");
  return new AppError(
    first.code,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );
}

/** HANDLE-08: the caller reaches the case, but this step is another body's to record. 403. */
export const createHandlingWrongBodyError = (issue: RuleIssue) =>
  new AppError(ERROR_CODES.handlingWrongBody, 403, issue.message, [{ field: issue.field, rule: issue.rule, message: issue.message }]);
