import { describe, expect, it } from "vitest";
import { describeHandlingVote } from "./handling-vote";

describe("the live reading of a 劝退/除名 vote (HANDLE-05)", () => {
  it("waits for the entitled voters and the attendance", () => expect(describeHandlingVote({ present: 5 })).toEqual({ kind: "incomplete" }));

  it("counts yes votes against 应到会, not against those present", () => {
    expect(describeHandlingVote({ entitledVoters: 9, present: 6, inFavour: 4, against: 2, abstaining: 0 })).toMatchObject({ kind: "counted", isPassed: false });
    expect(describeHandlingVote({ entitledVoters: 9, present: 6, inFavour: 5, against: 1, abstaining: 0 })).toMatchObject({ kind: "counted", isPassed: true });
  });

  it("says when the meeting cannot vote, or the counts cannot be true", () => {
    expect(describeHandlingVote({ entitledVoters: 9, present: 4 }).kind).toBe("no_quorum");
    expect(describeHandlingVote({ entitledVoters: 9, present: 10 }).kind).toBe("invalid");
  });
});
