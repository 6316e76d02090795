import type { NeedRating, NeedStatus } from "../../../shared/care";
import { NEED_ACTIONS, type NeedAction, type NeedOverdue } from "../../../shared/contracts/member-needs.contract";
import { addDays } from "../../../shared/dates";
import type { Role } from "../../../shared/domain";
import { type WorkCalendar, isWorkingDay } from "../development/working-days.rules";
import type { RuleIssue } from "../members/members.rules";
import { refuse } from "./member-need-rule-catalogue";

/**
 * The pure rules of a member's need (NEED-02…08): deadlines, overdue flags, who sees it, and the state
 * machine with the side that takes each step. No database here; the repository mirrors NEED-06 and
 * the overdue flags in SQL, and the tests hold the two together.
 *
 *   submitted ─acknowledge─▶ acknowledged ─resolve─▶ resolved ─rate─▶ (rated) ─reopen (once, after 不满意)─▶ reopened
 *                                │  ▲ progress          ▲                                                        │
 *                                └─escalate (once)─▶ escalated ─resolve─┘             reopened ─resolve─▶ resolved ◀┘
 *   any open status ─withdraw (the member)─▶ withdrawn
 */

/** Not yet closed: the member may still withdraw, and the deadlines run. */
export const OPEN_STATUSES = ["submitted", "acknowledged", "escalated", "reopened"] as const satisfies readonly NeedStatus[];
/** Being worked on (after acknowledgement): progress, escalation and resolution happen here. */
export const WORKING_STATUSES = ["acknowledged", "escalated", "reopened"] as const satisfies readonly NeedStatus[];

const isOpen = (status: NeedStatus) => (OPEN_STATUSES as readonly NeedStatus[]).includes(status);
const isWorking = (status: NeedStatus) => (WORKING_STATUSES as readonly NeedStatus[]).includes(status);

// ─── Deadlines (NEED-02, NEED-03, NEED-07) ─────────────────────────────────────────────────────────

/** NEED-02: the last day to acknowledge, the `workingDays`-th working day after the filing day. */
export function acknowledgeDueOn(filedOn: string, workingDays: number, calendar: WorkCalendar): string {
  let day = filedOn;
  for (let counted = 0; counted < workingDays; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/** NEED-03: the last day to resolve, `days` calendar days after acknowledgement, escalation or reopening. */
export const resolveDueOn = (startedOn: string, days: number): string => addDays(startedOn, days);

/** NEED-07/08: the last day the member may rate a closure, and reopen a not-satisfied one. */
export const rateClosesOn = (resolvedOn: string, days: number): string => addDays(resolvedOn, days);

/** Which deadline an open need has passed on `today`: acknowledgement while submitted, else resolution. */
export function needOverdue(need: { status: NeedStatus; acknowledgeDueOn: string; resolveDueOn: string | null }, today: string): NeedOverdue | null {
  if (need.status === "submitted") return today > need.acknowledgeDueOn ? "acknowledge" : null;
  if (isWorking(need.status) && need.resolveDueOn !== null) return today > need.resolveDueOn ? "resolve" : null;
  return null;
}

// ─── Who sees a need (NEED-06) ─────────────────────────────────────────────────────────────────────

export interface NeedViewer {
  role: Role;
  /** The caller may work needs at all (need.handle). */
  canHandle: boolean;
  memberId: string | null;
  orgId: string;
  /** The caller's scope covers the need's organization. */
  scopeCoversNeedOrg: boolean;
  /** The caller is the member holding the current secretary post of the need's organization. */
  isSecretaryOfNeedOrg: boolean;
}

/**
 * NEED-06: the member always sees their own; any other member nothing. An officer sees the needs of
 * their scope, but a private one only as the branch's current secretary, or as an org_admin or
 * administrator whose own organization is not the need's (the committee's officers).
 */
export function isNeedVisible(viewer: NeedViewer, need: { isPrivate: boolean; memberId: string; orgId: string }): boolean {
  if (viewer.memberId !== null && viewer.memberId === need.memberId) return true;
  if (!viewer.canHandle || !viewer.scopeCoversNeedOrg) return false;
  if (!need.isPrivate) return true;
  if (viewer.isSecretaryOfNeedOrg) return true;
  return (viewer.role === "org_admin" || viewer.role === "admin") && viewer.orgId !== need.orgId;
}

// ─── Sides and the state machine (NEED-04, NEED-05, NEED-07, NEED-08) ─────────────────────────────

export interface NeedCaller {
  /** The member the need is about (member side). */
  isMember: boolean;
  /** Holds need.handle (an officer). */
  canHandle: boolean;
  /** An officer whose scope covers the handling organization and who sees the need; never the member. */
  isWorking: boolean;
  /** Working it for the branch: below the committee it would go to (NEED-04). */
  isBranchSide: boolean;
}

export interface NeedState {
  status: NeedStatus;
  rating: NeedRating | null;
  reopenCount: number;
  /** The China day of the (latest) closure. */
  resolvedOn: string | null;
  isEscalated: boolean;
  /** The need's own organization (the branch) works it now. */
  isHandledByOwnOrg: boolean;
  /** A committee stands above the need's organization (escalation has somewhere to go). */
  hasCommitteeAbove: boolean;
}

type Side = "member" | "working";

export const NEED_ACTION_RULES: Record<NeedAction, { from: readonly NeedStatus[]; side: Side; label: string }> = {
  acknowledge: { from: ["submitted"], side: "working", label: "受理" },
  progress: { from: WORKING_STATUSES, side: "working", label: "记录办理进展" },
  escalate: { from: ["acknowledged", "reopened"], side: "working", label: "提交上级党委" },
  resolve: { from: WORKING_STATUSES, side: "working", label: "办结" },
  rate: { from: ["resolved"], side: "member", label: "评价" },
  reopen: { from: ["resolved"], side: "member", label: "申请重新办理" },
  withdraw: { from: OPEN_STATUSES, side: "member", label: "撤回" },
};

const STATUS_TEXT: Record<NeedStatus, string> = {
  submitted: "待受理",
  acknowledged: "办理中",
  escalated: "已提交上级党委办理",
  reopened: "重新办理",
  resolved: "已办结",
  withdrawn: "已撤回",
};

function checkSide(action: NeedAction, caller: NeedCaller): RuleIssue[] {
  const { side, label } = NEED_ACTION_RULES[action];
  if (side === "member") return caller.isMember ? [] : [refuse("action", "NEED-05", `“${label}”只能由提出诉求的党员本人办理`)];
  if (caller.isWorking) return [];
  if (caller.isMember && caller.canHandle) return [refuse("action", "NEED-05", `不能“${label}”本人提出的诉求，应由所在党组织的其他工作人员办理`)];
  return [refuse("action", "NEED-05", `“${label}”须由当前办理该诉求的党组织办理`)];
}

/**
 * Whether the caller may take `action` now: the side (NEED-05), the status (NEED-05), then the
 * action's own rule — escalation once and by the branch (NEED-04), one rating per closure within the
 * window (NEED-07), one reopening after "not satisfied" within the window (NEED-08).
 */
export function checkNeedAction(action: NeedAction, state: NeedState, caller: NeedCaller, today: string, rateWithinDays: number): RuleIssue[] {
  const side = checkSide(action, caller);
  if (side.length > 0) return side;
  const { from, label } = NEED_ACTION_RULES[action];
  if (!from.includes(state.status)) {
    if (action === "escalate" && state.status === "escalated") return [refuse("action", "NEED-04", "该诉求已提交上级党委办理，只能提交一次")];
    return [refuse("action", "NEED-05", `诉求${STATUS_TEXT[state.status]}，不能${label}`)];
  }
  const windowClosed = state.resolvedOn !== null && today > rateClosesOn(state.resolvedOn, rateWithinDays);
  switch (action) {
    case "escalate":
      if (state.isEscalated) return [refuse("action", "NEED-04", "该诉求已提交过上级党委办理，只能提交一次")];
      if (!state.isHandledByOwnOrg || !caller.isBranchSide) return [refuse("action", "NEED-04", "只有党支部在办理诉求时可以提交上级党委；上级党委可直接办理")];
      if (!state.hasCommitteeAbove) return [refuse("action", "NEED-04", "本组织之上没有基层党委，无法提交上级党委办理")];
      return [];
    case "rate":
      if (state.rating !== null) return [refuse("rating", "NEED-07", "本次办结已评价，每次办结只能评价一次")];
      if (windowClosed) return [refuse("rating", "NEED-07", `已超过办结后 ${rateWithinDays} 日的评价期限`)];
      return [];
    case "reopen":
      if (state.rating !== "not_satisfied") return [refuse("action", "NEED-08", "只有评价为“不满意”的诉求可以申请重新办理")];
      if (state.reopenCount >= 1) return [refuse("action", "NEED-08", "该诉求已重新办理过一次，不能再次申请重新办理")];
      if (windowClosed) return [refuse("action", "NEED-08", `已超过办结后 ${rateWithinDays} 日的期限，不能申请重新办理`)];
      return [];
    default:
      return [];
  }
}

/** NEED-07: "not satisfied" says why. */
export function checkRating(rating: NeedRating, note: string): RuleIssue[] {
  if (rating === "not_satisfied" && note.trim().length === 0) return [refuse("note", "NEED-07", "评价为“不满意”时须填写评价意见，说明不满意的原因")];
  return [];
}

/** The actions the caller may take now (NeedDetail.actions), so the page offers only those. */
export const allowedNeedActions = (state: NeedState, caller: NeedCaller, today: string, rateWithinDays: number): NeedAction[] =>
  NEED_ACTIONS.filter((action) => checkNeedAction(action, state, caller, today, rateWithinDays).length === 0);

/** Files go on an open need: from the member, or from the side working it. */
export const canUploadToNeed = (status: NeedStatus, caller: NeedCaller): boolean => isOpen(status) && (caller.isMember || caller.isWorking);
