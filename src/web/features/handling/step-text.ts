import { STEP_DECISION_LABELS, type HandlingStep } from "../../../shared/contracts/handling.contract";
import { HANDLING_METHOD_LABELS, HANDLING_STEP_KIND_LABELS, type HandlingMethod } from "../../../shared/org-life";

interface RecordedVote {
  entitledVoters: number;
  present: number;
  inFavour: number;
  against: number;
  abstaining: number;
}

/** The title of a step on the timeline: its kind, and the method or decision it carries. */
export function stepTitle(step: Pick<HandlingStep, "kind" | "decision" | "facts">): string {
  const kind = HANDLING_STEP_KIND_LABELS[step.kind];
  const method = step.facts.method as HandlingMethod | undefined;
  const decision = step.decision ? STEP_DECISION_LABELS[step.decision] ?? step.decision : null;
  if (step.kind === "meeting_decision" && method) {
    // 限期改正 may be decided by the branch without a general meeting vote.
    if (!step.facts.vote) return `党支部决定：${HANDLING_METHOD_LABELS[method]}`;
    return `${kind}：${HANDLING_METHOD_LABELS[method]}${decision ? `（${decision}）` : ""}`;
  }
  return decision ? `${kind}：${decision}` : kind;
}

/** The facts a step records beyond its notes, as short Chinese phrases. */
export function stepFacts(step: Pick<HandlingStep, "facts">): string[] {
  const parts: string[] = [];
  const vote = step.facts.vote as RecordedVote | undefined;
  if (vote) parts.push(`应到会 ${vote.entitledVoters} 人，实到 ${vote.present} 人；赞成 ${vote.inFavour}、反对 ${vote.against}、弃权 ${vote.abstaining}`);
  if (typeof step.facts.documentNumber === "string") parts.push(`批复文号 ${step.facts.documentNumber}`);
  return parts;
}
