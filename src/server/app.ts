import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { DestinationStream } from "pino";
import "../shared/zod-locale";
import type { AppDeps } from "./http/context";
import { registerErrorHandler, sendNotFound } from "./http/error-handler";
import { serializeRequest } from "./http/request-log";
import { registerAuthHook } from "./modules/auth/auth.hook";
import { registerRoutes } from "./routes";

/**
 * The whole HTTP application, without listening: tests drive it with `app.inject()`. Logs go to
 * stdout with `logger`, or to `logStream` (tests read what would be logged).
 */
export async function buildApp(deps: AppDeps, options: { logger?: boolean; logStream?: DestinationStream } = {}): Promise<FastifyInstance> {
  const isLogging = Boolean(options.logger || options.logStream);
  const app = Fastify({
    logger: isLogging
      ? {
          level: process.env.LOG_LEVEL ?? "info",
          redact: ["req.headers.cookie", "req.headers['x-csrf-token']"],
          serializers: { req: serializeRequest },
          ...(options.logStream ? { stream: options.logStream } : {}),
        }
      : false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  app.decorate("deps", deps);
  const routeInventory: string[] = [];
  app.addHook("onRoute", (route) => {
    const isPublic = (route.config as { isPublic?: boolean } | undefined)?.isPublic === true;
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") routeInventory.push(`${method} ${route.url}${isPublic ? " public" : ""}`);
    }
  });
  app.decorate("routeInventory", routeInventory);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: { info: { title: "基层党建工作平台 API", version: "0.1.0" } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true }, config: { isPublic: true } }, () => app.swagger());

  registerAuthHook(app);
  await registerRoutes(app);
  await serveWebAssets(app, deps.config.webDir);
  return app;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route as "METHOD /path" (+ " public"), for the route-inventory test. */
    routeInventory: string[];
  }
}

/**
 * The built web client. Hashed assets are cached for a year; any other GET that is not an API or
 * asset path gets index.html, so the SPA's deep links work. Files are looked up per request, so a
 * rebuild needs no restart, and a missing asset is a 404, never HTML.
 */
async function serveWebAssets(app: FastifyInstance, webDir: string) {
  if (!existsSync(webDir)) {
    app.setNotFoundHandler(sendNotFound);
    return;
  }
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      const isHashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader("cache-control", isHashedAsset ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === "GET" && !request.url.startsWith("/api/") && !request.url.startsWith("/assets/");
    if (isPage) return reply.header("cache-control", "no-cache").sendFile("index.html");
    return sendNotFound(request, reply);
  });
}
