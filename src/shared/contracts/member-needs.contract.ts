import { z } from "zod";
import { NEED_CATEGORIES, NEED_RATINGS, NEED_STATUSES, NEED_STEP_KINDS, NEED_URGENCIES } from "../care";
import { FileSummarySchema, PageQuerySchema, UuidSchema, pageOf } from "./common.contract";

/** Members' needs (党员诉求, issue 8): filing, the dated steps to closure, the member's rating, the figures. */

export const NeedCategorySchema = z.enum(NEED_CATEGORIES, { error: "诉求类别无效" });
export const NeedUrgencySchema = z.enum(NEED_URGENCIES, { error: "紧急程度无效" });
export const NeedStatusSchema = z.enum(NEED_STATUSES, { error: "办理状态无效" });
export const NeedRatingSchema = z.enum(NEED_RATINGS, { error: "评价结果无效" });
export const NeedStepKindSchema = z.enum(NEED_STEP_KINDS);
/** Which deadline a need has passed: acknowledgement (NEED-02) or resolution (NEED-03). */
export const NeedOverdueSchema = z.enum(["acknowledge", "resolve"]);
export type NeedOverdue = z.infer<typeof NeedOverdueSchema>;

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, { error: min <= 1 ? `请填写${label}` : `${label}至少 ${min} 字` })
    .max(max, { error: `${label}不能超过 ${max} 字` });

/**
 * A member files a need for themself (memberId omitted); an officer files on a member's behalf
 * (memberId required, the member in the officer's scope; NEED-01).
 */
export const FileNeedSchema = z.object({
  memberId: UuidSchema.optional(),
  category: NeedCategorySchema,
  title: text("诉求标题", 2, 60),
  description: text("诉求内容", 5, 2000),
  urgency: NeedUrgencySchema.default("normal"),
  /** Private: seen only by the member, the branch secretary and the committee's officers (NEED-06). */
  isPrivate: z.boolean({ error: "是否仅限书记和上级党委查看须为是或否" }).default(false),
});
export type FileNeedInput = z.input<typeof FileNeedSchema>;

/**
 * One step on a need (NEED-05 decides who may take which, in which status):
 * - acknowledge (受理), progress (办理进展), escalate (提交上级党委, with the reason), resolve (办结, the
 *   answer): the side working it;
 * - rate (评价, at closure), reopen (once, after "not satisfied"), withdraw (before closure): the member.
 */
export const NeedActionSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("acknowledge"), note: text("受理意见", 1, 1000) }),
    z.object({ action: z.literal("progress"), note: text("办理进展", 1, 1000) }),
    z.object({ action: z.literal("escalate"), note: text("提交上级党委的理由", 5, 1000) }),
    z.object({ action: z.literal("resolve"), note: text("办理结果或答复", 5, 2000) }),
    z.object({ action: z.literal("rate"), rating: NeedRatingSchema, note: z.string().trim().max(500, { error: "评价意见不能超过 500 字" }).default("") }),
    z.object({ action: z.literal("reopen"), note: text("重新办理的理由", 5, 1000) }),
    z.object({ action: z.literal("withdraw"), note: z.string().trim().max(500, { error: "撤回理由不能超过 500 字" }).default("") }),
  ],
  { error: "操作无效" },
);
export type NeedActionInput = z.input<typeof NeedActionSchema>;
export const NEED_ACTIONS = ["acknowledge", "progress", "escalate", "resolve", "rate", "reopen", "withdraw"] as const;
export type NeedAction = (typeof NEED_ACTIONS)[number];

const booleanQuery = z.enum(["true", "false"]).transform((v) => v === "true");

export const FindNeedsQuerySchema = PageQuerySchema.extend({
  /** Limit to this organization's subtree (within the caller's scope). */
  orgId: UuidSchema.optional(),
  status: NeedStatusSchema.optional(),
  category: NeedCategorySchema.optional(),
  overdue: NeedOverdueSchema.optional(),
  /** Only needs the caller's own organization is working now (待我办理). */
  handledByMe: booleanQuery.optional(),
  /** Filed in this year (China time). */
  year: z.coerce.number().int().min(2000, { error: "年度无效" }).max(2100, { error: "年度无效" }).optional(),
  /** Title or member name contains. */
  q: z.string().trim().max(40, { error: "关键词不能超过 40 字" }).optional(),
});
export type FindNeedsQuery = z.input<typeof FindNeedsQuerySchema>;

const OrgRefSchema = z.object({ id: UuidSchema, name: z.string() });

export const NeedListItemSchema = z.object({
  id: UuidSchema,
  org: OrgRefSchema,
  handlingOrg: OrgRefSchema,
  member: z.object({ id: UuidSchema, name: z.string() }),
  category: NeedCategorySchema,
  title: z.string(),
  urgency: NeedUrgencySchema,
  isPrivate: z.boolean(),
  status: NeedStatusSchema,
  filedAt: z.string(),
  acknowledgeDueOn: z.string(),
  resolveDueOn: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  rating: NeedRatingSchema.nullable(),
  overdue: NeedOverdueSchema.nullable(),
});
export type NeedListItem = z.infer<typeof NeedListItemSchema>;
export const NeedPageSchema = pageOf(NeedListItemSchema);

export const NeedStepSchema = z.object({
  id: UuidSchema,
  kind: NeedStepKindSchema,
  occurredAt: z.string(),
  actingOrgName: z.string().nullable(),
  actedByName: z.string().nullable(),
  note: z.string(),
});
export type NeedStep = z.infer<typeof NeedStepSchema>;

export const NeedDetailSchema = NeedListItemSchema.extend({
  description: z.string(),
  filedByName: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  ratingComment: z.string().nullable(),
  ratedAt: z.string().nullable(),
  reopenCount: z.number().int(),
  withdrawnAt: z.string().nullable(),
  steps: z.array(NeedStepSchema),
  files: z.array(FileSummarySchema),
  /** What the caller may do now (NEED-05), so the page offers only those. */
  actions: z.array(z.enum(NEED_ACTIONS)),
  canUpload: z.boolean(),
});
export type NeedDetail = z.infer<typeof NeedDetailSchema>;

export const NeedParamsSchema = z.object({ id: UuidSchema });
export const NeedFileParamsSchema = z.object({ id: UuidSchema, fileId: UuidSchema });

/** The officers' home-page flags: overdue acknowledgements and resolutions in the caller's reach. */
export const NeedAlertsSchema = z.object({
  today: z.string(),
  acknowledgeOverdue: z.number().int(),
  resolveOverdue: z.number().int(),
  /** Waiting for the caller's organization to act (not overdue yet included). */
  awaitingMe: z.number().int(),
  /** The most overdue first, at most 10. */
  items: z.array(NeedListItemSchema),
});
export type NeedAlerts = z.infer<typeof NeedAlertsSchema>;

export const NeedFiguresQuerySchema = z.object({
  orgId: UuidSchema.optional(),
  year: z.coerce.number().int().min(2000, { error: "年度无效" }).max(2100, { error: "年度无效" }),
});
export type NeedFiguresQuery = z.input<typeof NeedFiguresQuerySchema>;

/**
 * Times in days (one decimal); null when there is nothing to measure. Rates in percent (one decimal).
 * Acknowledgement time: filing → acknowledgement; resolution time: filing → closure (resolved needs).
 * Overdue counts are as of today. The cohort is the needs filed in the year.
 */
export const NeedFigureRowSchema = z.object({
  total: z.number().int(),
  withdrawn: z.number().int(),
  open: z.number().int(),
  resolved: z.number().int(),
  escalated: z.number().int(),
  acknowledgeOverdue: z.number().int(),
  resolveOverdue: z.number().int(),
  acknowledgeDaysMedian: z.number().nullable(),
  acknowledgeDaysP90: z.number().nullable(),
  resolveDaysMedian: z.number().nullable(),
  resolveDaysP90: z.number().nullable(),
  /** Resolved among those filed and not withdrawn. */
  resolutionRate: z.number().nullable(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  partlySatisfied: z.number().int(),
  notSatisfied: z.number().int(),
  /** Satisfied among those rated. */
  satisfactionRate: z.number().nullable(),
});
export type NeedFigureRow = z.infer<typeof NeedFigureRowSchema>;

export const NeedFiguresSchema = z.object({
  year: z.number().int(),
  org: OrgRefSchema,
  totals: NeedFigureRowSchema,
  byCategory: z.array(z.object({ category: NeedCategorySchema, count: z.number().int() })),
  /** Filed per month of the year (12 entries); resolved: of those, closed in that month of the year. */
  byMonth: z.array(z.object({ month: z.number().int(), filed: z.number().int(), resolved: z.number().int() })),
  /** The organization's direct sub-organizations, each rolled up over its subtree. */
  children: z.array(NeedFigureRowSchema.extend({ org: OrgRefSchema })),
});
export type NeedFigures = z.infer<typeof NeedFiguresSchema>;
