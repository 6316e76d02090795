import { z } from "zod";
import { PROJECT_VOTE_CHOICES } from "../secretary-projects";
import { ProjectGradeSchema, ProjectSideSchema, ProjectStatusSchema, ProjectYearSchema } from "./secretary-projects.contract";
import { UuidSchema } from "./common.contract";

/**
 * The year end of a secretary project (书记项目): the secretary's report (述职, PROJ-11), the committee's
 * rubric (PROJ-12), the members' secret vote (PROJ-13), the evaluation and its publication (PROJ-14).
 * No route returns a ballot or who voted how: only counts, and whether the caller has voted.
 */

export const ProjectVoteChoiceSchema = z.enum(PROJECT_VOTE_CHOICES, { error: "测评意见须为 好、较好、一般 或 差" });

const count = (label: string) =>
  z.number({ error: `${label}须为整数` }).int({ error: `${label}须为整数` }).min(0, { error: `${label}不能为负数` }).max(100_000, { error: `${label}超出范围` });

/** Votes by choice: 好 / 较好 / 一般 / 差. */
export const VoteCountsSchema = z.object({
  good: count("“好”的票数"),
  fairly_good: count("“较好”的票数"),
  average: count("“一般”的票数"),
  poor: count("“差”的票数"),
});
export type VoteCounts = z.infer<typeof VoteCountsSchema>;

// ---------------------------------------------------------------------------------------------
// 述职

export const YearEndReportSchema = z.object({
  report: z
    .string({ error: "请填写述职报告" })
    .trim()
    .min(20, { error: "述职报告至少 20 字" })
    .max(10_000, { error: "述职报告不能超过 10000 字" }),
});
export type YearEndReport = z.infer<typeof YearEndReportSchema>;

// ---------------------------------------------------------------------------------------------
// The rubric (评价标准)

export const RubricCriterionSchema = z.object({
  key: z
    .string({ error: "请填写评价项目代码" })
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,29}$/, { error: "评价项目代码须以小写字母开头，由小写字母、数字和下划线组成（不超过 30 个字符）" }),
  label: z.string({ error: "请填写评价项目名称" }).trim().min(1, { error: "请填写评价项目名称" }).max(20, { error: "评价项目名称不能超过 20 字" }),
  description: z.string().trim().max(200, { error: "评价要点不能超过 200 字" }).default(""),
  /** An integer percent; the weights of a rubric sum to 100 (PROJ-12). */
  weight: z.number({ error: "权重须为数字" }),
});
export type RubricCriterion = z.infer<typeof RubricCriterionSchema>;

export const RubricQuerySchema = z.object({
  year: ProjectYearSchema,
  /** The committee whose rubric; by default the caller's own organization. */
  orgId: UuidSchema.optional(),
});
export type RubricQuery = z.infer<typeof RubricQuerySchema>;

export const UpdateRubricSchema = z.object({
  orgId: UuidSchema,
  year: ProjectYearSchema,
  criteria: z.array(RubricCriterionSchema).max(10, { error: "评价项目不能超过 10 项" }),
  /** Percent of the final score from the votes, when there are any (PROJ-12). */
  voteWeight: z.number({ error: "测评权重须为数字" }),
});
export type UpdateRubric = z.infer<typeof UpdateRubricSchema>;

export const RubricSchema = z.object({
  orgId: UuidSchema,
  orgName: z.string(),
  year: z.number().int(),
  criteria: z.array(RubricCriterionSchema),
  voteWeight: z.number().int(),
  /** No rubric was saved for the year: the default (DEFAULT_RUBRIC and the configured vote weight). */
  isDefault: z.boolean(),
  /** A project reviewed by this committee in this year has been evaluated: the rubric no longer changes (PROJ-12). */
  isLocked: z.boolean(),
  /** Whether the caller may change it now (the committee's own administrators, or a system administrator). */
  canEdit: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type Rubric = z.infer<typeof RubricSchema>;

// ---------------------------------------------------------------------------------------------
// The vote (测评)

export const VotingActionSchema = z.object({ action: z.enum(["open", "close"], { error: "操作须为 open（开始测评）或 close（结束测评）" }) });
export type VotingAction = z.infer<typeof VotingActionSchema>;

export const CastProjectVoteSchema = z.object({ choice: ProjectVoteChoiceSchema });
export type CastProjectVote = z.infer<typeof CastProjectVoteSchema>;

/** What a voter gets back: that the vote was taken. Never the choice, never an id. */
export const ProjectVoteReceiptSchema = z.object({ accepted: z.literal(true) });
export type ProjectVoteReceipt = z.infer<typeof ProjectVoteReceiptSchema>;

export const PaperVotesSchema = VoteCountsSchema;
export type PaperVotes = z.infer<typeof PaperVotesSchema>;

export const VotingStateSchema = z.enum(["not_opened", "open", "closed"]);
export type VotingState = z.infer<typeof VotingStateSchema>;

export const VotingSchema = z.object({
  state: VotingStateSchema,
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The committee's side only (else null): how many online votes were cast, and how many may vote. */
  ballots: z.number().int().nullable(),
  eligibleVoters: z.number().int().nullable(),
  /** The caller: whether they may vote now, and whether they already have (never how). */
  canVote: z.boolean(),
  hasVoted: z.boolean(),
});
export type Voting = z.infer<typeof VotingSchema>;

// ---------------------------------------------------------------------------------------------
// The evaluation (评价)

export const CriterionScoreInputSchema = z.object({
  key: z.string({ error: "请指定评价项目" }).trim().min(1, { error: "请指定评价项目" }).max(30),
  score: z.number({ error: "得分须为数字" }),
  comment: z.string().trim().max(500, { error: "评语不能超过 500 字" }).default(""),
});

export const EvaluateProjectSchema = z.object({
  scores: z.array(CriterionScoreInputSchema).max(10, { error: "评价项目不能超过 10 项" }),
  comment: z.string().trim().max(2000, { error: "综合评价不能超过 2000 字" }).default(""),
});
export type EvaluateProject = z.infer<typeof EvaluateProjectSchema>;

export const CriterionScoreSchema = RubricCriterionSchema.extend({ score: z.number(), comment: z.string() });
export type CriterionScore = z.infer<typeof CriterionScoreSchema>;

/** The evaluation as scored (PROJ-12): the rubric used, the scores, the votes counted, the final score and grade. */
export const EvaluationResultSchema = z.object({
  scores: z.array(CriterionScoreSchema),
  comment: z.string(),
  /** Σ weight × score / 100, to one decimal. */
  rubricScore: z.number(),
  votes: z.object({ online: VoteCountsSchema, paper: VoteCountsSchema, total: z.number().int() }),
  /** The votes' score (好 100, 较好 80, 一般 60, 差 40, averaged), null without votes. */
  voteScore: z.number().nullable(),
  /** The percent the votes weighed in the final score: the rubric's vote weight when there were votes, else 0. */
  voteWeightApplied: z.number().int(),
  finalScore: z.number(),
  grade: ProjectGradeSchema,
  evaluatedAt: z.string(),
  evaluatedByName: z.string().nullable(),
  publishedOn: z.string().nullable(),
});
export type EvaluationResult = z.infer<typeof EvaluationResultSchema>;

/** GET /api/secretary-projects/:id/evaluation: everything of the year end, as far as the caller may see it. */
export const ProjectEvaluationSchema = z.object({
  projectId: UuidSchema,
  year: z.number().int(),
  status: ProjectStatusSchema,
  yearEndReport: z.string().nullable(),
  reportedAt: z.string().nullable(),
  /** PROJ-11: the first day the secretary may submit the year-end report. */
  reportOpensOn: z.string(),
  /** The rubric in force: the one scored with, once evaluated. */
  rubric: RubricSchema.omit({ canEdit: true }),
  voting: VotingSchema,
  /** Paper counts entered by the committee; the committee's side only until published. */
  paperVotes: VoteCountsSchema.nullable(),
  /** The committee's side always; the secretary's side and members only once published (PROJ-14). */
  result: EvaluationResultSchema.nullable(),
  sides: z.array(ProjectSideSchema),
  abilities: z.object({
    canReport: z.boolean(),
    canManageVoting: z.boolean(),
    canEvaluate: z.boolean(),
    canPublish: z.boolean(),
  }),
});
export type ProjectEvaluation = z.infer<typeof ProjectEvaluationSchema>;
