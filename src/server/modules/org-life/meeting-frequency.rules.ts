import type { OrgKind } from "../../../shared/domain";
import { MEETING_TYPES, type MeetingType, PERIOD_UNITS, type PeriodUnit } from "../../../shared/org-life";
import type { OrgLifeConfig } from "../../config";

/**
 * What each kind of organization owes of organizational life (rules.md §2.3, 三会一课 and the rest):
 * one rule per (kinds, meeting type), each named by its id and citing its article. Pure; the
 * compliance matrix and the plan prefill both read the requirements from here.
 */

/** Every kind of 党支部 (条例 ch.2). */
export const BRANCH_KINDS: readonly OrgKind[] = ["branch", "joint_branch", "temporary_branch"];
/** Committees (基层党委) and general branches (党总支): bodies whose committee leads branches. */
export const LEADING_KINDS: readonly OrgKind[] = ["committee", "general_branch"];

export type FrequencyRuleId = "FREQ-01" | "FREQ-02" | "FREQ-03" | "FREQ-04" | "FREQ-05" | "FREQ-06" | "FREQ-07" | "FREQ-08" | "FREQ-09";

export interface FrequencyRule {
  rule: FrequencyRuleId;
  kinds: readonly OrgKind[];
  type: MeetingType;
  unit: PeriodUnit;
  /** Meetings owed per period. */
  count: (config: OrgLifeConfig) => number;
  /** ORG-05: owed only by a branch with a branch committee, i.e. `committeeMinFullMembers` full members or more. */
  needsBranchCommittee?: boolean;
  /** The value is configuration, not a verified national rule (rules.md: UNVERIFIED). */
  isConfigured?: boolean;
  /** The article, in Chinese, as the UI and messages cite it. */
  article: string;
}

const 条例 = "《中国共产党支部工作条例（试行）》";

/**
 * rules.md §2.3. `study_session` (other study meetings) owes nothing. 民主评议 (once a year, §3.1) is
 * an evaluation campaign, not a meeting type here.
 */
export const FREQUENCY_RULES: readonly FrequencyRule[] = [
  {
    rule: "FREQ-01",
    kinds: BRANCH_KINDS,
    type: "general_meeting",
    unit: "quarter",
    count: () => 1,
    article: `${条例}第十一条：支部党员大会一般每季度召开 1 次`,
  },
  {
    rule: "FREQ-02",
    kinds: BRANCH_KINDS,
    type: "committee_meeting",
    unit: "month",
    count: () => 1,
    needsBranchCommittee: true,
    article: `${条例}第十二条：支部委员会会议一般每月召开 1 次（设支部委员会的党支部，正式党员 7 人以上，ORG-05）`,
  },
  {
    rule: "FREQ-03",
    kinds: ["group"],
    type: "group_meeting",
    unit: "month",
    count: () => 1,
    article: `${条例}第十三条：党小组会一般每月召开 1 次`,
  },
  {
    rule: "FREQ-04",
    kinds: BRANCH_KINDS,
    type: "party_lecture",
    unit: "quarter",
    count: (config) => config.partyLecturesPerQuarter,
    isConfigured: true,
    article: `${条例}第十六条要求上党课，未规定次数；按通行做法每季度 {n} 次（配置项，未经核实）`,
  },
  {
    rule: "FREQ-05",
    kinds: BRANCH_KINDS,
    type: "theme_day",
    unit: "month",
    count: () => 1,
    article: `${条例}第十六条：每月相对固定 1 天开展主题党日`,
  },
  {
    rule: "FREQ-06",
    kinds: BRANCH_KINDS,
    type: "life_meeting",
    unit: "year",
    count: () => 1,
    article: `${条例}第十七条：组织生活会一般每年召开 1 次（多在第四季度）`,
  },
  {
    rule: "FREQ-07",
    kinds: BRANCH_KINDS,
    type: "one_on_one_talk",
    unit: "year",
    count: () => 1,
    article: `${条例}第十八条：谈心谈话每年至少开展 1 次`,
  },
  {
    rule: "FREQ-08",
    kinds: LEADING_KINDS,
    type: "committee_meeting",
    unit: "month",
    count: () => 1,
    article: "党委（党总支）委员会会议一般每月召开 1 次（参照支部工作条例第十二条，rules.md §2.3）",
  },
  {
    rule: "FREQ-09",
    kinds: LEADING_KINDS,
    type: "party_lecture",
    unit: "year",
    count: () => 1,
    article: `党委（党总支）书记每年至少讲 1 次党课（${条例}第十六条及通行做法）`,
  },
];

export interface Requirement {
  rule: FrequencyRuleId;
  type: MeetingType;
  unit: PeriodUnit;
  count: number;
  isConfigured: boolean;
  article: string;
}

const toRequirement = (r: FrequencyRule, config: OrgLifeConfig): Requirement => {
  const count = r.count(config);
  return { rule: r.rule, type: r.type, unit: r.unit, count, isConfigured: r.isConfigured === true, article: r.article.replace("{n}", String(count)) };
};

/** ORG-05 (条例 ch.6): a branch with this many full members has a branch committee. */
export const hasBranchCommittee = (fullMembers: number, config: Pick<OrgLifeConfig, "committeeMinFullMembers">) =>
  fullMembers >= config.committeeMinFullMembers;

/**
 * What an organization of `kind` with `fullMembers` full members (itself and its party groups) owes
 * per period. Rules with a count of 0 (e.g. lectures configured off) owe nothing and are left out.
 */
export function requirementsOf(kind: OrgKind, fullMembers: number, config: OrgLifeConfig): Requirement[] {
  return FREQUENCY_RULES.filter((r) => r.kinds.includes(kind) && (!r.needsBranchCommittee || hasBranchCommittee(fullMembers, config)))
    .map((r) => toRequirement(r, config))
    .filter((r) => r.count > 0);
}

/** Every rule as the UI lists it, with the kinds it binds. */
export const describeFrequencyRules = (config: OrgLifeConfig) =>
  FREQUENCY_RULES.map((r) => ({ ...toRequirement(r, config), kinds: [...r.kinds], needsBranchCommittee: r.needsBranchCommittee === true }));

/** Kinds that owe anything at all: the rest (none today) never show in the matrix. */
export const OWING_KINDS: readonly OrgKind[] = [...new Set(FREQUENCY_RULES.flatMap((r) => r.kinds))];

/** The meeting types some rule requires, in MEETING_TYPES order (study_session is never owed). */
export const OWED_TYPES: readonly MeetingType[] = MEETING_TYPES.filter((type) => FREQUENCY_RULES.some((r) => r.type === type));

/**
 * The period units each type is owed by, in month, quarter, year order: 党课 is quarterly for a
 * branch and yearly for a committee, so its matrix columns hold both.
 */
export function unitsOfType(type: MeetingType): PeriodUnit[] {
  return PERIOD_UNITS.filter((unit) => FREQUENCY_RULES.some((r) => r.type === type && r.unit === unit));
}
