import type { RuleIssue } from "../members/members.rules";

/**
 * The rules of secretary projects (书记项目). rules.md has no section on them: the founding brief §二
 * ("书记抓、抓书记": 书记指导、书记参与、书记负责; 科学指导，狠抓落实) is the source, and these ids are this
 * module's reading of how a committee runs them (立项 → 推进 → 督查 → 述职评议). Where a figure is ours
 * (windows, weights, thresholds), it is configuration (config.secretaryProjects, README).
 */
const BRIEF = "《论如何抓好基层党建工作》二、强化指导（书记抓、抓书记）";

export const PROJECT_RULES = {
  "PROJ-01": { title: "每个党组织每年确定一个书记项目", article: BRIEF, source: "issue 7; essay.txt §二" },
  "PROJ-02": { title: "书记项目由本组织书记（本组织工作人员）提出和推进，只能为本组织申报当年或下一年度的项目", article: BRIEF, source: "issue 7" },
  "PROJ-03": { title: "立项、变更、督查、点评和评价由上级党委负责，申报组织不能自行审批（职责分离）", article: BRIEF, source: "issue 7: 抓书记" },
  "PROJ-04": { title: "项目须有可衡量的目标：每个指标须写明名称、基数、目标值和计量单位，目标值不同于基数", article: BRIEF, source: "issue 7" },
  "PROJ-05": { title: "项目须有节点安排：每个节点须有完成时限和责任人，时限在项目年度之内", article: BRIEF, source: "issue 7" },
  "PROJ-06": { title: "项目状态按 草稿→待审核→已立项→已述职→已评价→结果已公布 依次推进，每项工作在其所处状态办理", article: BRIEF, source: "issue 7: guarded transitions" },
  "PROJ-07": { title: "已立项项目的内容变更须说明理由并经上级党委重新审批，同一时间只能有一项待审变更", article: BRIEF, source: "issue 7" },
  "PROJ-08": { title: "进展报告只能针对已立项项目，报告日期在项目年度之内且不晚于当日，指标数值对应本项目的指标", article: BRIEF, source: "issue 7" },
  "PROJ-09": { title: "超过完成时限仍未完成的节点为逾期节点，同时提示书记和上级党委", article: BRIEF, source: "issue 7" },
  "PROJ-10": { title: "上级党委按季度督查，季度最后一个月起可对该季度作出评定（按计划推进、存在风险、进度滞后）", article: BRIEF, source: "issue 7; config" },
  "PROJ-11": { title: "年终述职自项目年度规定月份起提交", article: BRIEF, source: "issue 7; config" },
  "PROJ-12": { title: "评价标准的各项权重为整数且合计为100，每项得分在0至100之间；已有评价结果的年度不再修改评价标准", article: BRIEF, source: "issue 7; config" },
  "PROJ-13": { title: "党员或代表测评每人一票，测评开放期间投票，投票内容保密", article: BRIEF, source: "issue 7" },
  "PROJ-14": { title: "评价完成后方可公布结果；结果公布后在本组织范围内可见", article: BRIEF, source: "issue 7" },
} as const;

export type ProjectRuleId = keyof typeof PROJECT_RULES;

/** "（…，PROJ-04）": appended to every refusal. */
export const projectCitation = (rule: ProjectRuleId) => `（${PROJECT_RULES[rule].article}，${rule}）`;

/** One refusal: its code IS the rule id, its message names the field and cites the source. */
export const refuse = (field: string, rule: ProjectRuleId, message: string): RuleIssue => ({
  field,
  code: rule,
  rule,
  message: `${message}${projectCitation(rule)}`,
});
