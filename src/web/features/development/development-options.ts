import type { DevelopmentPersonListItem } from "../../../shared/contracts/development.contract";
import {
  CASE_OUTCOME_LABELS,
  CLOSE_REASON_LABELS,
  DEVELOPMENT_STAGE_LABELS,
  DEVELOPMENT_STAGES,
  DEVELOPMENT_STATUS_LABELS,
  DEVELOPMENT_STATUSES,
  type DevelopmentStage,
  type DevelopmentStatus,
  FOCUS_GROUP_LABELS,
  FOCUS_GROUPS,
  QUORUM_EXCLUSION_LABELS,
  QUORUM_EXCLUSION_REASONS,
} from "../../../shared/development-steps";
import { toOptions } from "../../components/person-options";

export { EMPTY } from "../../components/person-options";

export const STAGE_OPTIONS = toOptions(DEVELOPMENT_STAGES, DEVELOPMENT_STAGE_LABELS);
export const STATUS_OPTIONS = toOptions(DEVELOPMENT_STATUSES, DEVELOPMENT_STATUS_LABELS);
export const FOCUS_GROUP_OPTIONS = toOptions(FOCUS_GROUPS, FOCUS_GROUP_LABELS);
export const QUORUM_EXCLUSION_OPTIONS = toOptions(QUORUM_EXCLUSION_REASONS, QUORUM_EXCLUSION_LABELS);
export const DUE_OPTIONS = [
  { value: "overdue", label: "已超期" },
  { value: "soon", label: "30 天内到期" },
] as const;

export const STAGE_COLORS: Record<DevelopmentStage, string> = {
  applicant: "default",
  activist: "blue",
  candidate: "purple",
  probationary: "orange",
  full_member: "red",
};
export const STATUS_COLORS: Record<DevelopmentStatus, string> = {
  open: "processing",
  deferred: "warning",
  completed: "success",
  closed: "default",
};

/** How a case stands, with the close reason when it was closed. */
export function describeStatus(person: Pick<DevelopmentPersonListItem, "status" | "closeReason">): string {
  const label = DEVELOPMENT_STATUS_LABELS[person.status];
  return person.closeReason ? `${label}（${CLOSE_REASON_LABELS[person.closeReason]}）` : label;
}

/** The date that put the person in their current stage (the one the stage's time rules count from). */
export function stageKeyDate(person: DevelopmentPersonListItem): { label: string; date: string | null } {
  switch (person.stage) {
    case "applicant":
      return { label: "递交申请", date: person.applicationReceivedOn };
    case "activist":
      return { label: "确定为积极分子", date: person.activistOn };
    case "candidate":
      return { label: "确定为发展对象", date: person.candidateOn };
    case "probationary":
      return { label: "预备期至", date: person.probationEndsOn };
    case "full_member":
      return { label: "转正", date: person.fullMemberOn };
  }
}

/** The outcome buttons of the file, in the order shown; `resumed` only for a deferred case. */
export const OUTCOME_ACTIONS = [
  { outcome: "withdrawn", button: "撤回申请", label: CASE_OUTCOME_LABELS.withdrawn },
  { outcome: "rejected", button: "不再培养", label: CASE_OUTCOME_LABELS.rejected },
  { outcome: "deferred", button: "暂缓发展", label: CASE_OUTCOME_LABELS.deferred },
  { outcome: "resumed", button: "恢复", label: CASE_OUTCOME_LABELS.resumed },
] as const;
export type OutcomeAction = (typeof OUTCOME_ACTIONS)[number];

/** Which outcomes make sense for a case as it stands (the server refuses the others anyway). */
export function availableOutcomes(status: DevelopmentStatus): OutcomeAction[] {
  if (status === "open") return OUTCOME_ACTIONS.filter((action) => action.outcome !== "resumed");
  if (status === "deferred") return OUTCOME_ACTIONS.filter((action) => action.outcome !== "deferred");
  return [];
}
