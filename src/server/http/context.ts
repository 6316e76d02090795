import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import type { Config } from "../config";
import type { Db } from "../db/client";
import type { PiiCipher } from "../security/pii-cipher";
import type { Actor } from "../modules/access/access.rules";
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
    actor: {
      userId: "00000000-0000-0000-0000-000000000000",
      username: "system",
      displayName: "系统",
      role: "admin",
      org: { id: "00000000-0000-0000-0000-000000000000", code: "", name: "", kind: "committee", path: "/" },
      memberId: null,
      scope: { kind: "all" },
    },
  };
}
