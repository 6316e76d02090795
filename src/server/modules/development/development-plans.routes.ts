import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/contracts/common.contract";
import { PlanProgressSchema, PlanQuerySchema, SavePlanSchema } from "../../../shared/contracts/development.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { getPlanProgress, savePlan } from "./development-plans.service";

const tags = ["development"];
/** An organization that cannot hold a plan or a quota answers 422 with the field named. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

export const developmentPlansRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/development/plans",
    {
      schema: {
        tags,
        summary: "年度发展党员计划执行情况：各单位名额、已发展、年内可发展预测，结构目标完成情况",
        querystring: PlanQuerySchema,
        response: { 200: PlanProgressSchema, ...responses },
      },
    },
    (request) => getPlanProgress(ctxOf(request), request.query),
  );

  app.put(
    "/api/development/plans",
    {
      schema: {
        tags,
        summary: "制定或调整年度发展党员计划（基层党委、党总支；原计划存档，不删除）",
        body: SavePlanSchema,
        response: { 200: PlanProgressSchema, ...responses },
      },
    },
    (request) => savePlan(ctxOf(request), request.body),
  );
};
