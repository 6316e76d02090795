import { z } from "zod";
import { PageQuerySchema, UuidSchema, pageOf } from "./common.contract";
import { RoleSchema } from "./auth.contract";

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.-]{3,32}$/, { error: "用户名为 3–32 位小写字母、数字、点、下划线或连字符" });

/** At least 10 characters with letters and digits: no default or trivial passwords. */
export const PasswordSchema = z
  .string()
  .min(10, { error: "密码至少 10 位" })
  .max(128, { error: "密码不能超过 128 位" })
  .regex(/[A-Za-z]/, { error: "密码须包含字母" })
  .regex(/[0-9]/, { error: "密码须包含数字" });

export const UserSchema = z.object({
  id: UuidSchema,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  orgId: UuidSchema,
  orgName: z.string(),
  isActive: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.string().nullable(),
  abilities: z.object({ canUpdate: z.boolean() }),
});
export type User = z.infer<typeof UserSchema>;

export const FindUsersQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(50, { error: "搜索词不能超过 50 字" }).optional(),
  orgId: UuidSchema.optional(),
  isActive: z.stringbool().optional(),
});
export type FindUsersQuery = z.infer<typeof FindUsersQuerySchema>;
export const UserPageSchema = pageOf(UserSchema);

export const CreateUserSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1, { error: "请输入姓名" }).max(50, { error: "姓名不能超过 50 字" }),
  password: PasswordSchema,
  role: RoleSchema,
  orgId: UuidSchema,
});
export type CreateUser = z.infer<typeof CreateUserSchema>;

/** Changing role or organization, or deactivating, ends every session of the user at once. */
export const UpdateUserSchema = z.object({
  displayName: CreateUserSchema.shape.displayName.optional(),
  role: RoleSchema.optional(),
  orgId: UuidSchema.optional(),
  isActive: z.boolean().optional(),
});
export type UpdateUser = z.infer<typeof UpdateUserSchema>;
