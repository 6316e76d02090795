import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema, IdParamsSchema } from "../../../shared/contracts/common.contract";
import {
  CancelPlanItemSchema,
  MeetingPlanQuerySchema,
  MeetingPlanSchema,
  PlanItemSchema,
  PrefillPlanSchema,
  PrefillResultSchema,
  UpdatePlanItemSchema,
} from "../../../shared/contracts/compliance.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { cancelPlanItem, getMeetingPlan, prefillMeetingPlan, updatePlanItem } from "./meeting-plans.service";

const tags = ["org-life"];
/** An item already held or cancelled, a day outside the plan's year, a dissolved organization: 422 naming the field. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

/** The annual and monthly plan of organizational life, pre-filled from the required frequencies (rules.md §2.3). */
export const meetingPlansRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/meeting-plans",
    {
      schema: {
        tags,
        summary: "组织生活年度计划：某组织某年度按月列出的计划事项（计划中、已召开、已取消）及其应开展的频次",
        querystring: MeetingPlanQuerySchema,
        response: { 200: MeetingPlanSchema, ...responses },
      },
    },
    (request) => getMeetingPlan(ctxOf(request), request.query),
  );

  app.post(
    "/api/meeting-plans/prefill",
    {
      schema: {
        tags,
        summary: "按规定频次生成计划：补齐本年度尚未结束的各期间缺少的计划事项（重复执行不会重复添加，记入审计）",
        body: PrefillPlanSchema,
        response: { 200: PrefillResultSchema, ...responses },
      },
    },
    (request) => prefillMeetingPlan(ctxOf(request), request.body),
  );

  app.patch(
    "/api/meeting-plans/items/:id",
    {
      schema: {
        tags,
        summary: "修改计划事项的计划日期（随之调整所在月份）、主题和主题标签（仅限计划中的事项）",
        params: IdParamsSchema,
        body: UpdatePlanItemSchema,
        response: { 200: PlanItemSchema, ...responses },
      },
    },
    (request) => updatePlanItem(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/meeting-plans/items/:id/cancel",
    {
      schema: {
        tags,
        summary: "取消计划事项（须说明原因；保留记录，不删除）",
        params: IdParamsSchema,
        body: CancelPlanItemSchema,
        response: { 200: PlanItemSchema, ...responses },
      },
    },
    (request) => cancelPlanItem(ctxOf(request), request.params.id, request.body),
  );
};
