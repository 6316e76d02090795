import { z } from "zod";
import { PROJECT_VERSION_KINDS } from "../secretary-projects";
import { FileSummarySchema, PageQuerySchema, UuidSchema, isoDate, pageOf } from "./common.contract";
import { CheckpointRatingSchema, ProjectSideSchema } from "./secretary-projects.contract";

/**
 * A secretary project during the year (书记项目推进): progress reports with indicator values and
 * evidence, the committee's guidance (点评) and the secretary's replies, the quarterly check point
 * (季度督查), and the reminders of the home page (PROJ-08…PROJ-10).
 */

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, { error: min <= 1 ? `请填写${label}` : `${label}至少 ${min} 字` })
    .max(max, { error: `${label}不能超过 ${max} 字` });

/** One indicator's value as measured on the report's date. */
export const ProgressValueInputSchema = z.object({
  indicatorId: UuidSchema,
  value: z.number({ error: "指标数值须为数字" }).finite({ error: "指标数值须为数字" }).min(-1e12, { error: "指标数值超出范围" }).max(1e12, { error: "指标数值超出范围" }),
});
export type ProgressValueInput = z.infer<typeof ProgressValueInputSchema>;

/** A progress report (PROJ-08): on a milestone or the project as a whole; it may complete its milestone. */
export const CreateProgressReportSchema = z.object({
  milestoneId: UuidSchema.nullable().optional(),
  reportedOn: isoDate("报告日期"),
  body: text("进展情况", 5, 4000),
  /** 本节点已完成: sets the milestone's completion date to the report's date. */
  completesMilestone: z.boolean({ error: "“本节点已完成”须为是或否" }).default(false),
  values: z.array(ProgressValueInputSchema).max(10, { error: "指标数值不能超过 10 项" }).default([]),
});
export type CreateProgressReport = z.input<typeof CreateProgressReportSchema>;
export type CreateProgressReportInput = z.output<typeof CreateProgressReportSchema>;

export const ProgressValueSchema = z.object({
  indicatorId: UuidSchema,
  indicatorName: z.string(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  value: z.number(),
  measuredOn: z.string(),
  /** This value's progress towards the target (indicatorProgress), ≥ 1 = reached. */
  progress: z.number(),
});
export type ProgressValue = z.infer<typeof ProgressValueSchema>;

/** A guidance comment (点评, the committee) or a reply (回复, the secretary). */
export const ProjectCommentSchema = z.object({
  id: UuidSchema,
  reportId: UuidSchema.nullable(),
  parentId: UuidSchema.nullable(),
  side: ProjectSideSchema,
  body: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type ProjectComment = z.infer<typeof ProjectCommentSchema>;

/** A guidance comment with the secretary's replies, oldest reply first. */
export const CommentThreadSchema = ProjectCommentSchema.extend({ replies: z.array(ProjectCommentSchema) });
export type CommentThread = z.infer<typeof CommentThreadSchema>;

export const ProgressReportSchema = z.object({
  id: UuidSchema,
  projectId: UuidSchema,
  milestoneId: UuidSchema.nullable(),
  milestoneTitle: z.string().nullable(),
  reportedOn: z.string(),
  body: z.string(),
  completesMilestone: z.boolean(),
  values: z.array(ProgressValueSchema),
  /** Evidence: photos and documents (files module; download at /api/files/:id). */
  files: z.array(FileSummarySchema),
  /** The committee's guidance on this report, newest first, each with its replies. */
  comments: z.array(CommentThreadSchema),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type ProgressReport = z.infer<typeof ProgressReportSchema>;
export const ProgressReportPageSchema = pageOf(ProgressReportSchema);

export const FindProgressReportsQuerySchema = PageQuerySchema.extend({ milestoneId: UuidSchema.optional() });
export type FindProgressReportsQuery = z.infer<typeof FindProgressReportsQuerySchema>;

/**
 * Guidance (the committee: on a report, or on the project when there is no `reportId`) or a reply
 * (the secretary: `parentId` names the guidance answered).
 */
export const CreateProjectCommentSchema = z
  .object({
    body: text("内容", 2, 2000),
    reportId: UuidSchema.nullable().optional(),
    parentId: UuidSchema.nullable().optional(),
  })
  .refine((c) => !(c.reportId && c.parentId), { error: "回复点评时不需要指定进展报告", path: ["reportId"] });
export type CreateProjectComment = z.infer<typeof CreateProjectCommentSchema>;

export const FindProjectCommentsQuerySchema = PageQuerySchema.extend({
  /** The guidance on this report only. */
  reportId: UuidSchema.optional(),
  /** Only the guidance on the project as a whole (no report). */
  onProject: z.enum(["true", "false"]).optional(),
});
export type FindProjectCommentsQuery = z.infer<typeof FindProjectCommentsQuerySchema>;
export const CommentThreadPageSchema = pageOf(CommentThreadSchema);

export const QuarterParamsSchema = z.object({
  id: UuidSchema,
  quarter: z.coerce.number({ error: "季度须为 1 至 4" }).int({ error: "季度须为 1 至 4" }).min(1, { error: "季度须为 1 至 4" }).max(4, { error: "季度须为 1 至 4" }),
});

/** The committee's rating of a quarter (PROJ-10); rating again replaces it (audited). */
export const RateCheckpointSchema = z.object({
  rating: CheckpointRatingSchema,
  comment: z.string().trim().max(1000, { error: "督查意见不能超过 1000 字" }).default(""),
});
export type RateCheckpoint = z.input<typeof RateCheckpointSchema>;

export const CheckpointSchema = z.object({
  quarter: z.number().int(),
  /** The first day the quarter may be rated (PROJ-10). */
  opensOn: z.string(),
  isOpen: z.boolean(),
  rating: CheckpointRatingSchema.nullable(),
  comment: z.string().nullable(),
  /** What the rules suggested when the committee rated. */
  suggestedRatingWhenRated: CheckpointRatingSchema.nullable(),
  /** What the rules suggest now, as of the quarter's end (or today, within it); null before it opens. */
  suggestion: CheckpointRatingSchema.nullable(),
  ratedByName: z.string().nullable(),
  ratedAt: z.string().nullable(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const ProjectCheckpointsSchema = z.object({
  year: z.number().int(),
  quarters: z.array(CheckpointSchema),
  /** Whether the caller may rate now (the committee's side, while the project is under way). */
  canRate: z.boolean(),
});
export type ProjectCheckpoints = z.infer<typeof ProjectCheckpointsSchema>;

const AlertProjectSchema = z.object({
  projectId: UuidSchema,
  projectTitle: z.string(),
  orgName: z.string(),
  year: z.number().int(),
});

export const MilestoneAlertSchema = AlertProjectSchema.extend({
  milestoneId: UuidSchema,
  title: z.string(),
  dueOn: z.string(),
  ownerName: z.string(),
  state: z.enum(["overdue", "due_soon"]),
  daysOverdue: z.number().int(),
});
export type MilestoneAlert = z.infer<typeof MilestoneAlertSchema>;

export const DecisionAlertSchema = AlertProjectSchema.extend({
  versionId: UuidSchema,
  kind: z.enum(PROJECT_VERSION_KINDS),
  versionNo: z.number().int(),
  submittedAt: z.string(),
});
export type DecisionAlert = z.infer<typeof DecisionAlertSchema>;

export const CheckpointAlertSchema = AlertProjectSchema.extend({ quarter: z.number().int(), opensOn: z.string() });
export type CheckpointAlert = z.infer<typeof CheckpointAlertSchema>;

const bounded = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

/** The home page's reminders (PROJ-09/10): each list the first few, with how many there are in all. */
export const ProjectAlertsSchema = z.object({
  today: z.string(),
  /** As the secretary's side: my organization's overdue and due-soon milestones. */
  secretary: z.object({ milestones: bounded(MilestoneAlertSchema) }),
  /** As the reviewing committee: overdue milestones, decisions pending, quarters open but not rated. */
  committee: z.object({
    milestones: bounded(MilestoneAlertSchema),
    decisions: bounded(DecisionAlertSchema),
    checkpoints: bounded(CheckpointAlertSchema),
  }),
});
export type ProjectAlerts = z.infer<typeof ProjectAlertsSchema>;
