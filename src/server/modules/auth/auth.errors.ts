import { ERROR_CODES } from "../../../shared/error-codes";
import { AppError } from "../../http/errors";
import { throttleMessage } from "./auth.rules";

/** One message for an unknown user, a wrong password and a deactivated account: never tell which. */
export const createInvalidCredentialsError = () =>
  new AppError(ERROR_CODES.authInvalidCredentials, 401, "用户名或密码错误");

export const createThrottledError = (retryAfterSeconds: number) =>
  new AppError(ERROR_CODES.authThrottled, 429, throttleMessage(retryAfterSeconds));

export const createCsrfError = () =>
  new AppError(ERROR_CODES.authCsrfInvalid, 403, "请求缺少有效的 CSRF 令牌（x-csrf-token），请刷新页面后重试");
