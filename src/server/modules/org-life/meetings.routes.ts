import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema, FileSummarySchema, IdParamsSchema } from "../../../shared/contracts/common.contract";
import {
  AmendMeetingSchema,
  ArchiveMeetingSchema,
  CreateMeetingSchema,
  FindMeetingsQuerySchema,
  MeetingDetailSchema,
  MeetingDocumentsSchema,
  MeetingPageSchema,
  SaveAttendanceSchema,
  UpdateMeetingSchema,
} from "../../../shared/contracts/meetings.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { registerFileUploads } from "../files/files.service";
import { amendMeeting, signOffMeeting } from "./meetings.sign-off.service";
import {
  archiveMeeting,
  createMeeting,
  findMeetings,
  getMeeting,
  listMeetingDocuments,
  saveAttendance,
  updateMeeting,
  uploadMeetingDocument,
} from "./meetings.service";

const tags = ["meetings"];
/** Rule refusals answer 422 with error.code = the rule id (MTG-01…) and the article in the message. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

/** Meetings of organizational life (三会一课, 主题党日, 组织生活会, 谈心谈话…, rules.md §2.3). */
export const meetingsRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerFileUploads(app);

  app.get(
    "/api/meetings",
    {
      schema: {
        tags,
        summary: "会议记录列表（分页；按组织及其下级、会议类型、标签、日期、状态、主题筛选；党员只看到本人应参加的已签发会议）",
        querystring: FindMeetingsQuerySchema,
        response: { 200: MeetingPageSchema, ...responses },
      },
    },
    (request) => findMeetings(ctxOf(request), request.query),
  );

  app.post(
    "/api/meetings",
    {
      schema: {
        tags,
        summary: "新建会议记录草稿（按组织和会议类型生成应到会人员，默认出席；MTG-01 组织类别与会议类型）",
        body: CreateMeetingSchema,
        response: { 201: MeetingDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createMeeting(ctxOf(request), request.body)),
  );

  app.get(
    "/api/meetings/:id",
    {
      schema: {
        tags,
        summary: "会议记录详情：出席情况、法定人数、决议、更正记录、材料及当前可进行的操作",
        params: IdParamsSchema,
        response: { 200: MeetingDetailSchema, ...responses },
      },
    },
    (request) => getMeeting(ctxOf(request), request.params.id),
  );

  app.patch(
    "/api/meetings/:id",
    {
      schema: {
        tags,
        summary: "修改会议记录草稿（签发后锁定，只能更正，MTG-09）",
        params: IdParamsSchema,
        body: UpdateMeetingSchema,
        response: { 200: MeetingDetailSchema, ...responses },
      },
    },
    (request) => updateMeeting(ctxOf(request), request.params.id, request.body),
  );

  app.put(
    "/api/meetings/:id/attendance",
    {
      schema: {
        tags,
        summary: "登记出席情况：出席、请假（须说明事由，MTG-03）、缺席，不计入应到会人数的须说明原因（MTG-02）",
        params: IdParamsSchema,
        body: SaveAttendanceSchema,
        response: { 200: MeetingDetailSchema, ...responses },
      },
    },
    (request) => saveAttendance(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/meetings/:id/sign-off",
    {
      schema: {
        tags,
        summary: "签发会议记录（检查记录完整、出席登记和法定人数 MTG-04/05；签发后锁定，关联的计划事项标记为已召开）",
        params: IdParamsSchema,
        response: { 200: MeetingDetailSchema, ...responses },
      },
    },
    (request) => signOffMeeting(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/meetings/:id/amendments",
    {
      schema: {
        tags,
        summary: "更正已签发的会议记录（须说明原因，保留更正前后内容并记入审计，MTG-10）",
        params: IdParamsSchema,
        body: AmendMeetingSchema,
        response: { 201: MeetingDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await amendMeeting(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/meetings/:id/archive",
    {
      schema: {
        tags,
        summary: "作废会议记录草稿（须说明原因；记录保留，不删除；已签发的记录不能作废）",
        params: IdParamsSchema,
        body: ArchiveMeetingSchema,
        response: { 200: MeetingDetailSchema, ...responses },
      },
    },
    (request) => archiveMeeting(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/meetings/:id/documents",
    {
      schema: {
        tags,
        summary: "上传会议照片和材料（multipart：file；PDF、JPG、PNG、DOCX、XLSX；草稿阶段）",
        consumes: ["multipart/form-data"],
        params: IdParamsSchema,
        response: { 201: FileSummarySchema, 413: ErrorResponseSchema, 415: ErrorResponseSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadMeetingDocument(ctxOf(request), request, request.params.id)),
  );

  app.get(
    "/api/meetings/:id/documents",
    {
      schema: {
        tags,
        summary: "会议照片和材料列表",
        params: IdParamsSchema,
        response: { 200: MeetingDocumentsSchema, ...responses },
      },
    },
    (request) => listMeetingDocuments(ctxOf(request), request.params.id),
  );
};
