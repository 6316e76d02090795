import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AuditPageSchema, FindAuditQuerySchema } from "../../../shared/contracts/audit.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { findAudit } from "./audit.service";

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "审计日志（按权限范围）",
        querystring: FindAuditQuerySchema,
        response: { 200: AuditPageSchema, ...errorResponses },
      },
    },
    (request) => findAudit(ctxOf(request), request.query),
  );
};
