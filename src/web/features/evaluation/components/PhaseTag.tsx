import { Tag } from "antd";
import { EVALUATION_PHASE_LABELS, type EvaluationPhase } from "../../../../shared/org-life";
import { PHASE_COLORS } from "../evaluation-options";

export function PhaseTag({ phase }: { phase: EvaluationPhase }) {
  return <Tag color={PHASE_COLORS[phase]}>{EVALUATION_PHASE_LABELS[phase]}</Tag>;
}
