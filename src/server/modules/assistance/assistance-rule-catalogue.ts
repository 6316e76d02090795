import type { RuleIssue } from "../members/members.rules";

/**
 * The rules of help and visits (帮扶、走访慰问). rules.md has no section on caring: the founding brief
 * (essay.txt §一 关心党员合理诉求, §三 关心职工群众实际困难、帮扶老党员和困难党员) and issue 8 are the
 * source; PIPL §13/§29 for the masses' consent. The ids are this module's reading of how a branch
 * keeps its record of help and visits.
 */
const BRIEF = "《论如何抓好基层党建工作》一、三（关心帮扶老党员、困难党员和困难群众）";
const PIPL = "《个人信息保护法》第十三条、第二十九条";

export const AID_RULES = {
  "AID-01": { title: "帮扶对象按类别登记：党员类须为本组织范围内的在册党员；去世党员家属须写明与去世党员的关系；困难群众不关联党员", article: BRIEF, source: "issue 8" },
  "AID-02": { title: "困难群众须经本人同意方可登记，写明同意日期（不晚于开始帮扶日期）和同意方式", article: PIPL, source: "issue 8: with consent recorded" },
  "AID-03": { title: "同一党员的同一类帮扶只登记一次，结束后方可重新登记", article: BRIEF, source: "issue 8" },
  "AID-04": { title: "开始帮扶日期不晚于当日；结束日期不早于开始日期、不晚于当日，并写明原因；已结束的不再修改", article: BRIEF, source: "issue 8" },
  "AID-05": { title: "每条走访记录对应一名走访对象：一名在册党员或一名登记的帮扶对象，均在本组织范围内", article: BRIEF, source: "issue 8" },
  "AID-06": { title: "走访日期不晚于当日，不早于开始帮扶日期，不晚于帮扶结束日期", article: BRIEF, source: "issue 8" },
  "AID-07": { title: "慰问金须填写大于零的整数金额（单位：分）；慰问品可填写物品价值；其他走访方式不填写金额", article: BRIEF, source: "issue 8: money amounts exact" },
  "AID-08": { title: "走访记录须写明至少一名走访人", article: BRIEF, source: "issue 8" },
  "AID-09": { title: "走访慰问计划的开始日期不晚于完成时限，均在计划年度之内", article: BRIEF, source: "issue 8" },
  "AID-10": { title: "走访对象在同一计划中只列一次，须在计划组织及操作人的范围内，完成时限在计划期间之内", article: BRIEF, source: "issue 8" },
  "AID-11": { title: "按计划开展的走访，走访日期在计划期间之内，走访对象在计划组织范围内", article: BRIEF, source: "issue 8" },
  "AID-12": { title: "覆盖率：计划期间内对该对象有走访记录（不论是否按本计划登记）即为已走访", article: BRIEF, source: "issue 8: coverage (share visited)" },
} as const;

export type AidRuleId = keyof typeof AID_RULES;

/** "（…，AID-07）": appended to every refusal. */
export const aidCitation = (rule: AidRuleId) => `（${AID_RULES[rule].article}，${rule}）`;

/** One refusal: its code IS the rule id, its message names the field and cites the source. */
export const refuse = (field: string, rule: AidRuleId, message: string): RuleIssue => ({
  field,
  code: rule,
  rule,
  message: `${message}${aidCitation(rule)}`,
});
