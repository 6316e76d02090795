import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema, IdParamsSchema } from "../../../shared/contracts/common.contract";
import {
  CreateDevelopmentPersonSchema,
  DevelopmentFileSchema,
  DevelopmentPersonDetailSchema,
  DevelopmentPersonPageSchema,
  DevelopmentPersonPiiSchema,
  FindDevelopmentPeopleQuerySchema,
  RecordOutcomeSchema,
  RecordStepSchema,
  UpdateDevelopmentPersonSchema,
} from "../../../shared/contracts/development.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { registerFileUploads } from "../files/files.service";
import { sendDevelopmentDocumentsZip, uploadDevelopmentDocument } from "./development-documents.service";
import { recordDevelopmentOutcome, recordDevelopmentStep } from "./development-steps.service";
import { createDevelopmentPerson, findDevelopmentPeople, getDevelopmentPerson, getDevelopmentPersonPii, updateDevelopmentPerson } from "./development.service";

const tags = ["development"];
/** Rule refusals answer 422 with error.code = the rule id (DEV-07…); a step for another body 403 (SOD-01/02). */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

export const developmentRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerFileUploads(app);

  app.get(
    "/api/development/people",
    {
      schema: {
        tags,
        summary: "发展党员名册（入党申请人至预备党员；分页；默认只列进行中；身份证号、手机号脱敏）",
        querystring: FindDevelopmentPeopleQuerySchema,
        response: { 200: DevelopmentPersonPageSchema, ...responses },
      },
    },
    (request) => findDevelopmentPeople(ctxOf(request), request.query),
  );

  app.post(
    "/api/development/people",
    {
      schema: {
        tags,
        summary: "登记入党申请（第1步 递交入党申请书，由党支部登记；DEV-01 年满十八岁）",
        body: CreateDevelopmentPersonSchema,
        response: { 201: DevelopmentPersonDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createDevelopmentPerson(ctxOf(request), request.body)),
  );

  app.get(
    "/api/development/people/:id",
    {
      schema: {
        tags,
        summary: "发展党员档案：基本信息、25个步骤清单、每步记录及所依据的规则、材料",
        params: IdParamsSchema,
        response: { 200: DevelopmentPersonDetailSchema, ...responses },
      },
    },
    (request) => getDevelopmentPerson(ctxOf(request), request.params.id),
  );

  app.patch(
    "/api/development/people/:id",
    {
      schema: {
        tags,
        summary: "修改发展党员基本信息（阶段和日期只能通过登记步骤变更）",
        params: IdParamsSchema,
        body: UpdateDevelopmentPersonSchema,
        response: { 200: DevelopmentPersonDetailSchema, ...responses },
      },
    },
    (request) => updateDevelopmentPerson(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/development/people/:id/pii",
    {
      schema: {
        tags,
        summary: "查看完整身份证号和手机号（每次查看均记入审计日志）",
        params: IdParamsSchema,
        response: { 200: DevelopmentPersonPiiSchema, ...responses },
      },
    },
    (request) => getDevelopmentPersonPii(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/development/people/:id/steps",
    {
      schema: {
        tags,
        summary: "登记发展党员步骤（按步骤顺序、时限、人数和表决规则检查；不符合时 422，error.code 为规则编号）",
        params: IdParamsSchema,
        body: RecordStepSchema,
        response: { 201: DevelopmentPersonDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordDevelopmentStep(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/development/people/:id/outcomes",
    {
      schema: {
        tags,
        summary: "登记处理结果：本人撤回、不再培养、本年度暂缓、恢复（记录保留，不删除）",
        params: IdParamsSchema,
        body: RecordOutcomeSchema,
        response: { 201: DevelopmentPersonDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordDevelopmentOutcome(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/development/people/:id/documents",
    {
      schema: {
        tags,
        summary: "上传发展党员材料（multipart：file；PDF、JPG、PNG、DOCX、XLSX；记录 SHA-256）",
        consumes: ["multipart/form-data"],
        params: IdParamsSchema,
        response: { 201: DevelopmentFileSchema, 413: ErrorResponseSchema, 415: ErrorResponseSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadDevelopmentDocument(ctxOf(request), request, request.params.id)),
  );

  app.get(
    "/api/development/people/:id/documents.zip",
    {
      schema: {
        tags,
        summary: "下载全部材料（zip）",
        params: IdParamsSchema,
        response: { 200: z.unknown().describe("zip 文件"), ...responses },
      },
    },
    (request, reply) => sendDevelopmentDocumentsZip(ctxOf(request), reply, request.params.id),
  );
};
