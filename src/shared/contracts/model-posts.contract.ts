import { z } from "zod";
import { POST_KINDS, SAFETY_KINDS } from "../care";
import { FileSummarySchema, PageQuerySchema, UuidSchema, isoDate, pageOf } from "./common.contract";

/**
 * Party-member model posts and responsibility areas (党员示范岗、党员责任区, incl. the safety areas of
 * the three safeties): the post, its public commitment and the year's record (履诺记录). The schema
 * checks shapes only; whether a value is acceptable is the rules' (POST-xx, 422 with the rule id).
 */

export const PostKindSchema = z.enum(POST_KINDS, { error: "类型无效" });
export const SafetyKindSchema = z.enum(SAFETY_KINDS, { error: "安全类别无效" });
export const PostYearSchema = z.coerce.number({ error: "年度须为整数" }).int({ error: "年度须为整数" }).min(2000, { error: "年度无效" }).max(2100, { error: "年度无效" });
/** Derived: 在岗 (not ended, year not over), 已撤销 (ended with a reason), 已到期 (the year is over). */
export const POST_STATES = ["active", "ended", "expired"] as const;
export const PostStateSchema = z.enum(POST_STATES);
export type PostState = z.infer<typeof PostStateSchema>;

const text = (label: string, max: number) => z.string({ error: `请填写${label}` }).trim().max(max, { error: `${label}不能超过 ${max} 字` });

/** What a post says: edited as a whole while it is not ended. */
export const PostContentSchema = z.object({
  kind: PostKindSchema,
  /** Only for a safety area (POST-02). */
  safetyKind: SafetyKindSchema.nullable().optional(),
  name: text("岗位（责任区）名称", 60).min(2, { error: "岗位（责任区）名称至少 2 个字" }),
  /** What the area covers: households, a workshop, a road section … */
  scope: text("责任范围", 500).default(""),
  /** Required (POST-03): checked by the rules so a blank one is refused with the rule id. */
  commitment: text("承诺内容", 2000).default(""),
  startedOn: isoDate("设岗日期"),
});
export type PostContent = z.infer<typeof PostContentSchema>;

export const CreatePostSchema = PostContentSchema.extend({
  /** The organization that sets the post up; the member is an active member of its subtree (POST-01). */
  orgId: UuidSchema,
  memberId: UuidSchema,
  year: PostYearSchema,
});
export type CreatePost = z.infer<typeof CreatePostSchema>;

export const UpdatePostSchema = PostContentSchema;
export type UpdatePost = z.infer<typeof UpdatePostSchema>;

export const EndPostSchema = z.object({
  endedOn: isoDate("撤销日期"),
  reason: text("撤销原因", 500).default(""),
});
export type EndPost = z.infer<typeof EndPostSchema>;

export const AddPostEntrySchema = z.object({
  occurredOn: isoDate("日期"),
  content: text("履诺情况", 1000).default(""),
});
export type AddPostEntry = z.infer<typeof AddPostEntrySchema>;

export const PostIdParamsSchema = z.object({ id: UuidSchema });

export const FindPostsQuerySchema = PageQuerySchema.extend({
  year: PostYearSchema.optional(),
  kind: PostKindSchema.optional(),
  safetyKind: SafetyKindSchema.optional(),
  /** An organization whose subtree to list (officers); a member's list is their organization's anyway. */
  orgId: UuidSchema.optional(),
  memberId: UuidSchema.optional(),
  /** "true": 在岗 only; "false": ended or expired. */
  active: z.enum(["true", "false"], { error: "在岗筛选无效" }).optional(),
  /** Part of the post's or the member's name. */
  q: z.string().trim().max(30, { error: "搜索不能超过 30 字" }).optional(),
});
export type FindPostsQuery = z.infer<typeof FindPostsQuerySchema>;

export const PostAbilitiesSchema = z.object({
  canUpdate: z.boolean(),
  canEnd: z.boolean(),
  canAddEntry: z.boolean(),
  canUpload: z.boolean(),
});
export type PostAbilities = z.infer<typeof PostAbilitiesSchema>;

export const PostListItemSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  memberId: UuidSchema,
  memberName: z.string(),
  /** The member's own organization (a branch or a party group). */
  memberOrgName: z.string(),
  year: z.number().int(),
  kind: PostKindSchema,
  safetyKind: SafetyKindSchema.nullable(),
  name: z.string(),
  scope: z.string(),
  commitment: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  state: PostStateSchema,
  entryCount: z.number().int(),
  lastEntryOn: z.string().nullable(),
});
export type PostListItem = z.infer<typeof PostListItemSchema>;

export const PostPageSchema = pageOf(PostListItemSchema).extend({ abilities: z.object({ canCreate: z.boolean() }) });
export type PostPage = z.infer<typeof PostPageSchema>;

export const PostDetailSchema = PostListItemSchema.extend({
  /** Why it was ended (kept with the end's audit entry). */
  endReason: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  files: z.array(FileSummarySchema),
  abilities: PostAbilitiesSchema,
});
export type PostDetail = z.infer<typeof PostDetailSchema>;

export const PostEntrySchema = z.object({
  id: UuidSchema,
  postId: UuidSchema,
  occurredOn: z.string(),
  content: z.string(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type PostEntry = z.infer<typeof PostEntrySchema>;
export const PostEntryPageSchema = pageOf(PostEntrySchema);
export type PostEntryPage = z.infer<typeof PostEntryPageSchema>;

/** The year's counts (the list page's chart): per kind and, for the safety areas, per safety kind. */
export const PostSummaryQuerySchema = z.object({
  year: PostYearSchema.optional(),
  orgId: UuidSchema.optional(),
});
export type PostSummaryQuery = z.infer<typeof PostSummaryQuerySchema>;

const CountsSchema = z.object({ total: z.number().int(), active: z.number().int() });
export const PostSummarySchema = z.object({
  year: z.number().int(),
  total: z.number().int(),
  active: z.number().int(),
  entries: z.number().int(),
  byKind: z.array(CountsSchema.extend({ kind: PostKindSchema })),
  bySafetyKind: z.array(CountsSchema.extend({ safetyKind: SafetyKindSchema })),
});
export type PostSummary = z.infer<typeof PostSummarySchema>;
