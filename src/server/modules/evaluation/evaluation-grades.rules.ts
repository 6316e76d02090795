import { EVALUATION_GRADE_LABELS, type EvaluationGrade } from "../../../shared/org-life";
import { type EvaluationIssue, issue } from "./evaluation-rule-catalogue";

/**
 * The grades of a campaign (评定等次, rules.md §3.1). Pure.
 *
 * EVAL-01, "one third of what": rules.md says excellent members are normally no more than 1/3 "of all
 * members". We read it as one third of the members **graded in this campaign** (its entries with
 * `isGraded`): probationary members take part but are not graded (§3.1 [S71], config
 * `probationaryNotGraded`), so they can be neither excellent nor counted towards the cap — counting
 * them would let a branch grade more than a third of those actually graded as excellent. The cap is
 * rounded down: 9 graded → 3, 10 → 3, 11 → 3, 12 → 4; fewer than 3 graded → none excellent.
 * "Normally" (一般) allows a superior's exception; the system has no such exception and refuses.
 */
export const excellentCap = (gradedCount: number): number => Math.floor(Math.max(0, gradedCount) / 3);

export interface GradedEntryFacts {
  entryId: string;
  memberName: string;
  isGraded: boolean;
  proposedGrade: EvaluationGrade | null;
  finalGrade: EvaluationGrade | null;
  gradeReason: string | null;
}

export type GradeField = "proposedGrade" | "finalGrade";
const FIELD_LABELS: Record<GradeField, string> = { proposedGrade: "建议等次", finalGrade: "评定等次" };

export const countGrade = (entries: readonly GradedEntryFacts[], field: GradeField, grade: EvaluationGrade) =>
  entries.filter((e) => e.isGraded && e[field] === grade).length;

/**
 * The grades of the whole campaign after a change (the proposed and the final ones are each held to
 * EVAL-01): no grade for an ungraded member (EVAL-07), at most a third excellent (EVAL-01), a reason
 * for every 不合格 (EVAL-10: it is the ground of the handling case, §3.2).
 */
export function checkGrades(entries: readonly GradedEntryFacts[]): EvaluationIssue[] {
  const issues: EvaluationIssue[] = [];
  const graded = entries.filter((e) => e.isGraded).length;
  const cap = excellentCap(graded);
  for (const e of entries) {
    if (e.isGraded) continue;
    for (const field of ["proposedGrade", "finalGrade"] as const) {
      if (e[field] !== null) issues.push(issue(field, "EVAL-07", `${e.memberName}为预备党员，参加评议但不评定等次，不能填写${FIELD_LABELS[field]}`));
    }
  }
  for (const field of ["proposedGrade", "finalGrade"] as const) {
    const excellent = countGrade(entries, field, "excellent");
    if (excellent > cap) {
      issues.push(
        issue(field, "EVAL-01", `${FIELD_LABELS[field]}为“${EVALUATION_GRADE_LABELS.excellent}”的有 ${excellent} 人，超过参加评定等次的 ${graded} 名党员的三分之一（最多 ${cap} 人）`),
      );
    }
  }
  for (const e of entries) {
    if (e.isGraded && e.finalGrade === "unqualified" && !e.gradeReason?.trim()) {
      issues.push(issue("gradeReason", "EVAL-10", `${e.memberName}评定为“${EVALUATION_GRADE_LABELS.unqualified}”，须填写评定理由`));
    }
  }
  return issues;
}

/** EVAL-07: every graded member has a final grade. */
export function checkAllGraded(entries: readonly GradedEntryFacts[]): EvaluationIssue[] {
  const missing = entries.filter((e) => e.isGraded && e.finalGrade === null);
  if (missing.length === 0) return [];
  return [issue("finalGrade", "EVAL-07", `还有 ${missing.length} 名党员未确定评定等次（${namesOf(missing)}）`)];
}

/** A short list of names for a message: the first few, then how many more. */
export function namesOf(entries: readonly { memberName: string }[], max = 5): string {
  const names = entries.slice(0, max).map((e) => e.memberName).join("、");
  return entries.length > max ? `${names}等 ${entries.length} 人` : names;
}
