import type { RuleIssue } from "../members/members.rules";

/**
 * The rules of members' needs (党员诉求). rules.md has no section on caring: the founding brief §一
 * ("党组织有保护党员合理个人利益的责任") and issue 8 are the source, and these ids are this module's
 * reading of how a branch follows a need to closure. Every figure (working days, days, windows) is
 * configuration (config.care, README), not a national rule.
 */
const BRIEF = "《论如何抓好基层党建工作》一、树立党员有利益需求的理念";

export const NEED_RULES = {
  "NEED-01": { title: "党员本人提出诉求；党组织工作人员可代本人权限范围内的在册党员提出，由党员所在党支部受理", article: BRIEF, source: "issue 8; essay.txt §一" },
  "NEED-02": { title: "党支部自提出之日起在规定的工作日内受理诉求（默认 3 个工作日）", article: BRIEF, source: "issue 8; config.care.needAcknowledgeWorkingDays" },
  "NEED-03": { title: "受理后在规定天数内办结或答复（默认 30 日）；提交上级党委或重新办理时重新计算", article: BRIEF, source: "issue 8; config.care.needResolveDays" },
  "NEED-04": { title: "超出党支部能力的诉求，由党支部说明理由后提交上级党委在同一记录中办理，只能提交一次", article: BRIEF, source: "issue 8" },
  "NEED-05": { title: "诉求按 待受理→办理中→（提交上级党委）→已办结 推进，每项操作由相应一方在其所处状态办理", article: BRIEF, source: "issue 8: guarded transitions" },
  "NEED-06": { title: "仅限书记和上级党委可见的诉求，只有党员本人、所在党支部书记和上级党委工作人员可以查看和办理", article: BRIEF, source: "issue 8; PIPL §28" },
  "NEED-07": { title: "办结后由党员本人在规定天数内评价一次（满意、基本满意、不满意），不满意须说明意见", article: BRIEF, source: "issue 8; config.care.needRateWithinDays" },
  "NEED-08": { title: "评价不满意的诉求，党员可在评价期限内申请重新办理一次", article: BRIEF, source: "issue 8" },
} as const;

export type NeedRuleId = keyof typeof NEED_RULES;

/** "（…，NEED-04）": appended to every refusal. */
export const needCitation = (rule: NeedRuleId) => `（${NEED_RULES[rule].article}，${rule}）`;

/** One refusal: its code IS the rule id, its message names the field and cites the source. */
export const refuse = (field: string, rule: NeedRuleId, message: string): RuleIssue => ({
  field,
  code: rule,
  rule,
  message: `${message}${needCitation(rule)}`,
});
