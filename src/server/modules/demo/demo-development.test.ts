import { describe, expect, it } from "vitest";
import { wholeYearsBetween } from "../../../shared/dates";
import { STEP_BY_CODE } from "../../../shared/development-steps";
import { parseIdNumber } from "../../../shared/id-number";
import { DEMO_REFERENCE_DATE, buildDemoDataset } from "./demo-dataset";
import { buildDemoDevelopment } from "./demo-development";

const data = buildDemoDataset();
const cases = buildDemoDevelopment(data);

describe("buildDemoDevelopment", () => {
  it("is the same on every run", () => {
    expect(buildDemoDevelopment(buildDemoDataset())).toEqual(cases);
  });

  it("has 25 to 40 people, only in branches whose secretary has a demo account", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.length).toBeLessThanOrEqual(40);
    const officerBranches = new Set(data.users.filter((u) => u.role === "branch_officer").map((u) => u.orgCode));
    expect(cases.every((c) => officerBranches.has(c.branchCode))).toBe(true);
    expect(new Set(cases.map((c) => c.branchCode)).size).toBe(officerBranches.size);
  });

  it("gives valid ID numbers (GB 11643), unique in the whole demo, of people at least 18 on the day they applied (DEV-01)", () => {
    const taken = new Set(data.members.map((m) => m.idNumber));
    const names = new Set(data.members.map((m) => m.name));
    for (const { person } of cases) {
      const parsed = parseIdNumber(person.idNumber, DEMO_REFERENCE_DATE);
      if (!parsed.ok) throw new Error(`${person.name}: ${parsed.message}`);
      expect(parsed.value.gender).toBe(person.gender);
      expect(wholeYearsBetween(parsed.value.birthDate, person.applicationReceivedOn)).toBeGreaterThanOrEqual(18);
      expect(taken.has(person.idNumber)).toBe(false);
      expect(names.has(person.name)).toBe(false);
      taken.add(person.idNumber);
      names.add(person.name);
    }
  });

  it("sets focus groups for some, young farmers among the villagers", () => {
    const village = cases.filter((c) => c.branchCode === "QS-CUN01");
    expect(village.some((c) => c.person.focusGroup === "young_farmer")).toBe(true);
    expect(cases.filter((c) => c.person.focusGroup).length).toBeGreaterThanOrEqual(cases.length / 3);
    expect(cases.some((c) => c.person.focusGroup === null)).toBe(true);
  });

  it("dates every step after the application, in order, and no later than the reference date", () => {
    for (const c of cases) {
      const dates = [c.person.applicationReceivedOn, ...c.steps.map((s) => s.occurredOn)];
      expect(dates).toEqual([...dates].sort());
      expect(dates.at(-1)! <= DEMO_REFERENCE_DATE).toBe(true);
      expect(c.steps.map((s) => s.code)).not.toContain("submitApplication");
    }
  });

  it("reaches every milestone somewhere: activist, candidate, admission, approval, conversion, extension, archive", () => {
    const reached = new Set(cases.flatMap((c) => c.steps.map((s) => s.code)));
    for (const code of ["determineActivist", "determineCandidate", "preReview", "admissionMeeting", "approval", "conversionMeeting", "archive"] as const) {
      expect(reached, STEP_BY_CODE[code].label).toContain(code);
    }
    expect(cases.some((c) => c.steps.some((s) => s.extensionMonths === 6))).toBe(true);
    expect(cases.some((c) => c.steps.some((s) => s.code === "admissionMeeting" && !s.isPassed))).toBe(true);
    expect(cases.map((c) => c.outcome?.outcome).filter(Boolean).sort()).toEqual(["deferred", "withdrawn"]);
  });
});
