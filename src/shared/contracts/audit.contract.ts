import { z } from "zod";
import { PageQuerySchema, UuidSchema, pageOf } from "./common.contract";

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: UuidSchema.nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  orgId: UuidSchema.nullable(),
  orgName: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const FindAuditQuerySchema = PageQuerySchema.extend({
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  actorUsername: z.string().trim().max(64).optional(),
  from: z.iso.date({ error: "起始日期格式应为 YYYY-MM-DD" }).optional(),
  to: z.iso.date({ error: "截止日期格式应为 YYYY-MM-DD" }).optional(),
});
export type FindAuditQuery = z.infer<typeof FindAuditQuerySchema>;
export const AuditPageSchema = pageOf(AuditEntrySchema);

/** The actions the audit log names, with the labels the UI shows. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.login": "登录",
  "auth.login_failed": "登录失败",
  "auth.login_throttled": "登录受限",
  "auth.logout": "退出登录",
  "org.create": "新建组织",
  "org.update": "修改组织",
  "org.move": "移动组织",
  "org.dissolve": "撤销组织",
  "org.officer_create": "任命组织领导",
  "org.officer_end": "组织领导离任",
  "user.create": "新建用户",
  "user.update": "修改用户",
  "member.create": "新建党员",
  "member.update": "修改党员信息",
  "member.record_event": "登记党员事件",
  "member.view_pii": "查看完整个人信息",
  "member.import": "导入党员",
  "member.export": "导出党员名册",
  "seed.demo": "生成演示数据",
};

export const AUDIT_ENTITY_TYPE_LABELS: Record<string, string> = {
  org: "组织",
  org_officer: "组织领导",
  user: "用户",
  member: "党员",
  system: "系统",
};

export const HealthSchema = z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) });
