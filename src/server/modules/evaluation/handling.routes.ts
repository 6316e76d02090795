import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema, IdParamsSchema } from "../../../shared/contracts/common.contract";
import {
  CreateHandlingCaseSchema,
  FindHandlingCasesQuerySchema,
  HandlingCaseDetailSchema,
  HandlingCasePageSchema,
  RecordHandlingStepSchema,
} from "../../../shared/contracts/handling.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { createHandlingCase, findHandlingCases, getHandlingCase, recordHandlingStep } from "./handling.service";

const tags = ["handling"];
/** Rule refusals answer 422 with error.code = the rule id (HANDLE-…); a step for another body 403 (HANDLE-08). */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

export const handlingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/handling/cases",
    {
      schema: {
        tags,
        summary: "不合格党员组织处置列表（分页；本组织及下级；可按组织、状态、处置方式、逾期筛选；含处置中、逾期、待审批数）",
        querystring: FindHandlingCasesQuerySchema,
        response: { 200: HandlingCasePageSchema, ...responses },
      },
    },
    (request) => findHandlingCases(ctxOf(request), request.query),
  );

  app.post(
    "/api/handling/cases",
    {
      schema: {
        tags,
        summary: "新建处置（由党员所在党支部登记；已因同一事由受党纪处分的不再组织处置，HANDLE-01）",
        body: CreateHandlingCaseSchema,
        response: { 201: HandlingCaseDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createHandlingCase(ctxOf(request), request.body)),
  );

  app.get(
    "/api/handling/cases/:id",
    {
      schema: {
        tags,
        summary: "处置详情：党员、党支部、处置方式、改正期限、步骤记录、逾期情况、来源评议及可办理的步骤",
        params: IdParamsSchema,
        response: { 200: HandlingCaseDetailSchema, ...responses },
      },
    },
    (request) => getHandlingCase(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/handling/cases/:id/steps",
    {
      schema: {
        tags,
        summary: "登记处置步骤（教育谈话、跟踪考察、预审、支部大会决定、上级党委审批、撤销；按程序顺序检查，不符合时 422，error.code 为规则编号）",
        params: IdParamsSchema,
        body: RecordHandlingStepSchema,
        response: { 201: HandlingCaseDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordHandlingStep(ctxOf(request), request.params.id, request.body)),
  );
};
