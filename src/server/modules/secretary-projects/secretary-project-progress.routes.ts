import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema, FileSummarySchema } from "../../../shared/contracts/common.contract";
import {
  CommentThreadPageSchema,
  CommentThreadSchema,
  CreateProgressReportSchema,
  CreateProjectCommentSchema,
  FindProgressReportsQuerySchema,
  FindProjectCommentsQuerySchema,
  ProgressReportPageSchema,
  ProgressReportSchema,
  ProjectAlertsSchema,
  ProjectCheckpointsSchema,
  QuarterParamsSchema,
  RateCheckpointSchema,
} from "../../../shared/contracts/secretary-project-progress.contract";
import { ProjectChildParamsSchema, ProjectIdParamsSchema } from "../../../shared/contracts/secretary-projects.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { registerFileUploads } from "../files/files.service";
import { getProjectAlerts, getProjectCheckpoints, rateCheckpoint } from "./secretary-project-checkpoints.service";
import { createProgressReport, createProjectComment, findProgressReports, findProjectComments, uploadReportEvidence } from "./secretary-project-progress.service";

const tags = ["secretary-projects"];
/** Rule refusals answer 422 with error.code = the rule id (PROJ-08…) and the source in the message. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

/** Secretary projects during the year: progress reports, evidence, guidance and replies, check points, reminders. */
export const secretaryProjectProgressRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerFileUploads(app);

  app.get(
    "/api/secretary-projects/alerts",
    {
      schema: {
        tags,
        summary: "书记项目提醒（首页）：本组织逾期和即将到期的节点；上级党委所审项目的逾期节点、待审批事项、待督查季度（PROJ-09、PROJ-10）",
        response: { 200: ProjectAlertsSchema, ...responses },
      },
    },
    (request) => getProjectAlerts(ctxOf(request)),
  );

  app.get(
    "/api/secretary-projects/:id/reports",
    {
      schema: {
        tags,
        summary: "项目进展报告（分页，最新在前；含指标数值、佐证材料和点评回复）",
        params: ProjectIdParamsSchema,
        querystring: FindProgressReportsQuerySchema,
        response: { 200: ProgressReportPageSchema, ...responses },
      },
    },
    (request) => findProgressReports(ctxOf(request), request.params.id, request.query),
  );

  app.post(
    "/api/secretary-projects/:id/reports",
    {
      schema: {
        tags,
        summary: "报告项目进展（本组织书记；仅已立项项目，日期在项目年度内且不晚于当日，可标记节点完成；PROJ-08）",
        params: ProjectIdParamsSchema,
        body: CreateProgressReportSchema,
        response: { 201: ProgressReportSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createProgressReport(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/secretary-projects/:id/reports/:childId/files",
    {
      schema: {
        tags,
        summary: "上传进展报告的佐证材料（multipart：file；PDF、JPG、PNG、DOCX、XLSX；下载经 /api/files/:id）",
        consumes: ["multipart/form-data"],
        params: ProjectChildParamsSchema,
        response: { 201: FileSummarySchema, 413: ErrorResponseSchema, 415: ErrorResponseSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadReportEvidence(ctxOf(request), request, request.params.id, request.params.childId)),
  );

  app.get(
    "/api/secretary-projects/:id/comments",
    {
      schema: {
        tags,
        summary: "点评及回复（分页，最新在前；可按进展报告或仅项目整体筛选）",
        params: ProjectIdParamsSchema,
        querystring: FindProjectCommentsQuerySchema,
        response: { 200: CommentThreadPageSchema, ...responses },
      },
    },
    (request) => findProjectComments(ctxOf(request), request.params.id, request.query),
  );

  app.post(
    "/api/secretary-projects/:id/comments",
    {
      schema: {
        tags,
        summary: "上级党委点评（针对进展报告或项目整体），或书记回复点评（parentId）",
        params: ProjectIdParamsSchema,
        body: CreateProjectCommentSchema,
        response: { 201: CommentThreadSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createProjectComment(ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/secretary-projects/:id/checkpoints",
    {
      schema: {
        tags,
        summary: "季度督查：四个季度的评定、系统建议和是否已可评定（PROJ-10）",
        params: ProjectIdParamsSchema,
        response: { 200: ProjectCheckpointsSchema, ...responses },
      },
    },
    (request) => getProjectCheckpoints(ctxOf(request), request.params.id),
  );

  app.put(
    "/api/secretary-projects/:id/checkpoints/:quarter",
    {
      schema: {
        tags,
        summary: "上级党委评定某季度督查结果（季度最后一个月起；再次评定覆盖原评定并记入审计；PROJ-10）",
        params: QuarterParamsSchema,
        body: RateCheckpointSchema,
        response: { 200: ProjectCheckpointsSchema, ...responses },
      },
    },
    (request) => rateCheckpoint(ctxOf(request), request.params.id, request.params.quarter, request.body),
  );
};
