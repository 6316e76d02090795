import type { Bucket } from "../../../shared/contracts/stats.contract";
import {
  EDUCATIONS,
  EDUCATION_LABELS,
  ETHNICITIES,
  GENDERS,
  GENDER_LABELS,
  MEMBER_STATUS_LABELS,
  OCCUPATIONS,
  OCCUPATION_LABELS,
  ORG_DOMAINS,
  ORG_DOMAIN_LABELS,
  type Education,
  type MemberStatus,
} from "../../../shared/domain";
import { AGE_BAND_BOUNDS, AGE_BAND_LABELS, PARTY_AGE_BANDS } from "../../../shared/member-bands";
import { YOUNG_MAX_AGE, type SeniorRule } from "../members/members.rules";

/**
 * The categories of the roster's structure statistics (rules.md §6.1): for each dimension the keys
 * the SQL produces, in the order the bulletin lists them, and their Chinese labels. Pure.
 * The band bounds themselves come from shared/member-bands.ts, so the roster list and the statistics
 * can never band a member differently.
 */

/** A value left empty. */
export const UNKNOWN = "unknown";
/** A value stored but outside the code list (e.g. a Chinese label from an old import). */
export const UNRECOGNIZED = "unrecognized";
export const PROBATIONARY = "probationary";
export const HAN = "汉族";
/** Every nationality but 汉族 and the catch-all 其他 (undetermined or naturalized), which is not a minority. */
export const MINORITIES = ETHNICITIES.filter((e) => e !== HAN && e !== "其他");

/**
 * 知识分子 for the focus groups of development (essay §五): education 大专及以上, the bulletin's own
 * measure of educated members (rules.md §6.1 [S48]) — postgraduate, bachelor and college diploma.
 */
export const COLLEGE_OR_ABOVE: readonly Education[] = ["postgraduate", "bachelor", "college"];

export const AGE_BANDS = (Object.entries(AGE_BAND_BOUNDS) as [keyof typeof AGE_BAND_BOUNDS, readonly [number, number]][]).map(
  ([key, [min, max]]) => ({ key, label: AGE_BAND_LABELS[key], min, max }),
);
export { PARTY_AGE_BANDS, YOUNG_MAX_AGE };

type Category = readonly (readonly [key: string, label: string])[];
const labelled = <K extends string>(keys: readonly K[], labels: Record<K, string>): Category => keys.map((k) => [k, labels[k]] as const);

/**
 * Each dimension: the categories always shown (zero or not), and the catch-alls shown only when a
 * member falls in them, so a chart does not carry an empty bar for data the forms refuse.
 */
export const DIMENSIONS = {
  status: { always: labelled(["full", "probationary"] satisfies MemberStatus[], MEMBER_STATUS_LABELS), whenAny: [] },
  gender: { always: labelled(GENDERS, GENDER_LABELS), whenAny: [] },
  ethnicGroup: { always: [["han", HAN], ["minority", "少数民族"]], whenAny: [["other", "其他（未识别民族等）"]] },
  ageBand: { always: AGE_BANDS.map((b) => [b.key, b.label] as const), whenAny: [] },
  partyAgeBand: {
    always: [...PARTY_AGE_BANDS.map((b) => [b.key, b.label] as const), [PROBATIONARY, "预备党员"]],
    whenAny: [[UNKNOWN, "转正日期未填写"]],
  },
  education: { always: [...labelled(EDUCATIONS, EDUCATION_LABELS), [UNKNOWN, "未填写"]], whenAny: [[UNRECOGNIZED, "无法识别"]] },
  occupation: { always: [...labelled(OCCUPATIONS, OCCUPATION_LABELS), [UNKNOWN, "未填写"]], whenAny: [[UNRECOGNIZED, "无法识别"]] },
  domain: { always: [...labelled(ORG_DOMAINS, ORG_DOMAIN_LABELS), [UNKNOWN, "未分类"]], whenAny: [] },
} satisfies Record<string, { always: Category; whenAny: Category }>;
export type Dimension = keyof typeof DIMENSIONS;

/** A share of the total, from exact counts; 0 for an empty roster rather than NaN. */
export const shareOf = (count: number, total: number): number => (total === 0 ? 0 : count / total);

export const bucket = (key: string, label: string, count: number, total: number): Bucket => ({ key, label, count, share: shareOf(count, total) });

/** The buckets of one dimension from the counts SQL returned per key. */
export function bucketsOf(dimension: Dimension, counts: ReadonlyMap<string, number>, total: number): Bucket[] {
  const { always, whenAny } = DIMENSIONS[dimension];
  return [
    ...always.map(([key, label]) => bucket(key, label, counts.get(key) ?? 0, total)),
    ...whenAny.filter(([key]) => (counts.get(key) ?? 0) > 0).map(([key, label]) => bucket(key, label, counts.get(key)!, total)),
  ];
}

/** 汉族, 少数民族 and the rest (其他, or anything outside GB 3304) from the counts per ethnicity. */
export function ethnicGroupsOf(byEthnicity: ReadonlyMap<string, number>, total: number): Map<string, number> {
  const han = byEthnicity.get(HAN) ?? 0;
  const minority = MINORITIES.reduce((sum, name) => sum + (byEthnicity.get(name) ?? 0), 0);
  return new Map([["han", han], ["minority", minority], ["other", total - han - minority]]);
}

/** The minority nationalities present, largest first (ties by the GB 3304 order). */
export function minorityBuckets(counts: ReadonlyMap<string, number>, total: number): Bucket[] {
  return MINORITIES.filter((name) => (counts.get(name) ?? 0) > 0)
    .map((name) => bucket(name, name, counts.get(name)!, total))
    .sort((a, b) => b.count - a.count);
}

export const FOCUS_GROUP_LABELS = {
  youngWorkers: `青年工人（${YOUNG_MAX_AGE}岁及以下）`,
  farmers: "农民（农牧渔民）",
  intellectuals: "知识分子（大专及以上）",
} as const;

export const flagLabels = (rule: SeniorRule) =>
  ({
    mobile: "流动党员",
    struggling: "困难党员",
    lostContact: "失联党员",
    senior: `老党员（年满${rule.minAge}岁或党龄满${rule.minPartyAge}年）`,
  }) as const;
