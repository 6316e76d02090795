import { z } from "zod";
import { CheckpointRatingSchema, ProjectCategorySchema, ProjectGradeSchema, ProjectStatusSchema, ProjectYearSchema } from "./secretary-projects.contract";
import { PageQuerySchema, UuidSchema, pageOf } from "./common.contract";

/**
 * "抓书记": the committee's board of its secretaries' projects, the ranking by final score, each
 * secretary's record across years, and the workbook. All in the caller's scope; scores only where
 * the caller may see them (the reviewing committee's side, or published: PROJ-14).
 */

export const BoardQuerySchema = z.object({
  year: ProjectYearSchema,
  /** Under this organization (its subtree), within the caller's scope; by default the caller's own. */
  orgId: UuidSchema.optional(),
});
export type BoardQuery = z.infer<typeof BoardQuerySchema>;

/** At most this many projects are listed one by one on the board (the counts cover them all). */
export const BOARD_MAX_PROJECTS = 200;
/** At most this many overdue milestones and organizations without a project are listed (with their totals). */
export const BOARD_MAX_LISTED = 50;

export const BoardProjectSchema = z.object({
  projectId: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  title: z.string(),
  category: ProjectCategorySchema,
  status: ProjectStatusSchema,
  secretaryMemberId: UuidSchema,
  secretaryName: z.string(),
  indicators: z.number().int(),
  indicatorsAchieved: z.number().int(),
  /** The mean progress of the indicators toward their targets, capped at 1 each (0–1). */
  indicatorProgress: z.number(),
  milestones: z.number().int(),
  milestonesDone: z.number().int(),
  overdueMilestones: z.number().int(),
  latestRating: CheckpointRatingSchema.nullable(),
});
export type BoardProject = z.infer<typeof BoardProjectSchema>;

export const OverdueMilestoneSchema = z.object({
  projectId: UuidSchema,
  orgName: z.string(),
  projectTitle: z.string(),
  milestoneId: UuidSchema,
  title: z.string(),
  dueOn: z.string(),
  ownerName: z.string(),
  daysOverdue: z.number().int(),
});
export type OverdueMilestone = z.infer<typeof OverdueMilestoneSchema>;

const countOf = <T extends z.ZodType>(key: T) => z.object({ key, count: z.number().int() });

export const ProjectBoardSchema = z.object({
  year: z.number().int(),
  today: z.string(),
  /** The organization whose subtree; null = everything the caller reaches (an administrator). */
  org: z.object({ id: UuidSchema, name: z.string() }).nullable(),
  /** Every project of the year the caller reaches, by status (drafts only of their own organization). */
  byStatus: z.array(countOf(ProjectStatusSchema)),
  /** Projects under way or done (approved and later): the rest of the board counts these. */
  live: z.number().int(),
  byCategory: z.array(countOf(ProjectCategorySchema)),
  /** By the latest quarterly rating; "unrated" = not rated yet. */
  byLatestRating: z.array(countOf(z.enum(["on_track", "at_risk", "off_track", "unrated"]))),
  /** Each quarter's ratings; `unrated` counts projects not rated for a quarter that is open (PROJ-10). */
  ratingsByQuarter: z.array(z.object({ quarter: z.number().int(), isOpen: z.boolean(), on_track: z.number().int(), at_risk: z.number().int(), off_track: z.number().int(), unrated: z.number().int() })),
  indicators: z.object({ total: z.number().int(), achieved: z.number().int() }),
  /** The live projects one by one (at most BOARD_MAX_PROJECTS, in organization order). */
  projects: z.array(BoardProjectSchema),
  overdue: z.object({ total: z.number().int(), items: z.array(OverdueMilestoneSchema) }),
  /** Organizations (not party groups) with no project for the year, or none submitted yet. */
  missing: z.object({ total: z.number().int(), items: z.array(z.object({ orgId: UuidSchema, orgName: z.string() })) }),
});
export type ProjectBoard = z.infer<typeof ProjectBoardSchema>;

// ---------------------------------------------------------------------------------------------

export const RankingQuerySchema = PageQuerySchema.extend({
  year: ProjectYearSchema,
  orgId: UuidSchema.optional(),
});
export type RankingQuery = z.infer<typeof RankingQuerySchema>;

export const RankingItemSchema = z.object({
  /** 1 for the highest final score; equal scores share a rank (1, 2, 2, 4). */
  rank: z.number().int(),
  projectId: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  year: z.number().int(),
  title: z.string(),
  category: ProjectCategorySchema,
  status: ProjectStatusSchema,
  secretaryMemberId: UuidSchema,
  secretaryName: z.string(),
  rubricScore: z.number().nullable(),
  voteScore: z.number().nullable(),
  finalScore: z.number(),
  grade: ProjectGradeSchema,
  publishedOn: z.string().nullable(),
});
export type RankingItem = z.infer<typeof RankingItemSchema>;
export const RankingPageSchema = pageOf(RankingItemSchema);
export type RankingPage = z.infer<typeof RankingPageSchema>;

// ---------------------------------------------------------------------------------------------

export const SecretaryParamsSchema = z.object({ memberId: UuidSchema });
export const SecretaryRecordQuerySchema = PageQuerySchema;

export const SecretaryRecordItemSchema = z.object({
  projectId: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  year: z.number().int(),
  title: z.string(),
  category: ProjectCategorySchema,
  status: ProjectStatusSchema,
  indicators: z.number().int(),
  indicatorsAchieved: z.number().int(),
  milestones: z.number().int(),
  milestonesDone: z.number().int(),
  latestRating: CheckpointRatingSchema.nullable(),
  /** Only where the caller may see it (the reviewing committee, or published). */
  finalScore: z.number().nullable(),
  grade: ProjectGradeSchema.nullable(),
  publishedOn: z.string().nullable(),
});
export type SecretaryRecordItem = z.infer<typeof SecretaryRecordItemSchema>;

/** A secretary's projects across years, the latest year first. */
export const SecretaryRecordSchema = pageOf(SecretaryRecordItemSchema).extend({ memberId: UuidSchema, memberName: z.string() });
export type SecretaryRecord = z.infer<typeof SecretaryRecordSchema>;

export const ProjectExportQuerySchema = BoardQuerySchema;
export type ProjectExportQuery = z.infer<typeof ProjectExportQuerySchema>;
/** Refused above this many projects: choose a lower organization. */
export const PROJECT_EXPORT_MAX_PROJECTS = 5000;
