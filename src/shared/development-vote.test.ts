import { describe, expect, it } from "vitest";
import { type VoteCount, countVote, moreThanHalf } from "./development-vote";

const vote = (present: number, inFavour: number, extra: Partial<VoteCount> = {}): VoteCount => ({
  present,
  inFavour,
  against: present - inFavour,
  abstaining: 0,
  writtenInFavour: 0,
  writtenAgainst: 0,
  writtenAbstaining: 0,
  ...extra,
});

describe("moreThanHalf", () => {
  it("is the smallest count above half: exactly half is not more than half", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50, 51].map(moreThanHalf)).toEqual([1, 2, 2, 3, 3, 4, 4, 26, 26]);
  });
});

describe("DEV-15a: quorum — more than half of the entitled voters present", () => {
  it("with 5 entitled, needs 3 present", () => {
    expect(countVote(5, vote(2, 2))).toEqual({ kind: "no_quorum", needed: 3 });
    expect(countVote(5, vote(3, 3))).toMatchObject({ kind: "counted", needed: 3 });
  });

  it("with 4 entitled, needs 3 present: 2 of 4 is exactly half", () => {
    expect(countVote(4, vote(2, 2))).toEqual({ kind: "no_quorum", needed: 3 });
    expect(countVote(4, vote(3, 3))).toMatchObject({ kind: "counted", needed: 3 });
  });

  it("does not let written opinions make the quorum", () => {
    expect(countVote(5, vote(2, 2, { writtenInFavour: 3 }))).toEqual({ kind: "no_quorum", needed: 3 });
  });
});

describe("DEV-15b: passed with more than half of the entitled in favour (not of those present)", () => {
  it("with 5 entitled, 3 in favour pass and 2 do not, however many are present", () => {
    expect(countVote(5, vote(5, 3))).toEqual({ kind: "counted", isPassed: true, votesFor: 3, needed: 3 });
    expect(countVote(5, vote(5, 2))).toEqual({ kind: "counted", isPassed: false, votesFor: 2, needed: 3 });
    // 2 of 3 present is a majority of those present, but not of the 5 entitled.
    expect(countVote(5, vote(3, 2))).toMatchObject({ isPassed: false });
  });

  it("with 4 entitled, 3 in favour pass and 2 (exactly half) do not", () => {
    expect(countVote(4, vote(4, 3))).toMatchObject({ isPassed: true, needed: 3 });
    expect(countVote(4, vote(4, 2))).toMatchObject({ isPassed: false, needed: 3 });
  });

  it("counts the written opinions of absent full members in the tally", () => {
    expect(countVote(5, vote(3, 2, { writtenInFavour: 1 }))).toEqual({ kind: "counted", isPassed: true, votesFor: 3, needed: 3 });
    expect(countVote(5, vote(3, 2, { writtenAgainst: 2 }))).toMatchObject({ isPassed: false, votesFor: 2 });
  });

  it("passes a one-member meeting with that member's vote", () => {
    expect(countVote(1, vote(1, 1))).toMatchObject({ isPassed: true, needed: 1 });
  });
});

describe("counts that cannot be true are invalid (refused, naming the field)", () => {
  it("refuses a meeting with nobody entitled", () => {
    expect(countVote(0, vote(0, 0))).toMatchObject({ kind: "invalid", field: "vote.entitledVoters" });
  });

  it("refuses more present than entitled; as many is fine", () => {
    expect(countVote(5, vote(6, 6))).toMatchObject({ kind: "invalid", field: "vote.present" });
    expect(countVote(5, vote(5, 5))).toMatchObject({ kind: "counted" });
  });

  it("refuses more votes cast than members present; fewer is fine (someone did not vote)", () => {
    expect(countVote(5, vote(3, 2, { against: 1, abstaining: 1 }))).toMatchObject({ kind: "invalid", field: "vote.inFavour" });
    expect(countVote(5, vote(3, 3, { against: 0 }))).toMatchObject({ kind: "counted" });
    expect(countVote(5, vote(4, 3, { against: 0 }))).toMatchObject({ kind: "counted", isPassed: true });
  });

  it("refuses more written opinions than absent members; exactly as many is fine", () => {
    expect(countVote(5, vote(3, 3, { writtenInFavour: 1, writtenAgainst: 1, writtenAbstaining: 1 }))).toMatchObject({ kind: "invalid", field: "vote.writtenInFavour" });
    expect(countVote(5, vote(3, 3, { writtenInFavour: 1, writtenAgainst: 1 }))).toMatchObject({ kind: "counted" });
  });
});
