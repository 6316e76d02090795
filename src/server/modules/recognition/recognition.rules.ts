import { HONOUR_LABELS, type Honour, PERSON_HONOURS } from "../../../shared/care";
import type { Publicity } from "../../../shared/contracts/recognition.contract";
import { addDays } from "../../../shared/dates";
import { MEMBER_STANDING_LABELS, type MemberStanding, type OrgKind } from "../../../shared/domain";
import type { RuleIssue } from "../members/members.rules";
import { refuse } from "./recognition-rule-catalogue";

/** The content rules of recognition (HON-03…05, HON-07…11, HON-13/14). Pure: today is given. */

export const isPersonHonour = (honour: Honour) => PERSON_HONOURS.includes(honour);
const yearOf = (day: string) => Number(day.slice(0, 4));

/** HON-05: a nomination is for this year or the last (a round early in the year looks back). */
export function checkNominationYear(year: number, today: string): RuleIssue[] {
  const thisYear = yearOf(today);
  if (year === thisYear || year === thisYear - 1) return [];
  return [refuse("year", "HON-05", `推荐年度须为 ${thisYear - 1} 或 ${thisYear} 年度`)];
}

/** HON-03 (and the shape of HON-01): who the honour names, given its kind. */
export function checkNomineeKind(honour: Honour, nominee: { memberId?: string | null; nomineeOrgId?: string | null }): RuleIssue[] {
  if (isPersonHonour(honour)) {
    if (!nominee.memberId) return [refuse("memberId", "HON-01", `“${HONOUR_LABELS[honour]}”须选择被推荐的党员`)];
    if (nominee.nomineeOrgId) return [refuse("nomineeOrgId", "HON-01", `“${HONOUR_LABELS[honour]}”推荐的是党员，不能同时选择党组织`)];
    return [];
  }
  if (!nominee.nomineeOrgId) return [refuse("nomineeOrgId", "HON-01", `“${HONOUR_LABELS[honour]}”须选择被推荐的党组织`)];
  if (nominee.memberId) return [refuse("memberId", "HON-01", `“${HONOUR_LABELS[honour]}”推荐的是党组织，不能同时选择党员`)];
  return [];
}

export interface NomineeMemberFacts {
  name: string;
  standing: string;
  /** full | probationary */
  status: string;
}

/**
 * HON-03: a person's honour goes to a full member in good standing. Probationary members are not
 * nominated: they are still on probation and have no vote and no right to elect or be elected (党章
 * §7, rules.md §1.5), and the democratic evaluation the recognition builds on grades no probationary
 * member (EVAL-07). This is the module's decision, configurable only by changing the rule.
 */
export function checkNomineeMember(member: NomineeMemberFacts, field = "memberId"): RuleIssue[] {
  if (member.standing !== "active") {
    const standing = MEMBER_STANDING_LABELS[member.standing as MemberStanding] ?? member.standing;
    return [refuse(field, "HON-03", `${member.name}的组织关系为“${standing}”，不能作为推荐对象`)];
  }
  if (member.status !== "full") return [refuse(field, "HON-03", `${member.name}是预备党员，预备党员不作为先进个人推荐对象`)];
  return [];
}

export interface NomineeOrgFacts {
  name: string;
  kind: OrgKind;
  isDissolved: boolean;
}

/** HON-03: 先进基层党组织 is a committee, general branch or branch (a party group is not a 基层党组织), not dissolved. */
export function checkNomineeOrg(org: NomineeOrgFacts, field = "nomineeOrgId"): RuleIssue[] {
  if (org.isDissolved) return [refuse(field, "HON-03", `${org.name}已撤销，不能作为推荐对象`)];
  if (org.kind === "group") return [refuse(field, "HON-03", `${org.name}是党小组，不是基层党组织，不能推荐为先进基层党组织`)];
  return [];
}

/** HON-04: one standing nomination per nominee, honour and year, and none for an honour already held. */
export function checkUnique(honour: Honour, year: number, nomineeName: string, facts: { hasStandingNomination: boolean; holdsHonour: boolean }): RuleIssue[] {
  const field = isPersonHonour(honour) ? "memberId" : "nomineeOrgId";
  const what = `${year} 年度“${HONOUR_LABELS[honour]}”`;
  if (facts.holdsHonour) return [refuse(field, "HON-04", `${nomineeName}已获得${what}，不再推荐`)];
  if (facts.hasStandingNomination) return [refuse(field, "HON-04", `${nomineeName}已有${what}的推荐，同一对象同一年度同一荣誉只能推荐一次`)];
  return [];
}

// ─── Publicity (公示) ──────────────────────────────────────────────────────────────────────────────

/** The most days ahead a committee may announce publicity to begin. */
export const PUBLICITY_START_MAX_DAYS_AHEAD = 30;

/** HON-07: publicity begins today or on a later announced day (never back-dated), within a month. */
export function checkPublicityStart(startsOn: string, today: string): RuleIssue[] {
  if (startsOn < today) return [refuse("publicityStartsOn", "HON-07", `公示开始日期不能早于今天（${today}）`)];
  const latest = addDays(today, PUBLICITY_START_MAX_DAYS_AHEAD);
  if (startsOn > latest) return [refuse("publicityStartsOn", "HON-07", `公示开始日期不能晚于 ${latest}（${PUBLICITY_START_MAX_DAYS_AHEAD} 日内）`)];
  return [];
}

/**
 * HON-07: `days` calendar days counted with the first day (5 days from 6月10日 end on 6月14日). Calendar
 * days, not working days: the configured figure is what the committee announces; a committee that
 * wants five working days over a weekend sets 7.
 */
export const publicityEndsOn = (startsOn: string, days: number) => addDays(startsOn, Math.max(days, 1) - 1);

/** Where publicity stands on `today`: days left counts today; a decision is possible from the day after the end (HON-10). */
export function publicityOf(startsOn: string, endsOn: string, today: string): Publicity {
  const decidableFrom = addDays(endsOn, 1);
  if (today < startsOn) return { startsOn, endsOn, phase: "upcoming", daysLeft: dayDiff(startsOn, endsOn) + 1, decidableFrom };
  if (today <= endsOn) return { startsOn, endsOn, phase: "open", daysLeft: dayDiff(today, endsOn) + 1, decidableFrom };
  return { startsOn, endsOn, phase: "ended", daysLeft: 0, decidableFrom };
}

const dayDiff = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** HON-08: an objection is one received during publicity, not in the future. */
export function checkObjectionReceived(receivedOn: string, window: { startsOn: string; endsOn: string }, today: string): RuleIssue[] {
  if (receivedOn > today) return [refuse("receivedOn", "HON-08", `收到日期不能晚于今天（${today}）`)];
  if (receivedOn < window.startsOn || receivedOn > window.endsOn) {
    return [refuse("receivedOn", "HON-08", `只登记公示期间（${window.startsOn} 至 ${window.endsOn}）收到的反映`)];
  }
  return [];
}

/** HON-09: a finding is made once. */
export function checkFindingOpen(objection: { finding: string | null }): RuleIssue[] {
  return objection.finding ? [refuse("finding", "HON-09", "该反映已有核实结论，不能再次核实")] : [];
}

export interface DecisionFacts {
  decision: "awarded" | "not_awarded";
  note?: string | null;
  endsOn: string;
  objections: readonly { finding: string | null }[];
}

/**
 * HON-10: after publicity has ended and every objection has its finding; not awarding says why.
 * HON-11: an objection found true forbids the award.
 */
export function checkDecision(facts: DecisionFacts, today: string): RuleIssue[] {
  if (today <= facts.endsOn) return [refuse("decision", "HON-10", `公示期至 ${facts.endsOn} 结束，${addDays(facts.endsOn, 1)} 起方可作出表彰决定`)];
  const open = facts.objections.filter((o) => !o.finding).length;
  if (open > 0) return [refuse("decision", "HON-10", `还有 ${open} 条公示期间的反映未核实，核实后方可作出表彰决定`)];
  if (facts.decision === "awarded" && facts.objections.some((o) => o.finding === "upheld")) {
    return [refuse("decision", "HON-11", "公示期间有反映经核实属实，不予表彰")];
  }
  if (facts.decision === "not_awarded" && !facts.note?.trim()) return [refuse("note", "HON-10", "决定不予表彰须写明理由")];
  return [];
}

// ─── Honours ──────────────────────────────────────────────────────────────────────────────────────

/** HON-13 (with HON-05 for the year): an honour conferred elsewhere, for the right kind of subject. */
export function checkHonourRecord(input: { honour: Honour; year: number; memberId?: string | null; orgId?: string | null; conferredOn: string }, today: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const label = HONOUR_LABELS[input.honour];
  if (isPersonHonour(input.honour) && !input.memberId) issues.push(refuse("memberId", "HON-13", `“${label}”须选择获得荣誉的党员`));
  if (!isPersonHonour(input.honour) && !input.orgId) issues.push(refuse("orgId", "HON-13", `“${label}”须选择获得荣誉的党组织`));
  if (!isPersonHonour(input.honour) && input.memberId) issues.push(refuse("memberId", "HON-13", `“${label}”授予党组织，不能选择党员`));
  if (input.conferredOn > today) issues.push(refuse("conferredOn", "HON-13", `授予日期不能晚于今天（${today}）`));
  if (input.year > yearOf(today)) issues.push(refuse("year", "HON-05", `荣誉年度不能晚于 ${yearOf(today)} 年`));
  else if (input.year > yearOf(input.conferredOn)) issues.push(refuse("year", "HON-13", "荣誉年度不能晚于授予日期所在年度"));
  return issues;
}

/** HON-14: revoked once, never deleted. */
export function checkRevocable(honour: { revokedAt: Date | string | null }): RuleIssue[] {
  return honour.revokedAt ? [refuse("reason", "HON-14", "该荣誉已撤销")] : [];
}
