import { z } from "zod";
import { OFFICER_POSTS, ORG_DOMAINS, ORG_KINDS } from "../domain";
import { PageQuerySchema, UuidSchema, pageOf, isoDate } from "./common.contract";

export const OrgKindSchema = z.enum(ORG_KINDS, { error: "组织类型无效" });
export const OrgDomainSchema = z.enum(ORG_DOMAINS, { error: "所属领域无效" });
export const OrgCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{2,32}$/, { error: "组织编码为 2–32 位字母、数字、下划线或连字符" });

export const OrgSchema = z.object({
  id: UuidSchema,
  code: z.string(),
  name: z.string(),
  kind: OrgKindSchema,
  domain: OrgDomainSchema.nullable(),
  unitName: z.string().nullable(),
  parentId: UuidSchema.nullable(),
  hasChildren: z.boolean(),
  /** The day it was dissolved (撤销, YYYY-MM-DD), null while it exists; only `includeDissolved` lists show these. */
  dissolvedAt: z.string().nullable(),
});
export type Org = z.infer<typeof OrgSchema>;

export const OrgAbilitiesSchema = z.object({
  canUpdate: z.boolean(),
  canCreateChild: z.boolean(),
  canMove: z.boolean(),
  canDissolve: z.boolean(),
  canManageOfficers: z.boolean(),
});

/** A setup or term rule the organization does not meet (rules.md §2.1, §2.2): advice, never a refusal. */
export const OrgWarningSchema = z.object({ rule: z.string(), level: z.enum(["warning", "info"]), message: z.string() });
export type OrgWarning = z.infer<typeof OrgWarningSchema>;

/** Where the current term stands (TERM-03): `due` within the configured months before its end. */
export const TERM_STATUSES = ["in_term", "due", "overdue", "unknown"] as const;
export const TermStatusSchema = z.enum(TERM_STATUSES);
export type TermStatus = z.infer<typeof TermStatusSchema>;
export const TERM_STATUS_LABELS: Record<TermStatus, string> = { in_term: "任期内", due: "即将届满", overdue: "已届满未换届", unknown: "未登记任期" };

export const OrgDetailSchema = OrgSchema.extend({
  /** 单位性质: free text, the UI suggests the statistics categories (rules.md §6.2). */
  unitNature: z.string().nullable(),
  parentName: z.string().nullable(),
  childCount: z.number().int(),
  /** Organizations and active members in the whole subtree, this one included. */
  subtreeOrgCount: z.number().int(),
  subtreeMemberCount: z.number().int(),
  /** Active members of this organization itself and its party groups (incl. probationary), and the full ones among them. */
  memberCount: z.number().int(),
  fullMemberCount: z.number().int(),
  /** 成立日期; null = long established (an organization set up mid-period may owe nothing that period, §2.3). */
  establishedOn: z.string().nullable(),
  termStartedOn: z.string().nullable(),
  termYears: z.number().int().nullable(),
  termEndsOn: z.string().nullable(),
  termStatus: TermStatusSchema,
  /** TERM-02's term for this kind and domain; null for a party group, which has no elected term. */
  defaultTermYears: z.number().int().nullable(),
  dissolvedReason: z.string().nullable(),
  warnings: z.array(OrgWarningSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: OrgAbilitiesSchema,
});
export type OrgDetail = z.infer<typeof OrgDetailSchema>;

/**
 * A transfer's receiving organization by its exact code, anywhere in the system (TR-02): only what
 * the sender needs to confirm it is the one named on the letter.
 */
export const OrgLookupQuerySchema = z.object({ code: OrgCodeSchema });
export const OrgLookupSchema = OrgSchema.pick({ id: true, code: true, name: true, kind: true });
export type OrgLookup = z.infer<typeof OrgLookupSchema>;

export const FindOrgsQuerySchema = PageQuerySchema.extend({
  /** Children of this organization; `roots` gives the top of the caller's scope instead. */
  parentId: UuidSchema.optional(),
  roots: z.stringbool().optional(),
  q: z.string().trim().max(50, { error: "搜索词不能超过 50 字" }).optional(),
  /** Dissolved organizations are history: listed only when asked for. */
  includeDissolved: z.stringbool().optional(),
});
export type FindOrgsQuery = z.infer<typeof FindOrgsQuerySchema>;
export const OrgPageSchema = pageOf(OrgSchema);

const UnitNatureSchema = z.string().trim().max(30, { error: "单位性质不能超过 30 字" }).nullable().optional();

export const CreateOrgSchema = z.object({
  code: OrgCodeSchema,
  name: z.string().trim().min(2, { error: "组织名称至少 2 个字" }).max(100, { error: "组织名称不能超过 100 字" }),
  kind: OrgKindSchema,
  domain: OrgDomainSchema.nullable().optional(),
  unitName: z.string().trim().max(100, { error: "单位名称不能超过 100 字" }).nullable().optional(),
  unitNature: UnitNatureSchema,
  establishedOn: isoDate("成立日期").nullable().optional(),
  /** null only for a top-level organization, which only an admin creates. */
  parentId: UuidSchema.nullable(),
});
export type CreateOrg = z.infer<typeof CreateOrgSchema>;

export const UpdateOrgSchema = CreateOrgSchema.pick({ name: true, domain: true, unitName: true, unitNature: true, establishedOn: true })
  .extend({
    /** The current term: its election day and length; termYears defaults from TERM-02 when left out. */
    termStartedOn: isoDate("本届任期开始日期").nullable().optional(),
    termYears: z.number({ error: "任期年限应为整数" }).int({ error: "任期年限应为整数" }).min(1, { error: "任期年限至少 1 年" }).max(10, { error: "任期年限不能超过 10 年" }).nullable().optional(),
  })
  .partial();
export type UpdateOrg = z.infer<typeof UpdateOrgSchema>;

export const MoveOrgSchema = z.object({ parentId: UuidSchema });
export type MoveOrg = z.infer<typeof MoveOrgSchema>;

export const DissolveOrgSchema = z.object({
  reason: z.string().trim().min(2, { error: "请填写撤销原因（至少 2 个字）" }).max(200, { error: "撤销原因不能超过 200 字" }),
  dissolvedOn: isoDate("撤销日期"),
});
export type DissolveOrg = z.infer<typeof DissolveOrgSchema>;

// ——— Officers (领导班子) ———

export const OfficerPostSchema = z.enum(OFFICER_POSTS, { error: "职务无效" });

export const OrgOfficerSchema = z.object({
  id: UuidSchema,
  orgId: UuidSchema,
  post: OfficerPostSchema,
  memberId: UuidSchema.nullable(),
  name: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  isCurrent: z.boolean(),
});
export type OrgOfficer = z.infer<typeof OrgOfficerSchema>;
/** Current officers first, then past ones, latest first: a short list, never paged. */
export const OrgOfficerListSchema = z.object({ items: z.array(OrgOfficerSchema) });

export const OrgOfficerParamsSchema = z.object({ id: UuidSchema, officerId: UuidSchema });

export const CreateOrgOfficerSchema = z
  .object({
    post: OfficerPostSchema,
    /** A member of the organization's subtree; their name is then taken from the roster. */
    memberId: UuidSchema.nullable().optional(),
    /** Required for someone not on the roster (e.g. a secretary sent by the superior). */
    name: z.string().trim().min(2, { error: "姓名至少 2 个字" }).max(30, { error: "姓名不能超过 30 字" }).optional(),
    startedOn: isoDate("任职日期"),
  })
  .refine((officer) => Boolean(officer.memberId || officer.name), { path: ["name"], error: "请选择党员或填写姓名" });
export type CreateOrgOfficer = z.infer<typeof CreateOrgOfficerSchema>;

export const EndOrgOfficerSchema = z.object({ endedOn: isoDate("离任日期") });
export type EndOrgOfficer = z.infer<typeof EndOrgOfficerSchema>;

/** Members who may be named to a post: the active roster of the organization's subtree, by name. */
export const FindOfficerCandidatesQuerySchema = z.object({ q: z.string().trim().max(30, { error: "姓名搜索不能超过 30 字" }).optional() });
export const OfficerCandidateSchema = z.object({ id: UuidSchema, name: z.string(), orgName: z.string(), isFullMember: z.boolean() });
export type OfficerCandidate = z.infer<typeof OfficerCandidateSchema>;
export const OfficerCandidateListSchema = z.object({ items: z.array(OfficerCandidateSchema) });

// ——— Term renewals (换届提醒) ———

export const FindRenewalsQuerySchema = PageQuerySchema.extend({
  status: z.enum(["due", "overdue"], { error: "状态应为 due 或 overdue" }).optional(),
});
export type FindRenewalsQuery = z.infer<typeof FindRenewalsQuerySchema>;

export const RenewalSchema = z.object({
  id: UuidSchema,
  code: z.string(),
  name: z.string(),
  kind: OrgKindSchema,
  parentName: z.string().nullable(),
  termStartedOn: z.string(),
  termYears: z.number().int(),
  termEndsOn: z.string(),
  termStatus: z.enum(["due", "overdue"]),
});
export type Renewal = z.infer<typeof RenewalSchema>;
export const RenewalPageSchema = pageOf(RenewalSchema);
