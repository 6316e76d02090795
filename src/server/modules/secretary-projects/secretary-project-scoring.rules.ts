import {
  PROJECT_VOTE_CHOICES,
  type ProjectGrade,
  type ProjectVoteChoice,
  type ProjectVoteCounts,
  type RubricCriterion,
} from "../../../shared/secretary-projects";
import type { Role } from "../../../shared/domain";
import type { RuleIssue } from "../members/members.rules";
import { refuse } from "./secretary-project-rule-catalogue";

/**
 * The year end of a secretary project, scored (PROJ-11…14). Pure: the clock comes in as `today`
 * (YYYY-MM-DD), the thresholds and weights from configuration or the committee's rubric.
 *
 *   rubric score = Σ weight × score / 100                          (weights sum to 100, PROJ-12)
 *   vote score   = Σ votes × VOTE_CHOICE_SCORES / votes            (null without votes)
 *   final score  = rubric × (100 − w) / 100 + vote × w / 100        (w = the vote weight, only with votes)
 *   grade        = the first threshold the final score reaches: 好 ≥ good, 较好 ≥ fairly_good, 一般 ≥ average, else 差
 *
 * Every score is rounded to one decimal (half up) when shown; the final score is computed from the
 * unrounded parts and rounded once, so rounding never accumulates.
 */

/**
 * What one vote is worth in the vote score: 好 100, 较好 80, 一般 60, 差 40. Our reading of the common
 * practice of converting 述职评议 votes to a hundred-point score (no national rule sets it); a vote of
 * 差 still counts 40, not 0, as on the usual 好/较好/一般/差 测评表 converted at 100/80/60/40.
 */
export const VOTE_CHOICE_SCORES: Readonly<Record<ProjectVoteChoice, number>> = { good: 100, fairly_good: 80, average: 60, poor: 40 };

export const MAX_CRITERIA = 10;

/** Half-up to one decimal, immune to binary fractions (84.95 → 85.0, not 84.9). */
export const roundScore = (value: number): number => Math.round(Number((value * 10).toPrecision(12))) / 10;

export const emptyVoteCounts = (): ProjectVoteCounts => ({ good: 0, fairly_good: 0, average: 0, poor: 0 });

export const totalVotes = (counts: ProjectVoteCounts): number => PROJECT_VOTE_CHOICES.reduce((sum, c) => sum + counts[c], 0);

export const addVoteCounts = (a: ProjectVoteCounts, b: ProjectVoteCounts): ProjectVoteCounts => ({
  good: a.good + b.good,
  fairly_good: a.fairly_good + b.fairly_good,
  average: a.average + b.average,
  poor: a.poor + b.poor,
});

/** Ballots (each one choice) counted by choice. */
export function countVotes(choices: readonly string[]): ProjectVoteCounts {
  const counts = emptyVoteCounts();
  for (const choice of choices) {
    if ((PROJECT_VOTE_CHOICES as readonly string[]).includes(choice)) counts[choice as ProjectVoteChoice] += 1;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// PROJ-11: the year-end report

/** The first day the year-end report may be submitted: the configured month of the project year. */
export const reportOpensOn = (year: number, reportOpensMonth: number) => `${year}-${String(reportOpensMonth).padStart(2, "0")}-01`;

export function checkReportOpen(year: number, reportOpensMonth: number, today: string): RuleIssue[] {
  const opensOn = reportOpensOn(year, reportOpensMonth);
  if (today >= opensOn) return [];
  return [refuse("report", "PROJ-11", `${year} 年度书记项目的述职报告自 ${opensOn} 起提交，今天（${today}）还不能提交`)];
}

// ---------------------------------------------------------------------------------------------
// PROJ-12: the rubric

export const isWeight = (value: number) => Number.isInteger(value) && value >= 0 && value <= 100;

/** A rubric: 1–10 criteria with distinct keys and labels, integer weights of 1–100 summing to 100; a vote weight of 0–100. */
export function checkRubric(criteria: readonly Pick<RubricCriterion, "key" | "label" | "weight">[], voteWeight: number): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (criteria.length === 0) issues.push(refuse("criteria", "PROJ-12", "评价标准至少要有一个评价项目"));
  if (criteria.length > MAX_CRITERIA) issues.push(refuse("criteria", "PROJ-12", `评价项目不能超过 ${MAX_CRITERIA} 项`));
  const keys = new Set<string>();
  const labels = new Set<string>();
  criteria.forEach((c, i) => {
    if (keys.has(c.key)) issues.push(refuse(`criteria.${i}.key`, "PROJ-12", `评价项目代码“${c.key}”重复`));
    if (labels.has(c.label)) issues.push(refuse(`criteria.${i}.label`, "PROJ-12", `评价项目“${c.label}”重复`));
    keys.add(c.key);
    labels.add(c.label);
    if (!isWeight(c.weight) || c.weight === 0) issues.push(refuse(`criteria.${i}.weight`, "PROJ-12", `“${c.label}”的权重须为 1 至 100 的整数`));
  });
  const sum = criteria.reduce((s, c) => s + c.weight, 0);
  if (criteria.length > 0 && sum !== 100) issues.push(refuse("criteria", "PROJ-12", `各评价项目的权重合计须为 100，现为 ${roundScore(sum)}`));
  if (!isWeight(voteWeight)) issues.push(refuse("voteWeight", "PROJ-12", "测评权重须为 0 至 100 的整数"));
  return issues;
}

/** A rubric stays as it was once a project it scored has been evaluated: the results must stay comparable. */
export function checkRubricUnlocked(isLocked: boolean, year: number): RuleIssue[] {
  return isLocked ? [refuse("criteria", "PROJ-12", `${year} 年度已有项目按此评价标准完成评价，评价标准不能再修改`)] : [];
}

export interface ScoreInput {
  key: string;
  score: number;
  comment?: string;
}

/** One score of 0–100 for every criterion of the rubric, and none for anything else. */
export function checkScores(criteria: readonly Pick<RubricCriterion, "key" | "label">[], scores: readonly ScoreInput[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const known = new Set(criteria.map((c) => c.key));
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    if (!known.has(s.key)) issues.push(refuse(`scores.${i}.key`, "PROJ-12", `评价标准中没有评价项目“${s.key}”`));
    else if (seen.has(s.key)) issues.push(refuse(`scores.${i}.key`, "PROJ-12", `评价项目“${criteria.find((c) => c.key === s.key)!.label}”重复打分`));
    seen.add(s.key);
    if (!Number.isFinite(s.score) || s.score < 0 || s.score > 100) issues.push(refuse(`scores.${i}.score`, "PROJ-12", "每项得分须在 0 至 100 之间"));
  });
  for (const c of criteria) {
    if (!seen.has(c.key)) issues.push(refuse("scores", "PROJ-12", `请为评价项目“${c.label}”打分`));
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// The scores

/** Σ weight × score / 100, unrounded. Criteria without a score count 0 (checkScores refuses them first). */
export function weightedScore(criteria: readonly Pick<RubricCriterion, "key" | "weight">[], scores: readonly ScoreInput[]): number {
  const byKey = new Map(scores.map((s) => [s.key, s.score]));
  return criteria.reduce((sum, c) => sum + (c.weight * (byKey.get(c.key) ?? 0)) / 100, 0);
}

/** The votes' hundred-point score, unrounded; null when nobody voted. */
export function voteScoreOf(counts: ProjectVoteCounts): number | null {
  const total = totalVotes(counts);
  if (total === 0) return null;
  return PROJECT_VOTE_CHOICES.reduce((sum, c) => sum + counts[c] * VOTE_CHOICE_SCORES[c], 0) / total;
}

export interface GradeThresholds {
  good: number;
  fairly_good: number;
  average: number;
}

/** The grade a final score reaches; each threshold is the lowest score of its grade (≥). */
export function gradeOf(score: number, thresholds: GradeThresholds): ProjectGrade {
  if (score >= thresholds.good) return "good";
  if (score >= thresholds.fairly_good) return "fairly_good";
  if (score >= thresholds.average) return "average";
  return "poor";
}

export interface Scored {
  rubricScore: number;
  voteScore: number | null;
  /** The vote weight when there were votes, else 0: without votes the rubric score is the final score. */
  voteWeightApplied: number;
  finalScore: number;
  grade: ProjectGrade;
}

/** The whole evaluation: rubric score, vote score, final score (rounded once) and grade. */
export function scoreProject(input: {
  criteria: readonly Pick<RubricCriterion, "key" | "weight">[];
  scores: readonly ScoreInput[];
  votes: ProjectVoteCounts;
  voteWeight: number;
  thresholds: GradeThresholds;
}): Scored {
  const rubric = weightedScore(input.criteria, input.scores);
  const vote = voteScoreOf(input.votes);
  const weight = vote === null ? 0 : input.voteWeight;
  const finalScore = roundScore((rubric * (100 - weight)) / 100 + ((vote ?? 0) * weight) / 100);
  return {
    rubricScore: roundScore(rubric),
    voteScore: vote === null ? null : roundScore(vote),
    voteWeightApplied: weight,
    finalScore,
    grade: gradeOf(finalScore, input.thresholds),
  };
}

// ---------------------------------------------------------------------------------------------
// PROJ-13: the vote

export type VotingPhase = "not_opened" | "open" | "closed";

export const votingPhaseOf = (p: { votingOpenedAt: Date | null; votingClosedAt: Date | null }): VotingPhase =>
  p.votingClosedAt ? "closed" : p.votingOpenedAt ? "open" : "not_opened";

/** Opening a vote that never opened; closing an open one. A closed vote stays closed: one vote per project. */
export function checkVotingAction(action: "open" | "close", phase: VotingPhase): RuleIssue[] {
  if (action === "open" && phase !== "not_opened") {
    return [refuse("action", "PROJ-13", phase === "open" ? "测评已经开始" : "测评已经结束，每个项目只组织一次网上测评")];
  }
  if (action === "close" && phase !== "open") return [refuse("action", "PROJ-13", phase === "closed" ? "测评已经结束" : "测评尚未开始，不能结束")];
  return [];
}

/** A vote only while the vote is open. */
export function checkVotingOpen(phase: VotingPhase): RuleIssue[] {
  if (phase === "open") return [];
  return [refuse("choice", "PROJ-13", phase === "closed" ? "测评已经结束，不能再投票" : "测评尚未开始，暂不能投票")];
}

/** The evaluation waits for an open vote to close: every vote cast counts. */
export function checkVotingSettled(phase: VotingPhase): RuleIssue[] {
  return phase === "open" ? [refuse("voting", "PROJ-13", "网上测评正在进行，请先结束测评再评价打分")] : [];
}

/**
 * PROJ-14: the results are published only after the evaluation. Refuses a project under way (approved
 * or reported, not yet evaluated); the state machine (PROJ-06) answers for every other status.
 */
export function checkPublishable(status: string): RuleIssue[] {
  return status === "approved" || status === "reported" ? [refuse("status", "PROJ-14", "项目尚未评价，评价完成后方可公布结果")] : [];
}

/**
 * PROJ-14: who sees a project's scores and grade. Before publication, the officers above the
 * project's organization (the reviewing committee and those above it, a system administrator), never
 * the project's own organization (its secretary's side) nor members; after publication, everyone who
 * reaches the project. The board's SQL (scoreVisible) says the same.
 */
export function showsScore(actor: { role: Role; orgId: string }, project: { orgId: string; status: string }): boolean {
  if (project.status === "published" || actor.role === "admin") return true;
  return actor.role !== "member" && actor.orgId !== project.orgId;
}
