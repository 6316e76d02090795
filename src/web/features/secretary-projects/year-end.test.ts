import { describe, expect, it } from "vitest";
import { nextCriterionKey, previewRubricScore, weightSum } from "./year-end";

const criteria = [
  { key: "goals", weight: 40 },
  { key: "effect", weight: 30 },
  { key: "process", weight: 15 },
  { key: "innovation", weight: 15 },
];

describe("the scoring form's live total", () => {
  it("weighs the scores given so far and says when every criterion is scored", () => {
    expect(previewRubricScore(criteria, {})).toEqual({ total: 0, scored: 0, complete: false });
    expect(previewRubricScore(criteria, { goals: 90, effect: null })).toEqual({ total: 36, scored: 1, complete: false });
    expect(previewRubricScore(criteria, { goals: 90, effect: 80, process: 70, innovation: 60 })).toEqual({ total: 79.5, scored: 4, complete: true });
    // 36.8 + 26.4 + 12.75 = 75.95: half up, as the server rounds.
    expect(previewRubricScore(criteria, { goals: 92, effect: 88, process: 85 }).total).toBe(76);
  });
});

describe("the rubric editor", () => {
  it("sums the weights filled in", () => {
    expect(weightSum([{ weight: 40 }, { weight: null }, { weight: 35 }, {}])).toBe(75);
  });

  it("offers a key not yet taken", () => {
    expect(nextCriterionKey(["goals", "c1", "c3"])).toBe("c2");
    expect(nextCriterionKey([])).toBe("c1");
  });
});
