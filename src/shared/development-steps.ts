/**
 * The official procedure of member development (发展党员): 5 stages, 25 steps, in the order of the
 * standard flow chart (rules.md §1.2–§1.3, [S8]). Shared by server and web: the server enforces it,
 * the web draws the checklist from it. Rules that judge each step live in the server's
 * development/*.rules.ts; here is only what a step is, who records it and where it sits.
 */

export const DEVELOPMENT_STAGES = ["applicant", "activist", "candidate", "probationary", "full_member"] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];
export const DEVELOPMENT_STAGE_LABELS: Record<DevelopmentStage, string> = {
  applicant: "入党申请人",
  activist: "入党积极分子",
  candidate: "发展对象",
  probationary: "预备党员",
  full_member: "正式党员",
};

/** The five official stages of the procedure (§1.2), which group the 25 steps. */
export const PROCEDURE_STAGES = [
  { no: 1, label: "申请入党" },
  { no: 2, label: "入党积极分子的确定和培养教育" },
  { no: 3, label: "发展对象的确定和考察" },
  { no: 4, label: "预备党员的接收" },
  { no: 5, label: "预备党员的教育考察和转正" },
] as const;

/**
 * Who records a step (separation of duties): the branch (its officers), or the approving committee
 * (具有审批权限的基层党委: its own users only), or either (centralized training, §17: run by the
 * committee or the county organization department, the certificate kept by the branch).
 */
export type StepBody = "branch" | "committee" | "branch_or_committee";

export const STEP_CODES = [
  "submitApplication",
  "applicantTalk",
  "determineActivist",
  "fileActivist",
  "assignCultivators",
  "cultivation",
  "determineCandidate",
  "fileCandidate",
  "assignIntroducers",
  "politicalReview",
  "centralizedTraining",
  "committeeReview",
  "preReview",
  "admissionForm",
  "admissionMeeting",
  "approvalTalk",
  "approval",
  "fileAdmission",
  "assignGroup",
  "oath",
  "probationEducation",
  "conversionApplication",
  "conversionMeeting",
  "conversionApproval",
  "archive",
] as const;
export type StepCode = (typeof STEP_CODES)[number];

export interface StepDefinition {
  code: StepCode;
  /** 1..25, the flow chart's number. */
  no: number;
  /** 1..5, PROCEDURE_STAGES. */
  procedureStage: number;
  label: string;
  body: StepBody;
  /**
   * Steps of one order group may be done in any order among themselves; every step of an earlier
   * group must be done first (DEV-13: review, training and committee review before pre-review).
   */
  orderGroup: number;
  /** Recorded more than once: the half-yearly inspections (DEV-06), probation records, and the conversion steps after an extension (DEV-23). */
  isRepeatable: boolean;
  /** Steps whose record carries a decision that can fail (passed / not passed…). */
  hasDecision: boolean;
}

const step = (
  no: number,
  code: StepCode,
  procedureStage: number,
  label: string,
  body: StepBody,
  orderGroup: number,
  flags: { isRepeatable?: boolean; hasDecision?: boolean } = {},
): StepDefinition => ({ no, code, procedureStage, label, body, orderGroup, isRepeatable: flags.isRepeatable ?? false, hasDecision: flags.hasDecision ?? false });

export const STEPS: readonly StepDefinition[] = [
  step(1, "submitApplication", 1, "递交入党申请书", "branch", 1),
  step(2, "applicantTalk", 1, "党组织派人谈话", "branch", 2),
  step(3, "determineActivist", 2, "推荐和确定入党积极分子", "branch", 3),
  step(4, "fileActivist", 2, "报上级党委备案", "branch", 4),
  step(5, "assignCultivators", 2, "指定培养联系人", "branch", 5),
  step(6, "cultivation", 2, "培养教育考察", "branch", 6, { isRepeatable: true }),
  step(7, "determineCandidate", 3, "确定发展对象", "branch", 7),
  step(8, "fileCandidate", 3, "报上级党委备案", "branch", 8),
  step(9, "assignIntroducers", 3, "确定入党介绍人", "branch", 9),
  step(10, "politicalReview", 3, "进行政治审查", "branch", 9, { hasDecision: true }),
  step(11, "centralizedTraining", 3, "开展集中培训", "branch_or_committee", 9),
  step(12, "committeeReview", 4, "支部委员会审查", "branch", 10),
  step(13, "preReview", 4, "上级党委预审", "committee", 11, { hasDecision: true }),
  step(14, "admissionForm", 4, "填写入党志愿书", "branch", 12),
  step(15, "admissionMeeting", 4, "支部大会讨论", "branch", 13, { hasDecision: true }),
  step(16, "approvalTalk", 4, "上级党委派人谈话", "committee", 14),
  step(17, "approval", 4, "上级党委审批", "committee", 15, { hasDecision: true }),
  step(18, "fileAdmission", 4, "再上一级党委组织部门备案", "committee", 16),
  step(19, "assignGroup", 5, "编入党支部和党小组", "branch", 17),
  step(20, "oath", 5, "入党宣誓", "branch", 17),
  step(21, "probationEducation", 5, "继续教育考察", "branch", 17, { isRepeatable: true }),
  step(22, "conversionApplication", 5, "提出转正申请", "branch", 18, { isRepeatable: true }),
  step(23, "conversionMeeting", 5, "支部大会讨论转正", "branch", 19, { isRepeatable: true, hasDecision: true }),
  step(24, "conversionApproval", 5, "上级党委审批转正", "committee", 20, { isRepeatable: true, hasDecision: true }),
  step(25, "archive", 5, "材料归档", "branch", 21),
];

export const STEP_BY_CODE = Object.fromEntries(STEPS.map((s) => [s.code, s])) as Record<StepCode, StepDefinition>;

export const STEP_BODY_LABELS: Record<StepBody, string> = {
  branch: "党支部",
  committee: "上级党委（具有审批权限的基层党委）",
  branch_or_committee: "党支部或上级党委",
};

/**
 * Decisions a step record can carry. `passed` moves on; the rest are recorded as they are, never
 * refused (a vote that fails is a fact): the case closes or waits as rules.md §1.6 says.
 */
export const STEP_DECISIONS = ["passed", "not_passed", "convert", "extend", "cancel"] as const;
export type StepDecision = (typeof STEP_DECISIONS)[number];
export const STEP_DECISION_LABELS: Record<StepDecision, string> = {
  passed: "通过",
  not_passed: "未通过",
  convert: "按期转正",
  extend: "延长预备期",
  cancel: "取消预备党员资格",
};

/** How a case stands. Nothing is deleted: closed and deferred cases keep every record. */
export const DEVELOPMENT_STATUSES = ["open", "deferred", "completed", "closed"] as const;
export type DevelopmentStatus = (typeof DEVELOPMENT_STATUSES)[number];
export const DEVELOPMENT_STATUS_LABELS: Record<DevelopmentStatus, string> = {
  open: "进行中",
  deferred: "暂缓（本年度不发展）",
  completed: "已转正归档",
  closed: "已终止",
};

/** Why a case closed (rules.md §1.6). */
export const CLOSE_REASONS = ["withdrawn", "rejected", "review_failed", "not_admitted", "not_approved", "probation_cancelled"] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  withdrawn: "本人撤回申请",
  rejected: "党组织决定不再培养",
  review_failed: "政治审查不合格",
  not_admitted: "支部大会未通过接收",
  not_approved: "上级党委未批准接收",
  probation_cancelled: "取消预备党员资格",
};

/** Outcomes an officer records outside the 25 steps (rules.md §1.6). */
export const CASE_OUTCOMES = ["withdrawn", "rejected", "deferred", "resumed"] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  withdrawn: "本人撤回申请",
  rejected: "不再列为培养对象",
  deferred: "本年度暂缓发展",
  resumed: "恢复发展程序",
};

/** The focus groups of the brief (essay: 青年工人、青年农民、青年知识分子、生产工作一线). */
export const FOCUS_GROUPS = ["young_worker", "young_farmer", "young_intellectual", "front_line"] as const;
export type FocusGroup = (typeof FOCUS_GROUPS)[number];
export const FOCUS_GROUP_LABELS: Record<FocusGroup, string> = {
  young_worker: "青年工人",
  young_farmer: "青年农民",
  young_intellectual: "青年知识分子",
  front_line: "生产工作一线",
};

/** The rule sets (rules.md §0): 2014 细则 is the baseline; 2026 adds the reported, UNVERIFIED deltas of §1.7. */
export const RULE_SETS = ["2014", "2026"] as const;
export type RuleSet = (typeof RULE_SETS)[number];
export const RULE_SET_LABELS: Record<RuleSet, string> = {
  "2014": "2014年《中国共产党发展党员工作细则》（中办发〔2014〕33号）",
  "2026": "2026年5月修订《中国共产党发展党员工作细则》（变化项待核）",
};

/** Why a full member may be left out of the 应到会 count (rules.md §1.5, [S66]; UNVERIFIED as national). */
export const QUORUM_EXCLUSION_REASONS = ["ill", "abroad", "imprisoned", "bedridden", "away_not_transferred"] as const;
export type QuorumExclusionReason = (typeof QUORUM_EXCLUSION_REASONS)[number];
export const QUORUM_EXCLUSION_LABELS: Record<QuorumExclusionReason, string> = {
  ill: "因病不能表达本人意志",
  abroad: "自费出国半年以上",
  imprisoned: "服刑且未受留党察看以上处分",
  bedridden: "卧床不起",
  away_not_transferred: "外出半年以上应转未转组织关系",
};
