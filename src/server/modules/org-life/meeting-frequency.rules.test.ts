import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import { FREQUENCY_RULES, OWED_TYPES, OWING_KINDS, describeFrequencyRules, hasBranchCommittee, requirementsOf, unitsOfType } from "./meeting-frequency.rules";

const config = loadConfig({}).orgLife;
const owed = (kind: Parameters<typeof requirementsOf>[0], fullMembers = 10, c = config) =>
  requirementsOf(kind, fullMembers, c).map((r) => `${r.rule} ${r.type}/${r.unit}×${r.count}`);

describe("requirementsOf (rules.md §2.3)", () => {
  it("has a branch owe the general meeting each quarter, committee meetings and theme days each month, lectures each quarter, a life meeting and talks each year", () => {
    expect(owed("branch")).toEqual([
      "FREQ-01 general_meeting/quarter×1",
      "FREQ-02 committee_meeting/month×1",
      "FREQ-04 party_lecture/quarter×1",
      "FREQ-05 theme_day/month×1",
      "FREQ-06 life_meeting/year×1",
      "FREQ-07 one_on_one_talk/year×1",
    ]);
    expect(owed("joint_branch")).toEqual(owed("branch"));
    expect(owed("temporary_branch")).toEqual(owed("branch"));
  });

  it("owes branch committee meetings only with a branch committee: 7 full members or more (ORG-05)", () => {
    expect(hasBranchCommittee(7, config)).toBe(true);
    expect(hasBranchCommittee(6, config)).toBe(false);
    expect(owed("branch", 6)).not.toContain("FREQ-02 committee_meeting/month×1");
    expect(owed("branch", 7)).toContain("FREQ-02 committee_meeting/month×1");
    expect(owed("branch", 3, { ...config, committeeMinFullMembers: 3 })).toContain("FREQ-02 committee_meeting/month×1");
  });

  it("has a party group owe a group meeting each month, and nothing else", () => {
    expect(owed("group")).toEqual(["FREQ-03 group_meeting/month×1"]);
  });

  it("has committees and general branches owe a committee meeting each month and the secretary's lecture each year, whatever their size", () => {
    expect(owed("committee", 0)).toEqual(["FREQ-08 committee_meeting/month×1", "FREQ-09 party_lecture/year×1"]);
    expect(owed("general_branch", 0)).toEqual(owed("committee", 0));
  });

  it("takes the branch's lectures per quarter from configuration (UNVERIFIED), and drops the rule when set to 0", () => {
    expect(owed("branch", 10, { ...config, partyLecturesPerQuarter: 2 })).toContain("FREQ-04 party_lecture/quarter×2");
    expect(owed("branch", 10, { ...config, partyLecturesPerQuarter: 0 }).some((r) => r.includes("party_lecture"))).toBe(false);
    const lecture = requirementsOf("branch", 10, { ...config, partyLecturesPerQuarter: 2 }).find((r) => r.rule === "FREQ-04")!;
    expect(lecture.isConfigured).toBe(true);
    expect(lecture.article).toContain("每季度 2 次");
  });

  it("never owes study sessions, and cites an article for every rule", () => {
    expect(OWED_TYPES).not.toContain("study_session");
    expect(OWED_TYPES).toEqual(["general_meeting", "committee_meeting", "group_meeting", "party_lecture", "theme_day", "life_meeting", "one_on_one_talk"]);
    expect(new Set(FREQUENCY_RULES.map((r) => r.rule)).size).toBe(FREQUENCY_RULES.length);
    for (const rule of describeFrequencyRules(config)) expect(rule.article).toMatch(/条例|党委/);
    expect(OWING_KINDS).toEqual(expect.arrayContaining(["branch", "joint_branch", "temporary_branch", "group", "committee", "general_branch"]));
  });

  it("lists the units each type is owed by: 党课 quarterly for branches and yearly for committees", () => {
    expect(unitsOfType("party_lecture")).toEqual(["quarter", "year"]);
    expect(unitsOfType("committee_meeting")).toEqual(["month"]);
    expect(unitsOfType("life_meeting")).toEqual(["year"]);
    expect(unitsOfType("study_session")).toEqual([]);
  });
});
