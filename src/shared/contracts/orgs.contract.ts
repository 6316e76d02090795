import { z } from "zod";
import { ORG_DOMAINS, ORG_KINDS } from "../domain";
import { PageQuerySchema, UuidSchema, pageOf } from "./common.contract";

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
});
export type Org = z.infer<typeof OrgSchema>;

export const OrgAbilitiesSchema = z.object({ canUpdate: z.boolean(), canCreateChild: z.boolean() });

export const OrgDetailSchema = OrgSchema.extend({
  parentName: z.string().nullable(),
  childCount: z.number().int(),
  /** Organizations and members in the whole subtree, this one included. */
  subtreeOrgCount: z.number().int(),
  subtreeMemberCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: OrgAbilitiesSchema,
});
export type OrgDetail = z.infer<typeof OrgDetailSchema>;

export const FindOrgsQuerySchema = PageQuerySchema.extend({
  /** Children of this organization; `roots` gives the top of the caller's scope instead. */
  parentId: UuidSchema.optional(),
  roots: z.stringbool().optional(),
  q: z.string().trim().max(50, { error: "搜索词不能超过 50 字" }).optional(),
});
export type FindOrgsQuery = z.infer<typeof FindOrgsQuerySchema>;
export const OrgPageSchema = pageOf(OrgSchema);

export const CreateOrgSchema = z.object({
  code: OrgCodeSchema,
  name: z.string().trim().min(2, { error: "组织名称至少 2 个字" }).max(100, { error: "组织名称不能超过 100 字" }),
  kind: OrgKindSchema,
  domain: OrgDomainSchema.nullable().optional(),
  unitName: z.string().trim().max(100, { error: "单位名称不能超过 100 字" }).nullable().optional(),
  /** null only for a top-level organization, which only an admin creates. */
  parentId: UuidSchema.nullable(),
});
export type CreateOrg = z.infer<typeof CreateOrgSchema>;

export const UpdateOrgSchema = CreateOrgSchema.pick({ name: true, domain: true, unitName: true }).partial();
export type UpdateOrg = z.infer<typeof UpdateOrgSchema>;
