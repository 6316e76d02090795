import type { RuleIssue } from "../members/members.rules";

/**
 * The rules of recognition (创先争优: 优秀共产党员, 优秀党务工作者, 先进基层党组织). rules.md has no section
 * on it: the founding brief §五 ("健全党员立足岗位创先争优长效机制") and issue 8 ("nominations by branches,
 * review by the committee, publicity period with objections recorded, decision and publication") are
 * the source, and these ids are this module's reading of how a committee runs a round (推荐 → 审核 →
 * 公示 → 决定 → 发布). Where a figure is ours (the days of publicity), it is configuration.
 */
const BRIEF = "《论如何抓好基层党建工作》五、健全党员立足岗位创先争优长效机制";

export const RECOGNITION_RULES = {
  "HON-01": { title: "推荐由党组织（本组织工作人员）提出：先进个人推荐本组织及下级组织的党员，先进基层党组织推荐本组织或下级党组织", article: BRIEF, source: "issue 8" },
  "HON-02": { title: "推荐由最近的上级党委审核、公示和决定（没有上级党委时由系统管理员），推荐组织不能审核本组织的推荐（职责分离）", article: BRIEF, source: "issue 8; acting-bodies.rules.ts" },
  "HON-03": {
    title: "先进个人须为组织关系正常的在册正式党员，预备党员不作为推荐对象；先进基层党组织须为党委、党总支或党支部（党小组不是基层党组织），且未撤销",
    article: `${BRIEF}；预备党员没有表决权、选举权和被选举权（《中国共产党章程》第七条），民主评议中不评定等次`,
    source: "rules.md §1.5; EVAL-07",
  },
  "HON-04": { title: "同一对象同一年度同一荣誉只能有一项有效推荐，已获得该荣誉的不再推荐", article: BRIEF, source: "issue 8" },
  "HON-05": { title: "推荐年度为当年或上一年度；登记的荣誉年度不晚于当年", article: BRIEF, source: "issue 8" },
  "HON-06": {
    title: "推荐按 待审核→公示中→决定表彰（或不予表彰）→已发布 依次办理，未通过审核或撤回即告结束；每项工作由负责的一方在其所处状态办理",
    article: BRIEF,
    source: "issue 8: guarded transitions",
  },
  "HON-07": { title: "确定公示对象后公示，公示期按配置的自然日数计算（含开始当日），开始日期不早于当日", article: BRIEF, source: "issue 8; config care.publicityDays" },
  "HON-08": { title: "公示期间收到的反映由上级党委登记，收到日期须在公示期内且不晚于当日，登记在作出决定前进行", article: BRIEF, source: "issue 8" },
  "HON-09": { title: "每条反映须核实并写明核实情况，核实结论（属实或不属实）只作一次", article: BRIEF, source: "issue 8" },
  "HON-10": { title: "公示期满后（结束日次日起）、所有反映均已核实，方可作出表彰决定；决定不予表彰须写明理由", article: BRIEF, source: "issue 8" },
  "HON-11": { title: "公示期间反映属实的，不予表彰", article: BRIEF, source: "issue 8" },
  "HON-12": { title: "决定表彰后发布，发布即记入党员或党组织的荣誉记录", article: BRIEF, source: "issue 8" },
  "HON-13": { title: "其他机关授予的荣誉由党委登记：写明授予机关和授予日期（不晚于当日），对象在管理范围内", article: BRIEF, source: "issue 8" },
  "HON-14": { title: "荣誉只能撤销并写明理由，不能删除；已撤销的荣誉不再撤销", article: BRIEF, source: "issue 8" },
} as const;

export type RecognitionRuleId = keyof typeof RECOGNITION_RULES;

/** "（…，HON-04）": appended to every refusal. */
export const recognitionCitation = (rule: RecognitionRuleId) => `（${RECOGNITION_RULES[rule].article}，${rule}）`;

/** One refusal: its code IS the rule id, its message names the field and cites the source. */
export const refuse = (field: string, rule: RecognitionRuleId, message: string): RuleIssue => ({
  field,
  code: rule,
  rule,
  message: `${message}${recognitionCitation(rule)}`,
});
