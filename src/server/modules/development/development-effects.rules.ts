import { addMonths, addYears } from "../../../shared/dates";
import type { CloseReason, DevelopmentStage, RuleSet, StepCode, StepDecision } from "../../../shared/development-steps";
import type { DevelopmentConfig } from "../../config";
import { type CaseFacts, countingRecords, firstUninspected, isStepDone, lastRecordOf } from "./development-case.rules";
import type { DevelopmentRuleId } from "./development-rule-catalogue";

/**
 * What a recorded step changes (rules.md §1.3, §1.6), and what the rules ask for next. Pure.
 */
export interface CasePatch {
  stage?: DevelopmentStage;
  status?: "open" | "completed" | "closed";
  closeReason?: CloseReason;
  activistOn?: string;
  candidateOn?: string;
  admittedOn?: string;
  approvedOn?: string;
  probationEndsOn?: string;
  fullMemberOn?: string;
}

/** What happens to the roster: a probationary member on approval, a full member on conversion, an exit on cancellation. */
export type MemberAction =
  | { kind: "admit"; joinedOn: string }
  | { kind: "convert"; fullMemberOn: string }
  | { kind: "cancel"; on: string }
  | null;

export function stepEffect(c: CaseFacts, code: StepCode, on: string, decision: StepDecision | null): { patch: CasePatch; member: MemberAction } {
  const none = { patch: {}, member: null };
  switch (code) {
    case "determineActivist":
      return { patch: { stage: "activist", activistOn: on }, member: null };
    case "determineCandidate":
      return { patch: { stage: "candidate", candidateOn: on }, member: null };
    case "admissionMeeting":
      return decision === "passed" ? { patch: { admittedOn: on }, member: null } : { patch: { status: "closed", closeReason: "not_admitted" }, member: null };
    case "approval": {
      if (decision !== "passed") return { patch: { status: "closed", closeReason: "not_approved" }, member: null };
      // DEV-21: the probation runs one year from the general meeting, not from the approval.
      return { patch: { stage: "probationary", approvedOn: on, probationEndsOn: addYears(c.admittedOn!, 1) }, member: { kind: "admit", joinedOn: c.admittedOn! } };
    }
    case "conversionApproval": {
      if (decision !== "passed") return none;
      const meeting = countingRecords(c, "conversionMeeting").at(-1)!;
      switch (meeting.decision) {
        case "convert":
          // DEV-23c: full membership (and party age) from the end of the probation, not the vote.
          return { patch: { stage: "full_member", fullMemberOn: c.probationEndsOn! }, member: { kind: "convert", fullMemberOn: c.probationEndsOn! } };
        case "extend":
          return { patch: { probationEndsOn: addMonths(c.probationEndsOn!, Number(meeting.facts.extensionMonths)) }, member: null };
        case "cancel":
          return { patch: { status: "closed", closeReason: "probation_cancelled" }, member: { kind: "cancel", on } };
        default:
          return none;
      }
    }
    case "archive":
      return { patch: { status: "completed" }, member: null };
    default:
      return none;
  }
}

export interface Due {
  code: StepCode;
  dueOn: string;
  rule: DevelopmentRuleId;
}

/**
 * The next deadline the rules set for an open case, or null when none runs (e.g. an applicant
 * waiting to be chosen as activist: no national time-out, rules.md §1.6). `ruleSetOn` gives the rule
 * set in force on a date, for the 2026-only deadlines.
 */
export function nextDue(c: CaseFacts, ruleSetOn: (date: string) => RuleSet, config: DevelopmentConfig): Due | null {
  if (c.status !== "open") return null;
  if (!isStepDone(c, "applicantTalk")) return { code: "applicantTalk", dueOn: addMonths(c.applicationReceivedOn, 1), rule: "DEV-02" };
  if (c.activistOn && !isStepDone(c, "determineCandidate")) {
    return { code: "cultivation", dueOn: firstUninspected(c), rule: "DEV-06" };
  }
  const preReview = lastRecordOf(c, "preReview");
  if (preReview?.decision === "passed" && !c.admittedOn && ruleSetOn(preReview.occurredOn) === "2026") {
    return { code: "admissionMeeting", dueOn: addMonths(preReview.occurredOn, config.preReviewToMeetingMonths), rule: "DEV-X1" };
  }
  if (c.admittedOn && !c.approvedOn) return { code: "approval", dueOn: addMonths(c.admittedOn, 3), rule: "DEV-17" };
  if (c.approvedOn && !isStepDone(c, "oath") && ruleSetOn(c.approvedOn) === "2026") {
    return { code: "oath", dueOn: addMonths(c.approvedOn, config.oathWithinMonths), rule: "DEV-X3" };
  }
  if (c.approvedOn && !c.steps.some((s) => s.code === "archive") && !isStepDone(c, "conversionApproval")) {
    const meeting = countingRecords(c, "conversionMeeting").at(-1);
    if (meeting && meeting.decision !== "not_passed") return { code: "conversionApproval", dueOn: addMonths(meeting.occurredOn, 3), rule: "DEV-24" };
    return { code: "conversionMeeting", dueOn: c.probationEndsOn!, rule: "DEV-23" };
  }
  return null;
}
