import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import type { Config } from "../config";
import type { Db } from "../db/client";
import type { PiiCipher } from "../security/pii-cipher";
import { type Actor, resolveScope } from "../modules/access/access.rules";
import type { OrgKind, Role } from "../../shared/domain";
import type { FileStorage } from "../modules/files/file-storage";
import { createAuthRequiredError } from "./errors";

/** What every service receives, built once per request: `(ctx, input)` (style.md). */
export interface Ctx {
  db: Db;
  actor: Actor;
  clock: () => Date;
  log: FastifyBaseLogger;
  requestId: string;
  ip: string;
  config: Config;
  pii: PiiCipher;
  /** Where uploaded files' bytes live. */
  files: FileStorage;
}

/** Context for callers that may be signed out (sign-in itself). */
export type AnonymousCtx = Omit<Ctx, "actor"> & { actor: Actor | null };

/** Application-wide dependencies, decorated on the Fastify instance. */
export interface AppDeps {
  db: Db;
  databaseKind: "pglite" | "postgres";
  config: Config;
  clock: () => Date;
  pii: PiiCipher;
  files: FileStorage;
}

export function anonymousCtx(request: FastifyRequest): AnonymousCtx {
  const deps = request.server.deps;
  return {
    db: deps.db,
    actor: request.actor ?? null,
    clock: deps.clock,
    log: request.log,
    requestId: request.id,
    ip: request.ip,
    config: deps.config,
    pii: deps.pii,
    files: deps.files,
  };
}

/** The context of a signed-in caller; 401 when there is none. */
export function ctxOf(request: FastifyRequest): Ctx {
  const ctx = anonymousCtx(request);
  if (!ctx.actor) throw createAuthRequiredError();
  return { ...ctx, actor: ctx.actor };
}

declare module "fastify" {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

/** systemCtx's actor: the CLI and the demo seed, which is no row of the users table. */
export const SYSTEM_USER_ID = "00000000-0000-0000-0000-000000000000";

/** The acting user's id for a `recorded_by`/`created_by` column: null for the system itself. */
export const userIdOf = (ctx: Pick<Ctx, "actor">): string | null => (ctx.actor.userId === SYSTEM_USER_ID ? null : ctx.actor.userId);

/** The system itself as the actor: the CLI and the demo seed, audited as "system". */
export function systemCtx(deps: AppDeps, log: FastifyBaseLogger): Ctx {
  return {
    db: deps.db,
    clock: deps.clock,
    log,
    requestId: "cli",
    ip: "127.0.0.1",
    config: deps.config,
    pii: deps.pii,
    files: deps.files,
    actor: {
      userId: SYSTEM_USER_ID,
      username: "system",
      displayName: "系统",
      role: "admin",
      org: { id: "00000000-0000-0000-0000-000000000000", code: "", name: "", kind: "committee", path: "/" },
      memberId: null,
      scope: { kind: "all" },
    },
  };
}

/**
 * A context acting as a given user, for seeds and tests that must go through the services as a real
 * officer would (the development steps check which body the caller speaks for).
 */
export function actingAs(
  base: Ctx,
  user: { id: string; username: string; displayName: string; role: string; memberId: string | null },
  org: { id: string; code: string; name: string; kind: string; path: string },
): Ctx {
  const actorOrg = { id: org.id, code: org.code, name: org.name, kind: org.kind as OrgKind, path: org.path };
  return {
    ...base,
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role as Role,
      org: actorOrg,
      memberId: user.memberId,
      scope: resolveScope(user.role as Role, actorOrg, user.memberId),
    },
  };
}
