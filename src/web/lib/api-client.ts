import type { ErrorDetail, ErrorResponse } from "../../shared/contracts/common.contract";
import { ERROR_CODES } from "../../shared/error-codes";

/** Every failed request becomes one of these, whatever went wrong (server error, proxy page, network). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];

  constructor(status: number, code: string, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** The message to show a user for any thrown value. */
export const getErrorMessage = (error: unknown): string =>
  isApiError(error) ? error.message : "操作失败，请稍后重试";

export const NETWORK_ERROR_CODE = "network.error";

// The CSRF token lives only in memory: it comes with login and /me, and a reload fetches it again.
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};
/** For requests that cannot go through apiRequest: uploads with progress, file downloads. */
export const getCsrfToken = () => csrfToken;

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever the server says the session is gone; returns the unsubscribe function. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** The server said the session is gone: forget the token and tell the app (it shows sign-in). */
export function notifyUnauthorized() {
  csrfToken = null;
  for (const listener of unauthorizedListeners) listener();
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Sign-in, /me and sign-out answer 401 as a normal outcome, not as a session lost mid-work. */
  isAuthProbe?: boolean;
}

const STATE_CHANGING = new Set(["POST", "PATCH", "PUT", "DELETE"]);

/** Leaves out empty filters so the URL carries only what the user actually chose. */
export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (STATE_CHANGING.has(method) && csrfToken) headers["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, NETWORK_ERROR_CODE, "无法连接服务器，请检查网络后重试");
  }

  if (response.ok) {
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
  const error = await parseErrorResponse(response);
  if (error.status === 401 && !options.isAuthProbe) notifyUnauthorized();
  throw error;
}

/** Reads the server's `{error: {code, message, details}}`; anything else (a proxy's HTML page) gets a generic message. */
export async function parseErrorResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: fall through to the generic message below.
  }
  const error = (body as Partial<ErrorResponse> | null)?.error;
  if (error && typeof error.code === "string" && typeof error.message === "string") {
    const details = Array.isArray(error.details) ? error.details : [];
    return new ApiError(response.status, error.code, error.message, details);
  }
  const code = response.status === 401 ? ERROR_CODES.authRequired : `http.${response.status}`;
  const message = response.status >= 500 ? `服务器暂时不可用（${response.status}），请稍后重试` : `请求失败（${response.status}）`;
  return new ApiError(response.status, code, message);
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>("GET", path, { query, signal }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, "body">) =>
    apiRequest<T>("POST", path, { ...options, body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>("PATCH", path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>("PUT", path, { body }),
  delete: <T>(path: string) => apiRequest<T>("DELETE", path),
};
