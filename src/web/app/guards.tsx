import { Button, Result, Spin } from "antd";
import type { ReactNode } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import type { Role } from "../../shared/domain";
import { useAuth } from "./auth-context";

export const DEFAULT_PATH = "/home";

/** Only same-site paths, so a crafted ?next= link cannot send the user to another site after sign-in. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/login")) return DEFAULT_PATH;
  return next;
}

export function FullPageSpin() {
  return (
    <div style={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center" }}>
      <Spin size="large" />
    </div>
  );
}

/** Signed-in users only; anyone else goes to /login, remembering the page to come back to. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { status, loadError, retry } = useAuth();
  const location = useLocation();

  if (status === "loading") return <FullPageSpin />;
  if (status === "error") {
    return (
      <Result
        status="warning"
        title="暂时无法连接服务器"
        subTitle={loadError?.message ?? "请检查网络后重试"}
        extra={<Button type="primary" onClick={retry}>重试</Button>}
      />
    );
  }
  if (status === "signedOut") return <Navigate to="/login" replace />;
  if (status === "anonymous") {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children ?? <Outlet />;
}

/** Hides pages the role may not use; the server refuses them anyway, this only avoids a page of errors. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children?: ReactNode }) {
  const { user } = useAuth();
  if (!user || !roles.includes(user.role)) {
    return <Result status="403" title="无权访问" subTitle="当前角色无权访问该页面。" />;
  }
  return children ?? <Outlet />;
}
