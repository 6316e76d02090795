import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { IdParamsSchema } from "../../../shared/contracts/common.contract";
import {
  CreateOrgOfficerSchema,
  EndOrgOfficerSchema,
  FindOfficerCandidatesQuerySchema,
  OfficerCandidateListSchema,
  OrgOfficerListSchema,
  OrgOfficerParamsSchema,
  OrgOfficerSchema,
} from "../../../shared/contracts/orgs.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { createOrgOfficer, endOrgOfficer, findOfficerCandidates, findOrgOfficers } from "./org-officers.service";
import { orgErrorResponses } from "./organizations.routes";

export const orgOfficersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/orgs/:id/officers",
    {
      schema: { tags: ["orgs"], summary: "领导班子：现任与历任", params: IdParamsSchema, response: { 200: OrgOfficerListSchema, ...errorResponses } },
    },
    (request) => findOrgOfficers(ctxOf(request), request.params.id),
  );

  app.get(
    "/api/orgs/:id/officer-candidates",
    {
      schema: {
        tags: ["orgs"],
        summary: "可任职的在册党员（本组织及所属党小组，按姓名查找）",
        params: IdParamsSchema,
        querystring: FindOfficerCandidatesQuerySchema,
        response: { 200: OfficerCandidateListSchema, ...errorResponses },
      },
    },
    (request) => findOfficerCandidates(ctxOf(request), request.params.id, request.query.q),
  );

  app.post(
    "/api/orgs/:id/officers",
    {
      schema: {
        tags: ["orgs"],
        summary: "任命组织领导（同一时间只有一名书记）",
        params: IdParamsSchema,
        body: CreateOrgOfficerSchema,
        response: { 201: OrgOfficerSchema, ...orgErrorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createOrgOfficer(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/api/orgs/:id/officers/:officerId",
    {
      schema: {
        tags: ["orgs"],
        summary: "组织领导离任（记录离任日期，不删除）",
        params: OrgOfficerParamsSchema,
        body: EndOrgOfficerSchema,
        response: { 200: OrgOfficerSchema, ...orgErrorResponses },
      },
    },
    (request) => endOrgOfficer(ctxOf(request), request.params.id, request.params.officerId, request.body),
  );
};
