import type { NeedDetail, NeedListItem, NeedOverdue } from "../../../shared/contracts/member-needs.contract";
import {
  NEED_CATEGORIES,
  NEED_CATEGORY_LABELS,
  NEED_RATINGS,
  NEED_RATING_LABELS,
  NEED_STATUSES,
  NEED_STATUS_LABELS,
  type NeedRating,
  type NeedStatus,
} from "../../../shared/care";
import { chinaToday, toDayNumber } from "../../../shared/dates";

/** How the needs pages show statuses, deadlines and ratings (antd tag colours), kept pure for tests. */

export const EMPTY = "—";

export const NEED_STATUS_COLORS: Record<NeedStatus, string> = {
  submitted: "processing",
  acknowledged: "cyan",
  escalated: "purple",
  reopened: "orange",
  resolved: "success",
  withdrawn: "default",
};

export const OVERDUE_LABELS: Record<NeedOverdue, string> = { acknowledge: "受理超期", resolve: "办理超期" };

export const RATING_COLORS: Record<NeedRating, string> = { satisfied: "success", partly_satisfied: "gold", not_satisfied: "error" };

export const PRIVATE_LABEL = "仅限书记和上级党委";
export const PRIVATE_EXPLANATION = "开启后，只有诉求人本人、所在党支部书记和上级党委的组织工作人员能看到这条诉求，支部其他委员看不到。";

export const STATUS_OPTIONS = NEED_STATUSES.map((value) => ({ value, label: NEED_STATUS_LABELS[value] }));
export const CATEGORY_OPTIONS = NEED_CATEGORIES.map((value) => ({ value, label: NEED_CATEGORY_LABELS[value] }));
export const RATING_OPTIONS = NEED_RATINGS.map((value) => ({ value, label: NEED_RATING_LABELS[value] }));
export const OVERDUE_OPTIONS = (["acknowledge", "resolve"] as const).map((value) => ({ value, label: OVERDUE_LABELS[value] }));

/** The China date of a timestamp ("2026-11-20T18:00:00Z" → "2026-11-21"), whatever the browser's zone; a date stays as it is. */
export const dayOf = (iso: string | null) => (!iso ? EMPTY : /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : chinaToday(new Date(iso)));

/** A timestamp as China's date and time, "2026-11-21 02:00". */
export const dateTimeOf = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

/** The deadline an overdue need has passed (NEED-02: acknowledgement; NEED-03: resolution). */
export const overdueDueOn = (need: Pick<NeedListItem, "overdue" | "acknowledgeDueOn" | "resolveDueOn">): string | null =>
  need.overdue === "acknowledge" ? need.acknowledgeDueOn : need.overdue === "resolve" ? need.resolveDueOn : null;

/** Whole days past the deadline, counted from the server's today (the alerts' `today`). */
export function daysOverdue(need: Pick<NeedListItem, "overdue" | "acknowledgeDueOn" | "resolveDueOn">, today: string): number {
  const dueOn = overdueDueOn(need);
  return dueOn ? Math.max(0, toDayNumber(today) - toDayNumber(dueOn)) : 0;
}

/** "受理超期 5 天", or the tag alone when there is no today to count from. */
export const overdueText = (need: Pick<NeedListItem, "overdue" | "acknowledgeDueOn" | "resolveDueOn">, today?: string) => {
  if (!need.overdue) return "";
  const label = OVERDUE_LABELS[need.overdue];
  return today ? `${label} ${daysOverdue(need, today)} 天` : label;
};

/** The deadline that matters now: acknowledgement while submitted, resolution while worked, none after. */
export function currentDeadline(need: Pick<NeedListItem, "status" | "acknowledgeDueOn" | "resolveDueOn">): { label: string; dueOn: string } | null {
  if (need.status === "submitted") return { label: "受理时限", dueOn: need.acknowledgeDueOn };
  if ((need.status === "acknowledged" || need.status === "escalated" || need.status === "reopened") && need.resolveDueOn)
    return { label: "办结时限", dueOn: need.resolveDueOn };
  return null;
}

export type StageStatus = "finish" | "process" | "wait" | "error";
export interface Stage {
  title: string;
  description: string;
  status: StageStatus;
}

/**
 * The need's way to closure as antd Steps: 提出 → 受理 → (提交上级党委) → 办结 → 评价. The escalation
 * stage shows only when it happened; a withdrawn need stops with the stage it was at marked.
 */
export function needStages(need: NeedDetail): Stage[] {
  const isWithdrawn = need.status === "withdrawn";
  const isResolved = need.status === "resolved";
  const stage = (title: string, doneAt: string | null, description?: string): Stage => ({
    title,
    description: doneAt ? dayOf(doneAt) : (description ?? ""),
    status: doneAt ? "finish" : "wait",
  });
  const stages: Stage[] = [
    stage("提出诉求", need.filedAt),
    stage("受理", need.acknowledgedAt, `时限 ${need.acknowledgeDueOn}`),
    ...(need.escalatedAt ? [stage("提交上级党委", need.escalatedAt)] : []),
    stage(need.reopenCount > 0 && !isResolved ? "重新办理" : "办结", isResolved ? need.resolvedAt : null, need.resolveDueOn ? `时限 ${need.resolveDueOn}` : ""),
    stage("评价", need.ratedAt, isResolved ? "待党员评价" : ""),
  ];
  const current = stages.findIndex((s) => s.status === "wait");
  if (current >= 0) stages[current] = { ...stages[current]!, status: isWithdrawn ? "error" : "process" };
  if (isWithdrawn && current >= 0) stages[current] = { ...stages[current]!, description: `已撤回 ${dayOf(need.withdrawnAt)}` };
  return stages;
}

/** Percent or days as the figures show them: one decimal, "—" when there is nothing to measure. */
export const formatFigure = (value: number | null, unit: string) => (value === null ? EMPTY : `${value.toFixed(1)}${unit}`);
