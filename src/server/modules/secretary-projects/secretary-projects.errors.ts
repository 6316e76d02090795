import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError, createFieldError, createForbiddenError, createNotFoundError } from "../../http/errors";
import type { RuleIssue } from "../members/members.rules";

/** Out of scope looks exactly like missing (404). */
export const createProjectNotFoundError = () => createNotFoundError(ERROR_CODES.projectNotFound, "书记项目");
export const createProjectReportNotFoundError = () => createNotFoundError(ERROR_CODES.projectReportNotFound, "进展报告");
export const createProjectCommentNotFoundError = () => createNotFoundError(ERROR_CODES.projectCommentNotFound, "点评");
export const createProjectVersionNotFoundError = () => createNotFoundError(ERROR_CODES.projectVersionNotFound, "项目版本");

export const createProjectReadForbidden = () => createForbiddenError("当前角色无权查看书记项目");
export const createProjectExportForbidden = () => createForbiddenError("只有党委工作人员可以导出书记项目");

/**
 * A refusal of the rules (secretary-project-*.rules.ts): 422, error.code = the first rule id, one
 * detail per issue naming the field and the rule.
 */
export function createProjectRuleError(issues: readonly RuleIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new RangeError("createProjectRuleError needs at least one issue");
  return new AppError(
    first.code,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );
}

export const throwIfIssues = (issues: readonly RuleIssue[]) => {
  if (issues.length > 0) throw createProjectRuleError(issues);
};

export const createProjectExistsError = (year: number) =>
  createFieldError(ERROR_CODES.projectExists, 409, "year", `本组织 ${year} 年度已有书记项目，每个党组织每年确定一个书记项目（PROJ-01）`, "PROJ-01");

export const createProjectNoSecretaryError = () =>
  createFieldError(ERROR_CODES.projectNoSecretary, 422, "secretaryMemberId", "本组织尚未登记书记，请先在“组织机构→班子成员”中登记书记，或指定牵头的书记（PROJ-02）", "PROJ-02");
