import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createFieldError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { MeetingIssue } from "./meeting-record.rules";

export const createMeetingNotFoundError = () => createNotFoundError(ERROR_CODES.meetingNotFound, "会议记录");

export const createMeetingReadForbidden = () => createForbiddenError("当前角色无权查看会议记录");
export const createMeetingRecordForbidden = () => createForbiddenError("只有党组织工作人员可以记录会议");
export const createMeetingSignOffForbidden = () => createForbiddenError("当前角色无权签发会议记录");

/**
 * A refusal of the meeting rules (meeting-*.rules.ts): 422, error.code = the first rule id (MTG-…),
 * one detail per issue naming the field and the rule; the message cites the article.
 */
export function createMeetingRuleError(issues: readonly MeetingIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createMeetingRuleError needs at least one issue");
  return new AppError(
    first.rule,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );
}

export const createAttendeeInvalidError = (field: string) =>
  createFieldError(ERROR_CODES.meetingAttendeeInvalid, 422, field, "该党员不是本次会议的应到会人员");

export const createParticipantInvalidError = (field: string) =>
  createFieldError(ERROR_CODES.meetingParticipantInvalid, 422, field, "参加人须为本组织在册的党员");

export const createPlanItemInvalidError = () =>
  createFieldError(ERROR_CODES.meetingPlanItemInvalid, 422, "planItemId", "计划事项不存在，或不是本组织同类会议的待召开计划");
