import { Navigate, useSearchParams } from "react-router";
import { LoginPage } from "../features/auth/pages/LoginPage";
import { useAuth } from "./auth-context";
import { FullPageSpin, safeNextPath } from "./guards";

/** Wires the sign-in page to the auth context and returns the user to where they were. */
export function LoginRoute() {
  const { status, signIn, isSessionExpired } = useAuth();
  const [searchParams] = useSearchParams();

  if (status === "loading") return <FullPageSpin />;
  if (status === "authenticated") return <Navigate to={safeNextPath(searchParams.get("next"))} replace />;
  return <LoginPage onSignIn={signIn} notice={isSessionExpired ? "登录已过期，请重新登录" : undefined} />;
}
