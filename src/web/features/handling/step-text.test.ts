import { describe, expect, it } from "vitest";
import { stepFacts, stepTitle } from "./step-text";

describe("a step on the timeline", () => {
  it("names the method and the decision of a meeting", () => {
    expect(stepTitle({ kind: "meeting_decision", decision: "passed", facts: { method: "persuade_to_leave", vote: {} } })).toBe("支部党员大会决定：劝其退党（表决通过）");
    expect(stepTitle({ kind: "meeting_decision", decision: "passed", facts: { method: "rectify_by_deadline" } })).toBe("党支部决定：限期改正");
    expect(stepTitle({ kind: "follow_up", decision: "not_improved", facts: {} })).toBe("跟踪考察：期满仍无转变");
    expect(stepTitle({ kind: "education_talk", decision: null, facts: {} })).toBe("教育谈话");
  });

  it("spells out the vote and the approval's document number", () => {
    expect(stepFacts({ facts: { vote: { entitledVoters: 9, present: 8, inFavour: 7, against: 1, abstaining: 0 }, documentNumber: "青党批〔2026〕8号" } })).toEqual([
      "应到会 9 人，实到 8 人；赞成 7、反对 1、弃权 0",
      "批复文号 青党批〔2026〕8号",
    ]);
  });
});
