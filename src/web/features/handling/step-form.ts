import type { Dayjs } from "dayjs";
import type { AllowedHandlingStep, RecordHandlingStep } from "../../../shared/contracts/handling.contract";
import { HANDLING_STEP_KIND_LABELS, type HandlingMethod, type HandlingStepKind } from "../../../shared/org-life";

/** The step form's values: one shape for every kind; `toStepRequest` keeps what the kind sends. */
export interface StepFormValues {
  occurredOn?: Dayjs;
  notes?: string;
  result?: "none" | "improved" | "not_improved" | "refused";
  decision?: "agreed" | "disagreed" | "approved" | "rejected";
  method?: HandlingMethod;
  /** 限期改正 may be decided without a recorded vote; 劝退 and 除名 always carry one. */
  hasVote?: boolean;
  vote?: { entitledVoters?: number | null; present?: number | null; inFavour?: number | null; against?: number | null; abstaining?: number | null };
  documentNumber?: string;
}

/** The button that opens each kind's form. */
export const STEP_BUTTONS: Record<HandlingStepKind, string> = {
  education_talk: "登记教育谈话",
  follow_up: "登记跟踪考察",
  pre_review: "基层党委预审",
  meeting_decision: "作出处置决定",
  committee_approval: "上级党委审批",
  conclusion: "撤销处置",
};

export const NOTES_LABELS: Record<HandlingStepKind, string> = {
  education_talk: "谈话内容",
  follow_up: "考察情况",
  pre_review: "预审意见说明",
  meeting_decision: "会议情况",
  committee_approval: "审批意见说明",
  conclusion: "撤销原因",
};

export const isNotesRequired = (kind: HandlingStepKind) => kind === "education_talk" || kind === "follow_up" || kind === "conclusion";

const FORM_TITLES: Partial<Record<HandlingStepKind, string>> = { meeting_decision: "处置决定（党支部 / 支部党员大会）", conclusion: "撤销处置" };
export const stepFormTitle = (kind: HandlingStepKind) => FORM_TITLES[kind] ?? HANDLING_STEP_KIND_LABELS[kind];

/** A meeting decision needs a vote unless it decides 限期改正 without one. */
export const needsVote = (values: Pick<StepFormValues, "method" | "hasVote">) => values.method !== "rectify_by_deadline" || values.hasVote === true;

const count = (value: number | null | undefined) => value ?? 0;

export function toStepRequest(kind: HandlingStepKind, values: StepFormValues): RecordHandlingStep {
  const occurredOn = values.occurredOn!.format("YYYY-MM-DD");
  const notes = values.notes?.trim() || null;
  switch (kind) {
    case "education_talk":
      return { kind, occurredOn, notes: notes ?? "" };
    case "follow_up":
      return { kind, occurredOn, notes: notes ?? "", result: values.result && values.result !== "none" ? values.result : null };
    case "pre_review":
      return { kind, occurredOn, notes, decision: values.decision as "agreed" | "disagreed" };
    case "meeting_decision": {
      const vote = values.vote ?? {};
      return {
        kind,
        occurredOn,
        notes,
        method: values.method!,
        ...(needsVote(values)
          ? {
              vote: {
                ...(vote.entitledVoters != null ? { entitledVoters: vote.entitledVoters } : {}),
                present: count(vote.present),
                inFavour: count(vote.inFavour),
                against: count(vote.against),
                abstaining: count(vote.abstaining),
              },
            }
          : {}),
      };
    }
    case "committee_approval":
      return { kind, occurredOn, notes, decision: values.decision as "approved" | "rejected", documentNumber: values.documentNumber?.trim() || null };
    case "conclusion":
      return { kind, occurredOn, notes: notes ?? "", outcome: "withdrawn" };
  }
}

/** The form's starting values for the allowed step (the only method or conclusion preselected). */
export function initialStepValues(step: AllowedHandlingStep, today: Dayjs, entitledVoters: number): StepFormValues {
  return {
    occurredOn: today,
    result: "none",
    method: step.methods?.length === 1 ? step.methods[0] : undefined,
    hasVote: false,
    vote: { entitledVoters },
    decision: step.kind === "pre_review" ? "agreed" : step.kind === "committee_approval" ? "approved" : undefined,
  };
}
