import { App } from "antd";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { CurrentUser, Login } from "../../shared/contracts/auth.contract";
import { type ApiError, isApiError, onUnauthorized } from "../lib/api-client";
import { getMe, login, logout } from "../features/auth/api";

/**
 * `anonymous`: never signed in, or the session ended on its own (the guard remembers the page);
 * `signedOut`: the user chose to leave (no page to return to).
 */
export type AuthStatus = "loading" | "authenticated" | "anonymous" | "signedOut" | "error";

interface AuthContextValue {
  status: AuthStatus;
  user: CurrentUser | null;
  /** Set when the session ended while the user was working, so the sign-in page can say why. */
  isSessionExpired: boolean;
  loadError: ApiError | undefined;
  signIn: (values: Login) => Promise<CurrentUser>;
  signOut: () => Promise<void>;
  retry: () => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const [status, setStatus] = useState<AuthStatus>("loading");
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [isSessionExpired, setIsSessionExpired] = useState(false);
  const [loadError, setLoadError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const userRef = useRef(user);
  userRef.current = user;

  useEffect(() => {
    const controller = new AbortController();
    setStatus("loading");
    getMe(controller.signal).then(
      (me) => {
        setUser(me);
        setStatus("authenticated");
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiError(error) && error.status === 401) {
          setStatus("anonymous");
        } else {
          setLoadError(isApiError(error) ? error : undefined);
          setStatus("error");
        }
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(
    () =>
      onUnauthorized(() => {
        if (userRef.current) setIsSessionExpired(true);
        setUser(null);
        setStatus("anonymous");
      }),
    [],
  );

  const signIn = useCallback(async (values: Login) => {
    const me = await login(values);
    setUser(me);
    setIsSessionExpired(false);
    setStatus("authenticated");
    return me;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      message.warning("服务器未确认退出，本机已清除登录状态");
    }
    setUser(null);
    setStatus("signedOut");
  }, [message]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  const value = useMemo(
    () => ({ status, user, isSessionExpired, loadError, signIn, signOut, retry }),
    [status, user, isSessionExpired, loadError, signIn, signOut, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside <AuthProvider>");
  return value;
}
