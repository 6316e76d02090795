import { z } from "zod";
import { HONOURS, NOMINATION_STATUSES, OBJECTION_FINDINGS } from "../care";
import { PageQuerySchema, UuidSchema, isoDate, pageOf } from "./common.contract";

/**
 * Recognition (创先争优): nominations of 优秀共产党员, 优秀党务工作者 and 先进基层党组织 by an
 * organization, the reviewing committee's shortlist, publicity (公示) with objections and findings,
 * the decision and its publication, and the honours in members' and organizations' records. The
 * schema checks shapes only; whether a value is acceptable is the rules' (HON-xx, 422 with the rule id).
 */

export const HonourSchema = z.enum(HONOURS, { error: "荣誉类别无效" });
export const NominationStatusSchema = z.enum(NOMINATION_STATUSES, { error: "推荐状态无效" });
export const ObjectionFindingSchema = z.enum(OBJECTION_FINDINGS, { error: "核实结论无效" });
export const RecognitionYearSchema = z.coerce
  .number({ error: "年度须为整数" })
  .int({ error: "年度须为整数" })
  .min(2000, { error: "年度无效" })
  .max(2100, { error: "年度无效" });

/** The two sides of a nomination (HON-02): the nominating organization and the reviewing committee. */
export const NOMINATION_SIDES = ["nominator", "committee"] as const;
export const NominationSideSchema = z.enum(NOMINATION_SIDES);
export type NominationSide = z.infer<typeof NominationSideSchema>;

export const NOMINATION_ACTIONS = ["withdraw", "shortlist", "reject", "decide", "publish"] as const;
export const NominationActionNameSchema = z.enum(NOMINATION_ACTIONS);
export type NominationActionName = (typeof NOMINATION_ACTIONS)[number];
export const NOMINATION_ACTION_LABELS: Record<NominationActionName, string> = {
  withdraw: "撤回推荐",
  shortlist: "确定公示对象",
  reject: "不予通过",
  decide: "作出表彰决定",
  publish: "发布表彰决定",
};

/** Work on a nomination that does not change its status (HON-08, HON-09). */
export const NOMINATION_WORK = ["objection_record", "objection_find"] as const;
export type NominationWork = (typeof NOMINATION_WORK)[number];

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, { error: min <= 1 ? `请填写${label}` : `${label}至少 ${min} 字` })
    .max(max, { error: `${label}不能超过 ${max} 字` });
const note = (label: string, max: number) => z.string().trim().max(max, { error: `${label}不能超过 ${max} 字` }).optional();

/**
 * A nomination by the caller's own organization (HON-01): a member of its subtree for a person's
 * honour, or the organization itself or one below it for 先进基层党组织.
 */
export const CreateNominationSchema = z.object({
  year: RecognitionYearSchema,
  honour: HonourSchema,
  memberId: UuidSchema.nullable().optional(),
  nomineeOrgId: UuidSchema.nullable().optional(),
  deeds: text("先进事迹", 20, 5000),
});
export type CreateNomination = z.infer<typeof CreateNominationSchema>;

/**
 * One step of a nomination (HON-06 decides who may take which, in which status):
 * - withdraw: the nominating organization, before the decision;
 * - shortlist (确定公示对象, publicity from `publicityStartsOn`, today by default), reject (with the
 *   reason), decide (after publicity, HON-10/11) and publish: the reviewing committee.
 */
export const NominationActionSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("withdraw"), note: note("撤回理由", 500) }),
    z.object({ action: z.literal("shortlist"), publicityStartsOn: isoDate("公示开始日期").optional(), note: note("审核意见", 1000) }),
    z.object({ action: z.literal("reject"), note: text("不予通过的理由", 2, 1000) }),
    z.object({ action: z.literal("decide"), decision: z.enum(["awarded", "not_awarded"], { error: "表彰决定无效" }), note: note("决定说明", 1000) }),
    z.object({ action: z.literal("publish") }),
  ],
  { error: "操作无效" },
);
export type NominationAction = z.infer<typeof NominationActionSchema>;

/** An objection received during publicity (HON-08); who raised it is not kept in the record. */
export const RecordObjectionSchema = z.object({
  receivedOn: isoDate("收到日期"),
  content: text("反映内容", 5, 2000),
});
export type RecordObjection = z.infer<typeof RecordObjectionSchema>;

/** The committee's finding on an objection (HON-09): once, with what the check found. */
export const FindObjectionSchema = z.object({
  finding: ObjectionFindingSchema,
  note: text("核实情况", 5, 2000),
});
export type FindObjection = z.infer<typeof FindObjectionSchema>;

const booleanQuery = z.enum(["true", "false"]);

export const FindNominationsQuerySchema = PageQuerySchema.extend({
  year: RecognitionYearSchema.optional(),
  honour: HonourSchema.optional(),
  status: NominationStatusSchema.optional(),
  /** The nominating organizations under this one (its subtree), within the caller's scope. */
  orgId: UuidSchema.optional(),
  /** Only nominations the caller's committee reviews that wait for its step (审核、公示、决定、发布). */
  awaitingMe: booleanQuery.optional(),
});
export type FindNominationsQuery = z.infer<typeof FindNominationsQuerySchema>;

export const ObjectionSchema = z.object({
  id: UuidSchema,
  receivedOn: z.string(),
  content: z.string(),
  finding: ObjectionFindingSchema.nullable(),
  findingNote: z.string().nullable(),
  foundAt: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type Objection = z.infer<typeof ObjectionSchema>;

/** Where publicity stands on the caller's today: not yet begun, open (with the days left, today included) or over. */
export const PublicitySchema = z.object({
  startsOn: z.string(),
  endsOn: z.string(),
  phase: z.enum(["upcoming", "open", "ended"]),
  daysLeft: z.number().int(),
  /** The first day a decision may be made (HON-10). */
  decidableFrom: z.string(),
});
export type Publicity = z.infer<typeof PublicitySchema>;

export const NominationListItemSchema = z.object({
  id: UuidSchema,
  year: z.number().int(),
  honour: HonourSchema,
  status: NominationStatusSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  reviewingOrgId: UuidSchema.nullable(),
  /** Null: no committee stands above, the administrators review. */
  reviewingOrgName: z.string().nullable(),
  memberId: UuidSchema.nullable(),
  nomineeOrgId: UuidSchema.nullable(),
  /** The member's or the organization's name. */
  nomineeName: z.string(),
  /** The member's organization, or the nominated organization itself. */
  nomineeOrgName: z.string(),
  publicity: PublicitySchema.nullable(),
  /** Objections received, and those without a finding (0 for members: objections are the officers'). */
  objectionCount: z.number().int(),
  openObjectionCount: z.number().int(),
  publishedOn: z.string().nullable(),
  createdAt: z.string(),
});
export type NominationListItem = z.infer<typeof NominationListItemSchema>;
export const NominationPageSchema = pageOf(NominationListItemSchema);

export const NominationDetailSchema = NominationListItemSchema.extend({
  deeds: z.string(),
  reviewNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  submittedByName: z.string().nullable(),
  /** Officers only; empty for members. */
  objections: z.array(ObjectionSchema),
  /** The honour written at publication (HON-12), when published. */
  honourId: UuidSchema.nullable(),
  sides: z.array(NominationSideSchema),
  actions: z.array(NominationActionNameSchema),
  work: z.array(z.enum(NOMINATION_WORK)),
});
export type NominationDetail = z.infer<typeof NominationDetailSchema>;

export const NominationIdParamsSchema = z.object({ id: UuidSchema });
export const ObjectionParamsSchema = z.object({ id: UuidSchema, objectionId: UuidSchema });

// ─── Honours ──────────────────────────────────────────────────────────────────────────────────────

export const FindHonoursQuerySchema = PageQuerySchema.extend({
  year: RecognitionYearSchema.optional(),
  honour: HonourSchema.optional(),
  memberId: UuidSchema.optional(),
  /** Honours of this organization's subtree (its members' and organizations'), within the caller's scope. */
  orgId: UuidSchema.optional(),
  /** With orgId: that organization's own honours only, not its subtree's (the organization's record). */
  orgOnly: booleanQuery.optional(),
  /** Only persons' honours, or only organizations'. */
  subject: z.enum(["member", "org"], { error: "荣誉对象无效" }).optional(),
  /** Officers may list revoked honours too; members never see them. */
  includeRevoked: booleanQuery.optional(),
});
export type FindHonoursQuery = z.infer<typeof FindHonoursQuerySchema>;

export const HonourItemSchema = z.object({
  id: UuidSchema,
  honour: HonourSchema,
  year: z.number().int(),
  memberId: UuidSchema.nullable(),
  memberName: z.string().nullable(),
  orgId: UuidSchema,
  orgName: z.string(),
  conferredBy: z.string(),
  conferredOn: z.string(),
  nominationId: UuidSchema.nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  canRevoke: z.boolean(),
});
export type HonourItem = z.infer<typeof HonourItemSchema>;

/** A page of honours, with the count of each honour under the same filters (for the chart). */
export const HonourPageSchema = pageOf(HonourItemSchema).extend({
  byHonour: z.array(z.object({ honour: HonourSchema, count: z.number().int() })),
  canRecord: z.boolean(),
});
export type HonourPage = z.infer<typeof HonourPageSchema>;

/** An honour conferred elsewhere (e.g. by the county committee), entered by the committee (HON-13). */
export const RecordHonourSchema = z.object({
  honour: HonourSchema,
  year: RecognitionYearSchema,
  memberId: UuidSchema.nullable().optional(),
  /** The honoured organization (先进基层党组织). */
  orgId: UuidSchema.nullable().optional(),
  conferredBy: text("授予机关", 2, 60),
  conferredOn: isoDate("授予日期"),
});
export type RecordHonour = z.infer<typeof RecordHonourSchema>;

export const RevokeHonourSchema = z.object({ reason: text("撤销理由", 5, 500) });
export type RevokeHonour = z.infer<typeof RevokeHonourSchema>;
export const HonourIdParamsSchema = z.object({ id: UuidSchema });
