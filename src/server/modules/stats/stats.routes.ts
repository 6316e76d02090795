import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { StructureStatsQuerySchema, StructureStatsSchema } from "../../../shared/contracts/stats.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { getStructureStats } from "./stats.service";

export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/stats/structure",
    {
      schema: {
        tags: ["stats"],
        summary: "党员队伍结构统计（在册党员；orgId 取其整个下级，默认为权限范围顶层）",
        querystring: StructureStatsQuerySchema,
        response: { 200: StructureStatsSchema, ...errorResponses },
      },
    },
    (request) => getStructureStats(ctxOf(request), request.query),
  );
};
