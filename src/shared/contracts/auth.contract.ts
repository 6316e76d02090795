import { z } from "zod";
import { ROLES } from "../domain";
import { OrgKindSchema } from "./orgs.contract";
import { UuidSchema } from "./common.contract";

export const RoleSchema = z.enum(ROLES, { error: "角色无效" });

export const LoginSchema = z.object({
  username: z.string().trim().min(1, { error: "请输入用户名" }).max(64, { error: "用户名不能超过 64 个字符" }),
  password: z.string().min(1, { error: "请输入密码" }).max(256, { error: "密码不能超过 256 个字符" }),
});
export type Login = z.infer<typeof LoginSchema>;

export const CurrentUserSchema = z.object({
  id: UuidSchema,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  org: z.object({ id: UuidSchema, code: z.string(), name: z.string(), kind: OrgKindSchema }),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

export const LoginResponseSchema = z.object({ user: CurrentUserSchema, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;
export const MeResponseSchema = LoginResponseSchema;
