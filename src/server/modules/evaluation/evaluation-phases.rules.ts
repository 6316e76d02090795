import { EVALUATION_PHASE_LABELS, EVALUATION_PHASES, type EvaluationPhase } from "../../../shared/org-life";
import { type GradedEntryFacts, checkAllGraded, checkGrades, namesOf } from "./evaluation-grades.rules";
import { type EvaluationIssue, issue } from "./evaluation-rule-catalogue";

/**
 * The campaign's phase machine (rules.md §3.1 procedure; 《中国共产党支部工作条例（试行）》第十九条):
 * 学习教育 → 个人自评（党性分析） → 党员互评 → 民主测评 → 评定等次 → 结果公示 → 报上级党委. Forward
 * only, one step at a time (EVAL-02); each step has its guard. Pure: the service supplies the facts.
 */
export interface CampaignFacts {
  phase: EvaluationPhase;
  studyNotes: string | null;
  reportNotes: string | null;
  /** Ballots cast so far, online and paper. */
  ballots: number;
  entries: readonly (GradedEntryFacts & { feedback: string | null })[];
}

export const phaseIndex = (phase: EvaluationPhase) => EVALUATION_PHASES.indexOf(phase);

export function nextPhaseOf(phase: EvaluationPhase): EvaluationPhase | null {
  return EVALUATION_PHASES[phaseIndex(phase) + 1] ?? null;
}

/** Whether the campaign has reached (or passed) a phase. */
export const hasReached = (phase: EvaluationPhase, target: EvaluationPhase) => phaseIndex(phase) >= phaseIndex(target);

/** The guard of the step from the campaign's phase to the next one (empty = may advance). */
function guardOf(facts: CampaignFacts): EvaluationIssue[] {
  switch (facts.phase) {
    case "study":
      // The study phase is documented before members write their analyses (§3.1 purpose and content).
      return facts.studyNotes?.trim() ? [] : [issue("studyNotes", "EVAL-03", "请先记录学习教育情况（学习内容、形式和时间）")];
    case "self_evaluation":
    case "peer_evaluation":
      // Progress of self-evaluations and peer comments is shown; members away or ill do not stop the campaign.
      return [];
    case "voting":
      // Closing the vote tallies it; a vote without a single ballot is no vote.
      return facts.ballots > 0 ? [] : [issue("ballots", "EVAL-04", "尚未收到任何测评票，不能结束民主测评")];
    case "grading":
      return [...checkAllGraded(facts.entries), ...checkGrades(facts.entries).filter((i) => i.field !== "proposedGrade"), ...checkFeedback(facts)];
    case "published":
      return facts.reportNotes?.trim() ? [] : [issue("reportNotes", "EVAL-09", "请填写向上级党委报告的情况说明")];
    case "reported":
      return [];
  }
}

/** EVAL-08: feedback to each member — probationary members too, they took part — before publication. */
function checkFeedback(facts: CampaignFacts): EvaluationIssue[] {
  const missing = facts.entries.filter((e) => !e.feedback?.trim());
  if (missing.length === 0) return [];
  return [issue("feedback", "EVAL-08", `还有 ${missing.length} 名党员未反馈评议结果（${namesOf(missing)}）`)];
}

/**
 * Whether the campaign may move to `to`: EVAL-02 (only the next phase, never back or skipping), then
 * the guard of that step. The grading → published guard holds EVAL-01 on the final grades (the
 * proposed ones were held to it when entered).
 */
export function checkAdvance(facts: CampaignFacts, to: EvaluationPhase): EvaluationIssue[] {
  const next = nextPhaseOf(facts.phase);
  if (next === null) return [issue("to", "EVAL-02", `评议已${EVALUATION_PHASE_LABELS[facts.phase]}，不能再进入下一阶段`)];
  if (to !== next) {
    const direction = phaseIndex(to) < phaseIndex(facts.phase) ? "不能退回已完成的阶段" : "不能跳过阶段";
    return [issue("to", "EVAL-02", `当前阶段为“${EVALUATION_PHASE_LABELS[facts.phase]}”，下一阶段为“${EVALUATION_PHASE_LABELS[next]}”，${direction}`)];
  }
  return guardOf(facts);
}

/** What stops the campaign from moving on now (for the page), or null at the last phase. */
export function advanceBlockers(facts: CampaignFacts): EvaluationIssue[] | null {
  const next = nextPhaseOf(facts.phase);
  return next === null ? null : checkAdvance(facts, next);
}

/** The work of a campaign and the phase it belongs to (EVAL-02: each piece of work only in its phase). */
export const WORK_PHASES = {
  title: ["study", "self_evaluation", "peer_evaluation", "voting", "grading", "published"],
  studyNotes: ["study", "self_evaluation", "peer_evaluation", "voting", "grading"],
  selfEvaluation: ["self_evaluation"],
  peerComments: ["peer_evaluation"],
  ballot: ["voting"],
  grades: ["grading"],
  feedback: ["grading"],
  meeting: ["study", "self_evaluation", "peer_evaluation", "voting", "grading", "published"],
  reportNotes: ["published"],
} as const satisfies Record<string, readonly EvaluationPhase[]>;
export type CampaignWork = keyof typeof WORK_PHASES;

const WORK_LABELS: Record<CampaignWork, string> = {
  title: "修改标题",
  studyNotes: "记录学习教育情况",
  selfEvaluation: "填写个人自评和党性分析",
  peerComments: "记录党员互评意见",
  ballot: "投测评票",
  grades: "评定等次",
  feedback: "反馈评议结果",
  meeting: "关联支部党员大会",
  reportNotes: "填写上报情况",
};

export const isWorkOpen = (work: CampaignWork, phase: EvaluationPhase) => (WORK_PHASES[work] as readonly EvaluationPhase[]).includes(phase);

/** EVAL-02 for one piece of work. */
export function checkWorkPhase(work: CampaignWork, phase: EvaluationPhase, field: string = work): EvaluationIssue[] {
  if (isWorkOpen(work, phase)) return [];
  const allowed = WORK_PHASES[work].map((p) => `“${EVALUATION_PHASE_LABELS[p]}”`).join("、");
  return [issue(field, "EVAL-02", `当前阶段为“${EVALUATION_PHASE_LABELS[phase]}”，只能在${allowed}阶段${WORK_LABELS[work]}`)];
}
