import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema, IdParamsSchema, PageQuerySchema } from "../../../shared/contracts/common.contract";
import {
  CreateMemberEventSchema,
  CreateMemberSchema,
  FindMembersQuerySchema,
  IncomingTransferPageSchema,
  MemberDetailSchema,
  MemberEventListSchema,
  MemberEventSchema,
  MemberPageSchema,
  MemberPiiSchema,
  UpdateMemberSchema,
} from "../../../shared/contracts/members.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { createMember, updateMember } from "./member-edit.service";
import { findMemberEvents, recordMemberEvent } from "./member-events.service";
import { findIncomingTransfers, findMembers, getMember, getMemberPii } from "./members.service";

const tags = ["members"];
/** Rule refusals (members.rules, member-events.rules) answer 422 with the rule named. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
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
        summary: "登记党员事件（组织关系转接、流动、失联、停止和恢复党籍、出党、去世）",
        params: IdParamsSchema,
        body: CreateMemberEventSchema,
        response: { 201: MemberEventSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordMemberEvent(ctxOf(request), request.params.id, request.body)),
  );
};
