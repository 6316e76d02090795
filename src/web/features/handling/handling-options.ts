import {
  HANDLING_PHASE_LABELS,
  type HandlingCaseListItem,
  type HandlingPhaseCode,
  OVERDUE_REASON_LABELS,
} from "../../../shared/contracts/handling.contract";
import { EXIT_KIND_LABELS, type ExitKind } from "../../../shared/domain";
import {
  HANDLING_METHOD_LABELS,
  HANDLING_METHODS,
  HANDLING_OUTCOME_LABELS,
  HANDLING_STATUS_LABELS,
  HANDLING_STATUSES,
  type HandlingMethod,
  type HandlingOutcome,
} from "../../../shared/org-life";

export const EMPTY = "—";

export const PHASE_COLORS: Record<HandlingPhaseCode, string> = {
  education: "blue",
  rectifying: "gold",
  persuading: "orange",
  removing: "volcano",
  awaiting_approval: "purple",
  closed: "default",
};

export const METHOD_COLORS: Record<HandlingMethod, string> = { rectify_by_deadline: "gold", persuade_to_leave: "orange", remove: "red" };

export const OUTCOME_COLORS: Record<HandlingOutcome, string> = { improved: "green", persuaded_to_leave: "red", removed_after_refusal: "red", withdrawn: "default" };

export const STATUS_OPTIONS = HANDLING_STATUSES.map((value) => ({ value, label: HANDLING_STATUS_LABELS[value] }));
export const METHOD_OPTIONS = HANDLING_METHODS.map((value) => ({ value, label: HANDLING_METHOD_LABELS[value] }));

export const phaseLabel = (phase: HandlingPhaseCode) => HANDLING_PHASE_LABELS[phase];
export const outcomeLabel = (outcome: HandlingOutcome) => HANDLING_OUTCOME_LABELS[outcome];
export const exitKindLabel = (kind: string) => EXIT_KIND_LABELS[kind as ExitKind] ?? kind;

/** "限期改正已到期未结论；超过 90 天无进展". */
export const describeOverdue = (item: Pick<HandlingCaseListItem, "overdue">) => item.overdue.reasons.map((r) => OVERDUE_REASON_LABELS[r]).join("；");

/** What the branch or the committee should do next, as one line for the case page. */
export const NEXT_ACTION: Record<HandlingPhaseCode, string> = {
  education: "先由党支部进行教育谈话，再决定处置方式（限期改正或劝其退党）",
  rectifying: "限期改正期间由党支部跟踪考察；期满后作出是否改正的结论",
  persuading: "党支部做劝其退党工作；本人同意的，提交支部党员大会讨论决定，报上级党委批准；本人坚持不退的，登记后转为除名程序",
  removing: "提交支部党员大会讨论决定除名，报上级党委批准",
  awaiting_approval: "支部党员大会已作出决定，等待上级党委审批",
  closed: "已结案",
};
