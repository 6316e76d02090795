import { addMonths } from "../../../shared/dates";
import { STEP_BY_CODE, STEPS, type StepCode, type StepDecision } from "../../../shared/development-steps";

/**
 * The state of a case as the rules see it: its dates and its step records. Pure; the service builds
 * it from the rows. Shared by the order, time, vote and due rules.
 */
export interface StepRecordFacts {
  code: StepCode;
  occurredOn: string;
  decision: StepDecision | null;
  facts: Record<string, unknown>;
}

export interface CaseFacts {
  status: "open" | "deferred" | "completed" | "closed";
  birthDate: string;
  plannedLeaveOn: string | null;
  applicationReceivedOn: string;
  activistOn: string | null;
  candidateOn: string | null;
  admittedOn: string | null;
  approvedOn: string | null;
  probationEndsOn: string | null;
  /** Non-voided records, in the order they were recorded. */
  steps: StepRecordFacts[];
}

const PASSING: readonly (StepDecision | null)[] = [null, "passed", "convert", "extend", "cancel"];

export const recordsOf = (c: CaseFacts, code: StepCode) => c.steps.filter((s) => s.code === code);
export const lastRecordOf = (c: CaseFacts, code: StepCode): StepRecordFacts | undefined => recordsOf(c, code).at(-1);

/**
 * The records of the current conversion round. A probation extended once (DEV-23) opens a second
 * round of steps 22–24; the records of the first round no longer count as done.
 */
export function currentRoundRecords(c: CaseFacts): StepRecordFacts[] {
  let start = 0;
  c.steps.forEach((s, i) => {
    if (s.code === "conversionApproval" && s.decision === "passed" && lastMeetingBefore(c, i)?.decision === "extend") start = i + 1;
  });
  return c.steps.slice(start);
}

/** The conversion meeting a conversion approval at index `i` approves: the latest one before it. */
export function lastMeetingBefore(c: CaseFacts, i: number): StepRecordFacts | undefined {
  return c.steps.slice(0, i).filter((s) => s.code === "conversionMeeting").at(-1);
}

const ROUND_STEPS: readonly StepCode[] = ["conversionApplication", "conversionMeeting", "conversionApproval"];

/** The records that count for a step now (the current round for the conversion steps). */
export function countingRecords(c: CaseFacts, code: StepCode): StepRecordFacts[] {
  const pool = ROUND_STEPS.includes(code) ? currentRoundRecords(c) : c.steps;
  return pool.filter((s) => s.code === code);
}

/** Done: recorded, and for a decision step the latest decision is not "not passed". */
export function isStepDone(c: CaseFacts, code: StepCode): boolean {
  if (code === "submitApplication") return true;
  const last = countingRecords(c, code).at(-1);
  return last !== undefined && PASSING.includes(last.decision);
}

export const hasFailed = (c: CaseFacts, code: StepCode): boolean => countingRecords(c, code).at(-1)?.decision === "not_passed";

/** Whether the extension of DEV-23 has been used (approved). */
export function hasExtension(c: CaseFacts): boolean {
  return c.steps.some((s, i) => s.code === "conversionApproval" && s.decision === "passed" && lastMeetingBefore(c, i)?.decision === "extend");
}

/**
 * DEV-SEQ: a step may be recorded when every step of the earlier order groups is done, none of a later
 * group is, and it is not done itself — unless it repeats (half-yearly inspections, probation records)
 * or its latest decision was "not passed" (a review or vote held again).
 */
export function isStepOpen(c: CaseFacts, code: StepCode, proposal?: "convert" | "extend" | "cancel"): boolean {
  if (code === "submitApplication") return false;
  if (isCancellationOpen(c, code, proposal)) return true;
  const { orderGroup, isRepeatable } = STEP_BY_CODE[code];
  for (const s of STEPS) {
    if (s.orderGroup < orderGroup && !isStepDone(c, s.code)) return false;
    if (s.orderGroup > orderGroup && isStepDone(c, s.code)) return false;
  }
  if (!isStepDone(c, code)) return true;
  return isRepeatable && !ROUND_STEPS.includes(code);
}

/**
 * Cancellation of the probationary status (DEV-23; rules.md §1.6: serious breach of discipline, lost
 * contact) waits for no conversion application: from the approval on, a general meeting may propose it
 * at any time, and the committee's approval of that proposal follows it directly. `proposal` undefined
 * asks whether a cancellation meeting could be held now (for the list of recordable steps).
 */
export function isCancellationOpen(c: CaseFacts, code: StepCode, proposal?: "convert" | "extend" | "cancel"): boolean {
  if (!isStepDone(c, "approval") || isStepDone(c, "conversionApproval")) return false;
  if (code === "conversionMeeting") return (proposal === undefined || proposal === "cancel") && !isStepDone(c, "conversionMeeting");
  if (code === "conversionApproval") return countingRecords(c, "conversionMeeting").at(-1)?.decision === "cancel";
  return false;
}

/** The steps that are open now, in procedure order. */
export const openSteps = (c: CaseFacts): StepCode[] => (c.status === "open" ? STEPS.filter((s) => isStepOpen(c, s.code)).map((s) => s.code) : []);

/**
 * The earliest date a step may carry: not before any record it follows (dates in the order of the
 * procedure). A step of a second conversion round follows every record of the first round too, above
 * all the approval of the extension that opened it.
 */
export function latestPrerequisiteDate(c: CaseFacts, code: StepCode): string {
  const { orderGroup } = STEP_BY_CODE[code];
  const roundStart = ROUND_STEPS.includes(code) ? c.steps.length - currentRoundRecords(c).length : 0;
  let latest = c.applicationReceivedOn;
  c.steps.forEach((s, i) => {
    if ((STEP_BY_CODE[s.code].orderGroup < orderGroup || i < roundStart) && s.occurredOn > latest) latest = s.occurredOn;
  });
  return latest;
}

export type ChecklistState = "done" | "failed" | "next" | "pending";

export function checklistState(c: CaseFacts, code: StepCode): ChecklistState {
  if (isStepDone(c, code)) return "done";
  if (hasFailed(c, code)) return "failed";
  return c.status === "open" && isStepOpen(c, code) ? "next" : "pending";
}

/**
 * DEV-06: an inspection record in every half year since the activist was determined. The k-th half
 * year runs from the day after activistOn + 6k months to activistOn + 6(k+1) months, inclusive.
 */
export function uninspectedHalfYear(c: CaseFacts, until: string): { from: string; to: string } | null {
  const start = c.activistOn!;
  const inspections = recordsOf(c, "cultivation").map((s) => s.occurredOn);
  for (let k = 0; addMonths(start, 6 * (k + 1)) <= until; k += 1) {
    const from = addMonths(start, 6 * k);
    const to = addMonths(start, 6 * (k + 1));
    if (!inspections.some((d) => d > from && d <= to)) return { from, to };
  }
  return null;
}

/** The end of the first half year without an inspection record: the next DEV-06 deadline. */
export function firstUninspected(c: CaseFacts): string {
  const start = c.activistOn!;
  const inspections = recordsOf(c, "cultivation").map((s) => s.occurredOn);
  for (let k = 0; ; k += 1) {
    const from = addMonths(start, 6 * k);
    const to = addMonths(start, 6 * (k + 1));
    if (!inspections.some((d) => d > from && d <= to)) return to;
  }
}
