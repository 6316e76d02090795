import { z } from "zod";
import { HANDLING_METHODS, HANDLING_OUTCOMES, HANDLING_STATUSES, HANDLING_STEP_KINDS } from "../org-life";
import { PageQuerySchema, UuidSchema, isoDate, pageOf } from "./common.contract";

// Organizational handling of unqualified members (不合格党员组织处置, rules.md §3.2): cases, their
// dated steps, and what the caller may record next. Names only — no ID or phone numbers.

export const HandlingMethodSchema = z.enum(HANDLING_METHODS, { error: "处置方式无效" });
export const HandlingStatusSchema = z.enum(HANDLING_STATUSES, { error: "处置状态无效" });
export const HandlingOutcomeSchema = z.enum(HANDLING_OUTCOMES, { error: "结案方式无效" });
export const HandlingStepKindSchema = z.enum(HANDLING_STEP_KINDS, { error: "步骤类型无效" });

/** Where a case stands in the procedure (derived from its steps, handling.rules.ts). */
export const HANDLING_PHASES = ["education", "rectifying", "persuading", "removing", "awaiting_approval", "closed"] as const;
export type HandlingPhaseCode = (typeof HANDLING_PHASES)[number];
export const HANDLING_PHASE_LABELS: Record<HandlingPhaseCode, string> = {
  education: "教育帮助",
  rectifying: "限期改正中",
  persuading: "劝其退党",
  removing: "除名（劝而不退）",
  awaiting_approval: "待上级党委审批",
  closed: "已结案",
};

export const FOLLOW_UP_RESULT_LABELS = { improved: "期满已改正", not_improved: "期满仍无转变", refused: "本人坚持不退党" } as const;
export const STEP_DECISION_LABELS: Record<string, string> = {
  ...FOLLOW_UP_RESULT_LABELS,
  passed: "表决通过",
  failed: "表决未通过",
  agreed: "同意",
  disagreed: "不同意",
  approved: "批准",
  rejected: "不批准",
  withdrawn: "撤销处置",
};

export const OVERDUE_REASONS = ["deadline_passed", "idle"] as const;
export const OVERDUE_REASON_LABELS: Record<(typeof OVERDUE_REASONS)[number], string> = {
  deadline_passed: "限期改正已到期未结论",
  idle: "超过 90 天无进展",
};

const count = (label: string) =>
  z.number({ error: `${label}应为整数` }).int({ error: `${label}应为整数` }).min(0, { error: `${label}不能为负数` }).max(100_000);
const notes = (label: string, max = 1000) => z.string().trim().max(max, { error: `${label}不能超过 ${max} 字` });
const requiredNotes = (label: string, max = 1000) => notes(label, max).min(2, { error: `请填写${label}` });

// ---------------------------------------------------------------------------------------------
// List

export const FindHandlingCasesQuerySchema = PageQuerySchema.extend({
  /** An organization in scope: its whole subtree. */
  orgId: UuidSchema.optional(),
  status: HandlingStatusSchema.optional(),
  method: HandlingMethodSchema.optional(),
  overdue: z.stringbool().optional(),
  /** Only 劝退/除名 cases whose general meeting decision waits for the committee. */
  awaitingApproval: z.stringbool().optional(),
  q: z.string().trim().max(30, { error: "姓名搜索不能超过 30 字" }).optional(),
});
export type FindHandlingCasesQuery = z.infer<typeof FindHandlingCasesQuerySchema>;

export const OverdueSchema = z.object({ isOverdue: z.boolean(), reasons: z.array(z.enum(OVERDUE_REASONS)) });

export const HandlingCaseListItemSchema = z.object({
  id: UuidSchema,
  memberId: UuidSchema,
  memberName: z.string(),
  orgId: UuidSchema,
  orgName: z.string(),
  method: HandlingMethodSchema.nullable(),
  phase: z.enum(HANDLING_PHASES),
  status: HandlingStatusSchema,
  outcome: HandlingOutcomeSchema.nullable(),
  /** The day the member was found unqualified and the case opened. */
  decidedOn: z.string(),
  /** 限期改正: by when. */
  deadlineOn: z.string().nullable(),
  /** Days left to the deadline while 限期改正 runs (negative once past). */
  daysToDeadline: z.number().int().nullable(),
  lastStepOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  overdue: OverdueSchema,
  /** The evaluation campaign that graded the member 不合格, when the case came from one. */
  evaluation: z.object({ campaignId: UuidSchema, title: z.string(), year: z.number().int(), entryId: UuidSchema }).nullable(),
});
export type HandlingCaseListItem = z.infer<typeof HandlingCaseListItemSchema>;

export const HandlingCasePageSchema = pageOf(HandlingCaseListItemSchema).extend({
  /** Over the whole scope (or the chosen organization's subtree), whatever the other filters say. */
  counts: z.object({ open: z.number().int(), overdue: z.number().int(), awaitingApproval: z.number().int() }),
  abilities: z.object({ canCreate: z.boolean() }),
});
export type HandlingCasePage = z.infer<typeof HandlingCasePageSchema>;

// ---------------------------------------------------------------------------------------------
// Create

export const CreateHandlingCaseSchema = z.object({
  memberId: UuidSchema,
  /** Why the member is unqualified (§6 grounds, the evaluation or the branch's own finding). */
  grounds: requiredNotes("处置事由", 1000),
  /** The day the branch found the member unqualified. */
  decidedOn: isoDate("评定不合格日期"),
  /** §4: a member sanctioned for the same matter is not also handled organizationally (true → 422 HANDLE-01). */
  sanctionedForSameMatter: z.boolean({ error: "请说明是否已因同一事由受到党纪处分" }),
});
export type CreateHandlingCase = z.infer<typeof CreateHandlingCaseSchema>;

// ---------------------------------------------------------------------------------------------
// Steps

export const HandlingVoteSchema = z.object({
  /** Optional check: refused (HANDLE-05) when it differs from the roster's count on the meeting day. */
  entitledVoters: count("应到会有表决权的党员人数").optional(),
  present: count("实到有表决权的党员人数"),
  inFavour: count("赞成票"),
  against: count("反对票"),
  abstaining: count("弃权票"),
});
export type HandlingVote = z.infer<typeof HandlingVoteSchema>;

const stepBase = { occurredOn: isoDate("日期"), notes: notes("记录").nullable().optional() };

export const RecordHandlingStepSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("education_talk"), ...stepBase, notes: requiredNotes("谈话内容") }),
    z.object({
      kind: z.literal("follow_up"),
      ...stepBase,
      notes: requiredNotes("考察情况"),
      /** A conclusion: improved / not_improved at the end of 限期改正, refused while persuading. */
      result: z.enum(["improved", "not_improved", "refused"], { error: "考察结论无效" }).nullable().optional(),
    }),
    z.object({ kind: z.literal("pre_review"), ...stepBase, decision: z.enum(["agreed", "disagreed"], { error: "预审意见无效" }) }),
    z.object({ kind: z.literal("meeting_decision"), ...stepBase, method: HandlingMethodSchema, vote: HandlingVoteSchema.optional() }),
    z.object({
      kind: z.literal("committee_approval"),
      ...stepBase,
      decision: z.enum(["approved", "rejected"], { error: "审批意见无效" }),
      documentNumber: z.string().trim().max(50, { error: "批复文号不能超过 50 字" }).nullable().optional(),
    }),
    z.object({ kind: z.literal("conclusion"), ...stepBase, outcome: z.literal("withdrawn", { error: "只能撤销处置" }), notes: requiredNotes("撤销原因") }),
  ],
  { error: "步骤类型无效" },
);
export type RecordHandlingStep = z.infer<typeof RecordHandlingStepSchema>;

// ---------------------------------------------------------------------------------------------
// Detail

export const HandlingStepSchema = z.object({
  id: UuidSchema,
  kind: HandlingStepKindSchema,
  occurredOn: z.string(),
  decision: z.string().nullable(),
  notes: z.string().nullable(),
  facts: z.record(z.string(), z.unknown()),
  body: z.enum(["branch", "committee"]),
  orgName: z.string(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type HandlingStep = z.infer<typeof HandlingStepSchema>;

export const AllowedHandlingStepSchema = z.object({
  kind: HandlingStepKindSchema,
  methods: z.array(HandlingMethodSchema).optional(),
  results: z.array(z.enum(["improved", "not_improved", "refused"])).optional(),
});
export type AllowedHandlingStep = z.infer<typeof AllowedHandlingStepSchema>;

export const HandlingCaseDetailSchema = HandlingCaseListItemSchema.extend({
  grounds: z.string(),
  approvingCommittee: z.object({ id: UuidSchema, name: z.string() }).nullable(),
  /** 应到会有表决权的正式党员 of the branch today, from the roster (a hint for the vote form). */
  entitledVotersToday: z.number().int(),
  exit: z.object({ eventId: UuidSchema, occurredOn: z.string(), exitKind: z.string() }).nullable(),
  steps: z.array(HandlingStepSchema),
  createdAt: z.string(),
  abilities: z.object({
    /** The steps this caller may record now: the procedure's order and separation of duties both met. */
    recordableSteps: z.array(AllowedHandlingStepSchema),
    /** Steps the procedure admits now but another body records (shown as "waiting for …"). */
    waitingFor: z.array(z.enum(["branch", "committee"])),
  }),
});
export type HandlingCaseDetail = z.infer<typeof HandlingCaseDetailSchema>;
