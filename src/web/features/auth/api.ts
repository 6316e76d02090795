import type { CurrentUser, Login, LoginResponse } from "../../../shared/contracts/auth.contract";
import { api, apiRequest, isApiError, setCsrfToken } from "../../lib/api-client";

export async function login(values: Login): Promise<CurrentUser> {
  const response = await api.post<LoginResponse>("/api/auth/login", values, { isAuthProbe: true });
  setCsrfToken(response.csrfToken);
  return response.user;
}

/** The signed-in user, or an ApiError 401 when there is no session. */
export async function getMe(signal?: AbortSignal): Promise<CurrentUser> {
  const response = await apiRequest<LoginResponse>("GET", "/api/auth/me", { isAuthProbe: true, signal });
  setCsrfToken(response.csrfToken);
  return response.user;
}

/** A 401 here means the session had already ended, which is what the user wanted anyway. */
export async function logout(): Promise<void> {
  try {
    await api.post("/api/auth/logout", undefined, { isAuthProbe: true });
  } catch (error) {
    if (!(isApiError(error) && error.status === 401)) throw error;
  } finally {
    setCsrfToken(null);
  }
}
