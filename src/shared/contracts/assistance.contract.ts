import { z } from "zod";
import { CAMPAIGN_KINDS, CARE_RECIPIENT_KINDS, VISIT_KINDS } from "../care";
import { FileSummarySchema, PageQuerySchema, UuidSchema, isoDate, pageOf } from "./common.contract";

/**
 * Help and visits (帮扶、走访慰问, issue 8): the people cared for, their visits, and the campaign plans
 * with their coverage. Money is exact: every amount is an integer number of fen (分), in and out.
 */

export const CareRecipientKindSchema = z.enum(CARE_RECIPIENT_KINDS, { error: "帮扶对象类别无效" });
export const VisitKindSchema = z.enum(VISIT_KINDS, { error: "走访方式无效" });
export const CampaignKindSchema = z.enum(CAMPAIGN_KINDS, { error: "计划类别无效" });

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 字` });
const optionalText = (label: string, max: number) => z.string().trim().max(max, { error: `${label}不能超过 ${max} 字` }).nullable().optional();
const booleanQuery = z.enum(["true", "false"]).transform((v) => v === "true");
const yearSchema = z.coerce.number().int({ error: "年度无效" }).min(2000, { error: "年度无效" }).max(2100, { error: "年度无效" });
const qSchema = z.string().trim().max(40, { error: "关键词不能超过 40 字" }).optional();
/** Any number, so that a fraction of a fen or a negative sum is refused by AID-07 (422) with the rule's words. */
const amountSchema = z.number({ error: "金额须为数字（单位：分）" }).nullable().optional();

// ─── People cared for (帮扶对象) ─────────────────────────────────────────────────────────────────

/**
 * Who is cared for, one row per person: a member of the roster (struggling, senior by the senior
 * rule, or recorded here: long illness, or a struggling or senior member's situation), or a recorded
 * person who is not a member (a deceased member's family, masses in difficulty).
 */
export const FindPeopleQuerySchema = PageQuerySchema.extend({
  orgId: UuidSchema.optional(),
  kind: CareRecipientKindSchema.optional(),
  /** Name contains. */
  q: qSchema,
  /** Only those with no visit so far this year (China time). */
  notVisitedThisYear: booleanQuery.optional(),
  /** active (default): those cared for now; ended: recorded rows whose help has ended. */
  status: z.enum(["active", "ended"], { error: "状态无效" }).optional(),
});
export type FindPeopleQuery = z.input<typeof FindPeopleQuerySchema>;

export const RecipientRefSchema = z.object({ id: UuidSchema, kind: CareRecipientKindSchema });

export const CarePersonSchema = z.object({
  /** "member:<id>" or "recipient:<id>": the person's key for lists and pickers. */
  key: z.string(),
  subject: z.enum(["member", "recipient"]),
  /** A member person: the member; a family: the deceased member, when on the roster. */
  memberId: UuidSchema.nullable(),
  /** A recorded person (family, masses, or an ended record): the recipient row. */
  recipientId: UuidSchema.nullable(),
  name: z.string(),
  orgId: UuidSchema,
  orgName: z.string(),
  /** Why they are cared for: the short label lists show (never the hardship or health text). */
  kinds: z.array(CareRecipientKindSchema),
  /** Members only: age today. */
  age: z.number().int().nullable(),
  /** A family: the relation to the deceased member. */
  relation: z.string().nullable(),
  /** The recorded rows behind this person (still active), for their full view. */
  recipients: z.array(RecipientRefSchema),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  lastVisitOn: z.string().nullable(),
  visitsThisYear: z.number().int(),
});
export type CarePerson = z.infer<typeof CarePersonSchema>;
export const CarePersonPageSchema = pageOf(CarePersonSchema);

// ─── Recorded recipients (登记的帮扶对象) ─────────────────────────────────────────────────────────

/**
 * A recorded person (AID-01…04): member kinds name an active member in scope; a family names the
 * relation (and the deceased member when on the roster); masses are recorded only with their consent.
 */
export const CreateRecipientSchema = z.object({
  kind: CareRecipientKindSchema,
  memberId: UuidSchema.nullable().optional(),
  /** Masses (and a family without a roster member): the organization that cares for them. */
  orgId: UuidSchema.nullable().optional(),
  personName: optionalText("姓名", 30),
  relation: optionalText("与去世党员的关系", 60),
  address: optionalText("住址", 200),
  difficulty: z.string().trim().max(1000, { error: "困难情况不能超过 1000 字" }).default(""),
  consentOn: isoDate("同意登记日期").nullable().optional(),
  consentNote: optionalText("同意方式", 200),
  startedOn: isoDate("开始帮扶日期"),
});
export type CreateRecipient = z.input<typeof CreateRecipientSchema>;

export const UpdateRecipientSchema = z.object({
  personName: optionalText("姓名", 30),
  relation: optionalText("与去世党员的关系", 60),
  address: optionalText("住址", 200),
  difficulty: z.string().trim().max(1000, { error: "困难情况不能超过 1000 字" }).optional(),
  consentOn: isoDate("同意登记日期").nullable().optional(),
  consentNote: optionalText("同意方式", 200),
});
export type UpdateRecipient = z.input<typeof UpdateRecipientSchema>;

export const EndRecipientSchema = z.object({ endedOn: isoDate("结束帮扶日期"), reason: text("结束原因", 2, 200) });
export type EndRecipient = z.input<typeof EndRecipientSchema>;

/** The full view of a recorded person (audited care.recipient_view): hardship, address and consent. */
export const RecipientDetailSchema = z.object({
  id: UuidSchema,
  kind: CareRecipientKindSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  memberId: UuidSchema.nullable(),
  memberName: z.string().nullable(),
  personName: z.string(),
  relation: z.string().nullable(),
  address: z.string().nullable(),
  difficulty: z.string(),
  consentOn: z.string().nullable(),
  consentNote: z.string().nullable(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  createdAt: z.string(),
  files: z.array(FileSummarySchema),
  canEdit: z.boolean(),
});
export type RecipientDetail = z.infer<typeof RecipientDetailSchema>;

// ─── Visits (走访慰问记录) ────────────────────────────────────────────────────────────────────────

const visitFields = {
  visitedOn: isoDate("走访日期"),
  visitors: z.array(z.string().trim().min(1, { error: "走访人姓名不能为空" }).max(30, { error: "走访人姓名不能超过 30 字" }), { error: "请填写走访人" }).max(10, { error: "走访人最多 10 名" }),
  kind: VisitKindSchema,
  /** Fen (分), an integer: required and positive for money (慰问金), optional for goods' value, none otherwise (AID-07). */
  amountFen: amountSchema,
  notes: z.string().trim().max(2000, { error: "走访情况不能超过 2000 字" }).default(""),
  /** The campaign the visit was made under (AID-11), if any. */
  campaignId: UuidSchema.nullable().optional(),
};

/** One visit to one person: a member (memberId) or a recorded recipient (recipientId), AID-05. */
export const RecordVisitSchema = z.object({ memberId: UuidSchema.nullable().optional(), recipientId: UuidSchema.nullable().optional(), ...visitFields });
export type RecordVisit = z.input<typeof RecordVisitSchema>;
export const UpdateVisitSchema = z.object(visitFields);
export type UpdateVisit = z.input<typeof UpdateVisitSchema>;
export const ArchiveVisitSchema = z.object({ reason: text("作废原因", 2, 200) });

export const FindVisitsQuerySchema = PageQuerySchema.extend({
  orgId: UuidSchema.optional(),
  year: yearSchema.optional(),
  kind: VisitKindSchema.optional(),
  campaignId: UuidSchema.optional(),
  memberId: UuidSchema.optional(),
  recipientId: UuidSchema.optional(),
  /** The visited person's name contains. */
  q: qSchema,
});
export type FindVisitsQuery = z.input<typeof FindVisitsQuerySchema>;

export const VisitListItemSchema = z.object({
  id: UuidSchema,
  visitedOn: z.string(),
  memberId: UuidSchema.nullable(),
  recipientId: UuidSchema.nullable(),
  personName: z.string(),
  orgId: UuidSchema,
  orgName: z.string(),
  visitors: z.array(z.string()),
  kind: VisitKindSchema,
  amountFen: z.number().int().nullable(),
  campaignId: UuidSchema.nullable(),
  campaignTitle: z.string().nullable(),
  recordedByName: z.string().nullable(),
});
export type VisitListItem = z.infer<typeof VisitListItemSchema>;
export const VisitPageSchema = pageOf(VisitListItemSchema);

export const VisitDetailSchema = VisitListItemSchema.extend({
  notes: z.string(),
  createdAt: z.string(),
  files: z.array(FileSummarySchema),
  canEdit: z.boolean(),
});
export type VisitDetail = z.infer<typeof VisitDetailSchema>;

export const VisitTotalsQuerySchema = z.object({ orgId: UuidSchema.optional(), year: yearSchema });
export type VisitTotalsQuery = z.input<typeof VisitTotalsQuerySchema>;

const FenTotalsSchema = z.object({ visits: z.number().int(), moneyFen: z.number().int(), goodsFen: z.number().int() });
export const VisitTotalsSchema = FenTotalsSchema.extend({
  year: z.number().int(),
  org: z.object({ id: UuidSchema, name: z.string() }).nullable(),
  /** Distinct people visited in the year. */
  people: z.number().int(),
  byKind: z.array(z.object({ kind: VisitKindSchema, visits: z.number().int(), amountFen: z.number().int() })),
  byMonth: z.array(FenTotalsSchema.extend({ month: z.number().int() })),
});
export type VisitTotals = z.infer<typeof VisitTotalsSchema>;

// ─── Campaigns (走访慰问计划) ─────────────────────────────────────────────────────────────────────

/** A campaign of an organization for its subtree (AID-09: starts ≤ due, both in the year). */
export const CreateCampaignSchema = z.object({
  orgId: UuidSchema,
  year: yearSchema,
  kind: CampaignKindSchema,
  title: text("计划名称", 2, 60),
  startsOn: isoDate("开始日期"),
  dueOn: isoDate("完成时限"),
  notes: z.string().trim().max(1000, { error: "工作要求不能超过 1000 字" }).default(""),
});
export type CreateCampaign = z.input<typeof CreateCampaignSchema>;
export const UpdateCampaignSchema = CreateCampaignSchema.omit({ orgId: true, year: true });
export type UpdateCampaign = z.input<typeof UpdateCampaignSchema>;

export const FindCampaignsQuerySchema = PageQuerySchema.extend({ year: yearSchema.optional(), kind: CampaignKindSchema.optional() });
export type FindCampaignsQuery = z.input<typeof FindCampaignsQuerySchema>;

/** Coverage: targets, those visited in the campaign's window (any visit to the person, AID-12), overdue ones. */
export const CoverageFiguresSchema = z.object({
  targets: z.number().int(),
  visited: z.number().int(),
  /** Not visited and past their own due day. */
  overdue: z.number().int(),
  /** visited / targets, 0 when there are none. */
  share: z.number(),
});
export type CoverageFigures = z.infer<typeof CoverageFiguresSchema>;

export const CampaignSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  year: z.number().int(),
  kind: CampaignKindSchema,
  title: z.string(),
  startsOn: z.string(),
  dueOn: z.string(),
  notes: z.string(),
  /** The caller's part of it: the targets in their scope. */
  coverage: CoverageFiguresSchema,
  /** The visits recorded under the campaign in the caller's scope, and their money and goods in fen. */
  totals: FenTotalsSchema,
  /** The caller may change the plan itself (its organization is in their scope, care.plan). */
  canEdit: z.boolean(),
  /** The caller may add targets in their scope (care.plan). */
  canAddTargets: z.boolean(),
});
export type Campaign = z.infer<typeof CampaignSchema>;
export const CampaignPageSchema = pageOf(CampaignSchema);

export const CoverageQuerySchema = z.object({ orgId: UuidSchema.optional() });
export const CoverageRowSchema = CoverageFiguresSchema.extend({
  orgId: UuidSchema,
  orgName: z.string(),
  /** The organization's own targets (not rolled up from below). */
  isSelf: z.boolean(),
  hasChildren: z.boolean(),
});
export type CoverageRow = z.infer<typeof CoverageRowSchema>;
export const CampaignCoverageSchema = z.object({
  org: z.object({ id: UuidSchema, name: z.string() }),
  total: CoverageFiguresSchema,
  /** One row per organization directly below (rolled up over its subtree), and the organization's own. */
  rows: z.array(CoverageRowSchema),
});
export type CampaignCoverage = z.infer<typeof CampaignCoverageSchema>;

export const FindTargetsQuerySchema = PageQuerySchema.extend({
  orgId: UuidSchema.optional(),
  visited: booleanQuery.optional(),
  q: qSchema,
});
export type FindTargetsQuery = z.input<typeof FindTargetsQuerySchema>;

export const CampaignTargetSchema = z.object({
  id: UuidSchema,
  memberId: UuidSchema.nullable(),
  recipientId: UuidSchema.nullable(),
  name: z.string(),
  kind: CareRecipientKindSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  visitorName: z.string(),
  dueOn: z.string(),
  /** The first visit in the campaign's window, if any. */
  visitedOn: z.string().nullable(),
  isOverdue: z.boolean(),
});
export type CampaignTarget = z.infer<typeof CampaignTargetSchema>;
export const CampaignTargetPageSchema = pageOf(CampaignTargetSchema);

export const AddTargetSchema = z.object({
  memberId: UuidSchema.nullable().optional(),
  recipientId: UuidSchema.nullable().optional(),
  visitorName: z.string().trim().max(60, { error: "走访人不能超过 60 字" }).default(""),
  dueOn: isoDate("完成时限").nullable().optional(),
});
export type AddTarget = z.input<typeof AddTargetSchema>;

/** Every person cared for in the subtree (of the caller's scope) who is not a target yet. */
export const PrefillTargetsSchema = z.object({
  /** Empty: each target's own organization's secretary (书记), when there is one. */
  visitorName: z.string().trim().max(60, { error: "走访人不能超过 60 字" }).default(""),
  dueOn: isoDate("完成时限").nullable().optional(),
  orgId: UuidSchema.nullable().optional(),
});
export type PrefillTargets = z.input<typeof PrefillTargetsSchema>;
export const PrefillResultSchema = z.object({ added: z.number().int() });

export const UpdateTargetSchema = z.object({
  visitorName: z.string().trim().max(60, { error: "走访人不能超过 60 字" }).optional(),
  dueOn: isoDate("完成时限").optional(),
});
export type UpdateTarget = z.input<typeof UpdateTargetSchema>;
export const RemoveTargetSchema = z.object({ reason: text("移出原因", 2, 200) });

export const CampaignExportQuerySchema = z.object({ orgId: UuidSchema.optional() });
/** The largest campaign one workbook carries (targets in the chosen subtree). */
export const CARE_EXPORT_MAX_TARGETS = 20_000;

export const CampaignIdParamsSchema = z.object({ id: UuidSchema });
export const TargetParamsSchema = z.object({ id: UuidSchema, targetId: UuidSchema });
export const OwnerFileParamsSchema = z.object({ id: UuidSchema, fileId: UuidSchema });
