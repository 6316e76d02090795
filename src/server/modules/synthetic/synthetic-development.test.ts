import { describe, expect, it } from "vitest";
import { addDays, addYears } from "../../../shared/dates";
import { DEVELOPMENT_STAGES } from "../../../shared/development-steps";
import { parseIdNumber } from "../../../shared/id-number";
import { loadConfig } from "../../config";
import { createRandom } from "../demo/random";
import { generateSyntheticCases } from "./synthetic-development";

const TODAY = "2026-11-25";
const cases = [...generateSyntheticCases(createRandom(3), ["b1", "b2"], 5000, TODAY, { ruleSetOn: () => "2014", config: loadConfig({}).development })];
const share = (pick: (c: (typeof cases)[number]) => boolean) => cases.filter(pick).length / cases.length;

describe("generateSyntheticCases", () => {
  it("spreads the cases over every stage, with closed, deferred and completed ones", () => {
    for (const stage of DEVELOPMENT_STAGES) expect(share((c) => c.status === "open" && c.stage === stage), stage).toBeGreaterThan(0.005);
    expect(share((c) => c.status === "open")).toBeGreaterThan(0.5);
    expect(share((c) => c.status === "completed")).toBeGreaterThan(0.1);
    expect(share((c) => c.status === "closed")).toBeGreaterThan(0.05);
    expect(share((c) => c.status === "deferred")).toBeGreaterThan(0.002);
  });

  it("keeps the key dates in the order of the procedure, with valid ID numbers of adults", () => {
    for (const c of cases) {
      expect(parseIdNumber(c.idNumber, TODAY).ok).toBe(true);
      expect(addYears(c.birthDate, 18) <= c.applicationReceivedOn).toBe(true);
      const dates = [c.applicationReceivedOn, c.activistOn, c.candidateOn, c.admittedOn, c.approvedOn].filter((d) => d !== null);
      expect(dates).toEqual([...dates].sort());
      expect(dates.at(-1)! <= TODAY).toBe(true);
      if (c.stage === "probationary" || c.stage === "full_member") expect(c.approvedOn && c.probationEndsOn && c.probationEndsOn > c.admittedOn!).toBeTruthy();
      if (c.stage === "full_member") expect(c.fullMemberOn).toBe(c.probationEndsOn);
    }
    expect(new Set(cases.map((c) => c.idNumber)).size).toBe(cases.length);
  });

  it("approves admissions over the last three years", () => {
    const approved = cases.map((c) => c.approvedOn).filter((d) => d !== null).sort();
    expect(approved.length).toBeGreaterThan(cases.length / 4);
    expect(approved[0]! >= addYears(TODAY, -4)).toBe(true);
    expect(approved.filter((d) => d < addYears(TODAY, -2)).length).toBeGreaterThan(approved.length / 10);
  });

  it("derives the next deadline only for open cases, some overdue and some due within 30 days", () => {
    for (const c of cases) {
      if (c.status !== "open") expect([c.nextStepCode, c.nextDueOn, c.nextDueRule]).toEqual([null, null, null]);
      expect(c.nextDueOn === null).toBe(c.nextDueRule === null);
    }
    const open = cases.filter((c) => c.status === "open" && c.nextDueOn !== null);
    const overdue = open.filter((c) => c.nextDueOn! < TODAY);
    expect(overdue.length / open.length).toBeGreaterThan(0.01);
    expect(overdue.length / open.length).toBeLessThan(0.2);
    expect(open.some((c) => c.nextDueOn! >= TODAY && c.nextDueOn! <= addDays(TODAY, 30))).toBe(true);
    expect(new Set(overdue.map((c) => c.nextDueRule))).toEqual(new Set(["DEV-02", "DEV-06", "DEV-17", "DEV-23", "DEV-24"]));
  });
});
