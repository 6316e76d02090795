import { addMonths, fromDayNumber, toDayNumber } from "../../../shared/dates";
import type { DevelopmentStage } from "../../../shared/development-steps";
import type { OrgKind } from "../../../shared/domain";

/**
 * The annual development plan (发展党员计划, rules.md §8: 控制总量、有领导有计划) and its forecast:
 * who among the open cases can still reach a stage by the end of the plan's year. Pure; the SQL
 * counts of development-plans.repository use the date bounds computed here, so a count and this
 * predicate can never disagree.
 */

/** A plan belongs to a committee or a general branch, which hands quotas to the organizations below it. */
export const PLAN_ORG_KINDS: readonly OrgKind[] = ["committee", "general_branch"];
export const canHavePlan = (kind: OrgKind) => PLAN_ORG_KINDS.includes(kind);

/** DEV-07 (2014 细则 §13): at least one year as activist, counted from the day of step 3, before listing as candidate. */
export const ACTIVIST_MIN_MONTHS = 12;

/**
 * ASSUMPTION, not a rule: from listing as development candidate to the general meeting that admits
 * (the moment a probationary member's probation starts, DEV-21) the remaining steps — filing with
 * the committee (§13), two introducers (§14), the political review (§16), centralized training
 * (§17), the branch committee's review and the committee's pre-review (§19), the admission form
 * (§20) and the general meeting (§22) — rarely take under three months. An activist whose year of
 * cultivation ends later than this before the year's end is not forecast to be admitted that year.
 */
export const CANDIDATE_TO_ADMISSION_MONTHS = 3;

export const yearStartOf = (year: number) => `${year}-01-01`;
export const yearEndOf = (year: number) => `${year}-12-31`;

export interface ForecastCase {
  stage: DevelopmentStage;
  activistOn: string | null;
  probationEndsOn: string | null;
}

/** DEV-07: the earliest day an activist can be listed as development candidate. */
export const earliestCandidateOn = (activistOn: string) => addMonths(activistOn, ACTIVIST_MIN_MONTHS);

/** The earliest day an activist can be admitted as probationary member, under the assumption above. */
export const earliestAdmissionOn = (activistOn: string) => addMonths(earliestCandidateOn(activistOn), CANDIDATE_TO_ADMISSION_MONTHS);

/** An open activist whose year of cultivation (DEV-07) is complete by `yearEnd`. */
export const canBecomeCandidateBy = (c: ForecastCase, yearEnd: string): boolean =>
  c.stage === "activist" && c.activistOn !== null && earliestCandidateOn(c.activistOn) <= yearEnd;

/**
 * Whether an open case can become a probationary member by `yearEnd`: a development candidate yes;
 * an activist if the year of cultivation (DEV-07) leaves CANDIDATE_TO_ADMISSION_MONTHS before
 * `yearEnd`; an applicant no (a whole year as activist lies ahead).
 */
export function canReachProbationBy(c: ForecastCase, yearEnd: string): boolean {
  switch (c.stage) {
    case "candidate":
      return true;
    case "activist":
      return c.activistOn !== null && earliestAdmissionOn(c.activistOn) <= yearEnd;
    default:
      return false;
  }
}

/** A probationary member whose probation (DEV-21) ends by `yearEnd` can be converted that year (DEV-23). */
export const canConvertBy = (c: ForecastCase, yearEnd: string): boolean =>
  c.stage === "probationary" && c.probationEndsOn !== null && c.probationEndsOn <= yearEnd;

/**
 * The latest start day whose `end(start)` is still on or before `deadline`, for a non-decreasing
 * `end` no earlier than its start and less than ~3 years later. Searched day by day in halves,
 * because calendar months clamp at month ends and have no exact inverse (31 Jan + 1 month = 28 Feb).
 */
export function latestStartBy(end: (start: string) => string, deadline: string): string {
  let low = toDayNumber(deadline) - 1200; // end(low) <= deadline
  let high = toDayNumber(deadline) + 1; // end(high) > deadline
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (end(fromDayNumber(mid)) <= deadline) low = mid;
    else high = mid;
  }
  return fromDayNumber(low);
}

/**
 * The forecast as date bounds on the activist date, for SQL: `activist_on <= bound` exactly when
 * canBecomeCandidateBy / canReachProbationBy say yes for an activist.
 */
export const forecastBounds = (yearEnd: string) => ({
  candidateActivistOnBy: latestStartBy(earliestCandidateOn, yearEnd),
  probationActivistOnBy: latestStartBy(earliestAdmissionOn, yearEnd),
});

/** A past year has nothing left to forecast: what happens from today on cannot count for it. */
export const isForecastOpen = (year: number, today: string) => yearEndOf(year) >= today;

// ---------------------------------------------------------------------------------------------
// Quotas

export interface QuotaOrg {
  id: string;
  path: string;
  name: string;
  kind: OrgKind;
  isDissolved: boolean;
}

/** rules.md §8 (2014 细则 §3: 控制总量、有计划地发展) has no rule id of its own; this names it in refusals. */
export const PLAN_RULE = "DEV-PLAN";

export interface PlanIssue {
  field: string;
  rule: string;
  message: string;
}

/**
 * Each quota goes to a live organization strictly below the plan's own (and in the caller's scope:
 * `orgs` holds only those found there), not to a party group (it develops no one itself), each once,
 * and never to an organization inside another quota organization (the inner one is refused), so the
 * quotas add up to a total with no one counted twice.
 */
export function checkQuotaOrgs(planOrg: { id: string; path: string }, quotaOrgIds: readonly string[], orgs: ReadonlyMap<string, QuotaOrg>): PlanIssue[] {
  const isBelowPlan = (org: QuotaOrg | undefined): org is QuotaOrg =>
    org !== undefined && !org.isDissolved && org.id !== planOrg.id && org.path.startsWith(planOrg.path);
  const valid = quotaOrgIds.map((id) => orgs.get(id)).filter(isBelowPlan).filter((org) => org.kind !== "group");
  const issues: PlanIssue[] = [];
  const seen = new Set<string>();
  quotaOrgIds.forEach((id, index) => {
    const org = orgs.get(id);
    const issue = (message: string) => issues.push({ field: `quotas.${index}.orgId`, rule: PLAN_RULE, message });
    const outer = valid.find((o) => org && o.id !== org.id && org.path.startsWith(o.path));
    if (!isBelowPlan(org)) issue("名额只能分配给本组织下属的现有组织");
    else if (org.kind === "group") issue("党小组不单列发展名额，请分配给其所在党支部");
    else if (seen.has(id)) issue("同一组织只能分配一个名额");
    else if (outer) issue(`该组织已包含在${outer.name}的名额中，不能重复分配`);
    seen.add(id);
  });
  return issues;
}
