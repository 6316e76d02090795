import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { RuleIssue } from "../members/members.rules";

/** Out of scope looks exactly like missing (404). */
export const createNominationNotFoundError = () => createNotFoundError(ERROR_CODES.nominationNotFound, "表彰推荐");
export const createObjectionNotFoundError = () => createNotFoundError(ERROR_CODES.objectionNotFound, "公示期间反映");
export const createHonourNotFoundError = () => createNotFoundError(ERROR_CODES.honourNotFound, "荣誉");

export const createRecognitionReadForbidden = () => createForbiddenError("当前角色无权查看创先争优");
export const createNominateForbidden = () => createForbiddenError("只有党组织工作人员可以推荐表彰对象");
export const createReviewForbidden = () => createForbiddenError("只有党委工作人员可以审核表彰推荐、登记和撤销荣誉");

/**
 * A refusal of the rules (recognition*.rules.ts): 422, error.code = the first rule id, one detail per
 * issue naming the field and the rule.
 */
export function createRecognitionRuleError(issues: readonly RuleIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createRecognitionRuleError needs at least one issue");
  return new AppError(
    first.code,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );
}

export const throwIfIssues = (issues: readonly RuleIssue[]) => {
  if (issues.length > 0) throw createRecognitionRuleError(issues);
};
