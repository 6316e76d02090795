import { describe, expect, it } from "vitest";
import type { EvaluationGrade } from "../../../shared/org-life";
import { type GradedEntryFacts, checkAllGraded, checkGrades, excellentCap } from "./evaluation-grades.rules";

const entry = (i: number, over: Partial<GradedEntryFacts> = {}): GradedEntryFacts => ({
  entryId: `e${i}`,
  memberName: `党员${i}`,
  isGraded: true,
  proposedGrade: null,
  finalGrade: null,
  gradeReason: null,
  ...over,
});
const graded = (grades: (EvaluationGrade | null)[], field: "proposedGrade" | "finalGrade" = "finalGrade") => grades.map((g, i) => entry(i, { [field]: g }));

describe("EVAL-01: excellent at most one third of the graded members", () => {
  it("rounds the third down", () => {
    expect([0, 1, 2, 3, 5, 6, 9, 10, 11, 12, 30, 31].map(excellentCap)).toEqual([0, 0, 0, 1, 1, 2, 3, 3, 3, 4, 10, 10]);
  });

  it("accepts exactly the cap and refuses one more, for final and proposed grades alike", () => {
    const nine = (excellent: number): (EvaluationGrade | null)[] => Array.from({ length: 9 }, (_, i) => (i < excellent ? "excellent" : "qualified"));
    expect(checkGrades(graded(nine(3)))).toEqual([]);
    const refused = checkGrades(graded(nine(4)));
    expect(refused).toMatchObject([{ rule: "EVAL-01", code: "EVAL-01", field: "finalGrade" }]);
    expect(refused[0]!.message).toContain("最多 3 人");
    expect(refused[0]!.message).toContain("EVAL-01");
    expect(checkGrades(graded(nine(4), "proposedGrade"))).toMatchObject([{ rule: "EVAL-01", field: "proposedGrade" }]);
  });

  it("counts only graded members: probationary members neither raise the cap nor count as excellent", () => {
    // 6 graded + 3 probationary: the cap is 2, not 3.
    const entries = [...graded(["excellent", "excellent", "excellent", "qualified", "qualified", "qualified"]), ...[6, 7, 8].map((i) => entry(i, { isGraded: false }))];
    expect(checkGrades(entries)).toMatchObject([{ rule: "EVAL-01" }]);
    expect(checkGrades(entries)[0]!.message).toContain("6 名党员");
  });

  it("allows no excellent grade at all below three graded members", () => {
    expect(checkGrades(graded(["excellent", "qualified"]))).toMatchObject([{ rule: "EVAL-01" }]);
  });
});

describe("EVAL-07 and EVAL-10", () => {
  it("refuses a grade for a probationary member who is not graded", () => {
    expect(checkGrades([entry(1, { isGraded: false, finalGrade: "qualified" })])).toMatchObject([{ rule: "EVAL-07", field: "finalGrade" }]);
    expect(checkGrades([entry(1, { isGraded: false, proposedGrade: "qualified" })])).toMatchObject([{ rule: "EVAL-07", field: "proposedGrade" }]);
  });

  it("wants a reason for every 不合格 final grade", () => {
    expect(checkGrades([entry(1, { finalGrade: "unqualified" })])).toMatchObject([{ rule: "EVAL-10", field: "gradeReason" }]);
    expect(checkGrades([entry(1, { finalGrade: "unqualified", gradeReason: "  " })])).toMatchObject([{ rule: "EVAL-10" }]);
    expect(checkGrades([entry(1, { finalGrade: "unqualified", gradeReason: "长期不参加组织生活" })])).toEqual([]);
  });

  it("names who still has no final grade", () => {
    expect(checkAllGraded(graded(["qualified", null, null]))).toMatchObject([{ rule: "EVAL-07", message: expect.stringContaining("党员1、党员2") }]);
    expect(checkAllGraded([...graded(["qualified"]), entry(5, { isGraded: false })])).toEqual([]);
  });
});
