import { addDays, toDayNumber } from "../../../shared/dates";
import type { CheckpointRating, Quarter } from "../../../shared/secretary-projects";
import type { RuleIssue } from "../members/members.rules";
import { refuse } from "./secretary-project-rule-catalogue";

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

/** The last day of a quarter. */
export const quarterEndsOn = (year: number, quarter: Quarter) => `${year}-${["03-31", "06-30", "09-30", "12-31"][quarter - 1]}`;

/**
 * PROJ-10: the suggestion for one quarter, as things stood at its end (or today, within it): a
 * milestone completed after that day counts as not yet done then. Null before the quarter opens.
 */
export function suggestQuarterRating(
  milestones: readonly { dueOn: string; completedOn: string | null }[],
  year: number,
  quarter: Quarter,
  today: string,
  offTrackOverdueDays: number,
): CheckpointRating | null {
  if (today < checkpointOpensOn(year, quarter)) return null;
  const end = quarterEndsOn(year, quarter);
  const asOf = today < end ? today : end;
  const then = milestones.map((m) => ({ dueOn: m.dueOn, completedOn: m.completedOn && m.completedOn <= asOf ? m.completedOn : null }));
  return suggestRating(then, asOf, offTrackOverdueDays);
}

/** What a progress report is checked against: its project, the milestone it names, the project's live indicators. */
export interface ProgressReportFacts {
  year: number;
  /** The milestone named, when it is a live one of this project; undefined when none was named or it is not. */
  milestone: { id: string; title: string; completedOn: string | null } | undefined;
  indicatorIds: ReadonlySet<string>;
}

/**
 * PROJ-08 (the status and side are checked by the state machine): the date within the project's year
 * and not after today; the milestone and indicators this project's own; each indicator once;
 * "本节点已完成" only on a milestone not already completed.
 */
export function checkProgressReport(
  input: { milestoneId?: string | null; reportedOn: string; completesMilestone: boolean; values: readonly { indicatorId: string }[] },
  facts: ProgressReportFacts,
  today: string,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (Number(input.reportedOn.slice(0, 4)) !== facts.year) {
    issues.push(refuse("reportedOn", "PROJ-08", `报告日期须在项目年度（${facts.year} 年）之内`));
  } else if (input.reportedOn > today) {
    issues.push(refuse("reportedOn", "PROJ-08", `报告日期不能晚于今天（${today}）`));
  }
  if (input.milestoneId && !facts.milestone) {
    issues.push(refuse("milestoneId", "PROJ-08", "所选节点不是本项目的节点"));
  } else if (input.completesMilestone && !input.milestoneId) {
    issues.push(refuse("completesMilestone", "PROJ-08", "标记“本节点已完成”须先选择节点"));
  } else if (input.completesMilestone && facts.milestone?.completedOn) {
    issues.push(refuse("completesMilestone", "PROJ-08", `节点“${facts.milestone.title}”已于 ${facts.milestone.completedOn} 完成`));
  }
  const seen = new Set<string>();
  input.values.forEach((v, i) => {
    if (!facts.indicatorIds.has(v.indicatorId)) issues.push(refuse(`values.${i}.indicatorId`, "PROJ-08", "所填指标不是本项目的指标"));
    else if (seen.has(v.indicatorId)) issues.push(refuse(`values.${i}.indicatorId`, "PROJ-08", "同一指标在一次报告中只能填写一个数值"));
    seen.add(v.indicatorId);
  });
  return issues;
}
