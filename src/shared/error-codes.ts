// Stable error codes, shared by server and web. `<domain>.<reason>` (style.md).
export const ERROR_CODES = {
  validationFailed: "validation.failed",
  internal: "internal.error",
  notFound: "common.not_found",
  authRequired: "auth.required",
  authInvalidCredentials: "auth.invalid_credentials",
  authThrottled: "auth.throttled",
  authCsrfInvalid: "auth.csrf_invalid",
  authForbidden: "auth.forbidden",
  orgNotFound: "orgs.not_found",
  orgCodeTaken: "orgs.code_taken",
  orgParentInvalid: "orgs.parent_invalid",
  userNotFound: "users.not_found",
  userUsernameTaken: "users.username_taken",
  userRoleNotAllowed: "users.role_not_allowed",
  userSelfChange: "users.self_change",
  auditNotFound: "audit.not_found",
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
