import { z } from "zod";
import {
  CHECKPOINT_RATINGS,
  PROJECT_ACTIONS,
  PROJECT_CATEGORIES,
  PROJECT_GRADES,
  PROJECT_STATUSES,
  PROJECT_VERSION_KINDS,
  PROJECT_VERSION_STATUSES,
} from "../secretary-projects";
import { PageQuerySchema, UuidSchema, isoDate, pageOf } from "./common.contract";

/** Secretary projects (书记项目): the proposal's content, the project as lists and its page show it. */

export const ProjectCategorySchema = z.enum(PROJECT_CATEGORIES, { error: "项目类别无效" });
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES, { error: "项目状态无效" });
export const ProjectActionSchema = z.enum(PROJECT_ACTIONS, { error: "操作无效" });
export const ProjectGradeSchema = z.enum(PROJECT_GRADES, { error: "等次无效" });
export const CheckpointRatingSchema = z.enum(CHECKPOINT_RATINGS, { error: "督查评定无效" });
export const ProjectSideSchema = z.enum(["secretary", "committee"]);
export const ProjectYearSchema = z.coerce.number().int({ error: "年度须为整数" }).min(2000, { error: "年度无效" }).max(2100, { error: "年度无效" });

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, { error: min <= 1 ? `请填写${label}` : `${label}至少 ${min} 字` })
    .max(max, { error: `${label}不能超过 ${max} 字` });

const amount = (label: string) =>
  z.number({ error: `${label}须为数字` }).finite({ error: `${label}须为数字` }).min(-1e12, { error: `${label}超出范围` }).max(1e12, { error: `${label}超出范围` });

/** A measurable goal (PROJ-04). `id` names an existing indicator when a change keeps it. */
export const IndicatorInputSchema = z.object({
  id: UuidSchema.optional(),
  name: text("指标名称", 1, 60),
  unit: z.string({ error: "请填写计量单位" }).trim().max(10, { error: "计量单位不能超过 10 字" }),
  baseline: amount("基数"),
  target: amount("目标值"),
});
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

/** A milestone with its due date and owner (PROJ-05). `id` names an existing milestone when a change keeps it. */
export const MilestoneInputSchema = z.object({
  id: UuidSchema.optional(),
  title: text("节点任务", 1, 100),
  dueOn: isoDate("完成时限"),
  ownerName: z.string({ error: "请填写责任人" }).trim().max(40, { error: "责任人不能超过 40 字" }),
  ownerMemberId: UuidSchema.nullable().optional(),
});
export type MilestoneInput = z.infer<typeof MilestoneInputSchema>;

/** What a proposal (or a change to it) says: everything the committee approves. */
export const ProjectContentSchema = z.object({
  title: text("项目名称", 2, 60),
  category: ProjectCategorySchema,
  problem: text("项目针对的问题和意义", 10, 2000),
  resources: z.string().trim().max(1000, { error: "参与人员和资源不能超过 1000 字" }).default(""),
  indicators: z.array(IndicatorInputSchema).max(10, { error: "目标指标不能超过 10 项" }),
  milestones: z.array(MilestoneInputSchema).max(24, { error: "节点不能超过 24 个" }),
});
export type ProjectContent = z.infer<typeof ProjectContentSchema>;

export const CreateProjectSchema = ProjectContentSchema.extend({
  orgId: UuidSchema,
  year: ProjectYearSchema,
  /** The secretary who leads it; by default the organization's current secretary (书记). */
  secretaryMemberId: UuidSchema.optional(),
});
export type CreateProject = z.infer<typeof CreateProjectSchema>;

export const UpdateProjectSchema = ProjectContentSchema;
export type UpdateProject = z.infer<typeof UpdateProjectSchema>;

/** A state change (PROJ-06) with the comment the committee gives on approval, return or rejection. */
export const ProjectTransitionSchema = z.object({
  action: ProjectActionSchema,
  comment: z.string().trim().max(2000, { error: "意见不能超过 2000 字" }).optional(),
});
export type ProjectTransition = z.infer<typeof ProjectTransitionSchema>;

/** A change to an approved project: the whole new content and why (PROJ-07). */
export const ProposeChangeSchema = ProjectContentSchema.extend({ reason: text("变更理由", 5, 1000) });
export type ProposeChange = z.infer<typeof ProposeChangeSchema>;

export const DecideChangeSchema = z.object({
  decision: z.enum(["approved", "returned", "rejected"], { error: "审批结果无效" }),
  comment: z.string().trim().max(2000, { error: "意见不能超过 2000 字" }).optional(),
});
export type DecideChange = z.infer<typeof DecideChangeSchema>;

export const IndicatorSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  /** The latest value reported, and when; null before any report. */
  latestValue: z.number().nullable(),
  latestOn: z.string().nullable(),
  /** (latest − baseline) / (target − baseline), 0 before any report; ≥ 1 = achieved. */
  progress: z.number(),
  achieved: z.boolean(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const MilestoneStateSchema = z.enum(["done", "overdue", "due_soon", "pending"]);
export const MilestoneSchema = z.object({
  id: UuidSchema,
  title: z.string(),
  dueOn: z.string(),
  ownerName: z.string(),
  ownerMemberId: UuidSchema.nullable(),
  completedOn: z.string().nullable(),
  state: MilestoneStateSchema,
  /** Days past due for an overdue milestone, else 0. */
  daysOverdue: z.number().int(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const ProjectVersionSchema = z.object({
  id: UuidSchema,
  no: z.number().int(),
  kind: z.enum(PROJECT_VERSION_KINDS),
  status: z.enum(PROJECT_VERSION_STATUSES),
  content: ProjectContentSchema,
  reason: z.string().nullable(),
  submittedAt: z.string(),
  submittedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionComment: z.string().nullable(),
});
export type ProjectVersion = z.infer<typeof ProjectVersionSchema>;

/** A project as lists and boards show it. */
export const ProjectListItemSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  orgCode: z.string(),
  year: z.number().int(),
  title: z.string(),
  category: ProjectCategorySchema,
  status: ProjectStatusSchema,
  secretaryMemberId: UuidSchema,
  secretaryName: z.string(),
  reviewingOrgName: z.string().nullable(),
  milestoneCount: z.number().int(),
  milestonesDone: z.number().int(),
  overdueMilestones: z.number().int(),
  /** The latest quarterly rating, if any. */
  latestRating: CheckpointRatingSchema.nullable(),
  hasPendingChange: z.boolean(),
  finalScore: z.number().nullable(),
  grade: ProjectGradeSchema.nullable(),
  updatedAt: z.string(),
});
export type ProjectListItem = z.infer<typeof ProjectListItemSchema>;

export const FindProjectsQuerySchema = PageQuerySchema.extend({
  year: ProjectYearSchema.optional(),
  /** Under this organization (its subtree), within the caller's scope. */
  orgId: UuidSchema.optional(),
  status: ProjectStatusSchema.optional(),
  category: ProjectCategorySchema.optional(),
  /** Only projects with an overdue milestone (PROJ-09). */
  overdue: z.enum(["true", "false"]).optional(),
  /** Only projects the caller's committee reviews and has a decision pending on (a proposal or a change). */
  awaitingMe: z.enum(["true", "false"]).optional(),
  q: z.string().trim().max(50).optional(),
});
export type FindProjectsQuery = z.infer<typeof FindProjectsQuerySchema>;
export const ProjectPageSchema = pageOf(ProjectListItemSchema);

/** The project's page: content, indicators with progress, milestones with state, versions, and what the caller may do. */
export const ProjectDetailSchema = ProjectListItemSchema.extend({
  problem: z.string(),
  resources: z.string(),
  reviewingOrgId: UuidSchema.nullable(),
  approvedVersionNo: z.number().int(),
  approvedOn: z.string().nullable(),
  indicators: z.array(IndicatorSchema),
  milestones: z.array(MilestoneSchema),
  versions: z.array(ProjectVersionSchema),
  yearEndReport: z.string().nullable(),
  reportedAt: z.string().nullable(),
  publishedOn: z.string().nullable(),
  createdAt: z.string(),
  /** The caller's sides (PROJ-02/03), the transitions and the work they may do now. */
  sides: z.array(ProjectSideSchema),
  actions: z.array(ProjectActionSchema),
  work: z.array(z.string()),
});
export type ProjectDetail = z.infer<typeof ProjectDetailSchema>;

/** The organizations the caller may propose for (their own) and its current secretary, for the new-project form. */
export const ProposalOptionsSchema = z.object({
  orgId: UuidSchema.nullable(),
  orgName: z.string().nullable(),
  secretaryMemberId: UuidSchema.nullable(),
  secretaryName: z.string().nullable(),
  years: z.array(z.number().int()),
  /** Years that already have a live project of this organization. */
  takenYears: z.array(z.number().int()),
});
export type ProposalOptions = z.infer<typeof ProposalOptionsSchema>;

export const ProjectIdParamsSchema = z.object({ id: UuidSchema });
export const ProjectChildParamsSchema = z.object({ id: UuidSchema, childId: UuidSchema });
