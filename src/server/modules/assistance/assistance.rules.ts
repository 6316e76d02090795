import { CARE_RECIPIENT_KIND_LABELS, type CareRecipientKind, VISIT_KIND_LABELS, type VisitKind } from "../../../shared/care";
import type { RuleIssue } from "../members/members.rules";
import { refuse } from "./assistance-rule-catalogue";

/**
 * The pure rules of help and visits (AID-01…12): no database, `today` injected. The services resolve
 * the facts (the member found in scope, the campaign, the person's dates) and pass them in.
 */

/** Kinds that are a member of the roster themself (the visit and the target name the member). */
export const MEMBER_KINDS = ["struggling_member", "senior_member", "long_ill_member"] as const satisfies readonly CareRecipientKind[];
export const isMemberKind = (kind: string): boolean => (MEMBER_KINDS as readonly string[]).includes(kind);
/** Recorded people who are not themselves members: they are visited and targeted by their record. */
export const PERSON_KINDS = ["deceased_member_family", "masses"] as const satisfies readonly CareRecipientKind[];

/** The largest single amount kept (1 亿元): anything above is a typing slip, not a visit. */
export const MAX_AMOUNT_FEN = 10_000_000_000;

export interface RecipientFacts {
  kind: CareRecipientKind;
  memberId?: string | null;
  /** The member memberId names, as found in the caller's scope (null: not found; undefined: none named). */
  member?: { standing: string } | null;
  personName?: string | null;
  relation?: string | null;
  orgId?: string | null;
  consentOn?: string | null;
  consentNote?: string | null;
  startedOn: string;
}

/** AID-01/02/04: what a recorded person must say for their kind. */
export function checkRecipient(r: RecipientFacts, today: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const label = CARE_RECIPIENT_KIND_LABELS[r.kind];
  if (isMemberKind(r.kind)) {
    if (!r.memberId) issues.push(refuse("memberId", "AID-01", `登记${label}须选择在册党员`));
    else if (!r.member || r.member.standing !== "active") issues.push(refuse("memberId", "AID-01", `${label}须为本组织范围内的在册党员（正常状态）`));
  } else {
    if (!r.personName?.trim()) issues.push(refuse("personName", "AID-01", `请填写${label}的姓名`));
    if (r.kind === "deceased_member_family") {
      if (!r.relation?.trim()) issues.push(refuse("relation", "AID-01", "请写明与去世党员的关系（如：配偶，已故党员某某）"));
      if (r.memberId && (!r.member || r.member.standing !== "deceased")) issues.push(refuse("memberId", "AID-01", "关联的党员须为本组织范围内已去世的党员"));
      if (!r.memberId && !r.orgId) issues.push(refuse("orgId", "AID-01", "未关联在册的去世党员时，请选择负责帮扶的党组织"));
    }
    if (r.kind === "masses") {
      if (r.memberId) issues.push(refuse("memberId", "AID-01", "困难群众不是党员，不关联党员档案"));
      if (!r.orgId) issues.push(refuse("orgId", "AID-01", "请选择负责帮扶困难群众的党组织"));
      issues.push(...checkConsent(r.consentOn, r.consentNote, r.startedOn, today));
    }
  }
  if (r.startedOn > today) issues.push(refuse("startedOn", "AID-04", `开始帮扶日期 ${r.startedOn} 晚于当日（${today}）`));
  return issues;
}

/** AID-02: masses are recorded only with their consent, given on or before the day recording began. */
export function checkConsent(consentOn: string | null | undefined, consentNote: string | null | undefined, startedOn: string, today: string): RuleIssue[] {
  if (!consentOn) return [refuse("consentOn", "AID-02", "困难群众须经本人同意方可登记，请填写同意登记日期")];
  const issues: RuleIssue[] = [];
  if (consentOn > today) issues.push(refuse("consentOn", "AID-02", `同意登记日期 ${consentOn} 晚于当日（${today}）`));
  if (consentOn > startedOn) issues.push(refuse("consentOn", "AID-02", `同意登记日期 ${consentOn} 晚于开始帮扶日期 ${startedOn}：须先取得本人同意再登记`));
  if (!consentNote?.trim()) issues.push(refuse("consentNote", "AID-02", "请写明本人同意的方式（如：本人签字的书面同意书）"));
  return issues;
}

/** AID-04: an ended record is history; only a live one changes. */
export function checkRecipientOpen(endedOn: string | null): RuleIssue[] {
  return endedOn ? [refuse("endedOn", "AID-04", `该帮扶已于 ${endedOn} 结束，不能再修改`)] : [];
}

/** AID-04: the end of help: not before it began, not in the future, once. */
export function checkRecipientEnd(r: { startedOn: string; endedOn: string | null }, endedOn: string, today: string): RuleIssue[] {
  if (r.endedOn) return checkRecipientOpen(r.endedOn);
  const issues: RuleIssue[] = [];
  if (endedOn < r.startedOn) issues.push(refuse("endedOn", "AID-04", `结束帮扶日期 ${endedOn} 早于开始帮扶日期 ${r.startedOn}`));
  if (endedOn > today) issues.push(refuse("endedOn", "AID-04", `结束帮扶日期 ${endedOn} 晚于当日（${today}）`));
  return issues;
}

/** AID-05: a visit names exactly one person. */
export function checkVisitSubject(memberId: string | null | undefined, recipientId: string | null | undefined): RuleIssue[] {
  if (!memberId && !recipientId) return [refuse("memberId", "AID-05", "请选择走访对象")];
  if (memberId && recipientId) return [refuse("recipientId", "AID-05", "每条走访记录只对应一名走访对象")];
  return [];
}

export interface VisitFacts {
  visitedOn: string;
  visitors: readonly string[];
  kind: VisitKind;
  amountFen?: number | null;
}

/** The person's period of help: a member of the roster has none (null); a recorded person theirs. */
export interface CarePeriod {
  startedOn: string | null;
  endedOn: string | null;
}

/** AID-06/07/08 on a visit; AID-11 when it is recorded under a campaign. */
export function checkVisit(v: VisitFacts, period: CarePeriod, today: string, campaign?: { startsOn: string; dueOn: string; title: string } | null): RuleIssue[] {
  const issues: RuleIssue[] = [...checkAmount(v.kind, v.amountFen), ...checkVisitors(v.visitors)];
  if (v.visitedOn > today) issues.push(refuse("visitedOn", "AID-06", `走访日期 ${v.visitedOn} 晚于当日（${today}）`));
  if (period.startedOn && v.visitedOn < period.startedOn) issues.push(refuse("visitedOn", "AID-06", `走访日期 ${v.visitedOn} 早于开始帮扶日期 ${period.startedOn}`));
  if (period.endedOn && v.visitedOn > period.endedOn) issues.push(refuse("visitedOn", "AID-06", `走访日期 ${v.visitedOn} 晚于帮扶结束日期 ${period.endedOn}`));
  if (campaign && (v.visitedOn < campaign.startsOn || v.visitedOn > campaign.dueOn)) {
    issues.push(refuse("campaignId", "AID-11", `走访日期 ${v.visitedOn} 不在计划“${campaign.title}”的期间（${campaign.startsOn} 至 ${campaign.dueOn}）之内，请不按计划登记`));
  }
  return issues;
}

/** AID-07: money is a positive whole number of fen; goods may carry their value; other kinds none. */
export function checkAmount(kind: VisitKind, amountFen: number | null | undefined): RuleIssue[] {
  const label = VISIT_KIND_LABELS[kind];
  const given = amountFen !== null && amountFen !== undefined;
  if (kind === "money" && !given) return [refuse("amountFen", "AID-07", "慰问金须填写金额")];
  if (!given) return [];
  if (kind !== "money" && kind !== "goods") return [refuse("amountFen", "AID-07", `“${label}”不填写金额`)];
  if (!Number.isInteger(amountFen)) return [refuse("amountFen", "AID-07", `${label}金额须精确到分（整数分），不能为 ${amountFen} 分`)];
  if (amountFen <= 0) return [refuse("amountFen", "AID-07", `${label}金额须大于零`)];
  if (amountFen > MAX_AMOUNT_FEN) return [refuse("amountFen", "AID-07", `${label}金额超过单笔上限（1亿元），请核对`)];
  return [];
}

/** AID-08: at least one visitor, each named once. */
export function checkVisitors(visitors: readonly string[]): RuleIssue[] {
  const names = visitors.map((v) => v.trim()).filter(Boolean);
  if (names.length === 0) return [refuse("visitors", "AID-08", "请填写至少一名走访人")];
  if (new Set(names).size !== names.length) return [refuse("visitors", "AID-08", "走访人姓名重复")];
  return [];
}

/** AID-09: a campaign runs within its year, starting no later than it is due. */
export function checkCampaign(c: { year: number; startsOn: string; dueOn: string }): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const first = `${c.year}-01-01`;
  const last = `${c.year}-12-31`;
  if (c.startsOn < first || c.startsOn > last) issues.push(refuse("startsOn", "AID-09", `开始日期 ${c.startsOn} 不在计划年度（${c.year} 年）之内`));
  if (c.dueOn < first || c.dueOn > last) issues.push(refuse("dueOn", "AID-09", `完成时限 ${c.dueOn} 不在计划年度（${c.year} 年）之内`));
  if (c.dueOn < c.startsOn) issues.push(refuse("dueOn", "AID-09", `完成时限 ${c.dueOn} 早于开始日期 ${c.startsOn}`));
  return issues;
}

/** AID-10: a target's own due day lies in the campaign's period. */
export function checkTargetDue(dueOn: string, campaign: { startsOn: string; dueOn: string }): RuleIssue[] {
  if (dueOn < campaign.startsOn || dueOn > campaign.dueOn) {
    return [refuse("dueOn", "AID-10", `走访对象的完成时限 ${dueOn} 不在计划期间（${campaign.startsOn} 至 ${campaign.dueOn}）之内`)];
  }
  return [];
}

/**
 * AID-12, the pure mirror of the coverage SQL: a target counts as visited when the person has any
 * live visit dated in the campaign's window, whether or not it was recorded under the campaign (a
 * visit on the way to something else still reached the person). Recording under the campaign only
 * decides which visits' money the campaign's totals add up.
 */
export const isVisitedInWindow = (visitDays: readonly string[], window: { startsOn: string; dueOn: string }): boolean =>
  visitDays.some((day) => day >= window.startsOn && day <= window.dueOn);

/** A target is overdue when it is not visited and its own due day has passed. */
export const isTargetOverdue = (visitedOn: string | null, dueOn: string, today: string): boolean => !visitedOn && today > dueOn;

/** The share visited, 0 for no targets; rounded to 4 places so the JSON carries no float noise. */
export const coverageShare = (targets: number, visited: number): number => (targets === 0 ? 0 : Math.round((visited / targets) * 10_000) / 10_000);
