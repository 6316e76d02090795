import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import { requirementsOf } from "./meeting-frequency.rules";
import { type PlanSlot, isPlannedOnInYear, missingPlanSlots } from "./meeting-plans.rules";

const config = loadConfig({}).orgLife;
const branch = requirementsOf("branch", 10, config);
const longEstablished = { establishedOn: null, dissolvedOn: null };
const slots = (today: string, overrides: Partial<Parameters<typeof missingPlanSlots>[0]> = {}) =>
  missingPlanSlots({ requirements: branch, life: longEstablished, year: 2026, today, partialPeriodOwed: false, existing: [], ...overrides });
const show = (list: PlanSlot[]) => list.map((s) => `${s.month}:${s.type}`);

describe("missingPlanSlots", () => {
  it("plans a whole coming year: 12 committee meetings and theme days, 4 general meetings and lectures, a life meeting in December and talks in November", () => {
    const year = slots("2025-12-20");
    expect(year).toHaveLength(12 + 12 + 4 + 4 + 1 + 1);
    expect(show(year.filter((s) => s.month === 1))).toEqual(["1:general_meeting", "1:committee_meeting", "1:party_lecture", "1:theme_day"]);
    expect(show(year.filter((s) => s.type === "general_meeting"))).toEqual(["1:general_meeting", "4:general_meeting", "7:general_meeting", "10:general_meeting"]);
    expect(show(year.filter((s) => s.type === "life_meeting" || s.type === "one_on_one_talk"))).toEqual(["11:one_on_one_talk", "12:life_meeting"]);
  });

  it("plans only the periods not yet closed, from today's month on (2026-11-25)", () => {
    expect(show(slots("2026-11-25"))).toEqual([
      "11:general_meeting",
      "11:committee_meeting",
      "11:party_lecture",
      "11:theme_day",
      "11:one_on_one_talk",
      "12:committee_meeting",
      "12:theme_day",
      "12:life_meeting",
    ]);
    // On the last day of a quarter it is still open; the next day it is history.
    expect(show(slots("2026-09-30")).filter((s) => s.endsWith("general_meeting"))).toEqual(["9:general_meeting", "10:general_meeting"]);
    expect(show(slots("2026-10-01")).filter((s) => s.endsWith("general_meeting"))).toEqual(["10:general_meeting"]);
    expect(slots("2027-01-01")).toEqual([]);
  });

  it("adds only what is missing: planned or held items count, cancelled ones are not passed in", () => {
    const existing: PlanSlot[] = [
      { type: "general_meeting", month: 12 },
      { type: "committee_meeting", month: 11 },
      { type: "life_meeting", month: 10 },
    ];
    const added = show(slots("2026-11-25", { existing }));
    expect(added).not.toContain("11:general_meeting");
    expect(added).not.toContain("11:committee_meeting");
    expect(added).toContain("12:committee_meeting");
    // A life meeting planned in October already covers the year.
    expect(added).not.toContain("12:life_meeting");
    // Idempotent: the plan with what was added needs nothing more.
    const all = [...existing, ...slots("2026-11-25", { existing })];
    expect(slots("2026-11-25", { existing: all })).toEqual([]);
  });

  it("spreads several lectures a quarter over the quarter's months", () => {
    const twice = requirementsOf("branch", 10, { ...config, partyLecturesPerQuarter: 2 });
    const lectures = show(slots("2025-12-01", { requirements: twice }).filter((s) => s.type === "party_lecture"));
    expect(lectures.slice(0, 2)).toEqual(["1:party_lecture", "2:party_lecture"]);
    expect(lectures).toHaveLength(8);
    // In the quarter's last month both land in it.
    expect(show(slots("2026-12-05", { requirements: twice }).filter((s) => s.type === "party_lecture"))).toEqual(["12:party_lecture", "12:party_lecture"]);
  });

  it("follows the organization's life: nothing before a mid-year set-up, nothing after dissolution", () => {
    const late = slots("2025-12-01", { life: { establishedOn: "2026-05-20", dissolvedOn: null } });
    expect(late.filter((s) => s.type === "theme_day").map((s) => s.month)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(late.filter((s) => s.type === "general_meeting").map((s) => s.month)).toEqual([7, 10]);
    expect(late.some((s) => s.type === "life_meeting")).toBe(false);
    const lenient = slots("2025-12-01", { life: { establishedOn: "2026-05-20", dissolvedOn: null }, partialPeriodOwed: true });
    expect(lenient.filter((s) => s.type === "theme_day").map((s) => s.month)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    const dissolved = slots("2025-12-01", { life: { establishedOn: null, dissolvedOn: "2026-03-01" } });
    expect(dissolved.filter((s) => s.type === "theme_day").map((s) => s.month)).toEqual([1, 2]);
  });

  it("plans a committee's monthly meetings and the secretary's lecture in July, or this month when July is past", () => {
    const committee = requirementsOf("committee", 0, config);
    expect(show(slots("2025-12-01", { requirements: committee }).filter((s) => s.type === "party_lecture"))).toEqual(["7:party_lecture"]);
    expect(show(slots("2026-11-25", { requirements: committee }))).toEqual(["11:committee_meeting", "11:party_lecture", "12:committee_meeting"]);
  });

  it("keeps a planned day inside the plan's year", () => {
    expect(isPlannedOnInYear("2026-12-31", 2026)).toBe(true);
    expect(isPlannedOnInYear("2027-01-01", 2026)).toBe(false);
  });
});
