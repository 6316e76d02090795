import { z } from "zod";
import {
  EDUCATIONS,
  ETHNICITIES,
  EXIT_KINDS,
  GENDERS,
  MEMBER_STANDINGS,
  MEMBER_STATUSES,
  OCCUPATIONS,
} from "../domain";
import { AGE_BANDS } from "../member-bands";
import { FileSummarySchema, PageQuerySchema, UuidSchema, pageOf, isoDate, optionalText } from "./common.contract";


export const GenderSchema = z.enum(GENDERS, { error: "性别无效" });
export const EducationSchema = z.enum(EDUCATIONS, { error: "学历无效" });
export const OccupationSchema = z.enum(OCCUPATIONS, { error: "职业类别无效" });
export const MemberStatusSchema = z.enum(MEMBER_STATUSES, { error: "党员状态无效" });
export const MemberStandingSchema = z.enum(MEMBER_STANDINGS, { error: "党籍状态无效" });
export const EthnicitySchema = z.enum(ETHNICITIES, { error: "民族无效" });
export const MobilePhoneSchema = z.string().trim().regex(/^1[3-9]\d{9}$/, { error: "手机号应为 11 位数字" });

/** One row of the roster as lists show it: ID and phone masked. */
export const MemberListItemSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  name: z.string(),
  gender: GenderSchema,
  ethnicity: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  birthDate: z.string(),
  age: z.number().int(),
  education: EducationSchema.nullable(),
  occupation: OccupationSchema.nullable(),
  joinedOn: z.string(),
  fullMemberOn: z.string().nullable(),
  /** Years since becoming a full member (DEV-23c), null while probationary. */
  partyAge: z.number().int().nullable(),
  status: MemberStatusSchema,
  standing: MemberStandingSchema,
  isMobile: z.boolean(),
  isStruggling: z.boolean(),
  isLostContact: z.boolean(),
  isSenior: z.boolean(),
});
export type MemberListItem = z.infer<typeof MemberListItemSchema>;

export const MemberDetailSchema = MemberListItemSchema.extend({
  nativePlace: z.string().nullable(),
  workUnit: z.string().nullable(),
  post: z.string().nullable(),
  address: z.string().nullable(),
  pendingTransferOrg: z.object({ id: UuidSchema, name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ canUpdate: z.boolean(), canViewPii: z.boolean(), canRecordEvent: z.boolean() }),
});
export type MemberDetail = z.infer<typeof MemberDetailSchema>;

/** Full ID and phone numbers: a separate, audited request, for permitted roles only. */
export const MemberPiiSchema = z.object({ idNumber: z.string(), phone: z.string().nullable() });
export type MemberPii = z.infer<typeof MemberPiiSchema>;

export const MEMBER_SORTS = ["name", "joinedOn", "birthDate", "fullMemberOn"] as const;

export const FindMembersQuerySchema = PageQuerySchema.extend({
  /** Organization whose whole subtree to list; the caller's scope otherwise. */
  orgId: UuidSchema.optional(),
  /** Name: prefix or contained text. */
  q: z.string().trim().max(30, { error: "姓名搜索不能超过 30 字" }).optional(),
  /** Exact match on the full ID number, through its keyed hash. */
  idNumber: z.string().trim().max(18, { error: "身份证号为 18 位" }).optional(),
  /** Exact match on the full phone number, through its keyed hash. */
  phone: z.string().trim().max(11, { error: "手机号为 11 位" }).optional(),
  status: MemberStatusSchema.optional(),
  /** Defaults to the active roster. */
  standing: MemberStandingSchema.optional(),
  gender: GenderSchema.optional(),
  education: EducationSchema.optional(),
  occupation: OccupationSchema.optional(),
  ageBand: z.enum(AGE_BANDS, { error: "年龄段无效" }).optional(),
  isMobile: z.stringbool().optional(),
  isStruggling: z.stringbool().optional(),
  isLostContact: z.stringbool().optional(),
  isSenior: z.stringbool().optional(),
  sort: z.enum(MEMBER_SORTS, { error: "排序字段无效" }).default("name"),
  order: z.enum(["asc", "desc"], { error: "排序方向无效" }).default("asc"),
});
export type FindMembersQuery = z.infer<typeof FindMembersQuerySchema>;
/** What the caller may do with the roster as a whole, so the page shows only the actions the server allows. */
export const MemberListAbilitiesSchema = z.object({
  canCreate: z.boolean(),
  canImport: z.boolean(),
  canExport: z.boolean(),
  canExportPii: z.boolean(),
});
export const MemberPageSchema = pageOf(MemberListItemSchema).extend({ abilities: MemberListAbilitiesSchema });
export type MemberPage = z.infer<typeof MemberPageSchema>;

export const CreateMemberSchema = z.object({
  orgId: UuidSchema,
  name: z.string().trim().min(2, { error: "姓名至少 2 个字" }).max(30, { error: "姓名不能超过 30 字" }),
  gender: GenderSchema,
  ethnicity: EthnicitySchema,
  idNumber: z.string().trim().min(1, { error: "请输入身份证号" }),
  nativePlace: optionalText("籍贯", 50),
  education: EducationSchema.nullable().optional(),
  occupation: OccupationSchema.nullable().optional(),
  workUnit: optionalText("工作单位"),
  post: optionalText("工作岗位", 50),
  phone: MobilePhoneSchema.nullable().optional(),
  address: optionalText("家庭住址", 200),
  joinedOn: isoDate("入党日期"),
  fullMemberOn: isoDate("转正日期").nullable().optional(),
  status: MemberStatusSchema,
  isMobile: z.boolean().optional(),
  isStruggling: z.boolean().optional(),
  isLostContact: z.boolean().optional(),
});
export type CreateMember = z.infer<typeof CreateMemberSchema>;

/** Refused with a field error, so a client that sends the field learns why instead of being ignored. */
const changedOnlyByEvent = (message: string) => z.never({ error: message }).optional();

/**
 * The organization changes only through a transfer event, and the mobile and lost-contact flags
 * only through their events, never by editing: each change must leave a dated event (rules.md §5).
 */
export const UpdateMemberSchema = CreateMemberSchema.omit({ orgId: true, isMobile: true, isLostContact: true })
  .partial()
  .extend({
    orgId: changedOnlyByEvent("所属组织只能通过组织关系转接变更"),
    isMobile: changedOnlyByEvent("流动党员状态只能通过流动党员登记或返回变更"),
    isLostContact: changedOnlyByEvent("失联状态只能通过失去联系或恢复联系登记变更"),
  });
export type UpdateMember = z.infer<typeof UpdateMemberSchema>;

/** At most this many references, and as many uploaded files, per event. */
export const MAX_EVENT_DOCUMENTS = 20;

const eventBase = {
  occurredOn: isoDate("日期"),
  reason: z.string().trim().max(500, { error: "原因不能超过 500 字" }).nullable().optional(),
  /** Documents by reference only: a name and its number (e.g. a paper letter kept elsewhere). */
  documents: z
    .array(z.object({ name: z.string().trim().min(1).max(100), number: z.string().trim().max(100).nullable().optional() }))
    .max(MAX_EVENT_DOCUMENTS)
    .optional(),
  /** Files uploaded to this member first (POST /api/members/:id/documents), attached by id. */
  documentIds: z.array(UuidSchema).max(MAX_EVENT_DOCUMENTS, { error: `每次最多附 ${MAX_EVENT_DOCUMENTS} 个文件` }).optional(),
};

/** Lifecycle events, each with the details its type needs (rules.md §3.3, §5). */
export const CreateMemberEventSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("transfer_out"), ...eventBase, toOrgId: UuidSchema, letterNumber: z.string().trim().min(1, { error: "请输入介绍信编号" }).max(50) }),
    z.object({ type: z.literal("transfer_in"), ...eventBase }),
    z.object({ type: z.literal("transfer_cancelled"), ...eventBase }),
    z.object({ type: z.literal("transfer_out_of_system"), ...eventBase, destination: z.string().trim().min(1, { error: "请输入转往单位" }).max(100), letterNumber: z.string().trim().max(50).nullable().optional() }),
    z.object({ type: z.literal("mobile_registered"), ...eventBase, destination: z.string().trim().min(1, { error: "请输入流入地" }).max(100), cardNumber: z.string().trim().max(50).nullable().optional() }),
    z.object({ type: z.literal("mobile_returned"), ...eventBase }),
    z.object({ type: z.literal("lost_contact"), ...eventBase }),
    z.object({ type: z.literal("contact_restored"), ...eventBase }),
    z.object({ type: z.literal("suspended"), ...eventBase }),
    z.object({ type: z.literal("restored"), ...eventBase }),
    z.object({ type: z.literal("exit"), ...eventBase, exitKind: z.enum(EXIT_KINDS, { error: "出党方式无效" }) }),
    z.object({ type: z.literal("death"), ...eventBase }),
  ],
  { error: "事件类型无效" },
);
export type CreateMemberEvent = z.infer<typeof CreateMemberEventSchema>;

/**
 * A document of an event: an uploaded file (download it at /api/files/{fileId}) or, as before files
 * existed, a reference by name and number. The file variant comes first, so its id is kept.
 */
export const MemberEventDocumentSchema = z.union([
  z.object({ fileId: UuidSchema, name: z.string() }),
  z.object({ name: z.string(), number: z.string().nullable().optional() }),
]);
export type MemberEventDocument = z.infer<typeof MemberEventDocumentSchema>;

export const MemberEventSchema = z.object({
  id: UuidSchema,
  memberId: UuidSchema,
  type: z.string(),
  occurredOn: z.string(),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  documents: z.array(MemberEventDocumentSchema),
  orgId: UuidSchema,
  orgName: z.string(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type MemberEvent = z.infer<typeof MemberEventSchema>;
/** A member's history, newest first. */
export const MemberEventListSchema = z.object({ items: z.array(MemberEventSchema) });

/** The files uploaded to a member (for their events), oldest first. */
export const MemberDocumentListSchema = z.object({ items: z.array(FileSummarySchema) });
export type MemberDocumentList = z.infer<typeof MemberDocumentListSchema>;

/**
 * A transfer waiting for the caller's organization to accept it (TR-03). The receiving side cannot
 * see the member through its scope yet, so it gets only what it needs to match the letter: masked.
 */
export const IncomingTransferSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  gender: GenderSchema,
  idNumberMasked: z.string(),
  status: MemberStatusSchema,
  fromOrg: z.object({ id: UuidSchema, name: z.string() }),
  toOrg: z.object({ id: UuidSchema, name: z.string() }),
  transferOutOn: z.string().nullable(),
  letterNumber: z.string().nullable(),
});
export type IncomingTransfer = z.infer<typeof IncomingTransferSchema>;
export const IncomingTransferPageSchema = pageOf(IncomingTransferSchema);

/** One refused row of an import: the spreadsheet row number (1-based, header = 1), the column header. */
export const ImportErrorSchema = z.object({ row: z.number().int(), column: z.string(), code: z.string(), message: z.string() });
export type ImportError = z.infer<typeof ImportErrorSchema>;
export const ImportResultSchema = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(ImportErrorSchema),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
