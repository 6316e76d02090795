import { z } from "zod";
import { QUORUM_EXCLUSION_REASONS } from "../development-steps";
import { ATTENDANCE_STATUSES, MEETING_STATUSES, MEETING_TAGS, MEETING_TYPES } from "../org-life";
import { FileSummarySchema, PageQuerySchema, UuidSchema, isoDate, optionalText, pageOf } from "./common.contract";

// Meetings of organizational life (三会一课, 主题党日, 组织生活会, 谈心谈话…, rules.md §2.3): records,
// attendance, quorum, sign-off and amendments. Shared by the server's routes and the web.

export const MeetingTypeSchema = z.enum(MEETING_TYPES, { error: "会议类型无效" });
export const MeetingStatusSchema = z.enum(MEETING_STATUSES, { error: "会议状态无效" });
export const MeetingTagSchema = z.enum(MEETING_TAGS, { error: "主题标签无效" });
export const AttendanceStatusSchema = z.enum(ATTENDANCE_STATUSES, { error: "出席情况无效" });
/** The five kinds of member who may be left out of 应到会 (rules.md §1.5, UNVERIFIED as a national text). */
export const ExclusionReasonSchema = z.enum(QUORUM_EXCLUSION_REASONS, { error: "不计入应到会人数的原因无效" });

/** "HH:mm" in local time. */
const clockTime = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label}格式应为 HH:mm` })
    .nullable()
    .optional();
const longText = (label: string, max = 20_000) => optionalText(label, max);
const voteCount = (label: string) =>
  z.number({ error: `${label}应为整数` }).int({ error: `${label}应为整数` }).min(0, { error: `${label}不能为负数` }).max(100_000);

/** A motion put to the vote (general meeting, committee meeting). `passed` is decided by the server. */
export const ResolutionInputSchema = z.object({
  title: z.string().trim().min(2, { error: "决议事项至少 2 个字" }).max(200, { error: "决议事项不能超过 200 字" }),
  yes: voteCount("赞成票"),
  no: voteCount("反对票"),
  abstain: voteCount("弃权票"),
});
export type ResolutionInput = z.infer<typeof ResolutionInputSchema>;
export const ResolutionSchema = ResolutionInputSchema.extend({ passed: z.boolean() });
export type Resolution = z.infer<typeof ResolutionSchema>;

/** The fields of the record itself (not its organization or type). */
const recordFields = {
  topic: z.string().trim().min(2, { error: "会议主题至少 2 个字" }).max(200, { error: "会议主题不能超过 200 字" }),
  heldOn: isoDate("会议日期"),
  startsAt: clockTime("开始时间"),
  endsAt: clockTime("结束时间"),
  place: optionalText("会议地点", 100),
  hostName: optionalText("主持人", 30),
  recorderName: optionalText("记录人", 30),
  /** 党课: who gave the lecture (MTG-07). */
  lecturerName: optionalText("授课人", 30),
  agenda: longText("会议议程", 2000),
  minutes: longText("会议内容"),
  tags: z.array(MeetingTagSchema).max(MEETING_TAGS.length).optional(),
  resolutions: z.array(ResolutionInputSchema).max(50, { error: "决议事项不能超过 50 项" }).optional(),
};

export const CreateMeetingSchema = z.object({
  orgId: UuidSchema,
  type: MeetingTypeSchema,
  ...recordFields,
  /** The plan item this meeting fulfils (seam 1): marked held when the record is signed off. */
  planItemId: UuidSchema.nullable().optional(),
  /** 谈心谈话 only: the members who talked (at least two, MTG-11). */
  participantIds: z.array(UuidSchema).max(50).optional(),
});
export type CreateMeeting = z.infer<typeof CreateMeetingSchema>;

/** A draft's record may change until it is signed off; the organization and type may not. */
export const UpdateMeetingSchema = z.object(recordFields).partial();
export type UpdateMeeting = z.infer<typeof UpdateMeetingSchema>;

/** One expected participant's attendance; unlisted participants keep theirs. */
export const AttendanceInputSchema = z.object({
  memberId: UuidSchema,
  status: AttendanceStatusSchema,
  /** 请假 needs a reason (MTG-03). */
  reason: optionalText("请假事由", 200),
  excludedFromQuorum: z.boolean().optional(),
  exclusionReason: ExclusionReasonSchema.nullable().optional(),
});
export type AttendanceInput = z.infer<typeof AttendanceInputSchema>;
export const SaveAttendanceSchema = z.object({ attendance: z.array(AttendanceInputSchema).max(5000) });
export type SaveAttendance = z.infer<typeof SaveAttendanceSchema>;

/** The fields an amendment may correct (MTG-10); anything else named is refused with the rule. */
export const AMENDABLE_FIELDS = [
  "topic",
  "heldOn",
  "startsAt",
  "endsAt",
  "place",
  "hostName",
  "recorderName",
  "lecturerName",
  "agenda",
  "minutes",
  "tags",
  "resolutions",
  "attendance",
] as const;
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];
export const AMENDABLE_FIELD_LABELS: Record<AmendableField, string> = {
  topic: "会议主题",
  heldOn: "会议日期",
  startsAt: "开始时间",
  endsAt: "结束时间",
  place: "会议地点",
  hostName: "主持人",
  recorderName: "记录人",
  lecturerName: "授课人",
  agenda: "会议议程",
  minutes: "会议内容",
  tags: "主题标签",
  resolutions: "决议",
  attendance: "出席情况",
};

export const AmendMeetingSchema = z.object({
  /** Why the signed-off record is corrected (MTG-10: required). */
  reason: z.string().trim().max(500, { error: "更正原因不能超过 500 字" }).optional(),
  changes: z
    .object({ ...UpdateMeetingSchema.shape, attendance: z.array(AttendanceInputSchema).max(5000).optional() })
    .catchall(z.unknown()),
});
export type AmendMeeting = z.infer<typeof AmendMeetingSchema>;

export const ArchiveMeetingSchema = z.object({
  reason: z.string().trim().min(2, { error: "请填写作废原因（至少 2 个字）" }).max(500, { error: "作废原因不能超过 500 字" }),
});
export type ArchiveMeeting = z.infer<typeof ArchiveMeetingSchema>;

// ---------------------------------------------------------------------------------------------
// Reading

export const MEETING_LIST_STATUSES = [...MEETING_STATUSES, "archived"] as const;
export type MeetingListStatus = (typeof MEETING_LIST_STATUSES)[number];

export const FindMeetingsQuerySchema = PageQuerySchema.extend({
  /** The organization's subtree (a committee lists its branches' meetings too). */
  orgId: UuidSchema.optional(),
  type: MeetingTypeSchema.optional(),
  tag: MeetingTagSchema.optional(),
  from: isoDate("开始日期").optional(),
  to: isoDate("结束日期").optional(),
  /** draft, signed_off, or archived (withdrawn drafts); default: every live record. */
  status: z.enum(MEETING_LIST_STATUSES, { error: "状态无效" }).optional(),
  /** Searches the topic. */
  q: z.string().trim().max(50, { error: "搜索内容不能超过 50 字" }).optional(),
});
export type FindMeetingsQuery = z.infer<typeof FindMeetingsQuerySchema>;

export const MeetingListItemSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  type: MeetingTypeSchema,
  topic: z.string(),
  heldOn: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  place: z.string().nullable(),
  hostName: z.string().nullable(),
  tags: z.array(MeetingTagSchema),
  status: MeetingStatusSchema,
  expectedCount: z.number().int(),
  presentCount: z.number().int(),
  excusedCount: z.number().int(),
  absentCount: z.number().int(),
  /** Null where the type has no quorum rule. */
  quorumMet: z.boolean().nullable(),
  signedOffAt: z.string().nullable(),
  signedOffName: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export type MeetingListItem = z.infer<typeof MeetingListItemSchema>;

export const MeetingPageSchema = pageOf(MeetingListItemSchema).extend({
  abilities: z.object({ canCreate: z.boolean() }),
});
export type MeetingPage = z.infer<typeof MeetingPageSchema>;

export const AttendanceRowSchema = z.object({
  memberId: UuidSchema,
  name: z.string(),
  orgName: z.string(),
  status: AttendanceStatusSchema,
  /** Hidden (null) from members reading others' rows. */
  reason: z.string().nullable(),
  isVoter: z.boolean(),
  excludedFromQuorum: z.boolean(),
  exclusionReason: ExclusionReasonSchema.nullable(),
});
export type AttendanceRow = z.infer<typeof AttendanceRowSchema>;

export const QuorumReadingSchema = z.object({
  /** Whether the type has a quorum rule (general meeting MTG-04, committee meeting MTG-05). */
  required: z.boolean(),
  /** Who counts: voting members (general meeting) or committee members. */
  basis: z.enum(["voters", "committee", "none"]),
  /** 应到会 of that basis, present of it, and the least present for a quorum. */
  expected: z.number().int(),
  present: z.number().int(),
  needed: z.number().int(),
  met: z.boolean().nullable(),
});
export type QuorumReading = z.infer<typeof QuorumReadingSchema>;

export const AttendanceSummarySchema = z.object({
  expected: z.number().int(),
  present: z.number().int(),
  excused: z.number().int(),
  absent: z.number().int(),
  excluded: z.number().int(),
  expectedVoters: z.number().int(),
  presentVoters: z.number().int(),
  quorum: QuorumReadingSchema,
});
export type AttendanceSummary = z.infer<typeof AttendanceSummarySchema>;

export const AmendmentSchema = z.object({
  id: UuidSchema,
  reason: z.string(),
  /** { field: { before, after } } */
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  amendedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type Amendment = z.infer<typeof AmendmentSchema>;

export const RuleIssueSchema = z.object({ field: z.string(), rule: z.string(), message: z.string() });
export type MeetingRuleIssue = z.infer<typeof RuleIssueSchema>;

export const MeetingDetailSchema = MeetingListItemSchema.extend({
  orgKind: z.string(),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  recorderName: z.string().nullable(),
  lecturerName: z.string().nullable(),
  resolutions: z.array(ResolutionSchema),
  planItemId: UuidSchema.nullable(),
  archiveReason: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
  attendance: z.array(AttendanceRowSchema),
  summary: AttendanceSummarySchema,
  amendments: z.array(AmendmentSchema),
  documents: z.array(FileSummarySchema),
  /** What stops the sign-off now (empty once it may be signed off); drafts only. */
  signOffIssues: z.array(RuleIssueSchema),
  abilities: z.object({
    canEdit: z.boolean(),
    canSignOff: z.boolean(),
    canAmend: z.boolean(),
    canArchive: z.boolean(),
    canUpload: z.boolean(),
  }),
});
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>;

export const MeetingDocumentsSchema = z.object({ items: z.array(FileSummarySchema) });
export type MeetingDocuments = z.infer<typeof MeetingDocumentsSchema>;
