import type { RuleSet } from "../../../shared/development-steps";

/**
 * Every rule of member development with its article in each rule set and its source (rules.md §1.4,
 * §10). Refusal messages and each step's "rules checked" cite these. 2014 articles marked † come from
 * secondary sources; every 2026 article is UNVERIFIED (rules.md §1.7: read from public code, not the text).
 */
export interface RuleEntry {
  title: string;
  article: Record<RuleSet, string>;
  source: string;
}

const DOC_2014 = "《中国共产党发展党员工作细则》（2014）";
const DOC_2026 = "《中国共产党发展党员工作细则》（2026年修订，条目待核）";
const both = (a2014: string, a2026: string) => ({ "2014": `${DOC_2014}${a2014}`, "2026": `${DOC_2026}${a2026}` });

export const DEVELOPMENT_RULES = {
  "DEV-01": { title: "申请入党须年满十八岁", article: both("第五条", "第六条"), source: "rules.md §1.3 [S1][S2]" },
  "DEV-02": { title: "收到入党申请书后一个月内派人谈话", article: both("第七条", "第七条"), source: "rules.md §1.3 [S5][S19]" },
  "DEV-03": { title: "递交申请书满规定月数后方可确定为入党积极分子（地方做法，默认关闭）", article: both("第八条（地方规定）", "第八条（地方规定）"), source: "rules.md §1.3 step 3 [S9][S17]" },
  "DEV-05": { title: "培养联系人为一至二名正式党员", article: both("第九条", "第九条"), source: "rules.md §1.3 [S9][S3]" },
  "DEV-06": { title: "党支部每半年对入党积极分子考察一次", article: both("第十一条", "第十一条"), source: "rules.md §1.3 [S3][S19]" },
  "DEV-07": { title: "经过一年以上培养教育方可列为发展对象", article: both("第十三条", "第十三条"), source: "rules.md §1.3 [S4]" },
  "DEV-09": { title: "入党介绍人为两名正式党员，且未受留党察看处分、未处于限期改正期间", article: both("第十四条†", "第十四条"), source: "rules.md §1.3 [S10][S11]" },
  "DEV-10": { title: "未经政治审查或政治审查不合格的，不能发展入党", article: both("第十六条", "第十六条"), source: "rules.md §1.3 [S3][S12]" },
  "DEV-11": { title: "集中培训一般不少于三天或不少于二十四个学时", article: both("第十七条", "第十七条"), source: "rules.md §1.3 [S3][S4]" },
  "DEV-13": { title: "支部委员会审查、政治审查、集中培训完成后方可报上级党委预审", article: both("第十九条", "第十八条"), source: "rules.md §1.3 [S8][S14]" },
  "DEV-13b": { title: "三个月内将离开工作、学习单位的，一般不办理接收预备党员的手续", article: both("第十九条", "第十八条"), source: "rules.md §1.3 [S14][S67]" },
  "DEV-14": { title: "预审合格后方可发放、填写入党志愿书", article: both("第十九条", "第十八条"), source: "rules.md §1.3 [S14]" },
  "DEV-15": { title: "支部大会到会有表决权的正式党员超过应到会半数，赞成人数超过应到会有表决权正式党员半数方为通过", article: both("第二十一、二十二条†", "第二十二条"), source: "rules.md §1.3, §1.5 [S13]" },
  "DEV-17": { title: "上级党委在三个月内审批，特殊情况可延长，最长不超过六个月", article: both("第二十五条†", "第二十五条"), source: "rules.md §1.3 [S17][S19]" },
  "DEV-21": { title: "预备期为一年，从支部大会通过之日算起", article: both("第三十二条；党章第七条", "第三十一条；党章第七条"), source: "rules.md §1.3 [S6]" },
  "DEV-23": { title: "预备期满及时讨论转正；延长预备期只能一次，最短半年、最长一年", article: both("第三十二条", "第三十二条"), source: "rules.md §1.3 [S6][S16][S74]" },
  "DEV-24": { title: "上级党委在三个月内审批转正", article: both("第三十四条†", "第三十三条"), source: "rules.md §1.3 [S63][S19]" },
  "DEV-X1": { title: "预审合格后一个月内召开支部大会（2026年修订，待核）", article: both("（地方规定）", "第十八条"), source: "rules.md §1.7 [S17][S19]" },
  "DEV-X2": { title: "列为发展对象前公示不少于五个工作日（2026年修订，待核）", article: both("（地方规定）", "第十三条"), source: "rules.md §1.7 [S17][S19]" },
  "DEV-X3": { title: "批准后一个月内进行入党宣誓（2026年修订，待核）", article: both("（无时限）", "第二十九条"), source: "rules.md §1.7 [S19]" },
  "DEV-X4": { title: "支部大会采取无记名投票方式表决（2026年修订，待核）", article: both("（举手或无记名投票）", "第二十二条"), source: "rules.md §1.7 [S19]" },
  "DEV-SEQ": { title: "按发展党员工作流程的顺序逐步进行，前一步骤完成后方可进行下一步骤", article: both("第二章至第六章（流程图）", "第二章至第六章（流程图）"), source: "rules.md §1.2, §1.3 [S8]" },
  "SOD-01": { title: "党支部的步骤由党支部登记", article: both("第八、十三、十九、二十二条", "第八、十三、十八、二十二条"), source: "issue 5 separation of duties; rules.md §1.3 actors" },
  "SOD-02": { title: "预审、审批前谈话和审批由具有审批权限的基层党委登记", article: both("第十九、二十四、二十五、三十四条†", "第十八、二十五、三十三条"), source: "issue 5 separation of duties; rules.md §1.3 actors" },
} as const satisfies Record<string, RuleEntry>;

export type DevelopmentRuleId = keyof typeof DEVELOPMENT_RULES;

export const articleOf = (rule: DevelopmentRuleId, ruleSet: RuleSet) => DEVELOPMENT_RULES[rule].article[ruleSet];

/** "（《…细则》第七条，DEV-02）": appended to every refusal, so the officer sees the rule and where it is written. */
export const citation = (rule: DevelopmentRuleId, ruleSet: RuleSet) => `（${articleOf(rule, ruleSet)}，${rule}）`;
