import { z } from "zod";
import { MEMBER_STATUSES, ORG_KINDS, OFFICER_POSTS } from "../domain";
import { COMPLIANCE_STATUSES, MEETING_TAGS, MEETING_TYPES, PERIOD_UNITS, PLAN_ITEM_STATUSES } from "../org-life";
import { PageQuerySchema, UuidSchema, isoDate, pageOf } from "./common.contract";

// Plans and compliance of organizational life (rules.md §2.3): the annual and monthly plan of meetings,
// the compliance matrix of a subtree, attendance rates and members without organizational life.

const MeetingType = z.enum(MEETING_TYPES, { error: "会议类型无效" });
const MeetingTag = z.enum(MEETING_TAGS, { error: "主题标签无效" });
const OrgKind = z.enum(ORG_KINDS);
const ComplianceStatus = z.enum(COMPLIANCE_STATUSES);
const PeriodUnit = z.enum(PERIOD_UNITS);
export const YearSchema = z.coerce.number({ error: "年度应为整数" }).int({ error: "年度应为整数" }).min(2000, { error: "年度不能早于 2000 年" }).max(2100, { error: "年度不能晚于 2100 年" });
const rate = z.number().min(0).max(1).nullable();

/** `types=general_meeting,theme_day` (or repeated): the meeting types to show; all owed types when absent. */
export const MeetingTypesQuerySchema = z
  .preprocess((value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value), z.array(MeetingType).max(MEETING_TYPES.length))
  .optional();

/** A frequency rule as it binds one organization (meeting-frequency.rules, rules.md §2.3). */
export const RequirementSchema = z.object({
  rule: z.string(),
  type: MeetingType,
  unit: PeriodUnit,
  count: z.number().int(),
  /** A configured value, not a verified national rule (UNVERIFIED). */
  isConfigured: z.boolean(),
  article: z.string(),
});
export type Requirement = z.infer<typeof RequirementSchema>;

// ---- The plan of meetings (年度、月度组织生活计划) ----

export const PlanItemSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  year: z.number().int(),
  month: z.number().int().min(1).max(12),
  type: MeetingType,
  plannedOn: z.string().nullable(),
  topic: z.string().nullable(),
  tags: z.array(MeetingTag),
  status: z.enum(PLAN_ITEM_STATUSES),
  meetingId: UuidSchema.nullable(),
  cancelReason: z.string().nullable(),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const MeetingPlanQuerySchema = z.object({ orgId: UuidSchema, year: YearSchema });
export type MeetingPlanQuery = z.infer<typeof MeetingPlanQuerySchema>;

export const MeetingPlanSchema = z.object({
  org: z.object({ id: UuidSchema, name: z.string(), kind: OrgKind }),
  year: z.number().int(),
  /** Twelve months, each with its items (planned, held and cancelled). */
  months: z.array(z.object({ month: z.number().int(), items: z.array(PlanItemSchema) })),
  /** What the organization owes per period, the source of the prefill. */
  requirements: z.array(RequirementSchema),
  counts: z.object({ planned: z.number().int(), held: z.number().int(), cancelled: z.number().int() }),
  canPlan: z.boolean(),
});
export type MeetingPlan = z.infer<typeof MeetingPlanSchema>;

export const PrefillPlanSchema = z.object({ orgId: UuidSchema, year: YearSchema });
export type PrefillPlan = z.infer<typeof PrefillPlanSchema>;
export const PrefillResultSchema = MeetingPlanSchema.extend({ added: z.number().int() });
export type PrefillResult = z.infer<typeof PrefillResultSchema>;

export const UpdatePlanItemSchema = z.object({
  plannedOn: isoDate("计划日期").nullable().optional(),
  topic: z.string().trim().max(200, { error: "主题不能超过 200 字" }).nullable().optional(),
  tags: z.array(MeetingTag).max(MEETING_TAGS.length).optional(),
});
export type UpdatePlanItem = z.infer<typeof UpdatePlanItemSchema>;

export const CancelPlanItemSchema = z.object({
  reason: z.string().trim().min(2, { error: "取消原因至少 2 个字" }).max(200, { error: "取消原因不能超过 200 字" }),
});
export type CancelPlanItem = z.infer<typeof CancelPlanItemSchema>;

// ---- The compliance matrix ----

export const MatrixQuerySchema = PageQuerySchema.extend({ orgId: UuidSchema, year: YearSchema, types: MeetingTypesQuerySchema });
export type MatrixQuery = z.infer<typeof MatrixQuerySchema>;

export const PeriodSchema = z.object({
  /** `2026-11`, `2026-Q4`, `2026`. */
  key: z.string(),
  unit: PeriodUnit,
  label: z.string(),
  from: z.string(),
  to: z.string(),
  state: z.enum(["not_started", "open", "closed"]),
});
export type Period = z.infer<typeof PeriodSchema>;

/** One meeting type's columns: its periods for every unit it is owed by (党课: quarters and the year). */
export const MatrixColumnGroupSchema = z.object({ type: MeetingType, label: z.string(), periods: z.array(PeriodSchema) });
export type MatrixColumnGroup = z.infer<typeof MatrixColumnGroupSchema>;

export const MatrixCellSchema = z.object({
  type: MeetingType,
  period: z.string(),
  status: ComplianceStatus,
  required: z.number().int(),
  done: z.number().int(),
});
export type MatrixCell = z.infer<typeof MatrixCellSchema>;

export const MatrixRowSchema = z.object({
  orgId: UuidSchema,
  code: z.string(),
  name: z.string(),
  kind: OrgKind,
  /** Levels below the matrix's organization (0 = itself). */
  depth: z.number().int(),
  establishedOn: z.string().nullable(),
  dissolvedOn: z.string().nullable(),
  /** Full members of a branch and its groups (ORG-05); null for other kinds. */
  fullMembers: z.number().int().nullable(),
  /** In column order: one per period of each column group. */
  cells: z.array(MatrixCellSchema),
  counts: z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int() }),
});
export type MatrixRow = z.infer<typeof MatrixRowSchema>;

const StatusCountsSchema = z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int() });

export const MatrixSummarySchema = z.object({
  /** Owing organizations in the whole subtree (every page). */
  orgs: z.number().int(),
  byType: z.array(StatusCountsSchema.extend({ type: MeetingType, rate })),
  overall: StatusCountsSchema.extend({ rate }),
  /** The monthly types' cells of each month (committee, group meetings, theme days): the trend over the year. */
  monthly: z.array(StatusCountsSchema.extend({ period: z.string(), rate })),
});
export type MatrixSummary = z.infer<typeof MatrixSummarySchema>;

export const MatrixSchema = z.object({
  org: z.object({ id: UuidSchema, name: z.string(), kind: OrgKind }),
  year: z.number().int(),
  today: z.string(),
  partialPeriodOwed: z.boolean(),
  columns: z.array(MatrixColumnGroupSchema),
  rows: z.array(MatrixRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  summary: MatrixSummarySchema,
  rules: z.array(RequirementSchema.extend({ kinds: z.array(OrgKind), needsBranchCommittee: z.boolean() })),
});
export type Matrix = z.infer<typeof MatrixSchema>;

// ---- Attendance rates ----

export const ATTENDANCE_SORTS = ["rate", "name", "expected"] as const;
export const AttendanceQuerySchema = PageQuerySchema.extend({
  orgId: UuidSchema,
  year: YearSchema,
  sort: z.enum(ATTENDANCE_SORTS).default("rate"),
  order: z.enum(["asc", "desc"]).default("asc"),
});
export type AttendanceQuery = z.infer<typeof AttendanceQuerySchema>;

export const AttendanceRateSchema = z.object({
  memberId: UuidSchema,
  name: z.string(),
  status: z.enum(MEMBER_STATUSES),
  orgId: UuidSchema,
  orgName: z.string(),
  /** Signed-off meetings of the year the member was expected at (within the chosen organization). */
  expected: z.number().int(),
  present: z.number().int(),
  excused: z.number().int(),
  absent: z.number().int(),
  /** present / expected; null when expected at none. */
  rate,
});
export type AttendanceRate = z.infer<typeof AttendanceRateSchema>;

export const AttendancePageSchema = pageOf(AttendanceRateSchema).extend({
  summary: z.object({
    members: z.number().int(),
    /** Members expected at one meeting or more. */
    withMeetings: z.number().int(),
    /** The mean of the members' rates (members with meetings). */
    averageRate: rate,
    expected: z.number().int(),
    present: z.number().int(),
    excused: z.number().int(),
    absent: z.number().int(),
    /** All attendances over all expected places. */
    pooledRate: rate,
  }),
});
export type AttendancePage = z.infer<typeof AttendancePageSchema>;

// ---- Members without organizational life ----

export const NO_LIFE_LEVELS = ["warning", "over_limit"] as const;
export type NoLifeLevel = (typeof NO_LIFE_LEVELS)[number];
export const NO_LIFE_LEVEL_LABELS: Record<NoLifeLevel, string> = { warning: "预警", over_limit: "已超期限" };
export const LAST_LIFE_SOURCES = ["attendance", "joined", "transfer_in"] as const;
export const LAST_LIFE_SOURCE_LABELS: Record<(typeof LAST_LIFE_SOURCES)[number], string> = {
  attendance: "最近一次出席",
  joined: "入党（无出席记录）",
  transfer_in: "转入（无出席记录）",
};

export const NoLifeQuerySchema = PageQuerySchema.extend({ orgId: UuidSchema, level: z.enum(NO_LIFE_LEVELS).optional() });
export type NoLifeQuery = z.infer<typeof NoLifeQuerySchema>;

export const NoLifeMemberSchema = z.object({
  memberId: UuidSchema,
  name: z.string(),
  status: z.enum(MEMBER_STATUSES),
  orgId: UuidSchema,
  orgName: z.string(),
  branchId: UuidSchema,
  branchName: z.string(),
  lastLifeOn: z.string(),
  lastLifeSource: z.enum(LAST_LIFE_SOURCES),
  monthsSince: z.number().int(),
  level: z.enum(NO_LIFE_LEVELS),
  /** The officer to act: the branch's current secretary (org_officers), or null when the post is vacant. */
  officer: z.object({ name: z.string(), post: z.enum(OFFICER_POSTS) }).nullable(),
});
export type NoLifeMember = z.infer<typeof NoLifeMemberSchema>;

export const NoLifePageSchema = pageOf(NoLifeMemberSchema).extend({
  summary: z.object({
    warning: z.number().int(),
    overLimit: z.number().int(),
    warnMonths: z.number().int(),
    limitMonths: z.number().int(),
    /** Not flagged: mobile members (their life is at the host organization) and members who lost contact (LC-01). */
    excludedMobile: z.number().int(),
    excludedLostContact: z.number().int(),
  }),
});
export type NoLifePage = z.infer<typeof NoLifePageSchema>;

// ---- Export ----

export const ComplianceExportQuerySchema = z.object({ orgId: UuidSchema, year: YearSchema, types: MeetingTypesQuerySchema });
export type ComplianceExportQuery = z.infer<typeof ComplianceExportQuerySchema>;
/** The largest export: organizations in the matrix sheet, members in the rates and no-life sheets. */
export const COMPLIANCE_EXPORT_MAX_ORGS = 20_000;
export const COMPLIANCE_EXPORT_MAX_MEMBERS = 200_000;
