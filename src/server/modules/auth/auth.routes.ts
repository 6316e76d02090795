import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { LoginResponseSchema, LoginSchema, MeResponseSchema } from "../../../shared/contracts/auth.contract";
import { OkSchema } from "../../../shared/contracts/common.contract";
import { anonymousCtx, ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { SESSION_COOKIE, login, logout, toCurrentUser } from "./auth.service";
import { ErrorResponseSchema } from "../../../shared/contracts/common.contract";

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.deps;
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.cookieSecure,
  };

  app.post(
    "/api/auth/login",
    {
      schema: {
        tags: ["auth"],
        summary: "登录",
        body: LoginSchema,
        response: { 200: LoginResponseSchema, 429: ErrorResponseSchema, ...errorResponses },
      },
      config: { isPublic: true },
    },
    async (request, reply) => {
      const { token, ...result } = await login(anonymousCtx(request), request.body);
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: config.sessionMaxHours * 3600 });
      return result;
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { tags: ["auth"], summary: "退出登录", response: { 200: OkSchema, ...errorResponses } } },
    async (request, reply) => {
      await logout(ctxOf(request), request.cookies[SESSION_COOKIE]!);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  );

  app.get(
    "/api/auth/me",
    { schema: { tags: ["auth"], summary: "当前用户", response: { 200: MeResponseSchema, ...errorResponses } } },
    async (request) => ({ user: toCurrentUser(ctxOf(request).actor), csrfToken: request.csrfToken! }),
  );
};
