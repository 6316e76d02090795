import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import "../shared/zod-locale";
import type { AppDeps } from "./http/context";
import { registerErrorHandler } from "./http/error-handler";
import { registerAuthHook } from "./modules/auth/auth.hook";
import { registerRoutes } from "./routes";

/** The whole HTTP application, without listening: tests drive it with `app.inject()`. */
export async function buildApp(deps: AppDeps, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: "info", redact: ["req.headers.cookie", "req.headers['x-csrf-token']"] } : false,
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

/** The built web client, with the SPA's deep links falling back to index.html. */
async function serveWebAssets(app: FastifyInstance, webDir: string) {
  if (!existsSync(webDir)) return;
  await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.get("/*", { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith("/api/")) {
      return reply.status(404).send({ error: { code: "common.not_found", message: `接口不存在：${request.method} ${request.url.split("?")[0]}` } });
    }
    return reply.sendFile("index.html");
  });
}
