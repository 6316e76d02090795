import { describe, expect, it } from "vitest";
import { type Ballot, type BallotRoll, ballotsHash, canonicalBallots, checkBallot, checkBallotCapacity, leadingGrade, sameTally, tallyBallots } from "./evaluation-tally.rules";

const roll: BallotRoll = {
  graded: new Set(["m1", "m2", "m3"]),
  ungraded: new Set(["p1"]),
  names: new Map([["m1", "甲"], ["m2", "乙"], ["m3", "丙"], ["p1", "丁"]]),
};
const ballots: Ballot[] = [
  { source: "online", choices: { m1: "excellent", m2: "qualified", m3: "qualified" } },
  { source: "paper", choices: { m3: "basically_qualified", m1: "excellent", m2: "qualified" } },
  { source: "paper", choices: { m1: "qualified", m2: "unqualified", m3: "qualified" } },
];

describe("EVAL-06: a valid ballot", () => {
  it("grades every graded member and nobody else", () => {
    expect(checkBallot({ m1: "excellent", m2: "qualified", m3: "unqualified" }, roll)).toEqual([]);
  });
  it("refuses a missing member, an unknown one, an ungraded probationary member and a value that is no grade", () => {
    expect(checkBallot({ m1: "excellent", m2: "qualified" }, roll)).toMatchObject([{ rule: "EVAL-06", message: expect.stringContaining("丙") }]);
    expect(checkBallot({ m1: "excellent", m2: "qualified", m3: "qualified", x9: "qualified" }, roll)).toMatchObject([{ rule: "EVAL-06", message: expect.stringContaining("不在本次评议名单") }]);
    expect(checkBallot({ m1: "excellent", m2: "qualified", m3: "qualified", p1: "qualified" }, roll)).toMatchObject([{ rule: "EVAL-06", message: expect.stringContaining("丁") }]);
    expect(checkBallot({ m1: "great", m2: "qualified", m3: "qualified" }, roll)).toMatchObject([{ rule: "EVAL-06", message: expect.stringContaining("甲的等次无效") }]);
  });
  it("names the ballot's field", () => {
    expect(checkBallot({}, roll, "ballots.2.choices")[0]!.field).toBe("ballots.2.choices");
  });
});

describe("EVAL-05: never more ballots than participants", () => {
  it("allows up to the participants and refuses one more", () => {
    expect(checkBallotCapacity(3, 2, 5)).toEqual([]);
    expect(checkBallotCapacity(3, 3, 5)).toMatchObject([{ rule: "EVAL-05" }]);
    expect(checkBallotCapacity(5, 1, 5)).toMatchObject([{ rule: "EVAL-05" }]);
  });
});

describe("the tally", () => {
  it("counts exactly, per member and grade, with zero rows for members no one graded so", () => {
    const tally = tallyBallots("c1", ["m1", "m2", "m3"], ballots);
    expect(tally).toMatchObject({
      ballots: 3,
      online: 1,
      paper: 2,
      counts: {
        m1: { excellent: 2, qualified: 1, basically_qualified: 0, unqualified: 0 },
        m2: { excellent: 0, qualified: 2, basically_qualified: 0, unqualified: 1 },
        m3: { excellent: 0, qualified: 2, basically_qualified: 1, unqualified: 0 },
      },
    });
    expect(tally.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is deterministic: the order of ballots and of their keys changes neither counts nor hash", () => {
    const shuffled = [ballots[2]!, ballots[0]!, { source: "paper" as const, choices: { m2: "qualified" as const, m1: "excellent" as const, m3: "basically_qualified" as const } }];
    const a = tallyBallots("c1", ["m1", "m2", "m3"], ballots);
    const b = tallyBallots("c1", ["m3", "m1", "m2"], shuffled);
    expect(b).toEqual(a);
    expect(sameTally(a, b)).toBe(true);
    expect(canonicalBallots("c1", shuffled)).toBe(canonicalBallots("c1", ballots));
  });

  it("changes the hash when any ballot, its source or the campaign changes", () => {
    const base = ballotsHash("c1", ballots);
    expect(ballotsHash("c2", ballots)).not.toBe(base);
    expect(ballotsHash("c1", ballots.slice(1))).not.toBe(base);
    expect(ballotsHash("c1", [{ ...ballots[0]!, source: "paper" }, ballots[1]!, ballots[2]!])).not.toBe(base);
    expect(ballotsHash("c1", [{ ...ballots[0]!, choices: { ...ballots[0]!.choices, m3: "excellent" } }, ballots[1]!, ballots[2]!])).not.toBe(base);
  });

  it("has a known serialization and hash (a re-count elsewhere can reproduce it)", () => {
    const one: Ballot[] = [{ source: "online", choices: { b: "qualified", a: "excellent" } }];
    expect(canonicalBallots("c", one)).toBe('{"campaignId":"c","ballots":["[\\"online\\",[[\\"a\\",\\"excellent\\"],[\\"b\\",\\"qualified\\"]]]"]}');
    expect(ballotsHash("c", [])).toBe(ballotsHash("c", []));
  });

  it("detects a stored tally that no longer matches", () => {
    const a = tallyBallots("c1", ["m1", "m2", "m3"], ballots);
    const tampered = { ...a, counts: { ...a.counts, m1: { ...a.counts.m1!, excellent: 3 } } };
    expect(sameTally(a, tampered)).toBe(false);
  });

  it("points to the grade most chosen, ties to the better grade", () => {
    expect(leadingGrade({ excellent: 1, qualified: 3, basically_qualified: 0, unqualified: 0 })).toBe("qualified");
    expect(leadingGrade({ excellent: 2, qualified: 2, basically_qualified: 0, unqualified: 0 })).toBe("excellent");
    expect(leadingGrade({ excellent: 0, qualified: 0, basically_qualified: 0, unqualified: 0 })).toBeNull();
  });
});
