/**
 * The rules of the democratic evaluation (民主评议党员, rules.md §3.1) with the article each rests on.
 * EVAL-01 is rules.md's own; EVAL-02… are this module's reading of the §3.1 procedure. Refusals cite
 * them as "（…，EVAL-xx）", so the officer sees the rule and where it is written.
 */
export interface EvaluationRuleEntry {
  title: string;
  article: string;
  source: string;
}

const REGULATION = "《中国共产党支部工作条例（试行）》第十九条";

export const EVALUATION_RULES = {
  "EVAL-01": {
    title: "评定为优秀的党员一般不超过参加评定等次党员人数的三分之一",
    article: `${REGULATION}；民主评议党员有关规定`,
    source: "rules.md §3.1 EVAL-01 [S26]",
  },
  "EVAL-02": {
    title: "民主评议按学习教育、个人自评、党员互评、民主测评、评定等次、结果公示、上报上级党委的顺序逐步进行，各项工作在其所处阶段办理",
    article: REGULATION,
    source: "rules.md §3.1 procedure [S26]",
  },
  "EVAL-03": { title: "开展个人自评前须记录学习教育情况", article: REGULATION, source: "rules.md §3.1 purpose and content [S26]" },
  "EVAL-04": { title: "民主测评至少收回一张测评票后方可结束测评、统计结果", article: REGULATION, source: "rules.md §3.1 procedure 2 [S26][S77]" },
  "EVAL-05": {
    title: "每名参加评议的党员只能投一张测评票，测评票总数不得超过参加评议的党员人数",
    article: REGULATION,
    source: "rules.md §3.1 secret ballot [S77]",
  },
  "EVAL-06": {
    title: "每张测评票须对每名参加评定等次的党员各评一个等次，不得评价名单以外的人员或不评定等次的预备党员",
    article: REGULATION,
    source: "rules.md §3.1 grades [S26][S71]",
  },
  "EVAL-07": {
    title: "每名参加评定等次的党员须确定等次；预备党员参加评议但不评定等次",
    article: `${REGULATION}；预备党员参加评议不评定等次的有关规定`,
    source: "rules.md §3.1 grades [S26][S71]",
  },
  "EVAL-08": { title: "评定等次后须向每名党员反馈评议结果", article: REGULATION, source: "rules.md §3.1 procedure 4 [S26]" },
  "EVAL-09": { title: "评议结果须报告上级党组织", article: REGULATION, source: "rules.md §3.1 procedure 4 [S26]" },
  "EVAL-10": {
    title: "评定为不合格的须写明理由，作为组织处置的依据",
    article: `${REGULATION}；《不合格党员组织处置办法》`,
    source: "rules.md §3.1 use of results, §3.2 [S26][S33]",
  },
} as const satisfies Record<string, EvaluationRuleEntry>;

export type EvaluationRuleId = keyof typeof EVALUATION_RULES;

/** "（《…条例》第十九条，EVAL-01）": appended to every refusal. */
export const citation = (rule: EvaluationRuleId) => `（${EVALUATION_RULES[rule].article}，${rule}）`;

export interface EvaluationIssue {
  field: string;
  code: EvaluationRuleId;
  rule: EvaluationRuleId;
  message: string;
}

/** One refusal: its code IS the rule id, its message names the field and cites the article. */
export const issue = (field: string, rule: EvaluationRuleId, message: string): EvaluationIssue => ({
  field,
  code: rule,
  rule,
  message: `${message}${citation(rule)}`,
});
