import { ERROR_CODES } from "../../../shared/error-codes";
import { ORG_KIND_LABELS, ROLE_LABELS, type OrgKind, type Role } from "../../../shared/domain";
import { AppError, createFieldError, createNotFoundError } from "../../http/errors";

export const createUserNotFoundError = () => createNotFoundError(ERROR_CODES.userNotFound, "用户");

export const createUsernameTakenError = (username: string) =>
  createFieldError(ERROR_CODES.userUsernameTaken, 409, "username", `用户名“${username}”已被使用`);

export const createRoleNotGrantableError = (role: Role) =>
  createFieldError(ERROR_CODES.userRoleNotAllowed, 403, "role", `不能授予高于自己的角色：${ROLE_LABELS[role]}`);

export const createRoleOrgKindError = (role: Role, kind: OrgKind, allowed: readonly OrgKind[]) =>
  createFieldError(
    ERROR_CODES.userRoleNotAllowed,
    422,
    "orgId",
    `${ROLE_LABELS[role]}不能绑定到${ORG_KIND_LABELS[kind]}，应为：${allowed.map((k) => ORG_KIND_LABELS[k]).join("、")}`,
  );

export const createSelfChangeError = () =>
  new AppError(ERROR_CODES.userSelfChange, 403, "不能停用自己的账号或修改自己的角色、所属组织");
