import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  DueStepPageSchema,
  DueStepsQuerySchema,
  PipelineQuerySchema,
  PipelineSchema,
} from "../../../shared/contracts/development.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { findDueSteps, getPipeline } from "./development-pipeline.service";

const tags = ["development"];

export const developmentPipelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/development/pipeline",
    {
      schema: {
        tags,
        summary: "发展党员各阶段人数、暂缓、超期和 30 天内到期人数，超期按规则分组（orgId 取其整个下级）",
        querystring: PipelineQuerySchema,
        response: { 200: PipelineSchema, ...errorResponses },
      },
    },
    (request) => getPipeline(ctxOf(request), request.query),
  );

  app.get(
    "/api/development/due",
    {
      schema: {
        tags,
        summary: "待办提醒：days 天内到期的发展步骤（分页，超期在前，按到期日排序）",
        querystring: DueStepsQuerySchema,
        response: { 200: DueStepPageSchema, ...errorResponses },
      },
    },
    (request) => findDueSteps(ctxOf(request), request.query),
  );
};
