import { createHash } from "node:crypto";
import { type BallotSource, EVALUATION_GRADES, type EvaluationGrade } from "../../../shared/org-life";
import { type EvaluationIssue, issue } from "./evaluation-rule-catalogue";

/**
 * The democratic vote (民主测评, rules.md §3.1; secret ballot [S77]): who may cast a ballot, what a
 * valid ballot is, and the tally. Pure (SHA-256 is a pure function of its input).
 *
 * Who votes. Every participant of the campaign — each member with an entry — may cast one ballot,
 * online or on paper (EVAL-05); so the ballots, online and paper together, never outnumber the
 * participants. Probationary members take part in the evaluation (§3.1 [S71]) and DO cast a 测评
 * ballot: §1.5's "probationary members have no vote" concerns 表决权, 选举权 and 被选举权 — resolutions
 * of the general meeting and elections — while 民主测评 is an appraisal of the members by the members,
 * not a resolution, and its result binds no one (the branch committee or the general meeting then
 * proposes the grades, §3.1 procedure 3). What probationary members do not get is a grade: they are not
 * on the ballot (EVAL-06) and have no grade of their own (EVAL-07).
 */
export type Choices = Record<string, EvaluationGrade>;
export interface Ballot {
  source: BallotSource;
  choices: Choices;
}

export type GradeCounts = Record<EvaluationGrade, number>;
export const emptyCounts = (): GradeCounts => ({ excellent: 0, qualified: 0, basically_qualified: 0, unqualified: 0 });

export interface BallotRoll {
  /** Members on the ballot: the graded participants. */
  graded: ReadonlySet<string>;
  /** Participants who are not graded (probationary members). */
  ungraded: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
}

const isGrade = (value: unknown): value is EvaluationGrade => (EVALUATION_GRADES as readonly unknown[]).includes(value);

/**
 * EVAL-06: one grade for every graded member of the campaign and nothing else — no unknown member, no
 * ungraded probationary member, no value that is not a grade. `field` names the ballot in messages.
 */
export function checkBallot(choices: Record<string, unknown>, roll: BallotRoll, field = "choices"): EvaluationIssue[] {
  const issues: EvaluationIssue[] = [];
  const keys = Object.keys(choices);
  const unknown = keys.filter((id) => !roll.graded.has(id) && !roll.ungraded.has(id));
  const ungraded = keys.filter((id) => roll.ungraded.has(id));
  const invalid = keys.filter((id) => roll.graded.has(id) && !isGrade(choices[id]));
  const missing = [...roll.graded].filter((id) => !(id in choices));
  const named = (ids: string[]) => ids.map((id) => roll.names.get(id) ?? id).slice(0, 5).join("、");
  if (unknown.length > 0) issues.push(issue(field, "EVAL-06", `测评票中有 ${unknown.length} 人不在本次评议名单中`));
  if (ungraded.length > 0) issues.push(issue(field, "EVAL-06", `测评票不能评价不评定等次的预备党员（${named(ungraded)}）`));
  if (invalid.length > 0) issues.push(issue(field, "EVAL-06", `测评票中${named(invalid)}的等次无效`));
  if (missing.length > 0) issues.push(issue(field, "EVAL-06", `测评票须对每名参加评定等次的党员评定等次，缺少 ${missing.length} 人（${named(missing)}）`));
  return issues;
}

/** EVAL-05: this many more ballots keep the total within the participants. */
export function checkBallotCapacity(alreadyCast: number, adding: number, participants: number, field = "ballots"): EvaluationIssue[] {
  if (alreadyCast + adding <= participants) return [];
  return [issue(field, "EVAL-05", `参加评议的党员共 ${participants} 人，已收测评票 ${alreadyCast} 张，再录入 ${adding} 张将超过参加评议人数`)];
}

/** One ballot in canonical form: its source and its choices ordered by member id. */
const canonicalBallot = (b: Ballot): string =>
  JSON.stringify([b.source, Object.keys(b.choices).sort().map((id) => [id, b.choices[id]])]);

/**
 * The ballots of a campaign in canonical form: each ballot canonical, the list sorted, so the order the
 * ballots were cast or read in changes nothing. The campaign id binds the serialization to its campaign.
 */
export function canonicalBallots(campaignId: string, ballots: readonly Ballot[]): string {
  return JSON.stringify({ campaignId, ballots: ballots.map(canonicalBallot).sort() });
}

/** SHA-256 (hex) of the canonical serialization: a re-count over the same ballots reproduces it. */
export const ballotsHash = (campaignId: string, ballots: readonly Ballot[]): string =>
  createHash("sha256").update(canonicalBallots(campaignId, ballots), "utf8").digest("hex");

export interface Tally {
  ballots: number;
  online: number;
  paper: number;
  /** Votes per graded member (every graded member is listed, with zeros where no one chose a grade). */
  counts: Record<string, GradeCounts>;
  hash: string;
}

/** The exact count per member and grade, deterministic whatever the ballots' order. */
export function tallyBallots(campaignId: string, gradedIds: readonly string[], ballots: readonly Ballot[]): Tally {
  const counts: Record<string, GradeCounts> = {};
  for (const id of [...gradedIds].sort()) counts[id] = emptyCounts();
  for (const ballot of ballots) {
    for (const [memberId, grade] of Object.entries(ballot.choices)) {
      const row = counts[memberId];
      // Stored ballots were validated when cast; a member no longer graded is simply not counted.
      if (row && isGrade(grade)) row[grade] += 1;
    }
  }
  return {
    ballots: ballots.length,
    online: ballots.filter((b) => b.source === "online").length,
    paper: ballots.filter((b) => b.source === "paper").length,
    counts,
    hash: ballotsHash(campaignId, ballots),
  };
}

/** Whether two tallies agree exactly (the stored one and a re-count). */
export function sameTally(a: Tally, b: Tally): boolean {
  return a.hash === b.hash && a.ballots === b.ballots && JSON.stringify(sortedCounts(a.counts)) === JSON.stringify(sortedCounts(b.counts));
}

const sortedCounts = (counts: Record<string, GradeCounts>) =>
  Object.keys(counts)
    .sort()
    .map((id) => [id, EVALUATION_GRADES.map((g) => counts[id]![g])]);

/** The grade most chosen for a member (ties go to the better grade), or null without votes: a hint for proposing. */
export function leadingGrade(counts: GradeCounts): EvaluationGrade | null {
  let best: EvaluationGrade | null = null;
  for (const grade of EVALUATION_GRADES) if (counts[grade] > 0 && (best === null || counts[grade] > counts[best])) best = grade;
  return best;
}
