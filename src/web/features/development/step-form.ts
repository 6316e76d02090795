import type { Dayjs } from "dayjs";
import type { RecordStep, VoteFacts } from "../../../shared/contracts/development.contract";
import type { StepCode } from "../../../shared/development-steps";

// The step form follows RecordStepSchema's variants: every step has a date, actors, notes and
// documents; some add their own facts. Field names are the contract's, so the server's refusals
// (details[].field, e.g. "vote.present") land under the matching field.

/** Step 1 is recorded with the application itself (登记入党申请), never through this form. */
export type RecordableStepCode = Exclude<StepCode, "submitApplication">;

export type StepField =
  | "recommendation"
  | "cultivatorIds"
  | "introducerIds"
  | "decision"
  | "training"
  | "publicity"
  | "proposal"
  | "vote"
  | "groupOrgId"
  | "formNumber"
  | "archiveLocation";

export const STEP_FIELDS: Record<RecordableStepCode, readonly StepField[]> = {
  applicantTalk: [],
  determineActivist: ["recommendation"],
  fileActivist: [],
  assignCultivators: ["cultivatorIds"],
  cultivation: [],
  determineCandidate: ["publicity"],
  fileCandidate: [],
  assignIntroducers: ["introducerIds"],
  politicalReview: ["decision"],
  centralizedTraining: ["training"],
  committeeReview: [],
  preReview: ["decision"],
  admissionForm: ["formNumber"],
  admissionMeeting: ["vote"],
  approvalTalk: [],
  approval: ["decision"],
  fileAdmission: [],
  assignGroup: ["groupOrgId"],
  oath: [],
  probationEducation: [],
  conversionApplication: [],
  conversionMeeting: ["proposal", "vote"],
  conversionApproval: ["decision"],
  archive: ["archiveLocation"],
};

/** What the 经办人 box asks for, where "who acted" means something particular. */
export const ACTOR_PLACEHOLDERS: Partial<Record<RecordableStepCode, string>> = {
  applicantTalk: "谈话人，如：张三（支部书记）",
  determineActivist: "如：支部委员会",
  determineCandidate: "如：支部委员会",
  politicalReview: "审查人",
  centralizedTraining: "培训组织单位，如：县委党校",
  committeeReview: "如：支部委员会",
  preReview: "如：××党委",
  admissionMeeting: "会议主持人",
  approvalTalk: "谈话人，如：李四（组织员）",
  approval: "如：××党委委员会会议",
  oath: "宣誓仪式组织者、监誓人",
  conversionMeeting: "会议主持人",
};

export const RECOMMENDATION_OPTIONS = [
  { value: "member_recommendation", label: "党员推荐" },
  { value: "mass_organization", label: "群团组织推优" },
] as const;
export const DECISION_OPTIONS = [
  { value: "passed", label: "通过" },
  { value: "not_passed", label: "未通过" },
] as const;
export const PROPOSAL_OPTIONS = [
  { value: "convert", label: "按期转正" },
  { value: "extend", label: "延长预备期" },
  { value: "cancel", label: "取消预备党员资格" },
] as const;
export const BALLOT_OPTIONS = [
  { value: "show_of_hands", label: "举手表决" },
  { value: "secret", label: "无记名投票" },
] as const;

export interface VoteFormValues {
  entitledVoters?: number | null;
  excludedFromQuorum?: { memberId?: string; reason?: VoteFacts["excludedFromQuorum"][number]["reason"] }[];
  present?: number | null;
  inFavour?: number | null;
  against?: number | null;
  abstaining?: number | null;
  writtenInFavour?: number | null;
  writtenAgainst?: number | null;
  writtenAbstaining?: number | null;
  ballot?: VoteFacts["ballot"];
}

export interface StepFormValues {
  occurredOn?: Dayjs;
  actorNames?: string;
  notes?: string;
  documentIds?: string[];
  recommendation?: (typeof RECOMMENDATION_OPTIONS)[number]["value"];
  cultivatorIds?: string[];
  introducerIds?: string[];
  decision?: "passed" | "not_passed";
  days?: number | null;
  hours?: number | null;
  certificateNumber?: string;
  exceptionReason?: string;
  publicityFrom?: Dayjs | null;
  publicityTo?: Dayjs | null;
  proposal?: "convert" | "extend" | "cancel";
  extensionMonths?: number | null;
  vote?: VoteFormValues;
  groupOrgId?: string;
  formNumber?: string;
  archiveLocation?: string;
}

const DATE_FORMAT = "YYYY-MM-DD";
const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
const dateOrNull = (value: Dayjs | null | undefined) => (value ? value.format(DATE_FORMAT) : null);
const count = (value: number | null | undefined) => (typeof value === "number" ? value : 0);

export function toVoteFacts(vote: VoteFormValues = {}): VoteFacts {
  return {
    ...(typeof vote.entitledVoters === "number" ? { entitledVoters: vote.entitledVoters } : {}),
    excludedFromQuorum: (vote.excludedFromQuorum ?? [])
      .filter((row) => row.memberId && row.reason)
      .map((row) => ({ memberId: row.memberId!, reason: row.reason! })),
    present: count(vote.present),
    inFavour: count(vote.inFavour),
    against: count(vote.against),
    abstaining: count(vote.abstaining),
    writtenInFavour: count(vote.writtenInFavour),
    writtenAgainst: count(vote.writtenAgainst),
    writtenAbstaining: count(vote.writtenAbstaining),
    ballot: vote.ballot ?? "show_of_hands",
  };
}

/** The request for one step from the form's values; only the fields of that step's variant. */
export function buildStepInput(code: RecordableStepCode, values: StepFormValues): RecordStep {
  const base = {
    occurredOn: values.occurredOn!.format(DATE_FORMAT),
    actorNames: blankToNull(values.actorNames),
    notes: blankToNull(values.notes),
    documentIds: values.documentIds ?? [],
  };
  switch (code) {
    case "determineActivist":
      return { code, ...base, recommendation: values.recommendation! };
    case "assignCultivators":
      return { code, ...base, cultivatorIds: values.cultivatorIds ?? [] };
    case "assignIntroducers":
      return { code, ...base, introducerIds: values.introducerIds ?? [] };
    case "politicalReview":
    case "preReview":
    case "approval":
    case "conversionApproval":
      return { code, ...base, decision: values.decision! };
    case "centralizedTraining":
      return {
        code,
        ...base,
        days: count(values.days),
        hours: count(values.hours),
        certificateNumber: blankToNull(values.certificateNumber),
        exceptionReason: blankToNull(values.exceptionReason),
      };
    case "determineCandidate":
      return { code, ...base, publicityFrom: dateOrNull(values.publicityFrom), publicityTo: dateOrNull(values.publicityTo) };
    case "admissionMeeting":
      return { code, ...base, vote: toVoteFacts(values.vote) };
    case "conversionMeeting":
      return {
        code,
        ...base,
        proposal: values.proposal!,
        extensionMonths: values.proposal === "extend" ? (values.extensionMonths ?? null) : null,
        vote: toVoteFacts(values.vote),
      };
    case "assignGroup":
      return { code, ...base, groupOrgId: values.groupOrgId ?? null };
    case "admissionForm":
      return { code, ...base, formNumber: blankToNull(values.formNumber) };
    case "archive":
      return { code, ...base, archiveLocation: blankToNull(values.archiveLocation) };
    default:
      return { code, ...base };
  }
}
