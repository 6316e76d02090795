import { addYears, wholeYearsBetween } from "../../../shared/dates";
import type { Gender, MemberStatus } from "../../../shared/domain";
import { parseIdNumber } from "../../../shared/id-number";

/**
 * Pure rules of the member roster, with their sources (rules.md). Every refusal names the field,
 * the rule id and, in Chinese, the reason.
 */
export interface RuleIssue {
  field: string;
  code: string;
  rule: string;
  message: string;
}

/**
 * 党龄 counts from the day the member became a full member (end of probation), not from
 * admission: rules.md §1.3 DEV-23c (党章 §7). Null while probationary.
 */
export const partyAge = (fullMemberOn: string | null, today: string): number | null =>
  fullMemberOn ? Math.max(0, wholeYearsBetween(fullMemberOn, today)) : null;

/** 老党员 thresholds: the spec names no national rule, so both are configuration (UNVERIFIED). */
export interface SeniorRule {
  minAge: number;
  minPartyAge: number;
}
export const DEFAULT_SENIOR_RULE: SeniorRule = { minAge: 70, minPartyAge: 50 };

export const isSenior = (age: number, memberPartyAge: number | null, rule: SeniorRule = DEFAULT_SENIOR_RULE): boolean =>
  age >= rule.minAge || (memberPartyAge ?? 0) >= rule.minPartyAge;

/**
 * "At least `years` whole years on `today`" as a date bound: reached by everyone whose start date
 * (birth, full membership) is on or before the returned day. Agrees with wholeYearsBetween, also for
 * 29 February, so a filter in SQL (`birth_date <= bound`) and the age shown in lists never disagree.
 */
export const reachedYearsBy = (years: number, today: string): string => addYears(today, -years);

/** Birth dates of the people whose age on `today` lies in [minAge, maxAge]: after `bornAfter`, on or before `bornOnOrBefore`. */
export const birthDateRangeForAges = (minAge: number, maxAge: number, today: string) => ({
  bornAfter: reachedYearsBy(maxAge + 1, today),
  bornOnOrBefore: reachedYearsBy(minAge, today),
});

/** Young members: under 35 on the day (the report form's "35岁及以下" development column). */
export const YOUNG_MAX_AGE = 35;

/** MEM-01 (党员教育管理工作条例 §25) lives in shared/domain.ts, since the organization lookup uses it too. */
export { canHoldMembers } from "../../../shared/domain";

export interface MemberFacts {
  idNumber: string;
  gender: Gender;
  joinedOn: string;
  fullMemberOn: string | null | undefined;
  status: MemberStatus;
}

/**
 * Checks a member's identity and dates together: the ID number (GB 11643-1999, rules.md §7.1),
 * its gender agreeing with the one entered, birth < joined < full member, at least 18 when
 * admitted (DEV-01), a full member only after a probation of at least one year (DEV-21), and
 * no date in the future.
 */
export function checkMemberFacts(facts: MemberFacts, today: string): RuleIssue[] {
  const parsed = parseIdNumber(facts.idNumber, today);
  if (!parsed.ok) return [{ field: "idNumber", code: "members.id_number_invalid", rule: "GB 11643-1999", message: parsed.message }];
  const issues: RuleIssue[] = [];
  const { birthDate, gender } = parsed.value;
  if (gender !== facts.gender) {
    issues.push({ field: "gender", code: "members.gender_mismatch", rule: "GB 11643-1999", message: `性别与身份证号不符：身份证号第 17 位表示${gender === "male" ? "男" : "女"}性` });
  }
  if (facts.joinedOn > today) issues.push({ field: "joinedOn", code: "members.date_in_future", rule: "DEV-21", message: "入党日期不能晚于今天" });
  if (facts.joinedOn <= birthDate) {
    issues.push({ field: "joinedOn", code: "members.date_order", rule: "DEV-01", message: "入党日期必须晚于出生日期" });
  } else if (wholeYearsBetween(birthDate, facts.joinedOn) < 18) {
    issues.push({ field: "joinedOn", code: "members.under_age", rule: "DEV-01", message: "入党时须年满十八岁（《发展党员工作细则》第五条）" });
  }
  if (facts.status === "full") {
    if (!facts.fullMemberOn) {
      issues.push({ field: "fullMemberOn", code: "members.full_member_on_required", rule: "DEV-23", message: "正式党员须填写转正日期" });
    } else if (facts.fullMemberOn > today) {
      issues.push({ field: "fullMemberOn", code: "members.date_in_future", rule: "DEV-23", message: "转正日期不能晚于今天" });
    } else if (facts.fullMemberOn < addYears(facts.joinedOn, 1)) {
      issues.push({ field: "fullMemberOn", code: "members.probation_too_short", rule: "DEV-21", message: "转正日期不能早于入党日期满一年（预备期为一年，《发展党员工作细则》第三十二条）" });
    }
  } else if (facts.fullMemberOn) {
    issues.push({ field: "fullMemberOn", code: "members.full_member_on_forbidden", rule: "DEV-23", message: "预备党员不应有转正日期" });
  }
  return issues;
}
