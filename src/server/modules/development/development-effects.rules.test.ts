import { describe, expect, it } from "vitest";
import type { RuleSet, StepCode, StepDecision } from "../../../shared/development-steps";
import { loadConfig } from "../../config";
import type { CaseFacts } from "./development-case.rules";
import { nextDue, stepEffect } from "./development-effects.rules";
import { apply, buildCase } from "./development.test-helpers";

// ——— Builder: records applied one by one with their effects, as the steps service does. ———

const walk = (c: CaseFacts, records: [StepCode, string, StepDecision?][]) => records.reduce((acc, [code, on, decision]) => apply(acc, code, on, decision ?? null), c);

const TO_ACTIVIST: [StepCode, string, StepDecision?][] = [
  ["applicantTalk", "2023-03-20"],
  ["determineActivist", "2023-05-10"],
  ["fileActivist", "2023-05-15"],
  ["assignCultivators", "2023-05-16"],
];
const TO_PRE_REVIEW: [StepCode, string, StepDecision?][] = [
  ...TO_ACTIVIST,
  ["cultivation", "2023-10-01"],
  ["cultivation", "2024-04-01"],
  ["determineCandidate", "2024-05-20"],
  ["fileCandidate", "2024-05-25"],
  ["assignIntroducers", "2024-06-01"],
  ["politicalReview", "2024-06-20", "passed"],
  ["centralizedTraining", "2024-06-25"],
  ["committeeReview", "2024-07-01"],
  ["preReview", "2024-07-10", "passed"],
  ["admissionForm", "2024-07-15"],
];
const TO_CONVERSION: [StepCode, string, StepDecision?][] = [
  ...TO_PRE_REVIEW,
  ["admissionMeeting", "2024-07-20", "passed"],
  ["approvalTalk", "2024-08-01"],
  ["approval", "2024-08-20", "passed"],
  ["fileAdmission", "2024-08-25"],
  ["assignGroup", "2024-09-01"],
  ["oath", "2024-09-01"],
  ["probationEducation", "2025-01-10"],
  ["conversionApplication", "2025-06-20"],
];

const config = loadConfig({}).development;
const only2014 = (): RuleSet => "2014";
const from2024 = (date: string): RuleSet => (date >= "2024-01-01" ? "2026" : "2014");

describe("stepEffect: what a recorded step changes", () => {
  const c = buildCase();

  it("moves the stage and dates at the activist and candidate decisions", () => {
    expect(stepEffect(c, "determineActivist", "2023-05-10", null)).toEqual({ patch: { stage: "activist", activistOn: "2023-05-10" }, member: null });
    expect(stepEffect(c, "determineCandidate", "2024-05-20", null)).toEqual({ patch: { stage: "candidate", candidateOn: "2024-05-20" }, member: null });
  });

  it("dates the admission at the general meeting, or closes the case when the vote fails", () => {
    expect(stepEffect(c, "admissionMeeting", "2024-07-20", "passed")).toEqual({ patch: { admittedOn: "2024-07-20" }, member: null });
    expect(stepEffect(c, "admissionMeeting", "2024-07-20", "not_passed")).toEqual({ patch: { status: "closed", closeReason: "not_admitted" }, member: null });
  });

  it("DEV-21: on approval, the probation runs one year from the meeting, and the roster's joining date is the meeting's", () => {
    const admitted = buildCase({ admittedOn: "2024-07-20" });
    expect(stepEffect(admitted, "approval", "2024-08-20", "passed")).toEqual({
      patch: { stage: "probationary", approvedOn: "2024-08-20", probationEndsOn: "2025-07-20" },
      member: { kind: "admit", joinedOn: "2024-07-20" },
    });
  });

  it("DEV-21: a meeting on 2024-02-29 gives a probation ending 2025-02-28", () => {
    const leap = buildCase({ admittedOn: "2024-02-29" });
    expect(stepEffect(leap, "approval", "2024-04-10", "passed").patch.probationEndsOn).toBe("2025-02-28");
  });

  it("closes the case when the superior does not approve", () => {
    expect(stepEffect(buildCase({ admittedOn: "2024-07-20" }), "approval", "2024-08-20", "not_passed")).toEqual({ patch: { status: "closed", closeReason: "not_approved" }, member: null });
  });

  it("changes nothing for a filing, a talk or a review", () => {
    for (const code of ["applicantTalk", "fileActivist", "cultivation", "politicalReview", "preReview", "oath"] as const) {
      expect(stepEffect(c, code, "2024-01-01", null)).toEqual({ patch: {}, member: null });
    }
  });

  it("completes the case at the archive", () => {
    expect(stepEffect(c, "archive", "2025-08-20", null)).toEqual({ patch: { status: "completed" }, member: null });
  });

  describe("conversion approval follows the meeting's decision", () => {
    const probationary = walk(buildCase(), TO_CONVERSION);
    const after = (decision: StepDecision, facts: Record<string, unknown> = {}) => apply(probationary, "conversionMeeting", "2025-07-20", decision, facts);

    it("DEV-23c: conversion makes a full member from the end of the probation, not from the vote or the approval", () => {
      expect(stepEffect(after("convert"), "conversionApproval", "2025-08-10", "passed")).toEqual({
        patch: { stage: "full_member", fullMemberOn: "2025-07-20" },
        member: { kind: "convert", fullMemberOn: "2025-07-20" },
      });
    });

    it("an extension moves the end of the probation by its months, clamped at month ends", () => {
      expect(stepEffect(after("extend", { extensionMonths: 6 }), "conversionApproval", "2025-08-01", "passed")).toEqual({ patch: { probationEndsOn: "2026-01-20" }, member: null });
      const monthEnd = { ...after("extend", { extensionMonths: 6 }), probationEndsOn: "2025-08-31" };
      expect(stepEffect(monthEnd, "conversionApproval", "2025-09-01", "passed").patch.probationEndsOn).toBe("2026-02-28");
    });

    it("a cancellation closes the case and takes the member off the roster on the approval's date", () => {
      expect(stepEffect(after("cancel"), "conversionApproval", "2025-08-05", "passed")).toEqual({
        patch: { status: "closed", closeReason: "probation_cancelled" },
        member: { kind: "cancel", on: "2025-08-05" },
      });
    });

    it("an approval refused changes nothing", () => {
      expect(stepEffect(after("convert"), "conversionApproval", "2025-08-10", "not_passed")).toEqual({ patch: {}, member: null });
    });

    it("after an extension, conversion dates full membership at the extended end", () => {
      let c2 = apply(after("extend", { extensionMonths: 6 }), "conversionApproval", "2025-08-01", "passed");
      c2 = apply(apply(c2, "conversionApplication", "2026-01-10"), "conversionMeeting", "2026-01-20", "convert");
      expect(stepEffect(c2, "conversionApproval", "2026-02-01", "passed").patch).toEqual({ stage: "full_member", fullMemberOn: "2026-01-20" });
    });
  });
});

describe("nextDue: the next deadline the rules set", () => {
  it("DEV-02: the talk, one month after the application (2024-01-31 → 2024-02-29)", () => {
    expect(nextDue(buildCase({ applicationReceivedOn: "2024-01-31" }), only2014, config)).toEqual({ code: "applicantTalk", dueOn: "2024-02-29", rule: "DEV-02" });
  });

  it("runs no clock for an applicant waiting to become an activist (rules.md §1.6)", () => {
    expect(nextDue(walk(buildCase(), [["applicantTalk", "2023-03-20"]]), only2014, config)).toBeNull();
  });

  it("DEV-06: the end of the first uninspected half year while the person is an activist", () => {
    const activist = walk(buildCase(), TO_ACTIVIST);
    expect(nextDue(activist, only2014, config)).toEqual({ code: "cultivation", dueOn: "2023-11-10", rule: "DEV-06" });
    expect(nextDue(apply(activist, "cultivation", "2023-10-01"), only2014, config)).toMatchObject({ dueOn: "2024-05-10" });
  });

  it("runs no clock for a candidate in 2014 until the meeting; DEV-X1 in 2026 after the pre-review", () => {
    const candidate = walk(buildCase(), TO_PRE_REVIEW);
    expect(nextDue(candidate, only2014, config)).toBeNull();
    expect(nextDue(candidate, from2024, config)).toEqual({ code: "admissionMeeting", dueOn: "2024-08-10", rule: "DEV-X1" });
  });

  it("DEV-17: the approval, three months after the meeting", () => {
    const admitted = apply(walk(buildCase(), TO_PRE_REVIEW), "admissionMeeting", "2024-07-20", "passed");
    expect(nextDue(admitted, only2014, config)).toEqual({ code: "approval", dueOn: "2024-10-20", rule: "DEV-17" });
  });

  it("DEV-X3 in 2026: the oath, a month after the approval; then the conversion meeting", () => {
    const approved = walk(buildCase(), TO_CONVERSION.slice(0, TO_CONVERSION.findIndex(([code]) => code === "fileAdmission")));
    expect(nextDue(approved, from2024, config)).toEqual({ code: "oath", dueOn: "2024-09-20", rule: "DEV-X3" });
    expect(nextDue(approved, only2014, config)).toEqual({ code: "conversionMeeting", dueOn: "2025-07-20", rule: "DEV-23" });
  });

  it("DEV-23 / DEV-24: the conversion meeting at the end of the probation, then its approval within three months", () => {
    const probationary = walk(buildCase(), TO_CONVERSION);
    expect(nextDue(probationary, only2014, config)).toEqual({ code: "conversionMeeting", dueOn: "2025-07-20", rule: "DEV-23" });
    const met = apply(probationary, "conversionMeeting", "2025-07-25", "convert");
    expect(nextDue(met, only2014, config)).toEqual({ code: "conversionApproval", dueOn: "2025-10-25", rule: "DEV-24" });
    const failed = apply(probationary, "conversionMeeting", "2025-07-25", "not_passed");
    expect(nextDue(failed, only2014, config)).toEqual({ code: "conversionMeeting", dueOn: "2025-07-20", rule: "DEV-23" });
  });

  it("after an approved extension, the next meeting falls due at the extended end; after conversion nothing", () => {
    let c = apply(walk(buildCase(), TO_CONVERSION), "conversionMeeting", "2025-07-20", "extend", { extensionMonths: 6 });
    c = apply(c, "conversionApproval", "2025-08-01", "passed");
    expect(nextDue(c, only2014, config)).toEqual({ code: "conversionMeeting", dueOn: "2026-01-20", rule: "DEV-23" });
    c = apply(apply(apply(c, "conversionApplication", "2026-01-10"), "conversionMeeting", "2026-01-20", "convert"), "conversionApproval", "2026-02-01", "passed");
    expect(nextDue(c, only2014, config)).toBeNull();
  });

  it("runs nothing for a case that is not open", () => {
    expect(nextDue(buildCase({ status: "deferred" }), only2014, config)).toBeNull();
    expect(nextDue(buildCase({ status: "closed" }), only2014, config)).toBeNull();
  });
});
