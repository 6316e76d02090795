import type { RubricCriterion } from "../../../shared/contracts/secretary-project-evaluation.contract";
import { PROJECT_GRADES, PROJECT_VOTE_CHOICE_LABELS, PROJECT_VOTE_CHOICES, type ProjectGrade } from "../../../shared/secretary-projects";

/** How the year end shows on the web: grade colours, vote options and the scoring form's live total. */

export const GRADE_COLORS: Record<ProjectGrade, string> = { good: "red", fairly_good: "volcano", average: "gold", poor: "default" };

export const VOTE_OPTIONS = PROJECT_VOTE_CHOICES.map((choice) => ({ value: choice, label: PROJECT_VOTE_CHOICE_LABELS[choice] }));

export const isGrade = (value: string): value is ProjectGrade => (PROJECT_GRADES as readonly string[]).includes(value);

/**
 * The scoring form's running total: Σ weight × score / 100 over the criteria scored so far, to one
 * decimal. A preview only — the server scores (secretary-project-scoring.rules.ts) and adds the votes.
 */
export function previewRubricScore(criteria: readonly Pick<RubricCriterion, "key" | "weight">[], scores: Record<string, number | null | undefined>) {
  const scored = criteria.filter((c) => typeof scores[c.key] === "number");
  const total = scored.reduce((sum, c) => sum + (c.weight * (scores[c.key] as number)) / 100, 0);
  // Half up to one decimal as the server rounds (75.95 → 76.0, not 75.9 from 759.4999…).
  return { total: Math.round(Number((total * 10).toPrecision(12))) / 10, scored: scored.length, complete: scored.length === criteria.length };
}

/** The sum of a rubric's weights, for the rubric editor (PROJ-12: it must be 100). */
export const weightSum = (criteria: readonly { weight?: number | null }[]) => criteria.reduce((sum, c) => sum + (typeof c.weight === "number" ? c.weight : 0), 0);

/** A key for a new criterion: c1, c2 … not yet taken. */
export function nextCriterionKey(taken: readonly string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`c${i}`)) return `c${i}`;
}
