import { z } from "zod";
import { BALLOT_SOURCES, EVALUATION_GRADES, EVALUATION_PHASES } from "../org-life";
import { PageQuerySchema, UuidSchema, isoDate, pageOf } from "./common.contract";

// Democratic evaluation (民主评议党员, rules.md §3.1): campaigns, entries, secret ballots and the tally.
// Ballots are never returned by any route: the tally is the only output of the vote.

export const EvaluationPhaseSchema = z.enum(EVALUATION_PHASES, { error: "评议阶段无效" });
export const EvaluationGradeSchema = z.enum(EVALUATION_GRADES, { error: "等次无效" });
export const BallotSourceSchema = z.enum(BALLOT_SOURCES, { error: "测评票来源无效" });

const text = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, { error: `请填写${label}` }).max(max, { error: `${label}不能超过 ${max} 字` });
const nullableText = (label: string, max: number) => z.string().trim().max(max, { error: `${label}不能超过 ${max} 字` }).nullable().optional();

export const GradeCountsSchema = z.object({
  excellent: z.number().int(),
  qualified: z.number().int(),
  basically_qualified: z.number().int(),
  unqualified: z.number().int(),
});
export type GradeCounts = z.infer<typeof GradeCountsSchema>;

/** A rule that stops something now (the next phase, a save): its id and the Chinese message citing it. */
export const RuleBlockerSchema = z.object({ field: z.string(), rule: z.string(), message: z.string() });
export type RuleBlocker = z.infer<typeof RuleBlockerSchema>;

// ---------------------------------------------------------------------------------------------
// Campaigns

export const CreateEvaluationCampaignSchema = z.object({
  /** The branch (党支部, 联合党支部, 临时党支部) whose members are evaluated, with its party groups. */
  orgId: UuidSchema,
  year: z.number({ error: "年度应为整数" }).int({ error: "年度应为整数" }).min(2000, { error: "年度不能早于 2000 年" }).max(2100, { error: "年度无效" }),
  title: z.string().trim().min(2, { error: "标题至少 2 个字" }).max(60, { error: "标题不能超过 60 字" }).optional(),
  /** The general meeting that holds the evaluation (a meeting of the same branch), when already recorded. */
  meetingId: UuidSchema.nullable().optional(),
});
export type CreateEvaluationCampaign = z.infer<typeof CreateEvaluationCampaignSchema>;

export const UpdateEvaluationCampaignSchema = z.object({
  title: z.string().trim().min(2, { error: "标题至少 2 个字" }).max(60, { error: "标题不能超过 60 字" }).optional(),
  /** 学习教育: what was studied, how and when. */
  studyNotes: nullableText("学习教育情况", 5000),
  meetingId: UuidSchema.nullable().optional(),
  /** What the branch reports to the higher committee. */
  reportNotes: nullableText("上报情况", 2000),
});
export type UpdateEvaluationCampaign = z.infer<typeof UpdateEvaluationCampaignSchema>;

export const FindEvaluationCampaignsQuerySchema = PageQuerySchema.extend({
  /** A branch, or a committee: then the campaigns of its whole subtree. */
  orgId: UuidSchema.optional(),
  year: z.coerce.number().int({ error: "年度应为整数" }).min(2000, { error: "年度无效" }).max(2100, { error: "年度无效" }).optional(),
  phase: EvaluationPhaseSchema.optional(),
});
export type FindEvaluationCampaignsQuery = z.infer<typeof FindEvaluationCampaignsQuerySchema>;

export const EvaluationCampaignListItemSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  year: z.number().int(),
  title: z.string(),
  phase: EvaluationPhaseSchema,
  participants: z.number().int(),
  graded: z.number().int(),
  /** Self-evaluations (党性分析) handed in. */
  submitted: z.number().int(),
  publishedOn: z.string().nullable(),
  reportedOn: z.string().nullable(),
  /** The final grades, once published (null before). */
  results: GradeCountsSchema.nullable(),
});
export type EvaluationCampaignListItem = z.infer<typeof EvaluationCampaignListItemSchema>;

export const EvaluationCampaignPageSchema = pageOf(EvaluationCampaignListItemSchema).extend({
  abilities: z.object({ canCreate: z.boolean() }),
});
export type EvaluationCampaignPage = z.infer<typeof EvaluationCampaignPageSchema>;

/**
 * One participant as the campaign page lists them. What the caller may not see is null: a member sees
 * names, and after publication the final grades, and nothing of anyone else's texts, votes or feedback.
 */
export const EvaluationEntrySchema = z.object({
  id: UuidSchema,
  memberId: UuidSchema,
  memberName: z.string(),
  /** The party group (or the branch itself) the member belongs to. */
  orgName: z.string(),
  isGraded: z.boolean(),
  isMine: z.boolean(),
  selfGrade: EvaluationGradeSchema.nullable(),
  submittedAt: z.string().nullable(),
  hasPeerComments: z.boolean(),
  /** The tally for this member, after the vote closed (officers and the committee only). */
  votes: GradeCountsSchema.nullable(),
  proposedGrade: EvaluationGradeSchema.nullable(),
  gradeReason: z.string().nullable(),
  finalGrade: EvaluationGradeSchema.nullable(),
  feedback: z.string().nullable(),
  feedbackOn: z.string().nullable(),
  /** The handling case opened at publication for a 不合格 grade (§3.2). */
  handlingCaseId: UuidSchema.nullable(),
});
export type EvaluationEntry = z.infer<typeof EvaluationEntrySchema>;

/** One entry with its texts: officers of the branch, the committee above it, and the member themself. */
export const EvaluationEntryDetailSchema = EvaluationEntrySchema.extend({
  selfEvaluation: z.string().nullable(),
  partySpiritAnalysis: z.string().nullable(),
  peerComments: z.string().nullable(),
});
export type EvaluationEntryDetail = z.infer<typeof EvaluationEntryDetailSchema>;

export const TallySchema = z.object({
  ballots: z.number().int(),
  online: z.number().int(),
  paper: z.number().int(),
  /** SHA-256 of the ballots' canonical serialization (sorted), reproduced by a re-count. */
  hash: z.string(),
  closedAt: z.string().nullable(),
  counts: z.array(z.object({ memberId: UuidSchema, memberName: z.string(), votes: GradeCountsSchema })),
});
export type Tally = z.infer<typeof TallySchema>;

export const EvaluationCountsSchema = z.object({
  participants: z.number().int(),
  graded: z.number().int(),
  submitted: z.number().int(),
  peerCommented: z.number().int(),
  /** Ballots received so far, online and on paper: how many, never whose or how. */
  ballots: z.number().int(),
  onlineBallots: z.number().int(),
  paperBallots: z.number().int(),
  /** EVAL-01: at most this many excellent (one third of the graded members, rounded down). */
  excellentCap: z.number().int(),
  proposedExcellent: z.number().int(),
  finalExcellent: z.number().int(),
  finalGraded: z.number().int(),
  feedbackGiven: z.number().int(),
});
export type EvaluationCounts = z.infer<typeof EvaluationCountsSchema>;

export const EvaluationCampaignDetailSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  year: z.number().int(),
  title: z.string(),
  phase: EvaluationPhaseSchema,
  studyNotes: z.string().nullable(),
  meeting: z.object({ id: UuidSchema, topic: z.string(), heldOn: z.string() }).nullable(),
  votingOpenedAt: z.string().nullable(),
  votingClosedAt: z.string().nullable(),
  publishedOn: z.string().nullable(),
  reportedOn: z.string().nullable(),
  reportNotes: z.string().nullable(),
  createdAt: z.string(),
  counts: EvaluationCountsSchema,
  results: GradeCountsSchema.nullable(),
  /** After the vote closed, for officers and the committee; null for members and before. */
  tally: TallySchema.nullable(),
  entries: z.array(EvaluationEntrySchema),
  myEntryId: UuidSchema.nullable(),
  /** Only THAT the caller voted, never how. */
  hasVoted: z.boolean(),
  nextPhase: EvaluationPhaseSchema.nullable(),
  /** What keeps the campaign from the next phase now (officers only). */
  advanceBlockers: z.array(RuleBlockerSchema),
  abilities: z.object({
    canManage: z.boolean(),
    canAdvance: z.boolean(),
    canEditMyEntry: z.boolean(),
    canVote: z.boolean(),
    canRecount: z.boolean(),
  }),
});
export type EvaluationCampaignDetail = z.infer<typeof EvaluationCampaignDetailSchema>;

export const AdvanceEvaluationSchema = z.object({
  to: EvaluationPhaseSchema,
  /** With `to: "reported"`: the report to the higher committee, saved before the check. */
  reportNotes: nullableText("上报情况", 2000),
});
export type AdvanceEvaluation = z.infer<typeof AdvanceEvaluationSchema>;

// ---------------------------------------------------------------------------------------------
// Entries: the member's own self-evaluation; the officers' transcriptions, peer comments, grades, feedback

export const MyEntrySchema = z.object({
  /** The member's own view of their grade (probationary members, who are not graded, leave it empty). */
  selfGrade: EvaluationGradeSchema.nullable().optional(),
  selfEvaluation: text("个人自评", 5000),
  /** 党性分析: checked against the member standards and the oath (§3.1). */
  partySpiritAnalysis: text("党性分析", 10000),
});
export type MyEntry = z.infer<typeof MyEntrySchema>;

/** An officer's work on one entry: a self-evaluation handed in on paper (self-evaluation phase), peer comments. */
export const UpdateEvaluationEntrySchema = z
  .object({
    selfGrade: EvaluationGradeSchema.nullable().optional(),
    selfEvaluation: nullableText("个人自评", 5000),
    partySpiritAnalysis: nullableText("党性分析", 10000),
    peerComments: nullableText("互评意见", 5000),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { error: "请至少填写一项" });
export type UpdateEvaluationEntry = z.infer<typeof UpdateEvaluationEntrySchema>;

export const SetGradesSchema = z.object({
  items: z
    .array(
      z.object({
        entryId: UuidSchema,
        proposedGrade: EvaluationGradeSchema.nullable().optional(),
        gradeReason: nullableText("评定理由", 500),
        finalGrade: EvaluationGradeSchema.nullable().optional(),
      }),
    )
    .min(1, { error: "请至少评定一名党员" })
    .max(2000),
});
export type SetGrades = z.infer<typeof SetGradesSchema>;

export const SetFeedbackSchema = z.object({
  items: z.array(z.object({ entryId: UuidSchema, feedback: text("反馈意见", 1000) })).min(1, { error: "请至少反馈一名党员" }).max(2000),
  /** The day the feedback was given; today by default. */
  feedbackOn: isoDate("反馈日期").optional(),
});
export type SetFeedback = z.infer<typeof SetFeedbackSchema>;

// ---------------------------------------------------------------------------------------------
// Ballots

/** One ballot: a grade for every graded member of the campaign, keyed by member id (EVAL-06). */
export const BallotChoicesSchema = z.record(UuidSchema, EvaluationGradeSchema);
export type BallotChoices = z.infer<typeof BallotChoicesSchema>;

export const CastBallotSchema = z.object({ choices: BallotChoicesSchema });
export type CastBallot = z.infer<typeof CastBallotSchema>;

export const PaperBallotsSchema = z.object({
  ballots: z.array(z.object({ choices: BallotChoicesSchema })).min(1, { error: "请至少录入一张测评票" }).max(1000),
  /** Optional: the members who handed in paper ballots (the roll), so they cannot also vote online. */
  voterIds: z.array(UuidSchema).max(1000).optional(),
});
export type PaperBallots = z.infer<typeof PaperBallotsSchema>;

/** What casting answers: that the ballot counted, and how many there are — no ballot id, no choices. */
export const BallotReceiptSchema = z.object({
  accepted: z.number().int(),
  source: BallotSourceSchema,
  ballots: z.number().int(),
  participants: z.number().int(),
});
export type BallotReceipt = z.infer<typeof BallotReceiptSchema>;

export const RecountSchema = z.object({
  reproducible: z.boolean(),
  storedHash: z.string().nullable(),
  recountedHash: z.string(),
  ballots: z.number().int(),
  recountedAt: z.string(),
});
export type Recount = z.infer<typeof RecountSchema>;

// ---------------------------------------------------------------------------------------------
// The member's own page

export const MyEvaluationSchema = z.object({
  campaign: z.object({
    id: UuidSchema,
    orgName: z.string(),
    year: z.number().int(),
    title: z.string(),
    phase: EvaluationPhaseSchema,
    publishedOn: z.string().nullable(),
  }),
  entry: z.object({
    id: UuidSchema,
    isGraded: z.boolean(),
    selfGrade: EvaluationGradeSchema.nullable(),
    selfEvaluation: z.string().nullable(),
    partySpiritAnalysis: z.string().nullable(),
    submittedAt: z.string().nullable(),
    /** After publication. */
    finalGrade: EvaluationGradeSchema.nullable(),
    feedback: z.string().nullable(),
    feedbackOn: z.string().nullable(),
  }),
  hasVoted: z.boolean(),
  /** The graded members to grade on the ballot, while the vote is open and the member has not voted. */
  ballotSheet: z.array(z.object({ memberId: UuidSchema, memberName: z.string(), orgName: z.string() })),
  /** The published grades of the branch (公示), after publication. */
  results: z.array(z.object({ memberName: z.string(), finalGrade: EvaluationGradeSchema })),
  abilities: z.object({ canEdit: z.boolean(), canVote: z.boolean() }),
});
export type MyEvaluation = z.infer<typeof MyEvaluationSchema>;

export const MyEvaluationPageSchema = pageOf(MyEvaluationSchema);
export type MyEvaluationPage = z.infer<typeof MyEvaluationPageSchema>;
