import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { IdParamsSchema } from "../../../shared/contracts/common.contract";
import {
  CreateOrgSchema,
  FindOrgsQuerySchema,
  OrgDetailSchema,
  OrgPageSchema,
  UpdateOrgSchema,
} from "../../../shared/contracts/orgs.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { createOrg, findOrgs, getOrg, updateOrg } from "./organizations.service";

export const organizationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/orgs",
    {
      schema: {
        tags: ["orgs"],
        summary: "权限范围内的组织（分页；parentId 取下级，roots 取范围顶层）",
        querystring: FindOrgsQuerySchema,
        response: { 200: OrgPageSchema, ...errorResponses },
      },
    },
    (request) => findOrgs(ctxOf(request), request.query),
  );

  app.get(
    "/api/orgs/:id",
    {
      schema: { tags: ["orgs"], summary: "组织详情", params: IdParamsSchema, response: { 200: OrgDetailSchema, ...errorResponses } },
    },
    (request) => getOrg(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/orgs",
    {
      schema: { tags: ["orgs"], summary: "新建组织", body: CreateOrgSchema, response: { 201: OrgDetailSchema, ...errorResponses } },
    },
    async (request, reply) => reply.status(201).send(await createOrg(ctxOf(request), request.body)),
  );

  app.patch(
    "/api/orgs/:id",
    {
      schema: {
        tags: ["orgs"],
        summary: "修改组织",
        params: IdParamsSchema,
        body: UpdateOrgSchema,
        response: { 200: OrgDetailSchema, ...errorResponses },
      },
    },
    (request) => updateOrg(ctxOf(request), request.params.id, request.body),
  );
};
