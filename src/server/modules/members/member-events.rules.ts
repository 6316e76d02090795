import { addMonths, addYears } from "../../../shared/dates";
import {
  EXIT_KIND_LABELS,
  MEMBER_EVENT_LABELS,
  MEMBER_STANDING_LABELS,
  type ExitKind,
  type MemberEventType,
  type MemberStanding,
  type MemberStatus,
} from "../../../shared/domain";
import { EVENTS_BY_STANDING } from "../../../shared/member-lifecycle";
import type { RuleIssue } from "./members.rules";

/**
 * Pure rules of a member's lifecycle (rules.md §3.3, §5): which event each standing admits, the
 * dates it may carry, and what it changes. Nothing is ever deleted; each change is a dated event.
 * TR-, LC-, EXIT- and DEV- ids are rules.md's; EV-01 (closed records), EV-02 (dates in order) and
 * MOB-01 (mobile registration in pairs) are ours, following its naming.
 */

/** What the rules need to know of the member before the event. */
export interface MemberLifecycle {
  orgId: string;
  standing: MemberStanding;
  status: MemberStatus;
  joinedOn: string;
  isMobile: boolean;
  isLostContact: boolean;
  pendingTransferOrgId: string | null;
  /** The latest date of each event type recorded so far. */
  lastEventOn: Partial<Record<MemberEventType, string>>;
}

export interface EventFacts {
  type: MemberEventType;
  occurredOn: string;
  exitKind?: ExitKind;
  toOrgId?: string;
}

/** Why a standing refuses the events EVENTS_BY_STANDING (shared/member-lifecycle.ts) does not list for it. */
const STANDING_RULES: Record<MemberStanding, { rule: string; why: string }> = {
  active: { rule: "EV-01", why: "" },
  transferring: { rule: "TR-03", why: "组织关系转接办理中，转入前由原组织负责，只能登记转入、撤回转出或去世（党员教育管理工作条例第二十五条）" },
  suspended: { rule: "LC-03", why: "已停止党籍，只能恢复党籍、出党或登记去世（党员教育管理工作条例第二十四条）" },
  transferred_out: { rule: "EV-01", why: "已转出本系统，记录已关闭" },
  exited: { rule: "EXIT-01", why: "已出党，原则上不再恢复党籍；如需重新入党须按发展党员程序办理（党员教育管理工作条例第二十四条）" },
  deceased: { rule: "EV-01", why: "党员已去世，记录已关闭" },
};

/** LC-01: lost contact for 6 months or more before suspension (党员教育管理工作条例 §24). */
export const LOST_CONTACT_MONTHS_BEFORE_SUSPENSION = 6;
/** LC-02: suspended 2 years and still unreachable before removal as lapsed. */
export const SUSPENDED_YEARS_BEFORE_LAPSE = 2;

const issue = (field: string, rule: string, message: string, code = "members.event_not_allowed"): RuleIssue => ({ field, code, rule, message });

/** Every reason the event cannot be recorded for this member now; empty when it can. */
export function checkMemberEvent(member: MemberLifecycle, event: EventFacts, today: string): RuleIssue[] {
  const label = MEMBER_EVENT_LABELS[event.type];
  if (!EVENTS_BY_STANDING[member.standing].includes(event.type)) {
    const { rule, why } = STANDING_RULES[member.standing];
    return [issue("type", rule, `不能登记“${label}”：党员当前为“${MEMBER_STANDING_LABELS[member.standing]}”，${why || "不能登记此事件"}`)];
  }
  const issues = [...checkFlags(member, event), ...checkEventDate(member, event, today)];
  if (event.type === "exit" && event.exitKind) issues.push(...checkExit(member, event.exitKind, event.occurredOn));
  if (event.type === "transfer_out" && event.toOrgId === member.orgId) {
    issues.push(issue("toOrgId", "TR-02", "转入组织不能是党员现在所在的组织"));
  }
  return issues;
}

/** Mobile and lost-contact registrations come in pairs (rules.md §5.3, §5.4). */
function checkFlags(member: MemberLifecycle, event: EventFacts): RuleIssue[] {
  switch (event.type) {
    case "mobile_registered":
      return member.isMobile ? [issue("type", "MOB-01", "已登记为流动党员，返回后才能再次登记")] : [];
    case "mobile_returned":
      return member.isMobile ? [] : [issue("type", "MOB-01", "未登记为流动党员，无需登记返回")];
    case "lost_contact":
      return member.isLostContact ? [issue("type", "LC-01", "已登记为失联党员")] : [];
    case "contact_restored":
      return member.isLostContact ? [] : [issue("type", "LC-01", "未登记为失联党员，无需登记恢复联系")];
    default:
      return [];
  }
}

/**
 * Dates: not in the future, not before admission, and not before the member's latest event — the
 * roster's state follows the events in order, so the history must read in order too (EV-02).
 */
function checkEventDate(member: MemberLifecycle, event: EventFacts, today: string): RuleIssue[] {
  const on = event.occurredOn;
  if (on > today) return [issue("occurredOn", "EV-02", "事件日期不能晚于今天", "members.date_in_future")];
  if (on < member.joinedOn) return [issue("occurredOn", "EV-02", `事件日期不能早于入党日期（${member.joinedOn}）`, "members.date_order")];
  const latest = Object.values(member.lastEventOn).reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
  if (latest && on < latest) return [issue("occurredOn", "EV-02", `事件日期不能早于该党员最近一次事件的日期（${latest}）`, "members.date_order")];
  const lostSince = member.lastEventOn.lost_contact;
  if (event.type === "suspended" && member.isLostContact && lostSince) {
    const earliest = addMonths(lostSince, LOST_CONTACT_MONTHS_BEFORE_SUSPENSION);
    // Suspension for other grounds (settled abroad, studying abroad over 5 years) does not start from a lost contact.
    if (on < earliest) {
      return [issue("occurredOn", "LC-01", `失去联系满六个月、经多方查找仍无法联系的，才能停止党籍（失联日期 ${lostSince}，最早 ${earliest}；党员教育管理工作条例第二十四条）`)];
    }
  }
  return [];
}

function checkExit(member: MemberLifecycle, kind: ExitKind, on: string): RuleIssue[] {
  if (kind === "probation_cancelled" && member.status !== "probationary") {
    return [issue("exitKind", "DEV-23", "只有预备党员才能取消预备党员资格（《发展党员工作细则》第三十二条）")];
  }
  if (kind === "lapsed_lost_contact") {
    const suspendedOn = member.lastEventOn.suspended;
    if (member.standing !== "suspended" || !suspendedOn) {
      return [issue("exitKind", "LC-02", `“${EXIT_KIND_LABELS[kind]}”须先停止党籍（党员教育管理工作条例第二十四条）`)];
    }
    const earliest = addYears(suspendedOn, SUSPENDED_YEARS_BEFORE_LAPSE);
    if (on < earliest) {
      return [issue("occurredOn", "LC-02", `停止党籍满二年仍无法取得联系的，才能按自行脱党除名（停止党籍日期 ${suspendedOn}，最早 ${earliest}）`)];
    }
  }
  return [];
}

/** The member's new state after the event. */
export interface EventEffect {
  standing?: MemberStanding;
  orgId?: string;
  pendingTransferOrgId?: string | null;
  isMobile?: boolean;
  isLostContact?: boolean;
}

export function memberEventEffect(member: Pick<MemberLifecycle, "pendingTransferOrgId">, event: EventFacts): EventEffect {
  switch (event.type) {
    case "transfer_out":
      return { standing: "transferring", pendingTransferOrgId: event.toOrgId ?? null };
    case "transfer_in":
      // A member away 6 months or more transfers instead of staying mobile (TR-01, rules.md §5.3).
      return { standing: "active", orgId: member.pendingTransferOrgId ?? undefined, pendingTransferOrgId: null, isMobile: false };
    case "transfer_cancelled":
      return { standing: "active", pendingTransferOrgId: null };
    case "transfer_out_of_system":
      return { standing: "transferred_out" };
    case "mobile_registered":
      return { isMobile: true };
    case "mobile_returned":
      return { isMobile: false };
    case "lost_contact":
      return { isLostContact: true };
    case "contact_restored":
      return { isLostContact: false };
    case "suspended":
      return { standing: "suspended" };
    case "restored":
      // Restoration follows the member's written request (LC-03): contact is back.
      return { standing: "active", isLostContact: false };
    case "exit":
      return { standing: "exited" };
    case "death":
      return { standing: "deceased" };
  }
}
