import type { EvaluationEntry, GradeCounts } from "../../../shared/contracts/evaluation.contract";
import { EVALUATION_GRADE_LABELS, EVALUATION_GRADES, EVALUATION_PHASE_LABELS, EVALUATION_PHASES, type EvaluationGrade, type EvaluationPhase } from "../../../shared/org-life";

export const EMPTY = "—";

export const GRADE_OPTIONS = EVALUATION_GRADES.map((value) => ({ value, label: EVALUATION_GRADE_LABELS[value] }));

/** Tag colours of the grades: 优秀 gold, 合格 green, 基本合格 orange, 不合格 red. */
export const GRADE_TAG_COLORS: Record<EvaluationGrade, string> = { excellent: "gold", qualified: "green", basically_qualified: "orange", unqualified: "red" };

/** Bar colours of the tally chart, in grade order (the party red for 优秀). */
export const gradeBarColors = (primary: string): Record<EvaluationGrade, string> => ({
  excellent: primary,
  qualified: "#5a9e8f",
  basically_qualified: "#e6a23c",
  unqualified: "#595959",
});

export const PHASE_COLORS: Record<EvaluationPhase, string> = {
  study: "default",
  self_evaluation: "processing",
  peer_evaluation: "processing",
  voting: "orange",
  grading: "purple",
  published: "green",
  reported: "success",
};

/** The phases as the stepper shows them (short titles). */
export const PHASE_STEP_TITLES: Record<EvaluationPhase, string> = {
  study: "学习教育",
  self_evaluation: "个人自评",
  peer_evaluation: "党员互评",
  voting: "民主测评",
  grading: "评定等次",
  published: "结果公示",
  reported: "上报党委",
};

export const PHASE_OPTIONS = EVALUATION_PHASES.map((value) => ({ value, label: EVALUATION_PHASE_LABELS[value] }));

export const phaseIndex = (phase: EvaluationPhase) => EVALUATION_PHASES.indexOf(phase);
export const hasReached = (phase: EvaluationPhase, target: EvaluationPhase) => phaseIndex(phase) >= phaseIndex(target);

/** "优秀 1 · 合格 20 · 基本合格 0 · 不合格 1" */
export function describeCounts(counts: GradeCounts): string {
  return EVALUATION_GRADES.map((g) => `${EVALUATION_GRADE_LABELS[g]} ${counts[g]}`).join(" · ");
}

// ---- Grading ----

export interface GradeDraft {
  proposedGrade: EvaluationGrade | null;
  finalGrade: EvaluationGrade | null;
  gradeReason: string;
}

export const draftOf = (e: EvaluationEntry): GradeDraft => ({ proposedGrade: e.proposedGrade, finalGrade: e.finalGrade, gradeReason: e.gradeReason ?? "" });

/** EVAL-01's live counter: how many of the graded members a set of drafts makes excellent. */
export function countExcellent(entries: readonly EvaluationEntry[], drafts: Readonly<Record<string, GradeDraft>>, field: "proposedGrade" | "finalGrade"): number {
  return entries.filter((e) => e.isGraded && (drafts[e.id] ?? draftOf(e))[field] === "excellent").length;
}

/** The grade most chosen in the vote (ties to the better grade): what 按测评结果建议 fills in. */
export function leadingGrade(votes: GradeCounts | null): EvaluationGrade | null {
  if (!votes) return null;
  let best: EvaluationGrade | null = null;
  for (const g of EVALUATION_GRADES) if (votes[g] > 0 && (best === null || votes[g] > votes[best])) best = g;
  return best;
}

/** The drafts that differ from what is saved, as the grades request wants them. */
export function changedGrades(entries: readonly EvaluationEntry[], drafts: Readonly<Record<string, GradeDraft>>) {
  return entries
    .filter((e) => drafts[e.id] !== undefined)
    .map((e) => ({ entry: e, draft: drafts[e.id]! }))
    .filter(({ entry, draft }) => draft.proposedGrade !== entry.proposedGrade || draft.finalGrade !== entry.finalGrade || draft.gradeReason.trim() !== (entry.gradeReason ?? ""))
    .map(({ entry, draft }) => ({ entryId: entry.id, proposedGrade: draft.proposedGrade, finalGrade: draft.finalGrade, gradeReason: draft.gradeReason.trim() || null }));
}

// ---- Paper ballots ----

/** One row of the paper-ballot grid: a grade per graded member, as read off one paper ballot. */
export type PaperRow = Record<string, EvaluationGrade | undefined>;

/** The grid as ballots, or the rows (1-based) still missing a grade — every ballot grades every graded member (EVAL-06). */
export function paperRowsToBallots(rows: readonly PaperRow[], gradedIds: readonly string[]) {
  const incomplete = rows.flatMap((row, i) => (gradedIds.every((id) => row[id]) ? [] : [i + 1]));
  const ballots = rows.map((row) => ({ choices: Object.fromEntries(gradedIds.map((id) => [id, row[id]!])) as Record<string, EvaluationGrade> }));
  return { ballots, incomplete };
}

/** A new grid row with every member set to one grade (typing a ballot starts from the common answer). */
export const filledRow = (gradedIds: readonly string[], grade: EvaluationGrade | undefined): PaperRow => Object.fromEntries(gradedIds.map((id) => [id, grade]));
