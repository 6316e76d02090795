import { addDays, toDayNumber } from "../../../shared/dates";
import type { CheckpointRating, Quarter } from "../../../shared/secretary-projects";

/**
 * Where a project stands during the year (PROJ-09, PROJ-10): milestone states, indicator progress and
 * the rating the quarterly check point suggests. Pure; `today` is injected.
 */

export type MilestoneState = "done" | "overdue" | "due_soon" | "pending";

/** PROJ-09: past its due date and not completed = overdue; due within `dueSoonDays` = due soon. */
export function milestoneState(m: { dueOn: string; completedOn: string | null }, today: string, dueSoonDays: number): { state: MilestoneState; daysOverdue: number } {
  if (m.completedOn) return { state: "done", daysOverdue: 0 };
  if (m.dueOn < today) return { state: "overdue", daysOverdue: toDayNumber(today) - toDayNumber(m.dueOn) };
  if (m.dueOn <= addDays(today, dueSoonDays)) return { state: "due_soon", daysOverdue: 0 };
  return { state: "pending", daysOverdue: 0 };
}

/**
 * How far an indicator has come: (latest − baseline) / (target − baseline). Works for goals that go
 * down as well as up; 0 before any value, never below 0; ≥ 1 means the target is reached.
 */
export function indicatorProgress(i: { baseline: number; target: number }, latest: number | null): { progress: number; achieved: boolean } {
  if (latest === null || i.target === i.baseline) return { progress: 0, achieved: false };
  const progress = Math.max(0, (latest - i.baseline) / (i.target - i.baseline));
  return { progress: Math.round(progress * 1000) / 1000, achieved: progress >= 1 };
}

/** The quarter a date falls in. */
export const quarterOf = (date: string): Quarter => (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;

/** PROJ-10: the first day a quarter may be rated: the first day of its last month. */
export const checkpointOpensOn = (year: number, quarter: Quarter) => `${year}-${String(quarter * 3).padStart(2, "0")}-01`;

/**
 * PROJ-10: what the check point suggests. Off track when a milestone is overdue by more than
 * `offTrackOverdueDays` or two or more are overdue; at risk when one is overdue; else on track.
 * The committee decides; the suggestion is recorded beside its rating.
 */
export function suggestRating(milestones: readonly { dueOn: string; completedOn: string | null }[], today: string, offTrackOverdueDays: number): CheckpointRating {
  const overdue = milestones.map((m) => milestoneState(m, today, 0)).filter((s) => s.state === "overdue");
  if (overdue.length >= 2 || overdue.some((s) => s.daysOverdue > offTrackOverdueDays)) return "off_track";
  return overdue.length === 1 ? "at_risk" : "on_track";
}
