import { z } from "zod";
import {
  CASE_OUTCOMES,
  CLOSE_REASONS,
  DEVELOPMENT_STAGES,
  DEVELOPMENT_STATUSES,
  FOCUS_GROUPS,
  QUORUM_EXCLUSION_REASONS,
  RULE_SETS,
  STEP_CODES,
  STEP_DECISIONS,
} from "../development-steps";
import { EducationSchema, EthnicitySchema, GenderSchema, MobilePhoneSchema, OccupationSchema } from "./members.contract";
import { FileSummarySchema, type FileSummary, PageQuerySchema, UuidSchema, pageOf, isoDate, optionalText } from "./common.contract";

const count = (label: string) =>
  z.number({ error: `${label}应为整数` }).int({ error: `${label}应为整数` }).min(0, { error: `${label}不能为负数` }).max(100_000);

export const DevelopmentStageSchema = z.enum(DEVELOPMENT_STAGES, { error: "发展阶段无效" });
export const DevelopmentStatusSchema = z.enum(DEVELOPMENT_STATUSES, { error: "状态无效" });
export const StepCodeSchema = z.enum(STEP_CODES, { error: "步骤无效" });
export const StepDecisionSchema = z.enum(STEP_DECISIONS, { error: "决定无效" });
export const FocusGroupSchema = z.enum(FOCUS_GROUPS, { error: "重点群体无效" });
export const RuleSetSchema = z.enum(RULE_SETS, { error: "规则版本无效" });

// ---------------------------------------------------------------------------------------------
// The person (入党申请人 and onwards)

export const CreateDevelopmentPersonSchema = z.object({
  /** The branch that received the application. */
  orgId: UuidSchema,
  name: z.string().trim().min(2, { error: "姓名至少 2 个字" }).max(30, { error: "姓名不能超过 30 字" }),
  gender: GenderSchema,
  ethnicity: EthnicitySchema,
  idNumber: z.string().trim().min(1, { error: "请输入身份证号" }),
  education: EducationSchema.nullable().optional(),
  occupation: OccupationSchema.nullable().optional(),
  workUnit: optionalText("工作单位"),
  post: optionalText("工作岗位", 50),
  phone: MobilePhoneSchema.nullable().optional(),
  focusGroup: FocusGroupSchema.nullable().optional(),
  plannedLeaveOn: isoDate("预计离开单位日期").nullable().optional(),
  /** Step 1: the day the branch received the written application (DEV-01, DEV-02 count from it). */
  applicationReceivedOn: isoDate("入党申请书接收日期"),
  notes: optionalText("备注", 500),
});
export type CreateDevelopmentPerson = z.infer<typeof CreateDevelopmentPersonSchema>;

/** The profile may be corrected; the stage, dates and organization change only through steps. */
export const UpdateDevelopmentPersonSchema = CreateDevelopmentPersonSchema.pick({
  name: true,
  education: true,
  occupation: true,
  workUnit: true,
  post: true,
  phone: true,
  focusGroup: true,
  plannedLeaveOn: true,
}).partial();
export type UpdateDevelopmentPerson = z.infer<typeof UpdateDevelopmentPersonSchema>;

export const NextDueSchema = z.object({
  code: z.string(),
  label: z.string(),
  dueOn: z.string(),
  rule: z.string(),
  isOverdue: z.boolean(),
});
export type NextDue = z.infer<typeof NextDueSchema>;

export const DevelopmentPersonListItemSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  name: z.string(),
  gender: GenderSchema,
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  birthDate: z.string(),
  age: z.number().int(),
  education: EducationSchema.nullable(),
  occupation: OccupationSchema.nullable(),
  focusGroup: FocusGroupSchema.nullable(),
  stage: DevelopmentStageSchema,
  status: DevelopmentStatusSchema,
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  applicationReceivedOn: z.string(),
  activistOn: z.string().nullable(),
  candidateOn: z.string().nullable(),
  admittedOn: z.string().nullable(),
  probationEndsOn: z.string().nullable(),
  fullMemberOn: z.string().nullable(),
  nextDue: NextDueSchema.nullable(),
});
export type DevelopmentPersonListItem = z.infer<typeof DevelopmentPersonListItemSchema>;

export const FindDevelopmentPeopleQuerySchema = PageQuerySchema.extend({
  orgId: UuidSchema.optional(),
  q: z.string().trim().max(30, { error: "姓名搜索不能超过 30 字" }).optional(),
  stage: DevelopmentStageSchema.optional(),
  /** Defaults to open cases. */
  status: DevelopmentStatusSchema.optional(),
  /** overdue: a due date passed; soon: due within 30 days (and not overdue). */
  due: z.enum(["overdue", "soon"], { error: "到期筛选无效" }).optional(),
});
export type FindDevelopmentPeopleQuery = z.infer<typeof FindDevelopmentPeopleQuerySchema>;
export const DevelopmentPersonPageSchema = pageOf(DevelopmentPersonListItemSchema).extend({
  abilities: z.object({ canCreate: z.boolean() }),
});
export type DevelopmentPersonPage = z.infer<typeof DevelopmentPersonPageSchema>;

export const StepDocumentSchema = z.object({ fileId: UuidSchema, name: z.string() });
export const RuleCheckedSchema = z.object({ rule: z.string(), article: z.string() });

export const DevelopmentStepSchema = z.object({
  id: UuidSchema,
  code: z.string(),
  no: z.number().int(),
  label: z.string(),
  occurredOn: z.string(),
  decision: StepDecisionSchema.nullable(),
  facts: z.record(z.string(), z.unknown()),
  notes: z.string().nullable(),
  actorNames: z.string().nullable(),
  body: z.enum(["branch", "committee"]),
  ruleSet: RuleSetSchema,
  rulesChecked: z.array(RuleCheckedSchema),
  documents: z.array(StepDocumentSchema),
  orgName: z.string(),
  recordedByName: z.string().nullable(),
  recordedOrgName: z.string().nullable(),
  createdAt: z.string(),
});
export type DevelopmentStep = z.infer<typeof DevelopmentStepSchema>;

/** One line of the 25-step checklist of a person's development file. */
export const ChecklistItemSchema = z.object({
  code: StepCodeSchema,
  no: z.number().int(),
  label: z.string(),
  procedureStage: z.number().int(),
  body: z.enum(["branch", "committee", "branch_or_committee"]),
  state: z.enum(["done", "failed", "next", "pending"]),
  /** The records of this step, oldest first (repeatable steps have several). */
  stepIds: z.array(UuidSchema),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** A document uploaded to a case: the shared file summary. */
export const DevelopmentFileSchema = FileSummarySchema;
export type DevelopmentFile = FileSummary;

export const DevelopmentPersonDetailSchema = DevelopmentPersonListItemSchema.extend({
  ethnicity: z.string(),
  workUnit: z.string().nullable(),
  post: z.string().nullable(),
  plannedLeaveOn: z.string().nullable(),
  deferredToYear: z.number().int().nullable(),
  approvedOn: z.string().nullable(),
  memberId: UuidSchema.nullable(),
  approvingCommittee: z.object({ id: UuidSchema, name: z.string() }).nullable(),
  steps: z.array(DevelopmentStepSchema),
  checklist: z.array(ChecklistItemSchema),
  files: z.array(DevelopmentFileSchema),
  createdAt: z.string(),
  abilities: z.object({
    canUpdate: z.boolean(),
    canViewPii: z.boolean(),
    canUpload: z.boolean(),
    canRecordOutcome: z.boolean(),
    /** The steps this caller may record now (order, stage and separation of duties all met). */
    recordableSteps: z.array(StepCodeSchema),
  }),
});
export type DevelopmentPersonDetail = z.infer<typeof DevelopmentPersonDetailSchema>;

export const DevelopmentPersonPiiSchema = z.object({ idNumber: z.string(), phone: z.string().nullable() });

// ---------------------------------------------------------------------------------------------
// Steps

/** The vote of a branch general meeting (DEV-15, §1.5). Entitled voters are counted by the server from the roster. */
export const VoteFactsSchema = z.object({
  /** Optional check: the count the branch expects; refused (DEV-15) when it differs from the roster's. */
  entitledVoters: count("应到会有表决权的党员人数").optional(),
  /** Full members left out of 应到会 with the superior's agreement (§1.5). */
  excludedFromQuorum: z
    .array(z.object({ memberId: UuidSchema, reason: z.enum(QUORUM_EXCLUSION_REASONS, { error: "不计入应到会人数的原因无效" }) }))
    .max(200)
    .default([]),
  present: count("实到有表决权的党员人数"),
  inFavour: count("赞成票"),
  against: count("反对票"),
  abstaining: count("弃权票"),
  /** Written opinions of absent full members, handed in before the meeting (DEV-15b). */
  writtenInFavour: count("书面意见赞成").default(0),
  writtenAgainst: count("书面意见反对").default(0),
  writtenAbstaining: count("书面意见弃权").default(0),
  ballot: z.enum(["show_of_hands", "secret"], { error: "表决方式无效" }),
});
export type VoteFacts = z.infer<typeof VoteFactsSchema>;

const stepBase = {
  occurredOn: isoDate("日期"),
  notes: optionalText("记录", 2000),
  /** Who acted, in words: the talker, the meeting, the organizer… */
  actorNames: optionalText("经办人", 200),
  /** Files already uploaded to this person (POST …/documents). */
  documentIds: z.array(UuidSchema).max(20, { error: "每个步骤最多 20 个附件" }).default([]),
};
const plain = <C extends (typeof STEP_CODES)[number]>(code: C) => z.object({ code: z.literal(code), ...stepBase });
const decided = <C extends (typeof STEP_CODES)[number]>(code: C) =>
  z.object({ code: z.literal(code), ...stepBase, decision: z.enum(["passed", "not_passed"], { error: "请选择结论" }) });

export const RecordStepSchema = z.discriminatedUnion(
  "code",
  [
    plain("applicantTalk"),
    z.object({
      code: z.literal("determineActivist"),
      ...stepBase,
      recommendation: z.enum(["member_recommendation", "mass_organization"], { error: "推荐方式无效" }),
    }),
    plain("fileActivist"),
    z.object({ code: z.literal("assignCultivators"), ...stepBase, cultivatorIds: z.array(UuidSchema).max(5) }),
    plain("cultivation"),
    z.object({
      code: z.literal("determineCandidate"),
      ...stepBase,
      /** DEV-X2 (2026 rule set): the publicity period before listing. */
      publicityFrom: isoDate("公示开始日期").nullable().optional(),
      publicityTo: isoDate("公示结束日期").nullable().optional(),
    }),
    plain("fileCandidate"),
    z.object({ code: z.literal("assignIntroducers"), ...stepBase, introducerIds: z.array(UuidSchema).max(5) }),
    decided("politicalReview"),
    z.object({
      code: z.literal("centralizedTraining"),
      ...stepBase,
      days: z.number({ error: "培训天数应为数字" }).min(0).max(365).default(0),
      hours: z.number({ error: "培训学时应为数字" }).min(0).max(1000).default(0),
      certificateNumber: optionalText("结业证书编号", 50),
      /** §17: "个别特殊情况" without full training; only the committee may set it. */
      exceptionReason: optionalText("特殊情况说明", 500),
    }),
    plain("committeeReview"),
    decided("preReview"),
    z.object({ code: z.literal("admissionForm"), ...stepBase, formNumber: optionalText("志愿书编号", 50) }),
    z.object({ code: z.literal("admissionMeeting"), ...stepBase, vote: VoteFactsSchema }),
    plain("approvalTalk"),
    decided("approval"),
    plain("fileAdmission"),
    z.object({ code: z.literal("assignGroup"), ...stepBase, groupOrgId: UuidSchema.nullable().optional() }),
    plain("oath"),
    plain("probationEducation"),
    plain("conversionApplication"),
    z.object({
      code: z.literal("conversionMeeting"),
      ...stepBase,
      proposal: z.enum(["convert", "extend", "cancel"], { error: "请选择表决事项" }),
      /** DEV-23: 6 to 12 months, once. */
      extensionMonths: z.number().int().min(1).max(24).nullable().optional(),
      vote: VoteFactsSchema,
    }),
    decided("conversionApproval"),
    z.object({ code: z.literal("archive"), ...stepBase, archiveLocation: optionalText("档案存放处", 100) }),
  ],
  { error: "步骤无效（递交入党申请书在新增申请人时登记）" },
);
export type RecordStep = z.infer<typeof RecordStepSchema>;

export const RecordOutcomeSchema = z.object({
  outcome: z.enum(CASE_OUTCOMES, { error: "处理结果无效" }),
  occurredOn: isoDate("日期"),
  reason: z.string().trim().min(1, { error: "请说明原因" }).max(1000, { error: "原因不能超过 1000 字" }),
  /** For `deferred`: the year to resume. */
  deferredToYear: z.number().int().min(2000).max(2100).nullable().optional(),
});
export type RecordOutcome = z.infer<typeof RecordOutcomeSchema>;

// ---------------------------------------------------------------------------------------------
// Pipeline, reminders, rule sets, plans

export const PipelineQuerySchema = z.object({ orgId: UuidSchema.optional() });
export const PipelineSchema = z.object({
  stages: z.array(z.object({ stage: DevelopmentStageSchema, count: z.number().int() })),
  deferred: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  /** Overdue items by rule, e.g. DEV-02 applicants not talked to within a month. */
  overdueByRule: z.array(z.object({ rule: z.string(), label: z.string(), count: z.number().int() })),
});
export type Pipeline = z.infer<typeof PipelineSchema>;

export const DueStepSchema = z.object({
  personId: UuidSchema,
  name: z.string(),
  orgId: UuidSchema,
  orgName: z.string(),
  stage: DevelopmentStageSchema,
  nextDue: NextDueSchema,
});
export type DueStep = z.infer<typeof DueStepSchema>;
export const DueStepsQuerySchema = PageQuerySchema.extend({
  orgId: UuidSchema.optional(),
  days: z.coerce.number().int().min(1).max(365).default(30),
});
export const DueStepPageSchema = pageOf(DueStepSchema);

export const RuleSetPeriodSchema = z.object({
  id: UuidSchema,
  ruleSet: RuleSetSchema,
  effectiveFrom: z.string(),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export const RuleSetSettingsSchema = z.object({
  /** Before the first period, the 2014 rule set. */
  periods: z.array(RuleSetPeriodSchema),
  current: RuleSetSchema,
  /** The configurable values of UNVERIFIED rules, as this server runs them. */
  config: z.array(z.object({ key: z.string(), value: z.union([z.number(), z.boolean()]), rule: z.string(), label: z.string() })),
  canManage: z.boolean(),
});
export type RuleSetSettings = z.infer<typeof RuleSetSettingsSchema>;
export const CreateRuleSetPeriodSchema = z.object({
  ruleSet: RuleSetSchema,
  effectiveFrom: isoDate("生效日期"),
  note: z.string().trim().min(1, { error: "请说明依据（已核对的正式文本）" }).max(500),
});
export type CreateRuleSetPeriod = z.infer<typeof CreateRuleSetPeriodSchema>;
/** Retracts a period entered by mistake; the row stays, archived, and the reason goes to the audit log. */
export const ArchiveRuleSetPeriodSchema = z.object({
  reason: z.string().trim().min(1, { error: "请说明撤销原因" }).max(500, { error: "原因不能超过 500 字" }),
});
export type ArchiveRuleSetPeriod = z.infer<typeof ArchiveRuleSetPeriodSchema>;

export const PLAN_TARGET_KEYS = [...FOCUS_GROUPS, "female", "young", "minority", "college"] as const;
export type PlanTargetKey = (typeof PLAN_TARGET_KEYS)[number];
export const PLAN_TARGET_LABELS: Record<PlanTargetKey, string> = {
  young_worker: "青年工人",
  young_farmer: "青年农民",
  young_intellectual: "青年知识分子",
  front_line: "生产工作一线",
  female: "女性",
  young: "35岁及以下",
  minority: "少数民族",
  college: "大专及以上学历",
};
const TargetsSchema = z.partialRecord(z.enum(PLAN_TARGET_KEYS), count("目标人数"));

export const SavePlanSchema = z.object({
  orgId: UuidSchema,
  year: z.number().int().min(2000).max(2100),
  targets: TargetsSchema.default({}),
  notes: optionalText("说明", 1000),
  quotas: z.array(z.object({ orgId: UuidSchema, quota: count("名额") })).max(2000),
});
export type SavePlan = z.infer<typeof SavePlanSchema>;

export const PlanQuerySchema = z.object({ orgId: UuidSchema, year: z.coerce.number().int().min(2000).max(2100) });

/** Plan against actual, per quota organization, and a forecast of who can reach each stage this year. */
export const PlanProgressSchema = z.object({
  plan: z
    .object({ id: UuidSchema, orgId: UuidSchema, orgName: z.string(), year: z.number().int(), targets: TargetsSchema, notes: z.string().nullable() })
    .nullable(),
  rows: z.array(
    z.object({
      orgId: UuidSchema,
      orgName: z.string(),
      quota: z.number().int(),
      /** Admitted (approved) this year in the organization's subtree. */
      actual: z.number().int(),
      /** Open cases that can reach probationary membership this year by their dates. */
      forecast: z.number().int(),
    }),
  ),
  totals: z.object({ quota: z.number().int(), actual: z.number().int(), forecast: z.number().int() }),
  targets: z.array(z.object({ key: z.enum(PLAN_TARGET_KEYS), label: z.string(), target: z.number().int().nullable(), actual: z.number().int() })),
  forecast: z.array(z.object({ stage: DevelopmentStageSchema, canReach: z.number().int() })),
  canManage: z.boolean(),
});
export type PlanProgress = z.infer<typeof PlanProgressSchema>;
