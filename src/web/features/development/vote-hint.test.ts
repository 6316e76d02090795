import { describe, expect, it } from "vitest";
import { moreThanHalf } from "../../../shared/development-vote";
import { describeVote } from "./vote-hint";

const vote = { entitledVoters: 9, present: 6, inFavour: 5, against: 1, abstaining: 0, writtenInFavour: 0, writtenAgainst: 0, writtenAbstaining: 0 };

describe("describeVote (DEV-15)", () => {
  it("says nothing until the entitled voters and the attendance are known", () => {
    expect(describeVote({ ...vote, entitledVoters: null }).kind).toBe("incomplete");
    expect(describeVote({ ...vote, present: undefined }).kind).toBe("incomplete");
  });

  it("needs more than half of the entitled voters present", () => {
    expect(moreThanHalf(9)).toBe(5);
    expect(moreThanHalf(10)).toBe(6);
    expect(describeVote({ ...vote, present: 4, inFavour: 4, against: 0 })).toMatchObject({ kind: "no_quorum" });
    expect(describeVote({ ...vote, entitledVoters: 10, present: 5, inFavour: 5, against: 0 })).toMatchObject({ kind: "no_quorum" });
  });

  it("passes with more than half of the entitled voters in favour, not of those present", () => {
    expect(describeVote(vote)).toMatchObject({ kind: "counted", isPassed: true });
    // 4 of 6 present is a majority of the room but not of the 9 who should attend.
    expect(describeVote({ ...vote, inFavour: 4, against: 2 })).toMatchObject({ kind: "counted", isPassed: false });
  });

  it("counts the written opinions of absent members in favour", () => {
    expect(describeVote({ ...vote, inFavour: 4, against: 2, writtenInFavour: 1 })).toMatchObject({ kind: "counted", isPassed: true });
  });

  it("flags counts that cannot be true", () => {
    expect(describeVote({ ...vote, present: 10 })).toMatchObject({ kind: "invalid" });
    expect(describeVote({ ...vote, inFavour: 6 })).toMatchObject({ kind: "invalid" });
    expect(describeVote({ ...vote, writtenInFavour: 4 })).toMatchObject({ kind: "invalid" });
    expect(describeVote({ ...vote, entitledVoters: 0, present: 0, inFavour: 0, against: 0 })).toMatchObject({ kind: "invalid" });
  });
});
