import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import { BASELINE_RULE_SET, ruleSetOn, unverifiedRuleValues } from "./development-rule-sets.rules";

describe("ruleSetOn", () => {
  it("judges by the 2014 细则 while no period is set", () => {
    expect(ruleSetOn([], "2026-11-25")).toBe("2014");
    expect(BASELINE_RULE_SET).toBe("2014");
  });

  it("keeps the old rule set on the day before a period starts and switches on its own day", () => {
    const periods = [{ ruleSet: "2026" as const, effectiveFrom: "2026-06-01" }];
    expect(ruleSetOn(periods, "2026-05-31")).toBe("2014");
    expect(ruleSetOn(periods, "2026-06-01")).toBe("2026");
    expect(ruleSetOn(periods, "2030-01-01")).toBe("2026");
  });

  it("takes the latest period on or before the date, whatever the order they come in", () => {
    const periods = [
      { ruleSet: "2014" as const, effectiveFrom: "2026-09-01" },
      { ruleSet: "2026" as const, effectiveFrom: "2026-06-01" },
      { ruleSet: "2026" as const, effectiveFrom: "2027-01-01" },
    ];
    expect(ruleSetOn(periods, "2026-08-31")).toBe("2026");
    expect(ruleSetOn(periods, "2026-09-01")).toBe("2014");
    expect(ruleSetOn(periods, "2026-12-31")).toBe("2014");
    expect(ruleSetOn(periods, "2027-01-01")).toBe("2026");
  });
});

describe("unverifiedRuleValues", () => {
  it("shows every UNVERIFIED value this server runs with its rule id and a Chinese label", () => {
    const values = unverifiedRuleValues(loadConfig({ DANGJIAN_DEV_OATH_WITHIN_MONTHS: "2", DANGJIAN_DEV_SECRET_BALLOT_2026: "false" }).development);
    expect(values.map((v) => [v.rule, v.key, v.value])).toEqual([
      ["DEV-X1", "preReviewToMeetingMonths", 1],
      ["DEV-X2", "publicityWorkingDays", 5],
      ["DEV-X3", "oathWithinMonths", 2],
      ["DEV-15", "secretBallotIn2026", false],
      ["DEV-10", "politicalReviewValidityMonths", 12],
      ["DEV-03", "activistMinMonthsAfterApplication", 0],
    ]);
    for (const v of values) expect(v.label).toMatch(/[\u4e00-\u9fa5]/);
  });
});
