import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  CarePersonPageSchema,
  CreateRecipientSchema,
  EndRecipientSchema,
  FindPeopleQuerySchema,
  OwnerFileParamsSchema,
  RecipientDetailSchema,
  UpdateRecipientSchema,
} from "../../../shared/contracts/assistance.contract";
import { ErrorResponseSchema, FileSummarySchema, IdParamsSchema } from "../../../shared/contracts/common.contract";
import { ctxOf } from "../../http/context";
import { type App, FileContentSchema, responses, tags } from "./assistance-openapi";
import { registerFileUploads, sendFile } from "../files/files.service";
import { campaignRoutes } from "./assistance-campaigns.routes";
import { createRecipient, downloadRecipientFile, endRecipient, findPeople, getRecipientDetail, updateRecipient, uploadRecipientFile } from "./assistance-people.service";
import { visitRoutes } from "./assistance-visits.routes";


/** Help and visits (帮扶、走访慰问, issue 8): the people cared for, their records, visits and campaign plans. */
export const assistanceRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerFileUploads(app);
  peopleRoutes(app);
  visitRoutes(app);
  campaignRoutes(app);
};

function peopleRoutes(app: App) {
  app.get(
    "/api/care/people",
    {
      schema: {
        tags,
        summary: "帮扶对象（分页）：在册困难党员、老党员（按老党员条件）和登记的长期患病党员、去世党员家属、困难群众，含最近走访日期和本年走访次数；可筛选类别、组织、本年未走访",
        querystring: FindPeopleQuerySchema,
        response: { 200: CarePersonPageSchema, ...responses },
      },
    },
    (request) => findPeople(ctxOf(request), request.query),
  );

  app.post(
    "/api/care/recipients",
    {
      schema: {
        tags,
        summary: "登记帮扶对象：党员类须为在册党员、同类只登记一次；去世党员家属写明关系；困难群众须经本人同意（AID-01…04）",
        body: CreateRecipientSchema,
        response: { 201: RecipientDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createRecipient(ctxOf(request), request.body)),
  );

  app.get(
    "/api/care/recipients/:id",
    {
      schema: {
        tags,
        summary: "帮扶对象详情：困难情况、住址、同意登记情况和材料（查看个人信息，记入审计）",
        params: IdParamsSchema,
        response: { 200: RecipientDetailSchema, ...responses },
      },
    },
    (request) => getRecipientDetail(ctxOf(request), request.params.id),
  );

  app.patch(
    "/api/care/recipients/:id",
    {
      schema: {
        tags,
        summary: "修改帮扶对象的情况（帮扶结束后不再修改；困难群众的同意登记情况须保留，AID-02、AID-04）",
        params: IdParamsSchema,
        body: UpdateRecipientSchema,
        response: { 200: RecipientDetailSchema, ...responses },
      },
    },
    (request) => updateRecipient(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/care/recipients/:id/end",
    {
      schema: {
        tags,
        summary: "结束帮扶：写明结束日期和原因，记录保留（AID-04）",
        params: IdParamsSchema,
        body: EndRecipientSchema,
        response: { 200: RecipientDetailSchema, ...responses },
      },
    },
    (request) => endRecipient(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/care/recipients/:id/files",
    {
      schema: {
        tags,
        summary: "上传帮扶对象的材料（multipart：file；如同意登记书；仅经本模块下载）",
        consumes: ["multipart/form-data"],
        params: IdParamsSchema,
        response: { 201: FileSummarySchema, 413: ErrorResponseSchema, 415: ErrorResponseSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadRecipientFile(ctxOf(request), request, request.params.id)),
  );

  app.get(
    "/api/care/recipients/:id/files/:fileId",
    {
      schema: {
        tags,
        summary: "下载帮扶对象的材料（按帮扶对象的权限范围；每次下载记入审计）",
        params: OwnerFileParamsSchema,
        response: { 200: FileContentSchema, ...responses },
      },
    },
    async (request, reply) => {
      const { row, stream } = await downloadRecipientFile(ctxOf(request), request.params.id, request.params.fileId);
      return sendFile(reply, row, stream);
    },
  );
}
