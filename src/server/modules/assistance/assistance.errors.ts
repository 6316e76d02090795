import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { RuleIssue } from "../members/members.rules";

/** Out of scope looks exactly like missing (404). */
export const createRecipientNotFoundError = () => createNotFoundError(ERROR_CODES.careRecipientNotFound, "帮扶对象");
export const createVisitNotFoundError = () => createNotFoundError(ERROR_CODES.careVisitNotFound, "走访慰问记录");
export const createCampaignNotFoundError = () => createNotFoundError(ERROR_CODES.careCampaignNotFound, "走访慰问计划");
export const createTargetNotFoundError = () => createNotFoundError(ERROR_CODES.careTargetNotFound, "走访对象");

export const createCareReadForbidden = () => createForbiddenError("当前角色无权查看帮扶走访记录");
export const createCareRecordForbidden = () => createForbiddenError("当前角色无权登记帮扶对象或走访记录");
export const createCarePlanForbidden = () => createForbiddenError("当前角色无权制定走访慰问计划");
export const createCareExportForbidden = () => createForbiddenError("当前角色无权导出走访慰问情况");

export const createCareExportTooLargeError = (n: number, max: number) =>
  new AppError(ERROR_CODES.careExportTooLarge, 422, `所选范围内有走访对象 ${n} 名，超过单次导出上限 ${max} 名，请选择下级组织分别导出`);

/** A refusal of the rules (assistance.rules.ts): 422, error.code = the first rule id, one detail per issue. */
export function createAidRuleError(issues: readonly RuleIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createAidRuleError needs at least one issue");
  return new AppError(
    first.code,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );
}

export const throwIfIssues = (issues: readonly RuleIssue[]) => {
  if (issues.length > 0) throw createAidRuleError(issues);
};
