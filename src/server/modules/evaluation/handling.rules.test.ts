import { describe, expect, it } from "vitest";
import {
  type HandlingCaseFacts,
  type HandlingCheckEnv,
  type HandlingStepInput,
  allowedSteps,
  checkHandlingDuty,
  checkHandlingStep,
  checkNewCase,
  daysToDeadline,
  handlingBodies,
  overdueReasons,
  pendingDecision,
  phaseOf,
} from "./handling.rules";

const TODAY = "2026-11-25";
const env = (extra: Partial<HandlingCheckEnv> = {}): HandlingCheckEnv => ({ today: TODAY, rectificationMonths: 12, entitledVoters: 9, ...extra });

const openCase = (overrides: Partial<HandlingCaseFacts> = {}): HandlingCaseFacts => ({
  status: "open",
  method: null,
  decidedOn: "2025-10-01",
  deadlineOn: null,
  steps: [],
  ...overrides,
});

/** Records a step and applies its patch, as the service does. */
function apply(c: HandlingCaseFacts, input: HandlingStepInput, e = env()): HandlingCaseFacts {
  const check = checkHandlingStep(c, input, e);
  expect(check.issues).toEqual([]);
  return {
    ...c,
    ...(check.patch.method !== undefined ? { method: check.patch.method } : {}),
    ...(check.patch.deadlineOn !== undefined ? { deadlineOn: check.patch.deadlineOn } : {}),
    ...(check.patch.status ? { status: check.patch.status } : {}),
    steps: [...c.steps, { kind: input.kind, occurredOn: input.occurredOn, decision: check.decision, facts: { ...(input.method ? { method: input.method } : {}) } }],
  };
}

const vote = (present: number, inFavour: number) => ({ present, inFavour, against: present - inFavour, abstaining: 0 });

const ruleOf = (c: HandlingCaseFacts, input: HandlingStepInput, e = env()) => checkHandlingStep(c, input, e).issues.map((i) => i.rule);

/** Education, then 限期改正 decided on 2025-10-20: the deadline is 2026-10-20. */
const rectifying = () => {
  let c = apply(openCase(), { kind: "education_talk", occurredOn: "2025-10-10", notes: "谈话" });
  c = apply(c, { kind: "meeting_decision", occurredOn: "2025-10-20", method: "rectify_by_deadline" });
  return c;
};

describe("opening a case (HANDLE-01, HANDLE-10, HANDLE-09)", () => {
  const member = { status: "full" as const, standing: "active" as const, joinedOn: "2010-07-01" };
  const base = { member, hasOpenCase: false, sanctionedForSameMatter: false, decidedOn: "2026-11-01", today: TODAY };

  it("admits a full member in good standing", () => expect(checkNewCase(base)).toEqual([]));

  it("refuses a member sanctioned for the same matter, citing §4", () => {
    const [issue] = checkNewCase({ ...base, sanctionedForSameMatter: true });
    expect(issue).toMatchObject({ field: "sanctionedForSameMatter", rule: "HANDLE-01" });
    expect(issue!.message).toContain("第四条");
  });

  it("refuses probationary, exited and already-handled members", () => {
    expect(checkNewCase({ ...base, member: { ...member, status: "probationary" } })[0]?.message).toContain("取消预备党员资格");
    expect(checkNewCase({ ...base, member: { ...member, standing: "exited" } })[0]?.rule).toBe("HANDLE-10");
    expect(checkNewCase({ ...base, hasOpenCase: true })[0]?.rule).toBe("HANDLE-10");
  });

  it("refuses a date in the future or before admission", () => {
    expect(checkNewCase({ ...base, decidedOn: "2026-11-26" })[0]).toMatchObject({ field: "decidedOn", rule: "HANDLE-09" });
    expect(checkNewCase({ ...base, decidedOn: "2010-06-30" })[0]).toMatchObject({ field: "decidedOn", rule: "HANDLE-09" });
    expect(checkNewCase({ ...base, decidedOn: TODAY })).toEqual([]);
  });
});

describe("education first (HANDLE-02) and the choice of method (HANDLE-03)", () => {
  it("opens in education with no method", () => {
    expect(phaseOf(openCase())).toBe("education");
    expect(allowedSteps(openCase(), TODAY).map((s) => s.kind)).toEqual(["education_talk", "follow_up", "conclusion"]);
    const educated = apply(openCase(), { kind: "education_talk", occurredOn: "2025-10-10", notes: "谈话" });
    expect(allowedSteps(educated, TODAY).map((s) => s.kind)).toEqual(["education_talk", "follow_up", "pre_review", "meeting_decision", "conclusion"]);
  });

  it("refuses a method before any education talk", () => {
    expect(ruleOf(openCase(), { kind: "meeting_decision", occurredOn: "2025-10-20", method: "rectify_by_deadline" })).toEqual(["HANDLE-02"]);
  });

  it("refuses 除名 as a first method: only after 劝而不退", () => {
    const c = apply(openCase(), { kind: "education_talk", occurredOn: "2025-10-10", notes: "谈话" });
    expect(allowedSteps(c, TODAY).find((s) => s.kind === "meeting_decision")?.methods).toEqual(["rectify_by_deadline", "persuade_to_leave"]);
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2025-10-20", method: "remove", vote: vote(9, 9) })).toEqual(["HANDLE-03"]);
  });

  it("sets the deadline rectificationMonths after the decision (month ends clamp)", () => {
    expect(rectifying()).toMatchObject({ method: "rectify_by_deadline", deadlineOn: "2026-10-20" });
    const c = apply(openCase({ decidedOn: "2026-01-02" }), { kind: "education_talk", occurredOn: "2026-01-10", notes: "谈话" });
    const check = checkHandlingStep(c, { kind: "meeting_decision", occurredOn: "2026-01-31", method: "rectify_by_deadline" }, env({ rectificationMonths: 1 }));
    expect(check.patch.deadlineOn).toBe("2026-02-28");
  });
});

describe("限期改正 (HANDLE-04)", () => {
  it("refuses a conclusion before the deadline, and any other decision while it runs", () => {
    const c = rectifying();
    expect(ruleOf(c, { kind: "follow_up", occurredOn: "2026-10-19", result: "improved", notes: "x" })).toEqual(["HANDLE-04"]);
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2026-10-19", method: "persuade_to_leave", vote: vote(9, 9) })).toEqual(["HANDLE-04"]);
    expect(allowedSteps(c, "2026-10-19").find((s) => s.kind === "follow_up")?.results).toEqual([]);
  });

  it("concludes on the deadline day: improved closes the case", () => {
    const c = rectifying();
    expect(allowedSteps(c, "2026-10-20").find((s) => s.kind === "follow_up")?.results).toEqual(["improved", "not_improved"]);
    const check = checkHandlingStep(c, { kind: "follow_up", occurredOn: "2026-10-20", result: "improved", notes: "x" }, env());
    expect(check).toMatchObject({ issues: [], decision: "improved", patch: { status: "closed", outcome: "improved", closedOn: "2026-10-20" }, exitKind: null });
  });

  it("not improved: the method becomes 劝其退党 with no second deadline", () => {
    const c = apply(rectifying(), { kind: "follow_up", occurredOn: "2026-10-25", result: "not_improved", notes: "x" });
    expect(c.method).toBe("persuade_to_leave");
    expect(phaseOf(c)).toBe("persuading");
    expect(allowedSteps(c, TODAY).find((s) => s.kind === "meeting_decision")?.methods).toEqual(["persuade_to_leave"]);
  });

  it("refuses an improvement conclusion outside 限期改正", () => {
    const c = apply(openCase(), { kind: "education_talk", occurredOn: "2025-10-10", notes: "谈话" });
    expect(ruleOf(c, { kind: "follow_up", occurredOn: "2025-10-20", result: "improved", notes: "x" })).toEqual(["HANDLE-04"]);
  });
});

describe("劝退 and 除名: the general meeting (HANDLE-05), pre-review (HANDLE-07), approval (HANDLE-06)", () => {
  const persuading = () => apply(rectifying(), { kind: "follow_up", occurredOn: "2026-10-25", result: "not_improved", notes: "x" });

  it("requires the vote and counts it against 应到会 (yes > ½ of 应到会, not of those present)", () => {
    const c = persuading();
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave" })).toEqual(["HANDLE-05"]);
    // 9 entitled: quorum 5 present, 5 yes to pass.
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(4, 4) })).toEqual(["HANDLE-05"]);
    const failed = checkHandlingStep(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(6, 4) }, env());
    expect(failed).toMatchObject({ issues: [], decision: "failed", patch: {} });
    const passed = checkHandlingStep(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(5, 5) }, env());
    expect(passed).toMatchObject({ issues: [], decision: "passed", patch: { method: "persuade_to_leave" }, vote: { entitledVoters: 9, needed: 5 } });
  });

  it("refuses impossible counts and an 应到会 that differs from the roster", () => {
    const c = persuading();
    expect(checkHandlingStep(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(10, 10) }, env()).issues[0]).toMatchObject({ field: "vote.present", rule: "HANDLE-05" });
    expect(checkHandlingStep(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: { ...vote(9, 9), entitledVoters: 8 } }, env()).issues[0]).toMatchObject({ field: "vote.entitledVoters", rule: "HANDLE-05" });
  });

  it("a passed decision waits for the committee; approval ends in the exit", () => {
    const c = apply(persuading(), { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(9, 8) });
    expect(phaseOf(c)).toBe("awaiting_approval");
    expect(pendingDecision(c)?.occurredOn).toBe("2026-11-10");
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2026-11-11", method: "persuade_to_leave", vote: vote(9, 9) })).toEqual(["HANDLE-06"]);
    expect(ruleOf(c, { kind: "pre_review", occurredOn: "2026-11-11", decision: "agreed" })).toEqual(["HANDLE-06"]);
    const approved = checkHandlingStep(c, { kind: "committee_approval", occurredOn: "2026-11-20", decision: "approved" }, env());
    expect(approved).toMatchObject({ decision: "approved", exitKind: "persuaded_to_leave", patch: { status: "closed", outcome: "persuaded_to_leave", closedOn: "2026-11-20" } });
  });

  it("a rejected approval returns the case to the branch", () => {
    let c = apply(persuading(), { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(9, 8) });
    c = apply(c, { kind: "committee_approval", occurredOn: "2026-11-15", decision: "rejected" });
    expect(phaseOf(c)).toBe("persuading");
  });

  it("refuses the approval before the meeting's decision", () => {
    expect(ruleOf(persuading(), { kind: "committee_approval", occurredOn: "2026-11-20", decision: "approved" })).toEqual(["HANDLE-06"]);
    expect(ruleOf(rectifying(), { kind: "committee_approval", occurredOn: "2026-11-20", decision: "approved" })).toEqual(["HANDLE-06"]);
  });

  it("劝而不退 turns the case to 除名, whose approval exits as removed_after_refusal", () => {
    let c = apply(persuading(), { kind: "follow_up", occurredOn: "2026-11-01", result: "refused", notes: "本人坚持不退" });
    expect(phaseOf(c)).toBe("removing");
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(9, 9) })).toEqual(["HANDLE-03"]);
    c = apply(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "remove", vote: vote(9, 9) });
    expect(checkHandlingStep(c, { kind: "committee_approval", occurredOn: "2026-11-20", decision: "approved" }, env()).exitKind).toBe("removed_after_refusal");
  });

  it("a refusal while 劝退 awaits approval lets the decision lapse", () => {
    let c = apply(persuading(), { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(9, 8) });
    c = apply(c, { kind: "follow_up", occurredOn: "2026-11-12", result: "refused", notes: "本人坚持不退" });
    expect(phaseOf(c)).toBe("removing");
    expect(pendingDecision(c)).toBeUndefined();
  });

  it("a refusal is recorded only while persuading", () => {
    expect(ruleOf(rectifying(), { kind: "follow_up", occurredOn: "2026-11-01", result: "refused", notes: "x" })).toEqual(["HANDLE-03"]);
  });

  it("an optional pre-review that disagrees holds the meeting until one agrees", () => {
    let c = apply(persuading(), { kind: "pre_review", occurredOn: "2026-11-01", decision: "disagreed" });
    expect(allowedSteps(c, TODAY).map((s) => s.kind)).not.toContain("meeting_decision");
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(9, 9) })).toEqual(["HANDLE-07"]);
    c = apply(c, { kind: "pre_review", occurredOn: "2026-11-05", decision: "agreed" });
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: vote(9, 9) })).toEqual([]);
  });

  it("refuses a pre-review during 限期改正 or before any education", () => {
    expect(ruleOf(rectifying(), { kind: "pre_review", occurredOn: "2026-11-01", decision: "agreed" })).toEqual(["HANDLE-07"]);
    expect(ruleOf(openCase(), { kind: "pre_review", occurredOn: "2026-11-01", decision: "agreed" })).toEqual(["HANDLE-02"]);
  });

  it("pre-reviews a 劝退 proposal in education; a disagreement leaves only 限期改正", () => {
    let c = apply(openCase(), { kind: "education_talk", occurredOn: "2025-10-10", notes: "谈话" });
    c = apply(c, { kind: "pre_review", occurredOn: "2025-10-15", decision: "disagreed" });
    expect(allowedSteps(c, TODAY).find((s) => s.kind === "meeting_decision")?.methods).toEqual(["rectify_by_deadline"]);
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2025-10-20", method: "persuade_to_leave", vote: vote(9, 9) })).toEqual(["HANDLE-07"]);
    expect(ruleOf(c, { kind: "meeting_decision", occurredOn: "2025-10-20", method: "rectify_by_deadline" })).toEqual([]);
  });
});

describe("dates, closing and withdrawal (HANDLE-09, HANDLE-11)", () => {
  it("refuses a future date, a date before the case and one before the previous step", () => {
    const c = rectifying();
    expect(ruleOf(c, { kind: "education_talk", occurredOn: "2026-11-26", notes: "x" })).toEqual(["HANDLE-09"]);
    expect(ruleOf(openCase(), { kind: "education_talk", occurredOn: "2025-09-30", notes: "x" })).toEqual(["HANDLE-09"]);
    expect(ruleOf(c, { kind: "education_talk", occurredOn: "2025-10-19", notes: "x" })).toEqual(["HANDLE-09"]);
  });

  it("withdrawal closes any open case; a closed case admits nothing", () => {
    const check = checkHandlingStep(rectifying(), { kind: "conclusion", occurredOn: TODAY, outcome: "withdrawn", notes: "误开" }, env());
    expect(check.patch).toEqual({ status: "closed", outcome: "withdrawn", closedOn: TODAY });
    const closed = { ...rectifying(), status: "closed" as const };
    expect(ruleOf(closed, { kind: "education_talk", occurredOn: TODAY, notes: "x" })).toEqual(["HANDLE-11"]);
    expect(allowedSteps(closed, TODAY)).toEqual([]);
  });
});

describe("overdue and the deadline countdown", () => {
  const facts = { status: "open" as const, method: "rectify_by_deadline" as const, deadlineOn: "2026-11-24", decidedOn: "2025-11-01", lastStepOn: "2026-11-01" };

  it("flags a 限期改正 the day after its deadline, not on it", () => {
    expect(overdueReasons(facts, "2026-11-24")).toEqual([]);
    expect(overdueReasons(facts, TODAY)).toEqual(["deadline_passed"]);
    expect(daysToDeadline(facts, TODAY)).toBe(-1);
    expect(daysToDeadline({ ...facts, deadlineOn: "2026-12-25" }, TODAY)).toBe(30);
  });

  it("flags a case with no step for more than 90 days", () => {
    const idle = { ...facts, method: null, deadlineOn: null, lastStepOn: "2026-08-27" };
    expect(overdueReasons(idle, TODAY)).toEqual([]);
    expect(overdueReasons({ ...idle, lastStepOn: "2026-08-26" }, TODAY)).toEqual(["idle"]);
    expect(overdueReasons({ ...idle, lastStepOn: null, decidedOn: "2026-08-26" }, TODAY)).toEqual(["idle"]);
    expect(overdueReasons({ ...idle, status: "closed", lastStepOn: "2020-01-01" }, TODAY)).toEqual([]);
  });
});

describe("separation of duties (HANDLE-08)", () => {
  const branchPath = "/c/b/";
  it("gives the branch officer the branch and the committee's own users the committee", () => {
    expect(handlingBodies({ role: "branch_officer", orgId: "b", orgPath: "/c/b/" }, branchPath, "c")).toEqual(["branch"]);
    expect(handlingBodies({ role: "org_admin", orgId: "c", orgPath: "/c/" }, branchPath, "c")).toEqual(["committee"]);
    expect(handlingBodies({ role: "org_admin", orgId: "x", orgPath: "/x/" }, branchPath, "c")).toEqual([]);
    expect(handlingBodies({ role: "member", orgId: "b", orgPath: "/c/b/" }, branchPath, "c")).toEqual([]);
  });

  it("never lets a branch officer approve nor a committee user decide for the branch", () => {
    expect(checkHandlingDuty("committee", ["branch"])).toMatchObject({ ok: false, issue: { rule: "HANDLE-08" } });
    expect(checkHandlingDuty("branch", ["committee"])).toMatchObject({ ok: false, issue: { rule: "HANDLE-08" } });
    expect(checkHandlingDuty("branch_or_committee", ["committee"])).toEqual({ ok: true, body: "committee" });
  });
});
