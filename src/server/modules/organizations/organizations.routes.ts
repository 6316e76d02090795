import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema, IdParamsSchema } from "../../../shared/contracts/common.contract";
import {
  CreateOrgSchema,
  DissolveOrgSchema,
  FindOrgsQuerySchema,
  FindRenewalsQuerySchema,
  MoveOrgSchema,
  OrgDetailSchema,
  OrgLookupQuerySchema,
  OrgLookupSchema,
  OrgPageSchema,
  RenewalPageSchema,
  UpdateOrgSchema,
} from "../../../shared/contracts/orgs.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { orgOfficersRoutes } from "./org-officers.routes";
import { dissolveOrg, findRenewals, moveOrg } from "./org-structure.service";
import { createOrg, findOrgs, getMemberOrgByCode, getOrg, updateOrg } from "./organizations.service";

/** The module's refusals by rule (ORG-08, TERM-03, a move into its own subtree …) answer 422. */
export const orgErrorResponses = { ...errorResponses, 422: ErrorResponseSchema } as const;

export const organizationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/orgs",
    {
      schema: {
        tags: ["orgs"],
        summary: "权限范围内的组织（分页；parentId 取下级，roots 取范围顶层，includeDissolved 含已撤销）",
        querystring: FindOrgsQuerySchema,
        response: { 200: OrgPageSchema, ...errorResponses },
      },
    },
    (request) => findOrgs(ctxOf(request), request.query),
  );

  app.get(
    "/api/orgs/renewals",
    {
      schema: {
        tags: ["orgs"],
        summary: "换届提醒：任期即将届满或已届满的组织（分页）",
        querystring: FindRenewalsQuerySchema,
        response: { 200: RenewalPageSchema, ...errorResponses },
      },
    },
    (request) => findRenewals(ctxOf(request), request.query),
  );

  app.get(
    "/api/orgs/lookup",
    {
      schema: {
        tags: ["orgs"],
        summary: "按组织编码查找全系统内现有的党支部、联合党支部、临时党支部或党小组（组织关系转出时核对接收组织）",
        querystring: OrgLookupQuerySchema,
        response: { 200: OrgLookupSchema, ...errorResponses },
      },
    },
    (request) => getMemberOrgByCode(ctxOf(request), request.query.code),
  );

  app.get(
    "/api/orgs/:id",
    {
      schema: { tags: ["orgs"], summary: "组织详情（含已撤销的历史组织）", params: IdParamsSchema, response: { 200: OrgDetailSchema, ...errorResponses } },
    },
    (request) => getOrg(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/orgs",
    {
      schema: { tags: ["orgs"], summary: "新建组织", body: CreateOrgSchema, response: { 201: OrgDetailSchema, ...orgErrorResponses } },
    },
    async (request, reply) => reply.status(201).send(await createOrg(ctxOf(request), request.body)),
  );

  app.patch(
    "/api/orgs/:id",
    {
      schema: {
        tags: ["orgs"],
        summary: "修改组织（含单位性质与本届任期）",
        params: IdParamsSchema,
        body: UpdateOrgSchema,
        response: { 200: OrgDetailSchema, ...orgErrorResponses },
      },
    },
    (request) => updateOrg(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/orgs/:id/move",
    {
      schema: {
        tags: ["orgs"],
        summary: "移动组织（连同全部下级）到新的上级组织",
        params: IdParamsSchema,
        body: MoveOrgSchema,
        response: { 200: OrgDetailSchema, ...orgErrorResponses },
      },
    },
    (request) => moveOrg(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/orgs/:id/dissolve",
    {
      schema: {
        tags: ["orgs"],
        summary: "撤销组织（须无党员、无下级组织），保留为历史",
        params: IdParamsSchema,
        body: DissolveOrgSchema,
        response: { 200: OrgDetailSchema, ...orgErrorResponses },
      },
    },
    (request) => dissolveOrg(ctxOf(request), request.params.id, request.body),
  );

  await app.register(orgOfficersRoutes);
};
