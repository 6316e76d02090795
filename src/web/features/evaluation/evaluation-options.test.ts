import { describe, expect, it } from "vitest";
import type { EvaluationEntry } from "../../../shared/contracts/evaluation.contract";
import { changedGrades, countExcellent, describeCounts, filledRow, leadingGrade, paperRowsToBallots } from "./evaluation-options";

const entry = (id: string, over: Partial<EvaluationEntry> = {}): EvaluationEntry => ({
  id,
  memberId: `m-${id}`,
  memberName: id,
  orgName: "支部",
  isGraded: true,
  isMine: false,
  selfGrade: null,
  submittedAt: null,
  hasPeerComments: false,
  votes: null,
  proposedGrade: null,
  gradeReason: null,
  finalGrade: null,
  feedback: null,
  feedbackOn: null,
  handlingCaseId: null,
  ...over,
});

describe("grading helpers", () => {
  const entries = [entry("a", { finalGrade: "excellent" }), entry("b"), entry("c"), entry("p", { isGraded: false })];

  it("counts excellent grades of graded members, drafts over saved values", () => {
    expect(countExcellent(entries, {}, "finalGrade")).toBe(1);
    expect(countExcellent(entries, { b: { proposedGrade: null, finalGrade: "excellent", gradeReason: "" } }, "finalGrade")).toBe(2);
    expect(countExcellent(entries, { a: { proposedGrade: null, finalGrade: "qualified", gradeReason: "" } }, "finalGrade")).toBe(0);
  });

  it("sends only the drafts that changed", () => {
    const drafts = {
      a: { proposedGrade: null, finalGrade: "excellent" as const, gradeReason: "" },
      b: { proposedGrade: "qualified" as const, finalGrade: "qualified" as const, gradeReason: " 表现良好 " },
    };
    expect(changedGrades(entries, drafts)).toEqual([{ entryId: "b", proposedGrade: "qualified", finalGrade: "qualified", gradeReason: "表现良好" }]);
  });

  it("points to the grade most voted, ties to the better grade", () => {
    expect(leadingGrade({ excellent: 2, qualified: 2, basically_qualified: 0, unqualified: 0 })).toBe("excellent");
    expect(leadingGrade({ excellent: 0, qualified: 1, basically_qualified: 0, unqualified: 3 })).toBe("unqualified");
    expect(leadingGrade(null)).toBeNull();
  });

  it("describes a distribution", () => {
    expect(describeCounts({ excellent: 1, qualified: 20, basically_qualified: 0, unqualified: 1 })).toBe("优秀 1 · 合格 20 · 基本合格 0 · 不合格 1");
  });
});

describe("paper ballots", () => {
  it("turns complete rows into ballots and names the incomplete ones", () => {
    const rows = [filledRow(["x", "y"], "qualified"), { x: "excellent" as const, y: undefined }];
    const { ballots, incomplete } = paperRowsToBallots(rows, ["x", "y"]);
    expect(incomplete).toEqual([2]);
    expect(ballots[0]).toEqual({ choices: { x: "qualified", y: "qualified" } });
  });
});
