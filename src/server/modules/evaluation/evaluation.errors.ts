import { ORG_KIND_LABELS, type OrgKind } from "../../../shared/domain";
import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createFieldError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { EvaluationIssue } from "./evaluation-rule-catalogue";

/** Out of scope looks exactly like missing (404). */
export const createCampaignNotFoundError = () => createNotFoundError(ERROR_CODES.evaluationNotFound, "民主评议");
export const createEntryNotFoundError = () => createNotFoundError(ERROR_CODES.evaluationNotFound, "评议记录");

export const createEvaluationReadForbidden = () => createForbiddenError("当前角色无权查看民主评议");
export const createEvaluationManageForbidden = () => createForbiddenError("只有本党支部的工作人员可以组织民主评议");
export const createRecountForbidden = () => createForbiddenError("只有党支部和上级党委的工作人员可以复核测评结果");
export const createNotParticipantError = () =>
  new AppError(ERROR_CODES.evaluationNotParticipant, 403, "您不是本次民主评议的参加人，不能填写自评或投票");

/**
 * A refusal of the rules (evaluation-*.rules.ts): 422, error.code = the first rule id, one detail per
 * issue naming the field and the rule.
 */
export function createEvaluationRuleError(issues: readonly EvaluationIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createEvaluationRuleError needs at least one issue");
  return new AppError(
    first.code,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );
}

export const createCampaignExistsError = (year: number) =>
  createFieldError(ERROR_CODES.evaluationCampaignExists, 409, "year", `该党支部 ${year} 年度的民主评议已经建立，每个党支部每年开展一次（rules.md §3.1）`);

export const createCampaignOrgKindError = (kind: OrgKind) =>
  createFieldError(ERROR_CODES.evaluationOrgKindInvalid, 422, "orgId", `民主评议党员由党支部组织开展，不能由${ORG_KIND_LABELS[kind]}建立（《中国共产党支部工作条例（试行）》第十九条）`);

export const createNoParticipantsError = () =>
  createFieldError(ERROR_CODES.evaluationNoParticipants, 422, "orgId", "该党支部及其党小组没有在册党员，无法开展民主评议");

export const createYearInvalidError = (year: number) =>
  createFieldError(ERROR_CODES.evaluationYearInvalid, 422, "year", `评议年度不能晚于今年（${year} 年）`);

export const createMeetingInvalidError = () =>
  createFieldError(ERROR_CODES.evaluationMeetingInvalid, 422, "meetingId", "所选会议须为本党支部的支部党员大会");

export const createEntryInvalidError = (field: string) =>
  createFieldError(ERROR_CODES.evaluationEntryInvalid, 422, field, "所选党员不在本次民主评议名单中");
