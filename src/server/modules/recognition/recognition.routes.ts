import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/contracts/common.contract";
import {
  CreateNominationSchema,
  FindHonoursQuerySchema,
  FindNominationsQuerySchema,
  FindObjectionSchema,
  HonourIdParamsSchema,
  HonourItemSchema,
  HonourPageSchema,
  NominationActionSchema,
  NominationDetailSchema,
  NominationIdParamsSchema,
  NominationPageSchema,
  ObjectionParamsSchema,
  RecordHonourSchema,
  RecordObjectionSchema,
  RevokeHonourSchema,
} from "../../../shared/contracts/recognition.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { findHonours, recordHonour, revokeHonour } from "./honours.service";
import { actOnNomination, findObjection, recordObjection } from "./recognition-actions.service";
import { createNomination, findNominations, getNominationDetail } from "./recognition.service";

const tags = ["recognition"];
/** Rule refusals answer 422 with error.code = the rule id (HON-01…); the wrong role 403; out of scope 404. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

/** Recognition (创先争优): nominations, review, publicity with objections, decision and publication; the honours records. */
export const recognitionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/recognition/nominations",
    {
      schema: {
        tags,
        summary: "表彰推荐列表（分页；本级及下级组织的推荐、本党委审核的推荐；党员只见本组织公示中和已发布的推荐；按年度、荣誉、状态、组织、待我审核筛选）",
        querystring: FindNominationsQuerySchema,
        response: { 200: NominationPageSchema, ...responses },
      },
    },
    (request) => findNominations(ctxOf(request), request.query),
  );

  app.post(
    "/api/recognition/nominations",
    {
      schema: {
        tags,
        summary: "推荐表彰对象：本组织推荐本组织及下级组织的正式党员或党组织（HON-01、HON-03），同一对象同一年度同一荣誉只能推荐一次（HON-04）",
        body: CreateNominationSchema,
        response: { 201: NominationDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createNomination(ctxOf(request), request.body)),
  );

  app.get(
    "/api/recognition/nominations/:id",
    {
      schema: {
        tags,
        summary: "表彰推荐详情：先进事迹、公示期、公示期间反映及核实情况（党组织工作人员可见）和当前可办理的操作",
        params: NominationIdParamsSchema,
        response: { 200: NominationDetailSchema, ...responses },
      },
    },
    (request) => getNominationDetail(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/recognition/nominations/:id/actions",
    {
      schema: {
        tags,
        summary: "办理表彰推荐：撤回（推荐组织）；确定公示对象、不予通过、公示期满后作出表彰决定、发布（上级党委；HON-02、HON-06、HON-07、HON-10、HON-11、HON-12）",
        params: NominationIdParamsSchema,
        body: NominationActionSchema,
        response: { 200: NominationDetailSchema, ...responses },
      },
    },
    (request) => actOnNomination(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/recognition/nominations/:id/objections",
    {
      schema: {
        tags,
        summary: "登记公示期间收到的反映（上级党委；收到日期在公示期内，HON-08）",
        params: NominationIdParamsSchema,
        body: RecordObjectionSchema,
        response: { 201: NominationDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordObjection(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/recognition/nominations/:id/objections/:objectionId/finding",
    {
      schema: {
        tags,
        summary: "核实公示期间的反映：属实或不属实，写明核实情况（上级党委，只作一次，HON-09）",
        params: ObjectionParamsSchema,
        body: FindObjectionSchema,
        response: { 200: NominationDetailSchema, ...responses },
      },
    },
    (request) => findObjection(ctxOf(request), request.params.id, request.params.objectionId, request.body),
  );

  app.get(
    "/api/recognition/honours",
    {
      schema: {
        tags,
        summary: "荣誉榜（分页；按党员、组织（含下级）、年度、荣誉、个人或组织筛选，附各荣誉数量；党员只见本人和本组织未撤销的荣誉）",
        querystring: FindHonoursQuerySchema,
        response: { 200: HonourPageSchema, ...responses },
      },
    },
    (request) => findHonours(ctxOf(request), request.query),
  );

  app.post(
    "/api/recognition/honours",
    {
      schema: {
        tags,
        summary: "登记其他机关授予的荣誉（党委；写明授予机关和日期，对象在管理范围内，HON-13）",
        body: RecordHonourSchema,
        response: { 201: HonourItemSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordHonour(ctxOf(request), request.body)),
  );

  app.post(
    "/api/recognition/honours/:id/revoke",
    {
      schema: {
        tags,
        summary: "撤销荣誉（党委；写明理由，不删除，HON-14）",
        params: HonourIdParamsSchema,
        body: RevokeHonourSchema,
        response: { 200: HonourItemSchema, ...responses },
      },
    },
    (request) => revokeHonour(ctxOf(request), request.params.id, request.body),
  );
};
