import { createHash, randomBytes } from "node:crypto";
import type { CurrentUser, Login, LoginResponse } from "../../../shared/contracts/auth.contract";
import type { OrgKind, Role } from "../../../shared/domain";
import type { AnonymousCtx, AppDeps, Ctx } from "../../http/context";
import type { Executor } from "../../db/client";
import { burnPasswordCheck, verifyPassword } from "../../security/password";
import { type Actor, resolveScope } from "../access/access.rules";
import { recordAudit } from "../audit/audit.service";
import { createInvalidCredentialsError, createThrottledError } from "./auth.errors";
import {
  findRecentFailures,
  getSessionWithUser,
  getUserForLogin,
  insertLoginFailure,
  insertSession,
  revokeSession,
  revokeUserSessions,
  touchSession,
} from "./auth.repository";
import { isSessionAlive, throttleState } from "./auth.rules";

export const SESSION_COOKIE = "dj_session";
const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

/** The caller behind a session cookie, resolved once per request with its scope. */
export async function resolveSession(deps: AppDeps, token: string): Promise<ResolvedSession | null> {
  const tokenHash = hashToken(token);
  const row = await getSessionWithUser(deps.db, tokenHash);
  const now = deps.clock();
  if (!row || !isSessionAlive(row.session, now, deps.config.sessionIdleHours)) return null;
  // Activity is written at most once a minute, not on every request.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) await touchSession(deps.db, tokenHash, now);
  const role = row.user.role as Role;
  return {
    csrfToken: row.session.csrfToken,
    actor: {
      userId: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      role,
      org: { id: row.org.id, code: row.org.code, name: row.org.name, kind: row.org.kind as OrgKind, path: row.org.path },
      memberId: row.user.memberId,
      scope: resolveScope(role, row.org, row.user.memberId),
    },
  };
}

export const toCurrentUser = (actor: Actor): CurrentUser => ({
  id: actor.userId,
  username: actor.username,
  displayName: actor.displayName,
  role: actor.role,
  org: { id: actor.org.id, code: actor.org.code, name: actor.org.name, kind: actor.org.kind },
});

/** Sign in: throttle check, then password check; every outcome is audited. */
export async function login(ctx: AnonymousCtx, input: Login): Promise<LoginResponse & { token: string }> {
  const username = input.username.trim().toLowerCase();
  const now = ctx.clock();
  const { loginMaxFailures: max, loginWindowMinutes: window } = ctx.config;
  const failures = await findRecentFailures(ctx.db, username, ctx.ip, new Date(now.getTime() - window * 60_000));
  const throttle = [throttleState(failures.byUsername, now, max, window), throttleState(failures.byIp, now, max, window)]
    .filter((s) => s.isThrottled)
    .sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0];
  if (throttle) {
    await recordAudit(ctx.db, ctx, { action: "auth.login_throttled", entityType: "user", actorUsername: username, after: { ip: ctx.ip } });
    throw createThrottledError(throttle.retryAfterSeconds);
  }

  const found = await getUserForLogin(ctx.db, username);
  const isValid = found ? await verifyPassword(found.user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!found || !isValid || !found.user.isActive) {
    await ctx.db.transaction(async (tx) => {
      await insertLoginFailure(tx, username, ctx.ip, now);
      await recordAudit(tx, ctx, {
        action: "auth.login_failed",
        entityType: "user",
        entityId: found?.user.id ?? null,
        orgId: found?.user.orgId ?? null,
        actorUsername: username,
        after: { reason: !found ? "unknown_user" : !isValid ? "wrong_password" : "deactivated" },
      });
    });
    throw createInvalidCredentialsError();
  }

  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const role = found.user.role as Role;
  const actor: Actor = {
    userId: found.user.id,
    username: found.user.username,
    displayName: found.user.displayName,
    role,
    org: { id: found.org.id, code: found.org.code, name: found.org.name, kind: found.org.kind as OrgKind, path: found.org.path },
    memberId: found.user.memberId,
    scope: resolveScope(role, found.org, found.user.memberId),
  };
  await ctx.db.transaction(async (tx) => {
    await insertSession(tx, {
      tokenHash: hashToken(token),
      userId: found.user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ctx.config.sessionMaxHours * 3_600_000),
      ip: ctx.ip,
    });
    await recordAudit(tx, { ...ctx, actor }, { action: "auth.login", entityType: "user", entityId: actor.userId, orgId: actor.org.id });
  });
  return { user: toCurrentUser(actor), csrfToken, token };
}

export async function logout(ctx: Ctx, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, hashToken(token), ctx.clock());
    await recordAudit(tx, ctx, { action: "auth.logout", entityType: "user", entityId: ctx.actor.userId, orgId: ctx.actor.org.id });
  });
}

/** Ends every session of a user at once: on deactivation and on any change of role or organization. */
export const endAllSessions = (db: Executor, userId: string, now: Date) => revokeUserSessions(db, userId, now);
