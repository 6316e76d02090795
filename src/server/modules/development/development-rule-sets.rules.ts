import type { RuleSet } from "../../../shared/development-steps";
import type { DevelopmentConfig } from "../../config";

/**
 * Which rule set judges a date (rules.md §0). The 2014 细则 is the baseline; an administrator adds a
 * period ("from this day, the 2026 text") once the official text is checked. Pure.
 */

/** In force before any period: the 2014 细则 (中办发〔2014〕33号). */
export const BASELINE_RULE_SET: RuleSet = "2014";

export interface RuleSetPeriodOn {
  ruleSet: RuleSet;
  effectiveFrom: string;
}

/**
 * The rule set in force on `date`: the latest period starting on or before it (a period starts on
 * its own day), else the baseline. The caller passes live periods only; archived ones are retracted.
 */
export function ruleSetOn(periods: readonly RuleSetPeriodOn[], date: string): RuleSet {
  let latest: RuleSetPeriodOn | undefined;
  for (const period of periods) {
    if (period.effectiveFrom <= date && (!latest || period.effectiveFrom > latest.effectiveFrom)) latest = period;
  }
  return latest?.ruleSet ?? BASELINE_RULE_SET;
}

/**
 * The configuration values of the UNVERIFIED rules (rules.md §1.3, §1.4, §1.7), shown on the
 * settings page so an administrator sees what this server enforces: key, rule id, Chinese label.
 */
export const UNVERIFIED_RULE_SETTINGS = [
  { key: "preReviewToMeetingMonths", rule: "DEV-X1", label: "预审通过后召开支部大会讨论接收的期限（月，2026年版，待核）" },
  { key: "publicityWorkingDays", rule: "DEV-X2", label: "列为发展对象前的公示期（工作日，2026年版，待核）" },
  { key: "oathWithinMonths", rule: "DEV-X3", label: "批准接收后举行入党宣誓的期限（月，2026年版，待核）" },
  { key: "secretBallotIn2026", rule: "DEV-15", label: "支部大会讨论接收时采用无记名投票（2026年版，待核）" },
  { key: "politicalReviewValidityMonths", rule: "DEV-10", label: "政治审查结论的有效期（月，待核）" },
  { key: "activistMinMonthsAfterApplication", rule: "DEV-03", label: "递交入党申请书后确定为入党积极分子的最短间隔（月，地方规定，0 为不限）" },
] as const satisfies readonly { key: keyof DevelopmentConfig; rule: string; label: string }[];

export const unverifiedRuleValues = (config: DevelopmentConfig) =>
  UNVERIFIED_RULE_SETTINGS.map(({ key, rule, label }) => ({ key, value: config[key], rule, label }));
