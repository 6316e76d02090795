import { describe, expect, it } from "vitest";
import type { StepCode, StepDecision } from "../../../shared/development-steps";
import { loadConfig } from "../../config";
import type { CaseFacts } from "./development-case.rules";
import { DEVELOPMENT_RULES, citation } from "./development-rule-catalogue";
import { type CheckEnv, type MemberRef, type StepCheck, type StepInput, checkStep } from "./development-steps.rules";
import { apply, buildCase } from "./development.test-helpers";

// ——— Builder: a case walked along one timeline, each record applied as the service applies it. ———

const TIMELINE: [StepCode, string, StepDecision?][] = [
  ["applicantTalk", "2023-03-20"],
  ["determineActivist", "2023-05-10"],
  ["fileActivist", "2023-05-15"],
  ["assignCultivators", "2023-05-16"],
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
  ["admissionMeeting", "2024-07-20", "passed"],
  ["approvalTalk", "2024-08-01"],
  ["approval", "2024-08-20", "passed"],
  ["fileAdmission", "2024-08-25"],
  ["assignGroup", "2024-09-01"],
  ["oath", "2024-09-01"],
  ["probationEducation", "2025-01-10"],
  ["conversionApplication", "2025-06-20"],
];

/** The case with every timeline record before the first record of `until` (and `replace` swapping dates). */
function caseAt(until: StepCode | "end", options: { overrides?: Partial<CaseFacts>; replace?: Partial<Record<StepCode, string>>; skip?: string[] } = {}): CaseFacts {
  let c = buildCase(options.overrides);
  for (const [code, on, decision] of TIMELINE) {
    if (code === until) break;
    if (options.skip?.includes(`${code}@${on}`)) continue;
    c = apply(c, code, options.replace?.[code] ?? on, decision ?? null);
  }
  return c;
}

const config = loadConfig({}).development;
const env = (overrides: Partial<CheckEnv> = {}): CheckEnv => ({ ruleSet: "2014", today: "2026-11-25", config, ...overrides });
const env2026 = (overrides: Partial<CheckEnv> = {}) => env({ ruleSet: "2026", ...overrides });

/** "field:rule" of every refusal. */
const issuesOf = (check: StepCheck) => check.issues.map((i) => `${i.field}:${i.rule}`);
const check = (c: CaseFacts, input: Omit<StepInput, "code"> & { code: StepCode }, e: CheckEnv = env()) => checkStep(c, input, e);
const ok = (c: CaseFacts, input: StepInput, e?: CheckEnv) => expect(issuesOf(check(c, input, e))).toEqual([]);
const refused = (c: CaseFacts, input: StepInput, expected: string[], e?: CheckEnv) => expect(issuesOf(check(c, input, e))).toEqual(expected);

const member = (name: string, overrides: Partial<MemberRef> = {}): MemberRef => ({ id: name, name, status: "full", standing: "active", ...overrides });
const vote = (present: number, inFavour: number, extra: Partial<NonNullable<StepInput["vote"]>> = {}): NonNullable<StepInput["vote"]> => ({
  present,
  inFavour,
  against: present - inFavour,
  abstaining: 0,
  writtenInFavour: 0,
  writtenAgainst: 0,
  writtenAbstaining: 0,
  ballot: "secret",
  ...extra,
});

describe("every refusal names its rule and cites the article", () => {
  it("gives the rule id as code and rule, the field, and the article of the rule set in force", () => {
    const c = caseAt("applicantTalk");
    const result = check(c, { code: "applicantTalk", occurredOn: "2023-04-02" });
    expect(result.issues).toEqual([
      { field: "occurredOn", code: "DEV-02", rule: "DEV-02", message: expect.stringContaining("最迟 2023-04-01") },
    ]);
    expect(result.issues[0]!.message).toContain("《中国共产党发展党员工作细则》（2014）第七条，DEV-02");
    expect(check(c, { code: "applicantTalk", occurredOn: "2023-04-02" }, env2026()).issues[0]!.message).toContain("2026年修订");
  });

  it("lists the rules it checked, DEV-SEQ first", () => {
    expect(check(caseAt("preReview"), { code: "preReview", occurredOn: "2024-07-10", decision: "passed" }).rulesChecked).toEqual(["DEV-SEQ", "DEV-13", "DEV-10", "DEV-13b"]);
    expect(check(caseAt("fileActivist"), { code: "fileActivist", occurredOn: "2023-05-15" }).rulesChecked).toEqual(["DEV-SEQ"]);
  });
});

describe("the rule catalogue", () => {
  it("gives every rule an article in both rule sets, and cites as （article，rule id）", () => {
    for (const entry of Object.values(DEVELOPMENT_RULES)) {
      expect(entry.article["2014"]).toMatch(/^《中国共产党发展党员工作细则》（2014）\S/);
      expect(entry.article["2026"]).toMatch(/^《中国共产党发展党员工作细则》（2026年修订，条目待核）\S/);
    }
    expect(citation("DEV-02", "2014")).toBe("（《中国共产党发展党员工作细则》（2014）第七条，DEV-02）");
    expect(citation("DEV-X2", "2026")).toBe("（《中国共产党发展党员工作细则》（2026年修订，条目待核）第十三条，DEV-X2）");
  });
});

describe("DEV-SEQ: order and dates", () => {
  it("refuses a step that is done, with field code", () => {
    const c = caseAt("determineActivist");
    const result = check(c, { code: "applicantTalk", occurredOn: "2023-03-21" });
    expect(issuesOf(result)).toEqual(["code:DEV-SEQ"]);
    expect(result.issues[0]!.message).toContain("已经完成");
    expect(result.decision).toBeNull();
  });

  it("refuses a step whose predecessor is missing, naming it", () => {
    const result = check(caseAt("applicantTalk"), { code: "determineActivist", occurredOn: "2023-05-10" });
    expect(issuesOf(result)).toEqual(["code:DEV-SEQ"]);
    expect(result.issues[0]!.message).toContain("“党组织派人谈话”尚未完成");
  });

  it("refuses an earlier step once a later one is done", () => {
    const result = check(caseAt("end", { skip: ["probationEducation@2025-01-10"] }), { code: "probationEducation", occurredOn: "2025-06-21" });
    expect(issuesOf(result)).toEqual(["code:DEV-SEQ"]);
    expect(result.issues[0]!.message).toContain("已进行到“提出转正申请”");
    // A repeatable step closes too once the next group is reached.
    expect(issuesOf(check(caseAt("preReview"), { code: "cultivation", occurredOn: "2024-07-02" }))).toEqual(["code:DEV-SEQ"]);
  });

  it("names the missing prerequisite's own rule: political review DEV-10, training DEV-11, committee review DEV-13, pre-review DEV-14", () => {
    const atGroup9 = caseAt("assignIntroducers");
    const introduced = apply(atGroup9, "assignIntroducers", "2024-06-01");
    expect(issuesOf(check(introduced, { code: "preReview", occurredOn: "2024-07-10", decision: "passed" }))).toEqual(["code:DEV-10"]);
    const reviewed = apply(introduced, "politicalReview", "2024-06-20", "passed");
    expect(issuesOf(check(reviewed, { code: "preReview", occurredOn: "2024-07-10", decision: "passed" }))).toEqual(["code:DEV-11"]);
    const trained = apply(reviewed, "centralizedTraining", "2024-06-25");
    expect(issuesOf(check(trained, { code: "preReview", occurredOn: "2024-07-10", decision: "passed" }))).toEqual(["code:DEV-13"]);
    expect(issuesOf(check(caseAt("preReview"), { code: "admissionForm", occurredOn: "2024-07-15" }))).toEqual(["code:DEV-14"]);
  });

  it("says a failed prerequisite 'did not pass'", () => {
    const failed = apply(caseAt("preReview"), "preReview", "2024-07-10", "not_passed");
    const result = check(failed, { code: "admissionForm", occurredOn: "2024-07-15" });
    expect(issuesOf(result)).toEqual(["code:DEV-14"]);
    expect(result.issues[0]!.message).toContain("“上级党委预审”未通过");
  });

  it("refuses a date after today; today itself is fine", () => {
    const c = buildCase({ applicationReceivedOn: "2026-11-10" });
    refused(c, { code: "applicantTalk", occurredOn: "2026-11-26" }, ["occurredOn:DEV-SEQ"]);
    ok(c, { code: "applicantTalk", occurredOn: "2026-11-25" });
  });

  it("refuses a date before the previous step's; the same day is fine", () => {
    const c = caseAt("fileActivist");
    refused(c, { code: "fileActivist", occurredOn: "2023-05-09" }, ["occurredOn:DEV-SEQ"]);
    ok(c, { code: "fileActivist", occurredOn: "2023-05-10" });
    refused(buildCase(), { code: "applicantTalk", occurredOn: "2023-02-28" }, ["occurredOn:DEV-SEQ"]);
  });
});

describe("DEV-02: the talk within one calendar month of the application", () => {
  const talk = (received: string, on: string) => issuesOf(check(buildCase({ applicationReceivedOn: received }), { code: "applicantTalk", occurredOn: on }));

  it("accepts the day before and the day of the month's end, refuses the day after", () => {
    expect(talk("2023-03-01", "2023-03-31")).toEqual([]);
    expect(talk("2023-03-01", "2023-04-01")).toEqual([]);
    expect(talk("2023-03-01", "2023-04-02")).toEqual(["occurredOn:DEV-02"]);
  });

  it("clamps at a leap-year February: 2024-01-31 → 2024-02-29", () => {
    expect(talk("2024-01-31", "2024-02-28")).toEqual([]);
    expect(talk("2024-01-31", "2024-02-29")).toEqual([]);
    expect(talk("2024-01-31", "2024-03-01")).toEqual(["occurredOn:DEV-02"]);
  });

  it("clamps at a common-year February: 2023-01-31 → 2023-02-28", () => {
    expect(talk("2023-01-31", "2023-02-27")).toEqual([]);
    expect(talk("2023-01-31", "2023-02-28")).toEqual([]);
    expect(talk("2023-01-31", "2023-03-01")).toEqual(["occurredOn:DEV-02"]);
  });
});

describe("DEV-03: months after the application before the activist decision (local, config)", () => {
  const c = caseAt("determineActivist");
  it("is off by default", () => {
    const result = check(c, { code: "determineActivist", occurredOn: "2023-03-20" });
    expect(result.issues).toEqual([]);
    expect(result.rulesChecked).not.toContain("DEV-03");
  });

  it("with 3 months configured: refuses the day before, accepts the day of", () => {
    const e = env({ config: { ...config, activistMinMonthsAfterApplication: 3 } });
    refused(c, { code: "determineActivist", occurredOn: "2023-05-31" }, ["occurredOn:DEV-03"], e);
    ok(c, { code: "determineActivist", occurredOn: "2023-06-01" }, e);
  });
});

describe("DEV-05: one or two cultivators, full members in good standing", () => {
  const c = caseAt("assignCultivators");
  const cultivators = (...people: MemberRef[]) => issuesOf(check(c, { code: "assignCultivators", occurredOn: "2023-05-16" }, env({ cultivators: people })));

  it("accepts one or two full members", () => {
    expect(cultivators(member("甲"))).toEqual([]);
    expect(cultivators(member("甲"), member("乙"))).toEqual([]);
  });

  it("refuses none or three", () => {
    expect(cultivators()).toEqual(["cultivatorIds:DEV-05"]);
    expect(cultivators(member("甲"), member("乙"), member("丙"))).toEqual(["cultivatorIds:DEV-05"]);
  });

  it("refuses a probationary member or one not in good standing, at its position", () => {
    expect(cultivators(member("甲"), member("乙", { status: "probationary" }))).toEqual(["cultivatorIds.1:DEV-05"]);
    expect(cultivators(member("甲", { standing: "suspended" }))).toEqual(["cultivatorIds.0:DEV-05"]);
  });
});

describe("DEV-07: one year as activist before candidate; DEV-06 every half year inspected", () => {
  it("refuses the day before the anniversary and accepts the day of and after", () => {
    const c = caseAt("determineCandidate");
    refused(c, { code: "determineCandidate", occurredOn: "2024-05-09" }, ["occurredOn:DEV-07"]);
    ok(c, { code: "determineCandidate", occurredOn: "2024-05-10" });
    ok(c, { code: "determineCandidate", occurredOn: "2024-05-11" });
  });

  it("counts a leap-day activist's year to 2025-02-28", () => {
    let c = buildCase({ applicationReceivedOn: "2024-01-10" });
    for (const [code, on] of [["applicantTalk", "2024-01-20"], ["determineActivist", "2024-02-29"], ["fileActivist", "2024-03-01"], ["assignCultivators", "2024-03-01"], ["cultivation", "2024-08-01"], ["cultivation", "2025-01-15"]] as const) {
      c = apply(c, code, on);
    }
    expect(c.activistOn).toBe("2024-02-29");
    refused(c, { code: "determineCandidate", occurredOn: "2025-02-27" }, ["occurredOn:DEV-07"]);
    ok(c, { code: "determineCandidate", occurredOn: "2025-02-28" });
  });

  it("refuses a candidate while a half year has no inspection, naming the half year", () => {
    const c = caseAt("determineCandidate", { skip: ["cultivation@2024-04-01"] });
    const result = check(c, { code: "determineCandidate", occurredOn: "2024-05-20" });
    expect(issuesOf(result)).toEqual(["occurredOn:DEV-06"]);
    expect(result.issues[0]!.message).toContain("2023-11-10 至 2024-05-10");
    // One day before the half year ends it is not yet missing (but DEV-07 is not met either).
    refused(c, { code: "determineCandidate", occurredOn: "2024-05-09" }, ["occurredOn:DEV-07"]);
  });
});

describe("DEV-09: exactly two introducers, full members in good standing", () => {
  const c = apply(caseAt("assignIntroducers"), "assignIntroducers", "2024-06-01");
  const before = caseAt("assignIntroducers");
  const introducers = (...people: MemberRef[]) => issuesOf(check(before, { code: "assignIntroducers", occurredOn: "2024-06-01" }, env({ introducers: people })));

  it("accepts two full members and refuses one or three", () => {
    expect(introducers(member("甲"), member("乙"))).toEqual([]);
    expect(introducers(member("甲"))).toEqual(["introducerIds:DEV-09"]);
    expect(introducers(member("甲"), member("乙"), member("丙"))).toEqual(["introducerIds:DEV-09"]);
  });

  it("refuses a probationary or suspended introducer at its position", () => {
    expect(introducers(member("甲", { status: "probationary" }), member("乙"))).toEqual(["introducerIds.0:DEV-09"]);
    expect(introducers(member("甲"), member("乙", { standing: "suspended" }))).toEqual(["introducerIds.1:DEV-09"]);
  });

  it("refuses an introducer in an open 限期改正 (rules.md §3.2)", () => {
    expect(introducers(member("甲", { isUnderRectification: true }), member("乙"))).toEqual(["introducerIds.0:DEV-09"]);
  });

  it("is done once recorded", () => {
    expect(issuesOf(check(c, { code: "assignIntroducers", occurredOn: "2024-06-02" }))).toEqual(["code:DEV-SEQ"]);
  });
});

describe("DEV-10: a passed political review, still valid at the pre-review", () => {
  const c = caseAt("preReview");
  it("accepts the pre-review up to 12 months after the review and refuses the day after", () => {
    ok(c, { code: "preReview", occurredOn: "2025-06-20", decision: "passed" });
    refused(c, { code: "preReview", occurredOn: "2025-06-21", decision: "passed" }, ["occurredOn:DEV-10"]);
  });

  it("follows the configured validity", () => {
    const e = env({ config: { ...config, politicalReviewValidityMonths: 6 } });
    ok(c, { code: "preReview", occurredOn: "2024-12-20", decision: "passed" }, e);
    refused(c, { code: "preReview", occurredOn: "2024-12-21", decision: "passed" }, ["occurredOn:DEV-10"], e);
  });

  it("counts a leap-day review to 2025-02-28", () => {
    let r = caseAt("politicalReview");
    r = apply(r, "politicalReview", "2024-02-29", "passed");
    // (the review may predate its group's other records; only the pre-review's validity is checked here)
    r = apply(apply(r, "centralizedTraining", "2024-06-25"), "committeeReview", "2024-07-01");
    ok(r, { code: "preReview", occurredOn: "2025-02-28", decision: "passed" });
    refused(r, { code: "preReview", occurredOn: "2025-03-01", decision: "passed" }, ["occurredOn:DEV-10"]);
  });

  it("judges by the latest review: a failed one first, then a passed one", () => {
    let r = caseAt("politicalReview");
    r = apply(r, "politicalReview", "2024-06-01", "not_passed");
    refused(r, { code: "committeeReview", occurredOn: "2024-07-01" }, ["code:DEV-10"]);
    r = apply(r, "politicalReview", "2024-06-20", "passed");
    r = apply(apply(r, "centralizedTraining", "2024-06-25"), "committeeReview", "2024-07-01");
    ok(r, { code: "preReview", occurredOn: "2025-06-20", decision: "passed" });
  });
});

describe("DEV-11: centralized training of 3 days or 24 hours", () => {
  const c = caseAt("centralizedTraining");
  const training = (input: Partial<StepInput>) => issuesOf(check(c, { code: "centralizedTraining", occurredOn: "2024-06-25", ...input }));

  it("accepts 3 days, or 24 hours, and refuses 2 days and 23 hours", () => {
    expect(training({ days: 3, hours: 0 })).toEqual([]);
    expect(training({ days: 0, hours: 24 })).toEqual([]);
    expect(training({ days: 2, hours: 23 })).toEqual(["days:DEV-11"]);
    expect(training({})).toEqual(["days:DEV-11"]);
  });

  it("accepts less with a special-case reason (who may give one is the service's SOD-02 check)", () => {
    expect(training({ days: 2, hours: 16, exceptionReason: "因疫情改为线上学习" })).toEqual([]);
  });
});

describe("DEV-13b: no admission procedure for someone leaving within three months", () => {
  const at = (plannedLeaveOn: string | null, until: StepCode = "preReview") => caseAt(until, { overrides: { plannedLeaveOn } });
  const preReview = { code: "preReview" as const, occurredOn: "2024-07-10", decision: "passed" as const };

  it("refuses a pre-review when leaving on the day, or up to three months later", () => {
    refused(at("2024-07-10"), preReview, ["occurredOn:DEV-13b"]);
    refused(at("2024-10-10"), preReview, ["occurredOn:DEV-13b"]);
  });

  it("accepts a leave date the day after the three months, a past one, or none", () => {
    ok(at("2024-10-11"), preReview);
    ok(at("2024-07-09"), preReview);
    ok(at(null), preReview);
  });

  it("checks the general meeting too", () => {
    const input: StepInput = { code: "admissionMeeting", occurredOn: "2024-07-20", vote: vote(5, 5) };
    refused(at("2024-10-20", "admissionMeeting"), input, ["occurredOn:DEV-13b"], env({ entitledVoters: 5 }));
    ok(at("2024-10-21", "admissionMeeting"), input, env({ entitledVoters: 5 }));
  });
});

describe("DEV-15: the general meeting's vote decides", () => {
  const c = caseAt("admissionMeeting");
  const meeting = (v: NonNullable<StepInput["vote"]>, entitledVoters = 5) => check(c, { code: "admissionMeeting", occurredOn: "2024-07-20", vote: v }, env({ entitledVoters }));

  it("records passed with more than half of the entitled in favour, not_passed otherwise", () => {
    expect(meeting(vote(3, 3))).toMatchObject({ issues: [], decision: "passed" });
    expect(meeting(vote(3, 2))).toMatchObject({ issues: [], decision: "not_passed" });
    expect(meeting(vote(4, 2), 4)).toMatchObject({ issues: [], decision: "not_passed" });
  });

  it("counts written opinions of absent members", () => {
    expect(meeting(vote(3, 2, { writtenInFavour: 1 }))).toMatchObject({ issues: [], decision: "passed" });
  });

  it("refuses a meeting without a quorum, and counts that cannot be true", () => {
    expect(issuesOf(meeting(vote(2, 2)))).toEqual(["vote.present:DEV-15"]);
    expect(issuesOf(meeting(vote(6, 6)))).toEqual(["vote.present:DEV-15"]);
    expect(issuesOf(meeting(vote(3, 3, { against: 1 })))).toEqual(["vote.inFavour:DEV-15"]);
    expect(issuesOf(meeting(vote(4, 4, { writtenInFavour: 2 })))).toEqual(["vote.writtenInFavour:DEV-15"]);
    expect(issuesOf(meeting(vote(0, 0), 0))).toEqual(["vote.entitledVoters:DEV-15"]);
  });
});

describe("DEV-17: approval within three months of the meeting, never after six", () => {
  const c = caseAt("approval");
  const approve = (occurredOn: string, notes?: string) => issuesOf(check(c, { code: "approval", occurredOn, decision: "passed", notes }));

  it("accepts the approval up to three months without notes", () => {
    expect(approve("2024-10-19")).toEqual([]);
    expect(approve("2024-10-20")).toEqual([]);
  });

  it("asks for the special case in the notes the day after three months", () => {
    expect(approve("2024-10-21")).toEqual(["notes:DEV-17"]);
    expect(approve("2024-10-21", "   ")).toEqual(["notes:DEV-17"]);
    expect(approve("2024-10-21", "上级党委集中审批推迟")).toEqual([]);
  });

  it("refuses anything after six months, notes or not", () => {
    expect(approve("2025-01-20", "特殊情况")).toEqual([]);
    expect(approve("2025-01-21", "特殊情况")).toEqual(["occurredOn:DEV-17"]);
  });

  it("clamps at month ends: a meeting on 2024-08-31 gives 2024-11-30 and 2025-02-28", () => {
    const late = caseAt("approval", { replace: { admissionMeeting: "2024-08-31", approvalTalk: "2024-09-01" } });
    expect(issuesOf(check(late, { code: "approval", occurredOn: "2024-11-30", decision: "passed" }))).toEqual([]);
    expect(issuesOf(check(late, { code: "approval", occurredOn: "2024-12-01", decision: "passed" }))).toEqual(["notes:DEV-17"]);
    expect(issuesOf(check(late, { code: "approval", occurredOn: "2025-02-28", decision: "passed", notes: "特殊情况" }))).toEqual([]);
    expect(issuesOf(check(late, { code: "approval", occurredOn: "2025-03-01", decision: "passed", notes: "特殊情况" }))).toEqual(["occurredOn:DEV-17"]);
  });
});

describe("DEV-23: the conversion meeting after the probation; one extension of 6 to 12 months", () => {
  const c = caseAt("conversionMeeting");
  const meeting = (input: Partial<StepInput>, base = c) =>
    check(base, { code: "conversionMeeting", occurredOn: "2025-07-20", proposal: "convert", vote: vote(5, 5), ...input }, env({ entitledVoters: 5 }));

  it("knows the probation ends a year after the meeting", () => {
    expect(c.probationEndsOn).toBe("2025-07-20");
  });

  it("refuses to convert or extend the day before the probation ends; accepts the day of", () => {
    expect(issuesOf(meeting({ occurredOn: "2025-07-19" }))).toEqual(["occurredOn:DEV-23"]);
    expect(issuesOf(meeting({ occurredOn: "2025-07-19", proposal: "extend", extensionMonths: 6 }))).toEqual(["occurredOn:DEV-23"]);
    expect(meeting({})).toMatchObject({ issues: [], decision: "convert" });
  });

  it("lets a cancellation come before the probation ends", () => {
    expect(meeting({ occurredOn: "2025-07-01", proposal: "cancel" })).toMatchObject({ issues: [], decision: "cancel" });
  });

  it("refuses an extension under 6 or over 12 months, or none given", () => {
    expect(issuesOf(meeting({ proposal: "extend", extensionMonths: 5 }))).toEqual(["extensionMonths:DEV-23"]);
    expect(issuesOf(meeting({ proposal: "extend", extensionMonths: 13 }))).toEqual(["extensionMonths:DEV-23"]);
    expect(issuesOf(meeting({ proposal: "extend", extensionMonths: null }))).toEqual(["extensionMonths:DEV-23"]);
    expect(meeting({ proposal: "extend", extensionMonths: 6 })).toMatchObject({ issues: [], decision: "extend" });
    expect(meeting({ proposal: "extend", extensionMonths: 12 })).toMatchObject({ issues: [], decision: "extend" });
  });

  it("records a failed vote as not_passed, whatever was proposed", () => {
    expect(meeting({ vote: vote(5, 2) })).toMatchObject({ issues: [], decision: "not_passed" });
  });

  it("refuses a second extension once one was approved, and moves the probation end", () => {
    let extended = apply(c, "conversionMeeting", "2025-07-20", "extend", { extensionMonths: 6 });
    extended = apply(extended, "conversionApproval", "2025-08-01", "passed");
    expect(extended.probationEndsOn).toBe("2026-01-20");
    extended = apply(extended, "conversionApplication", "2026-01-10");
    const second = (input: Partial<StepInput>) => meeting({ occurredOn: "2026-01-20", ...input }, extended);
    expect(issuesOf(second({ proposal: "extend", extensionMonths: 6 }))).toEqual(["proposal:DEV-23"]);
    expect(issuesOf(second({ occurredOn: "2026-01-19" }))).toEqual(["occurredOn:DEV-23"]);
    expect(second({})).toMatchObject({ issues: [], decision: "convert" });
  });

  it("dates a second round after the approval of the extension", () => {
    let extended = apply(c, "conversionMeeting", "2025-07-20", "extend", { extensionMonths: 6 });
    extended = apply(extended, "conversionApproval", "2025-08-01", "passed");
    refused(extended, { code: "conversionApplication", occurredOn: "2025-07-31" }, ["occurredOn:DEV-SEQ"]);
    ok(extended, { code: "conversionApplication", occurredOn: "2025-08-01" });
  });
});

describe("DEV-24: the conversion approved within three months of the meeting", () => {
  const at = (meetingOn: string) => apply(caseAt("conversionMeeting"), "conversionMeeting", meetingOn, "convert");
  const approve = (c: CaseFacts, occurredOn: string) => issuesOf(check(c, { code: "conversionApproval", occurredOn, decision: "passed" }));

  it("accepts the day of three months and refuses the day after", () => {
    expect(approve(at("2025-07-25"), "2025-10-24")).toEqual([]);
    expect(approve(at("2025-07-25"), "2025-10-25")).toEqual([]);
    expect(approve(at("2025-07-25"), "2025-10-26")).toEqual(["occurredOn:DEV-24"]);
  });

  it("clamps at month ends: a meeting on 2025-11-30 gives 2026-02-28", () => {
    expect(approve(at("2025-11-30"), "2026-02-28")).toEqual([]);
    expect(approve(at("2025-11-30"), "2026-03-01")).toEqual(["occurredOn:DEV-24"]);
  });

  it("counts from the meeting of the current round", () => {
    let c = apply(caseAt("conversionMeeting"), "conversionMeeting", "2025-07-20", "extend", { extensionMonths: 6 });
    c = apply(c, "conversionApproval", "2025-08-01", "passed");
    c = apply(apply(c, "conversionApplication", "2026-01-10"), "conversionMeeting", "2026-01-20", "convert");
    expect(approve(c, "2026-04-20")).toEqual([]);
    expect(approve(c, "2026-04-21")).toEqual(["occurredOn:DEV-24"]);
  });
});

describe("the 2026 rule set (DEV-X1..X4, UNVERIFIED, configurable)", () => {
  describe("DEV-X2: publicity of 5 working days before the candidate listing", () => {
    const c = caseAt("determineCandidate");
    const listing = (publicityFrom: string | null, publicityTo: string | null, e = env2026()) =>
      check(c, { code: "determineCandidate", occurredOn: "2024-05-20", publicityFrom, publicityTo }, e);

    it("is not asked in 2014", () => {
      const result = listing(null, null, env());
      expect(result.issues).toEqual([]);
      expect(result.rulesChecked).not.toContain("DEV-X2");
    });

    it("refuses a listing without publicity", () => {
      expect(issuesOf(listing(null, null))).toEqual(["publicityFrom:DEV-X2"]);
      expect(issuesOf(listing("2024-05-13", null))).toEqual(["publicityFrom:DEV-X2"]);
    });

    it("refuses 4 working days (Mon–Thu), accepts 5 (Mon–Fri) and 5 across a weekend (Thu–Wed)", () => {
      const four = listing("2024-05-13", "2024-05-16");
      expect(issuesOf(four)).toEqual(["publicityTo:DEV-X2"]);
      expect(four.issues[0]!.message).toContain("公示期为 4 个工作日（未配置该年度节假日，按周一至周五计算）");
      expect(four.issues[0]!.message).toContain("2026年修订");
      expect(issuesOf(listing("2024-05-13", "2024-05-17"))).toEqual([]);
      expect(issuesOf(listing("2024-05-09", "2024-05-15"))).toEqual([]);
      expect(issuesOf(listing("2024-05-10", "2024-05-15"))).toEqual(["publicityTo:DEV-X2"]);
    });

    it("uses the configured holiday calendar: a holiday is off, a swapped weekend day (调休) is on", () => {
      const holidays = env2026({ config: { ...config, holidays: ["2024-05-01", "2024-05-02", "2024-05-03"], workingWeekendDays: ["2024-04-28", "2024-05-11"] } });
      // 2024-04-29 Mon … 2024-05-06 Mon: Mon, Tue, Mon = 3 working days (May 1–3 off).
      const three = listing("2024-04-29", "2024-05-06", holidays);
      expect(issuesOf(three)).toEqual(["publicityTo:DEV-X2"]);
      expect(three.issues[0]!.message).toContain("公示期为 3 个工作日，");
      // 2024-05-07 Tue … 2024-05-11 Sat (a working Saturday): 5 working days.
      expect(issuesOf(listing("2024-05-07", "2024-05-11", holidays))).toEqual([]);
    });

    it("refuses a publicity that ends after the listing, or before it starts", () => {
      expect(issuesOf(listing("2024-05-13", "2024-05-21"))).toEqual(["publicityTo:DEV-X2"]);
      expect(issuesOf(listing("2024-05-17", "2024-05-13"))).toEqual(["publicityTo:DEV-X2"]);
    });

    it("follows the configured number of days", () => {
      expect(issuesOf(listing("2024-05-13", "2024-05-16", env2026({ config: { ...config, publicityWorkingDays: 4 } })))).toEqual([]);
    });
  });

  describe("DEV-X1: the general meeting within a month of the pre-review", () => {
    const c = caseAt("admissionMeeting");
    const meeting = (occurredOn: string, e = env2026({ entitledVoters: 5 })) => issuesOf(check(c, { code: "admissionMeeting", occurredOn, vote: vote(5, 5) }, e));

    it("accepts the day of one month and refuses the day after", () => {
      expect(meeting("2024-08-10")).toEqual([]);
      expect(meeting("2024-08-11")).toEqual(["occurredOn:DEV-X1"]);
    });

    it("is not checked in 2014", () => {
      expect(meeting("2024-12-01", env({ entitledVoters: 5 }))).toEqual([]);
    });

    it("clamps at month ends: a pre-review on 2024-01-31 gives 2024-02-29", () => {
      const early = caseAt("admissionMeeting", {
        overrides: { applicationReceivedOn: "2022-01-10" },
        replace: { applicantTalk: "2022-01-20", determineActivist: "2022-03-01", fileActivist: "2022-03-02", assignCultivators: "2022-03-03", cultivation: "2022-08-01", determineCandidate: "2023-12-01", fileCandidate: "2023-12-02", assignIntroducers: "2023-12-03", politicalReview: "2023-12-10", centralizedTraining: "2023-12-20", committeeReview: "2024-01-10", preReview: "2024-01-31", admissionForm: "2024-02-01" },
      });
      const at = (occurredOn: string) => issuesOf(check(early, { code: "admissionMeeting", occurredOn, vote: vote(5, 5) }, env2026({ entitledVoters: 5 })));
      expect(at("2024-02-29")).toEqual([]);
      expect(at("2024-03-01")).toEqual(["occurredOn:DEV-X1"]);
    });
  });

  describe("DEV-X4: secret ballot", () => {
    it("refuses a show of hands at the admission and the conversion meetings, but not in 2014", () => {
      const admission = caseAt("admissionMeeting");
      const show = vote(5, 5, { ballot: "show_of_hands" });
      refused(admission, { code: "admissionMeeting", occurredOn: "2024-07-20", vote: show }, ["vote.ballot:DEV-X4"], env2026({ entitledVoters: 5 }));
      ok(admission, { code: "admissionMeeting", occurredOn: "2024-07-20", vote: show }, env({ entitledVoters: 5 }));
      const conversion = caseAt("conversionMeeting");
      refused(conversion, { code: "conversionMeeting", occurredOn: "2025-07-20", proposal: "convert", vote: show }, ["vote.ballot:DEV-X4"], env2026({ entitledVoters: 5 }));
    });

    it("can be switched off in the configuration", () => {
      const e = env2026({ entitledVoters: 5, config: { ...config, secretBallotIn2026: false } });
      ok(caseAt("admissionMeeting"), { code: "admissionMeeting", occurredOn: "2024-07-20", vote: vote(5, 5, { ballot: "show_of_hands" }) }, e);
    });
  });

  describe("DEV-X3: the oath within a month of the approval", () => {
    const c = caseAt("oath");
    it("accepts the day of one month and refuses the day after; 2014 sets no limit", () => {
      ok(c, { code: "oath", occurredOn: "2024-09-20" }, env2026());
      refused(c, { code: "oath", occurredOn: "2024-09-21" }, ["occurredOn:DEV-X3"], env2026());
      ok(c, { code: "oath", occurredOn: "2025-03-01" });
    });

    it("follows the configured months", () => {
      ok(c, { code: "oath", occurredOn: "2024-10-20" }, env2026({ config: { ...config, oathWithinMonths: 2 } }));
    });
  });
});
