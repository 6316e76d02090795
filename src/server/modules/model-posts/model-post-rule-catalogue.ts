import type { RuleIssue } from "../members/members.rules";

/**
 * The rules of party-member model posts and responsibility areas (党员示范岗、党员责任区). rules.md has
 * no section on them: the founding brief (§四 the three safeties 生产安全、经济安全、政治安全; §五
 * 党员立足岗位创先争优) and issue 8 are the source, and these ids are this module's reading of how a
 * branch runs them: a named member, a post or area, a public commitment, for a year, with a dated record.
 */
const BRIEF_4 = "《论如何抓好基层党建工作》四、围绕“三大安全”";
const BRIEF_5 = "《论如何抓好基层党建工作》五、党员立足岗位创先争优";

export const POST_RULES = {
  "POST-01": { title: "示范岗（责任区）由党委、党总支或党支部设立，由本组织及下级组织的在册党员担任", article: BRIEF_5, source: "issue 8" },
  "POST-02": { title: "安全责任区须写明所属的安全类别（生产安全、经济安全、政治安全），其他岗位不写安全类别", article: BRIEF_4, source: "issue 8; essay.txt §四" },
  "POST-03": { title: "设岗须有党员的公开承诺", article: BRIEF_5, source: "issue 8" },
  "POST-04": { title: "设岗年度为上一年、本年或下一年", article: BRIEF_5, source: "issue 8" },
  "POST-05": { title: "设岗日期在设岗年度之内，且不晚于已有的履诺记录", article: BRIEF_5, source: "issue 8" },
  "POST-06": { title: "履诺记录须写明内容，日期在岗位的设岗期间之内且不晚于当日", article: BRIEF_5, source: "issue 8: the year's record" },
  "POST-07": { title: "已撤销的岗位不再修改、记录或上传材料", article: BRIEF_5, source: "issue 8" },
  "POST-08": { title: "撤销岗位须写明原因，撤销日期不早于设岗日期和最近的履诺记录、不晚于当日且在设岗年度之内；尚未开始的岗位以当日撤销", article: BRIEF_5, source: "issue 8: ended, never deleted" },
} as const;

export type PostRuleId = keyof typeof POST_RULES;

/** "（…，POST-02）": appended to every refusal. */
export const postCitation = (rule: PostRuleId) => `（${POST_RULES[rule].article}，${rule}）`;

/** One refusal: its code IS the rule id, its message names the field and cites the source. */
export const refuse = (field: string, rule: PostRuleId, message: string): RuleIssue => ({
  field,
  code: rule,
  rule,
  message: `${message}${postCitation(rule)}`,
});
