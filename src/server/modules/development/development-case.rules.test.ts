import { describe, expect, it } from "vitest";
import type { StepCode, StepDecision } from "../../../shared/development-steps";
import {
  type CaseFacts,
  checklistState,
  currentRoundRecords,
  firstUninspected,
  hasExtension,
  hasFailed,
  isStepDone,
  isStepOpen,
  latestPrerequisiteDate,
  openSteps,
  uninspectedHalfYear,
} from "./development-case.rules";
import { buildCase } from "./development.test-helpers";

// ——— A small CaseFacts builder: a case, and records appended to it in the order given. ———

type Rec = [StepCode, string, StepDecision?, Record<string, unknown>?];
const withSteps = (c: CaseFacts, ...records: Rec[]): CaseFacts => ({
  ...c,
  steps: [...c.steps, ...records.map(([code, occurredOn, decision, facts]) => ({ code, occurredOn, decision: decision ?? null, facts: facts ?? {} }))],
});

/** Steps 2–9 done: a candidate whose introducers are named (group 9 partly done). */
const candidate = () =>
  withSteps(
    buildCase({ activistOn: "2023-05-10", candidateOn: "2024-05-20" }),
    ["applicantTalk", "2023-03-20"],
    ["determineActivist", "2023-05-10"],
    ["fileActivist", "2023-05-15"],
    ["assignCultivators", "2023-05-16"],
    ["cultivation", "2023-10-01"],
    ["cultivation", "2024-04-01"],
    ["determineCandidate", "2024-05-20"],
    ["fileCandidate", "2024-05-25"],
  );

/** Approved, with the probation steps done and the first conversion application in. */
const probationary = () =>
  withSteps(
    { ...candidate(), admittedOn: "2024-07-20", approvedOn: "2024-08-20", probationEndsOn: "2025-07-20" },
    ["assignIntroducers", "2024-06-01"],
    ["politicalReview", "2024-06-20", "passed"],
    ["centralizedTraining", "2024-06-25"],
    ["committeeReview", "2024-07-01"],
    ["preReview", "2024-07-10", "passed"],
    ["admissionForm", "2024-07-15"],
    ["admissionMeeting", "2024-07-20", "passed"],
    ["approvalTalk", "2024-08-01"],
    ["approval", "2024-08-20", "passed"],
    ["fileAdmission", "2024-08-25"],
    ["assignGroup", "2024-09-01"],
    ["oath", "2024-09-01"],
    ["probationEducation", "2025-01-10"],
    ["conversionApplication", "2025-06-20"],
  );

describe("DEV-SEQ: which steps are open", () => {
  it("opens only the talk on a new case; step 1 is never recorded as a step", () => {
    const c = buildCase();
    expect(openSteps(c)).toEqual(["applicantTalk"]);
    expect(isStepDone(c, "submitApplication")).toBe(true);
    expect(isStepOpen(c, "submitApplication")).toBe(false);
    expect(isStepOpen(c, "determineActivist")).toBe(false);
  });

  it("opens nothing on a case that is not open", () => {
    for (const status of ["deferred", "completed", "closed"] as const) expect(openSteps(buildCase({ status }))).toEqual([]);
  });

  it("lets the steps of one order group come in any order, and the next group only when all are done", () => {
    let c = candidate();
    expect(openSteps(c)).toEqual(["assignIntroducers", "politicalReview", "centralizedTraining"]);
    c = withSteps(c, ["centralizedTraining", "2024-06-25"]);
    expect(openSteps(c)).toEqual(["assignIntroducers", "politicalReview"]);
    c = withSteps(c, ["politicalReview", "2024-06-20", "passed"]);
    expect(openSteps(c)).toEqual(["assignIntroducers"]);
    expect(isStepOpen(c, "committeeReview")).toBe(false);
    c = withSteps(c, ["assignIntroducers", "2024-06-01"]);
    expect(openSteps(c)).toEqual(["committeeReview"]);
  });

  it("keeps the half-yearly inspection open until the candidate is determined, then closes it", () => {
    const activist = withSteps(buildCase({ activistOn: "2023-05-10" }), ["applicantTalk", "2023-03-20"], ["determineActivist", "2023-05-10"], ["fileActivist", "2023-05-15"], ["assignCultivators", "2023-05-16"], ["cultivation", "2023-10-01"]);
    expect(openSteps(activist)).toEqual(["cultivation", "determineCandidate"]);
    expect(isStepOpen(candidate(), "cultivation")).toBe(false);
  });

  it("reopens a review that did not pass, and holds back every later step (hasFailed, checklist 'failed')", () => {
    const c = withSteps(candidate(), ["assignIntroducers", "2024-06-01"], ["centralizedTraining", "2024-06-25"], ["politicalReview", "2024-06-20", "not_passed"]);
    expect(isStepDone(c, "politicalReview")).toBe(false);
    expect(hasFailed(c, "politicalReview")).toBe(true);
    expect(openSteps(c)).toEqual(["politicalReview"]);
    expect(checklistState(c, "politicalReview")).toBe("failed");
    expect(checklistState(c, "committeeReview")).toBe("pending");
    expect(checklistState(c, "assignIntroducers")).toBe("done");

    const passedAgain = withSteps(c, ["politicalReview", "2024-07-01", "passed"]);
    expect(isStepDone(passedAgain, "politicalReview")).toBe(true);
    expect(hasFailed(passedAgain, "politicalReview")).toBe(false);
    expect(checklistState(passedAgain, "committeeReview")).toBe("next");
  });

  it("marks the checklist of a closed case pending, never next", () => {
    const closed = { ...candidate(), status: "closed" as const };
    expect(checklistState(closed, "assignIntroducers")).toBe("pending");
    expect(checklistState(closed, "fileCandidate")).toBe("done");
  });

  it("refuses to reopen a done step of the conversion round (one meeting per round)", () => {
    const c = withSteps(probationary(), ["conversionMeeting", "2025-07-25", "convert"]);
    expect(isStepOpen(c, "conversionApplication")).toBe(false);
    expect(isStepOpen(c, "conversionMeeting")).toBe(false);
    expect(openSteps(c)).toEqual(["conversionApproval"]);
    const converted = withSteps(c, ["conversionApproval", "2025-08-10", "passed"]);
    expect(openSteps(converted)).toEqual(["archive"]);
  });
});

describe("conversion rounds (DEV-23: one extension opens a second round of steps 22–24)", () => {
  const extended = () => withSteps(probationary(), ["conversionMeeting", "2025-07-20", "extend", { extensionMonths: 6 }], ["conversionApproval", "2025-08-01", "passed"]);

  it("starts a new round after the approved extension: the first round's records no longer count", () => {
    const c = extended();
    expect(hasExtension(c)).toBe(true);
    expect(currentRoundRecords(c)).toEqual([]);
    expect(isStepDone(c, "conversionApplication")).toBe(false);
    expect(isStepDone(c, "conversionMeeting")).toBe(false);
    // The extended probation is inspected again (step 21) before the new application; a cancellation
    // may be proposed at any time.
    expect(openSteps(c)).toEqual(["probationEducation", "conversionApplication", "conversionMeeting"]);
    expect(checklistState(c, "conversionApproval")).toBe("pending");
    // The steps before the round stay done.
    expect(isStepDone(c, "oath")).toBe(true);
  });

  it("counts the records of the second round", () => {
    const c = withSteps(extended(), ["conversionApplication", "2026-01-10"], ["conversionMeeting", "2026-01-20", "convert"]);
    expect(currentRoundRecords(c).map((s) => s.code)).toEqual(["conversionApplication", "conversionMeeting"]);
    expect(openSteps(c)).toEqual(["conversionApproval"]);
  });

  it("does not count an extension the superior did not approve", () => {
    const c = withSteps(probationary(), ["conversionMeeting", "2025-07-20", "extend", { extensionMonths: 6 }], ["conversionApproval", "2025-08-01", "not_passed"]);
    expect(hasExtension(c)).toBe(false);
    expect(currentRoundRecords(c)).toHaveLength(c.steps.length);
    expect(openSteps(c)).toEqual(["conversionApproval"]);
  });

  it("does not open a round for an approved conversion or cancellation", () => {
    const converted = withSteps(probationary(), ["conversionMeeting", "2025-07-25", "convert"], ["conversionApproval", "2025-08-10", "passed"]);
    expect(hasExtension(converted)).toBe(false);
    expect(isStepDone(converted, "conversionApproval")).toBe(true);
  });

  it("reopens the conversion meeting after a vote that failed", () => {
    const c = withSteps(probationary(), ["conversionMeeting", "2025-07-25", "not_passed"]);
    expect(openSteps(c)).toEqual(["conversionMeeting"]);
  });
});

describe("cancellation of the probationary status (DEV-23, rules.md §1.6)", () => {
  /** Approved on 2024-08-20, nothing of the probation recorded yet. */
  const justApproved = () => ({ ...probationary(), steps: probationary().steps.filter((s) => !["fileAdmission", "assignGroup", "oath", "probationEducation", "conversionApplication"].includes(s.code)) });

  it("may be proposed from the approval on, without a conversion application; conversion may not", () => {
    const c = justApproved();
    expect(isStepOpen(c, "conversionMeeting", "cancel")).toBe(true);
    expect(isStepOpen(c, "conversionMeeting", "convert")).toBe(false);
    expect(isStepOpen(c, "conversionMeeting", "extend")).toBe(false);
    expect(openSteps(c)).toContain("conversionMeeting");
  });

  it("is approved straight after the meeting that proposed it", () => {
    const c = withSteps(justApproved(), ["conversionMeeting", "2025-01-05", "cancel"]);
    expect(isStepOpen(c, "conversionApproval")).toBe(true);
    expect(isStepOpen(c, "conversionMeeting", "cancel")).toBe(false);
  });

  it("is not open before the approval, nor after a conversion was approved", () => {
    const beforeApproval = { ...justApproved(), steps: justApproved().steps.filter((s) => !["approvalTalk", "approval"].includes(s.code)) };
    expect(isStepOpen(beforeApproval, "conversionMeeting", "cancel")).toBe(false);
    const converted = withSteps(probationary(), ["conversionMeeting", "2025-07-25", "convert"], ["conversionApproval", "2025-08-10", "passed"]);
    expect(isStepOpen(converted, "conversionMeeting", "cancel")).toBe(false);
  });
});

describe("latestPrerequisiteDate (steps dated in the order of the procedure)", () => {
  it("is the application date on a new case", () => {
    expect(latestPrerequisiteDate(buildCase(), "applicantTalk")).toBe("2023-03-01");
  });

  it("is the latest record of every earlier order group, not of the step's own group", () => {
    const c = withSteps(candidate(), ["centralizedTraining", "2024-06-25"]);
    // Group 9 steps do not constrain each other: the political review may predate the training.
    expect(latestPrerequisiteDate(c, "politicalReview")).toBe("2024-05-25");
    expect(latestPrerequisiteDate(c, "determineCandidate")).toBe("2024-04-01");
  });

  it("in a second conversion round, is not before the approval of the extension that opened it", () => {
    const c = withSteps(probationary(), ["conversionMeeting", "2025-07-20", "extend", { extensionMonths: 6 }], ["conversionApproval", "2025-08-01", "passed"]);
    expect(latestPrerequisiteDate(c, "conversionApplication")).toBe("2025-08-01");
  });
});

describe("DEV-06: one inspection in every half year since the activist was determined", () => {
  const activist = (on: string, ...inspections: string[]) =>
    withSteps(buildCase({ activistOn: on }), ...inspections.map((d): Rec => ["cultivation", d]));

  it("asks nothing before the first half year has ended", () => {
    expect(uninspectedHalfYear(activist("2023-05-10"), "2023-11-09")).toBeNull();
  });

  it("finds the first half year empty on the day it ends", () => {
    expect(uninspectedHalfYear(activist("2023-05-10"), "2023-11-10")).toEqual({ from: "2023-05-10", to: "2023-11-10" });
  });

  it("counts an inspection on the half year's last day, not on the activist's own day", () => {
    expect(uninspectedHalfYear(activist("2023-05-10", "2023-11-10"), "2023-11-10")).toBeNull();
    expect(uninspectedHalfYear(activist("2023-05-10", "2023-05-10"), "2023-11-10")).toEqual({ from: "2023-05-10", to: "2023-11-10" });
  });

  it("counts an inspection the day after a half year ends for the next half year only", () => {
    const c = activist("2023-05-10", "2023-11-11");
    expect(uninspectedHalfYear(c, "2023-11-10")).toEqual({ from: "2023-05-10", to: "2023-11-10" });
    expect(uninspectedHalfYear(activist("2023-05-10", "2023-10-01", "2023-11-11"), "2024-05-10")).toBeNull();
  });

  it("finds the second half year when only the first is inspected", () => {
    const c = activist("2023-05-10", "2023-10-01");
    expect(uninspectedHalfYear(c, "2024-05-09")).toBeNull();
    expect(uninspectedHalfYear(c, "2024-05-10")).toEqual({ from: "2023-11-10", to: "2024-05-10" });
  });

  it("clamps the half years at month ends, each counted from the activist's day (31 Aug → 29 Feb → 31 Aug)", () => {
    const c = activist("2023-08-31", "2024-01-15");
    expect(uninspectedHalfYear(c, "2024-08-31")).toEqual({ from: "2024-02-29", to: "2024-08-31" });
    expect(uninspectedHalfYear(c, "2024-08-30")).toBeNull();
  });

  it("gives the end of the first empty half year as the next deadline", () => {
    expect(firstUninspected(activist("2023-05-10"))).toBe("2023-11-10");
    expect(firstUninspected(activist("2023-05-10", "2023-10-01"))).toBe("2024-05-10");
    expect(firstUninspected(activist("2023-05-10", "2023-10-01", "2024-04-01"))).toBe("2024-11-10");
    expect(firstUninspected(activist("2023-08-31", "2023-12-01"))).toBe("2024-08-31");
  });
});
