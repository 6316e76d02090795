import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { IdParamsSchema } from "../../../shared/contracts/common.contract";
import {
  ArchiveRuleSetPeriodSchema,
  CreateRuleSetPeriodSchema,
  RuleSetPeriodSchema,
  RuleSetSettingsSchema,
} from "../../../shared/contracts/development.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { archiveRuleSetPeriod, createRuleSetPeriod, getRuleSetSettings } from "./development-rule-sets.service";

const tags = ["development"];

export const developmentRuleSetsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/development/rule-sets",
    {
      schema: {
        tags,
        summary: "发展党员工作细则版本：各版本生效日期、当前适用版本、待核规则的配置值",
        response: { 200: RuleSetSettingsSchema, ...errorResponses },
      },
    },
    (request) => getRuleSetSettings(ctxOf(request)),
  );

  app.post(
    "/api/development/rule-sets",
    {
      schema: {
        tags,
        summary: "设置自某日起适用的细则版本（仅系统管理员，须先核对正式文本；同一日期只能有一条）",
        body: CreateRuleSetPeriodSchema,
        response: { 201: RuleSetPeriodSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createRuleSetPeriod(ctxOf(request), request.body)),
  );

  app.post(
    "/api/development/rule-sets/:id/archive",
    {
      schema: {
        tags,
        summary: "撤销误设的细则版本（仅系统管理员；记录保留，原因记入审计日志）",
        params: IdParamsSchema,
        body: ArchiveRuleSetPeriodSchema,
        response: { 200: RuleSetSettingsSchema, ...errorResponses },
      },
    },
    (request) => archiveRuleSetPeriod(ctxOf(request), request.params.id, request.body),
  );
};
