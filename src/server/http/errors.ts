import type { ErrorDetail } from "../../shared/contracts/common.contract";
import { ERROR_CODES } from "../../shared/error-codes";

/** The one error type the modules throw; the error handler turns it into JSON. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** Factories shared by every module; module-specific ones live in `<module>.errors.ts`. */
export const createNotFoundError = (code: string = ERROR_CODES.notFound, what = "记录") =>
  new AppError(code, 404, `${what}不存在或无权访问`);

export const createForbiddenError = (message = "当前角色无权执行此操作") =>
  new AppError(ERROR_CODES.authForbidden, 403, message);

export const createAuthRequiredError = () => new AppError(ERROR_CODES.authRequired, 401, "请先登录");

/** A single-field validation failure raised by a service (the schema checks the rest). */
export const createFieldError = (code: string, status: number, path: string, message: string, rule?: string) =>
  new AppError(code, status, message, [{ field: path, message, ...(rule ? { rule } : {}) }]);
