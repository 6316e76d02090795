import type { FastifyInstance } from "fastify";
import { timingSafeEqual } from "node:crypto";
import { createAuthRequiredError } from "../../http/errors";
import { createCsrfError } from "./auth.errors";
import { SESSION_COOKIE, resolveSession } from "./auth.service";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Sign-in is the one state-changing request made before a CSRF token exists. */
const CSRF_EXEMPT = new Set(["/api/auth/login"]);

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Resolves the caller once per request (session → user → organization → scope) and checks the
 * CSRF token of every state-changing request. Routes then read `request.actor`.
 */
export function registerAuthHook(app: FastifyInstance) {
  app.decorateRequest("actor", null);
  app.decorateRequest("csrfToken", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(app.deps, token) : null;
    request.actor = session?.actor ?? null;
    request.csrfToken = session?.csrfToken ?? null;
    // Signed-out callers stop here, before validation, on every route not marked public.
    const isPublic = request.routeOptions.config.isPublic === true || request.url.startsWith("/api/docs");
    if (!session && request.routeOptions.url?.startsWith("/api/") && !isPublic) throw createAuthRequiredError();
    const path = request.url.split("?")[0]!;
    if (session && !SAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(path)) {
      const sent = request.headers["x-csrf-token"];
      if (typeof sent !== "string" || !sameToken(sent, session.csrfToken)) throw createCsrfError();
    }
  });
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Reachable without signing in (health, sign-in, the API document). */
    isPublic?: boolean;
  }
}
