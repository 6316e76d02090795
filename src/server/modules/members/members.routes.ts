import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema, FileSummarySchema, IdParamsSchema, PageQuerySchema } from "../../../shared/contracts/common.contract";
import {
  CreateMemberEventSchema,
  CreateMemberSchema,
  FindMembersQuerySchema,
  IncomingTransferPageSchema,
  MemberDetailSchema,
  MemberDocumentListSchema,
  MemberEventListSchema,
  MemberEventSchema,
  MemberPageSchema,
  MemberPiiSchema,
  UpdateMemberSchema,
} from "../../../shared/contracts/members.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { createMember, updateMember } from "./member-edit.service";
import { registerFileUploads } from "../files/files.service";
import { findMemberDocuments, findMemberEvents, recordMemberEvent, uploadMemberDocument } from "./member-events.service";
import { findIncomingTransfers, findMembers, getMember, getMemberPii } from "./members.service";

const tags = ["members"];
/** Rule refusals (members.rules, member-events.rules) answer 422 with the rule named. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  // Multipart for this plugin's document upload only (the import has its own, in members-excel.routes).
  await registerFileUploads(app);

  app.get(
    "/api/members",
    {
      schema: {
        tags,
        summary: "党员名册（分页；orgId 取该组织及下级，默认只列正常党员；身份证号、手机号仅显示脱敏值）",
        querystring: FindMembersQuerySchema,
        response: { 200: MemberPageSchema, ...responses },
      },
    },
    (request) => findMembers(ctxOf(request), request.query),
  );

  app.post(
    "/api/members",
    { schema: { tags, summary: "新增党员", body: CreateMemberSchema, response: { 201: MemberDetailSchema, ...responses } } },
    async (request, reply) => reply.status(201).send(await createMember(ctxOf(request), request.body)),
  );

  app.get(
    "/api/members/incoming-transfers",
    {
      schema: {
        tags,
        summary: "待本组织接收的组织关系转入（脱敏）",
        querystring: PageQuerySchema,
        response: { 200: IncomingTransferPageSchema, ...responses },
      },
    },
    (request) => findIncomingTransfers(ctxOf(request), request.query),
  );

  app.get(
    "/api/members/:id",
    { schema: { tags, summary: "党员详情（脱敏）", params: IdParamsSchema, response: { 200: MemberDetailSchema, ...responses } } },
    (request) => getMember(ctxOf(request), request.params.id),
  );

  app.patch(
    "/api/members/:id",
    {
      schema: {
        tags,
        summary: "修改党员信息（所属组织、流动、失联状态须通过党员事件变更）",
        params: IdParamsSchema,
        body: UpdateMemberSchema,
        response: { 200: MemberDetailSchema, ...responses },
      },
    },
    (request) => updateMember(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/members/:id/pii",
    {
      schema: {
        tags,
        summary: "查看完整身份证号和手机号（每次查看均记入审计日志）",
        params: IdParamsSchema,
        response: { 200: MemberPiiSchema, ...responses },
      },
    },
    (request) => getMemberPii(ctxOf(request), request.params.id),
  );

  app.get(
    "/api/members/:id/events",
    { schema: { tags, summary: "党员事件记录（最新在前）", params: IdParamsSchema, response: { 200: MemberEventListSchema, ...responses } } },
    (request) => findMemberEvents(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/members/:id/events",
    {
      schema: {
        tags,
        summary: "登记党员事件（组织关系转接、流动、失联、停止和恢复党籍、出党、去世）；documentIds 附上已为该党员上传的文件",
        params: IdParamsSchema,
        body: CreateMemberEventSchema,
        response: { 201: MemberEventSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordMemberEvent(ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/members/:id/documents",
    {
      schema: {
        tags,
        summary: "为该党员上传的材料（介绍信、证明、决定等；最早在前；下载见 /api/files/{id}）",
        params: IdParamsSchema,
        response: { 200: MemberDocumentListSchema, ...responses },
      },
    },
    (request) => findMemberDocuments(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/members/:id/documents",
    {
      schema: {
        tags,
        summary: "上传党员事件材料（multipart：file；PDF、JPG、PNG、DOCX、XLSX；记录 SHA-256），登记事件时以 documentIds 附上",
        consumes: ["multipart/form-data"],
        params: IdParamsSchema,
        response: { 201: FileSummarySchema, 413: ErrorResponseSchema, 415: ErrorResponseSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadMemberDocument(ctxOf(request), request, request.params.id)),
  );
};
