import { addDays, addMonths, addYears } from "../../../shared/dates";
import type { CloseReason, DevelopmentStage, FocusGroup, RuleSet, StepCode, StepDecision } from "../../../shared/development-steps";
import { EDUCATIONS, type Education, type Occupation } from "../../../shared/domain";
import { idCheckChar } from "../../../shared/id-number";
import type { DevelopmentConfig } from "../../config";
import type { CaseFacts, StepRecordFacts } from "../development/development-case.rules";
import { nextDue } from "../development/development-effects.rules";
import { randomChineseName, randomEthnicity } from "../demo/chinese-names";
import type { Random } from "../demo/random";

/**
 * A development case (发展党员, rules.md §1) as plain values, before encryption: the person, the key
 * dates and the next deadline kept on the case row. The step records it was simulated from are only
 * used to derive that deadline with the real rule (`nextDue`); the seed writes no step rows, because
 * the pipeline, the due list and plan progress read the case rows alone.
 */
export interface SyntheticCase {
  orgId: string;
  name: string;
  gender: "male" | "female";
  ethnicity: string;
  idNumber: string;
  birthDate: string;
  phone: string;
  education: Education;
  occupation: Occupation;
  focusGroup: FocusGroup | null;
  stage: DevelopmentStage;
  status: CaseFacts["status"];
  closeReason: CloseReason | null;
  deferredToYear: number | null;
  applicationReceivedOn: string;
  activistOn: string | null;
  candidateOn: string | null;
  admittedOn: string | null;
  approvedOn: string | null;
  probationEndsOn: string | null;
  fullMemberOn: string | null;
  nextStepCode: StepCode | null;
  nextDueOn: string | null;
  nextDueRule: string | null;
}

/** How far back applications reach: about two to three years to approval, so approvals span the last three years. */
export const APPLICATION_WINDOW_DAYS = 5 * 365;

/** Address codes the synthetic roster does not use much, so applicants look like new people. */
const ADDRESS_CODES = ["330102", "330106", "320102", "320505", "370202", "410102", "420102", "440304", "510107", "610102"];

const pad = (n: number, width: number) => String(n).padStart(width, "0");

type CaseState = Omit<SyntheticCase, "orgId" | "name" | "gender" | "ethnicity" | "idNumber" | "birthDate" | "phone" | "education" | "occupation" | "focusGroup" | "nextStepCode" | "nextDueOn" | "nextDueRule">;

/**
 * One case run forward from its application with typical intervals, stopping at `today`: every
 * step whose day has not come is where the case waits. Most steps keep their deadline, some run late
 * (a talk after the month of DEV-02, an inspection missing from a half year of DEV-06, an approval
 * after the three months of DEV-17, a conversion meeting after the probation ends, DEV-23), so the
 * waiting cases fall due or overdue as they would in a province.
 */
export function simulateCase(rng: Random, applied: string, today: string): { state: CaseState; steps: StepRecordFacts[] } {
  const steps: StepRecordFacts[] = [];
  const state: CaseState = {
    stage: "applicant",
    status: "open",
    closeReason: null,
    deferredToYear: null,
    applicationReceivedOn: applied,
    activistOn: null,
    candidateOn: null,
    admittedOn: null,
    approvedOn: null,
    probationEndsOn: null,
    fullMemberOn: null,
  };
  const result = () => ({ state, steps });
  /** Records the step if its day has come; false when it lies after today (the case waits there). */
  const record = (code: StepCode, on: string, decision: StepDecision | null = null, facts: Record<string, unknown> = {}) => {
    if (on > today) return false;
    steps.push({ code, occurredOn: on, decision, facts });
    return true;
  };
  const close = (reason: CloseReason, on: string) => {
    if (on > today) return;
    state.status = "closed";
    state.closeReason = reason;
  };
  const late = (onTime: () => number, lateBy: () => number, lateShare: number) => (rng.chance(lateShare) ? lateBy() : onTime());

  if (!record("applicantTalk", addDays(applied, late(() => rng.int(5, 28), () => rng.int(35, 90), 0.15)))) return result();
  // About a quarter are never chosen as activists (no national time-out); some of them withdraw.
  if (rng.chance(0.25)) {
    if (rng.chance(0.4)) close("withdrawn", addDays(applied, rng.int(365, 3 * 365)));
    return result();
  }
  const activist = addDays(steps[0]!.occurredOn, rng.int(60, 420));
  if (!record("determineActivist", activist)) return result();
  Object.assign(state, { stage: "activist", activistOn: activist });

  // DEV-07: at least a year as activist; one in ten leaves or is no longer cultivated before that.
  const candidate = addDays(addMonths(activist, 12), rng.int(0, 240));
  const droppedOn = rng.chance(0.1) ? addDays(activist, rng.int(90, 360)) : null;
  const cultivationEnds = droppedOn ?? candidate;
  // DEV-06: one inspection in each half year, about one in ten late into the next half year.
  for (let k = 0; addMonths(activist, 6 * (k + 1)) <= cultivationEnds; k++) {
    const end = addMonths(activist, 6 * (k + 1));
    const on = late(() => -rng.int(0, 45), () => rng.int(1, 60), 0.1);
    const day = addDays(end, on);
    if (day >= cultivationEnds) continue;
    if (!record("cultivation", day)) break;
  }
  if (droppedOn) {
    close(rng.chance(0.5) ? "withdrawn" : "rejected", droppedOn);
    return result();
  }
  if (!record("determineCandidate", candidate)) return result();
  Object.assign(state, { stage: "candidate", candidateOn: candidate });

  // rules.md §1.6: a few candidates are deferred to next year (only the recent deferrals still wait).
  const deferredOn = rng.chance(0.05) ? addDays(candidate, rng.int(30, 150)) : null;
  let resumeShift = 0;
  if (deferredOn && deferredOn <= today) {
    const toYear = Number(deferredOn.slice(0, 4)) + 1;
    if (toYear >= Number(today.slice(0, 4))) {
      Object.assign(state, { status: "deferred", deferredToYear: toYear });
      return result();
    }
    resumeShift = 365;
  }
  const preReview = addDays(candidate, resumeShift + rng.int(60, 200));
  if (!record("preReview", preReview, "passed")) return result();
  const meeting = addDays(preReview, rng.int(10, 60));
  const isAdmitted = rng.chance(0.97);
  if (!record("admissionMeeting", meeting, isAdmitted ? "passed" : "not_passed")) return result();
  if (!isAdmitted) {
    close("not_admitted", meeting);
    return result();
  }
  state.admittedOn = meeting;
  const approval = addDays(meeting, late(() => rng.int(15, 88), () => rng.int(95, 150), 0.15));
  const isApproved = rng.chance(0.99);
  if (!record("approval", approval, isApproved ? "passed" : "not_passed")) return result();
  if (!isApproved) {
    close("not_approved", approval);
    return result();
  }
  // DEV-21: the probation runs one year from the general meeting.
  Object.assign(state, { stage: "probationary", approvedOn: approval, probationEndsOn: addYears(meeting, 1) });
  if (!record("oath", addDays(approval, rng.int(7, 60)))) return result();

  // DEV-23: conversion mostly on time; a few probations extended once, fewer cancelled.
  for (let round = 0; round < 2; round++) {
    const ends = state.probationEndsOn!;
    if (!record("conversionApplication", addDays(ends, -rng.int(0, 30)))) return result();
    const vote = round === 0 ? rng.weighted<StepDecision>([["convert", 94], ["extend", 4], ["cancel", 2]]) : "convert";
    const extensionMonths = rng.pick([6, 12]);
    const meetingOn = addDays(ends, late(() => rng.int(0, 25), () => rng.int(30, 120), 0.15));
    if (!record("conversionMeeting", meetingOn, vote, vote === "extend" ? { extensionMonths } : {})) return result();
    const approvalOn = addDays(meetingOn, late(() => rng.int(10, 85), () => rng.int(95, 150), 0.15));
    if (!record("conversionApproval", approvalOn, "passed")) return result();
    if (vote === "cancel") {
      close("probation_cancelled", approvalOn);
      return result();
    }
    if (vote === "extend") {
      state.probationEndsOn = addMonths(ends, extensionMonths);
      continue;
    }
    // DEV-23c: full membership from the end of the probation.
    Object.assign(state, { stage: "full_member", fullMemberOn: ends });
    if (record("archive", addDays(approvalOn, rng.int(10, 60)))) state.status = "completed";
    return result();
  }
  return result();
}

/** Young people by occupation, as the plan's focus groups count them (重点群体). */
function focusGroupOf(age: number, occupation: Occupation): FocusGroup | null {
  if (age > 35) return occupation === "worker" ? "front_line" : null;
  const groups: Partial<Record<Occupation, FocusGroup>> = { farmer: "young_farmer", worker: "young_worker", professional: "young_intellectual" };
  return groups[occupation] ?? null;
}

/**
 * `count` development cases in the given branches, applications spread over the last five years and
 * each case simulated to `today` (simulateCase); the derived next step, due day and rule come from
 * the real rule `nextDue` over the simulated records. ID numbers are valid and unique through `seen`.
 */
export function* generateSyntheticCases(
  rng: Random,
  branchIds: readonly string[],
  count: number,
  today: string,
  rules: { ruleSetOn: (date: string) => RuleSet; config: DevelopmentConfig },
  seen: Set<string> = new Set(),
): Generator<SyntheticCase> {
  for (let produced = 0; produced < count; ) {
    const applied = addDays(today, -rng.int(0, APPLICATION_WINDOW_DAYS));
    // DEV-01: at least 18 on the day the application is received; mostly young.
    const age = rng.chance(0.85) ? rng.int(18, 35) : rng.int(36, 45);
    const birthDate = addDays(addYears(applied, -age), -rng.int(0, 360));
    const gender = rng.chance(0.42) ? "female" : "male";
    const body = `${rng.pick(ADDRESS_CODES)}${birthDate.replaceAll("-", "")}${pad(rng.int(0, 499) * 2 + (gender === "male" ? 1 : 0), 3)}`;
    const idNumber = body + idCheckChar(body);
    if (seen.has(idNumber)) continue;
    seen.add(idNumber);
    produced++;
    const occupation = rng.weighted<Occupation>([["worker", 25], ["farmer", 20], ["professional", 25], ["student", 10], ["manager", 8], ["official", 7], ["other", 5]]);
    const { state, steps } = simulateCase(rng, applied, today);
    const due = nextDue({ ...state, birthDate, plannedLeaveOn: null, steps }, rules.ruleSetOn, rules.config);
    yield {
      orgId: rng.pick(branchIds),
      name: randomChineseName(rng, gender, Number(birthDate.slice(0, 4))),
      gender,
      ethnicity: randomEthnicity(rng),
      idNumber,
      birthDate,
      phone: `1${rng.pick(["3", "5", "7", "8"])}${pad(rng.int(0, 999_999_999), 9)}`,
      education: rng.pick(EDUCATIONS),
      occupation,
      focusGroup: focusGroupOf(age, occupation),
      ...state,
      nextStepCode: due?.code ?? null,
      nextDueOn: due?.dueOn ?? null,
      nextDueRule: due?.rule ?? null,
    };
  }
}
