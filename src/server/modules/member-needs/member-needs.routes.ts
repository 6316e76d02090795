import { PassThrough } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema, FileSummarySchema } from "../../../shared/contracts/common.contract";
import {
  FileNeedSchema,
  FindNeedsQuerySchema,
  NeedActionSchema,
  NeedAlertsSchema,
  NeedDetailSchema,
  NeedFileParamsSchema,
  NeedFiguresQuerySchema,
  NeedFiguresSchema,
  NeedPageSchema,
  NeedParamsSchema,
} from "../../../shared/contracts/member-needs.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { registerFileUploads, sendFile } from "../files/files.service";
import { XLSX_CONTENT_TYPE, contentDisposition } from "../members/members-excel.columns";
import { actOnNeed } from "./member-need-actions.service";
import { exportNeedFigures } from "./member-need-export";
import { getNeedFigures } from "./member-need-figures.service";
import { fileNeed, findNeeds, getNeed, getNeedAlerts, getNeedFile, uploadNeedFile } from "./member-needs.service";

const tags = ["member-needs"];
/** Rule refusals answer 422 with error.code = the rule id (NEED-01…08) and the source in the message. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };
const FileContentSchema = z.unknown().describe("文件内容（二进制，类型见 Content-Type）");

/** Members' needs (党员诉求, issue 8): filing, the steps to closure, the member's rating, files, figures. */
export const memberNeedsRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerFileUploads(app);

  app.get(
    "/api/member-needs",
    {
      schema: {
        tags,
        summary: "党员诉求列表（分页，最新在前；党员只看本人的，工作人员看权限范围内的；仅限书记和上级党委可见的诉求按 NEED-06 过滤）",
        querystring: FindNeedsQuerySchema,
        response: { 200: NeedPageSchema, ...responses },
      },
    },
    (request) => findNeeds(ctxOf(request), request.query),
  );

  app.post(
    "/api/member-needs",
    {
      schema: {
        tags,
        summary: "提出诉求（党员本人；工作人员可代权限范围内的在册党员提出；由所在党支部在规定工作日内受理；NEED-01、NEED-02）",
        body: FileNeedSchema,
        response: { 201: NeedDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await fileNeed(ctxOf(request), request.body)),
  );

  app.get(
    "/api/member-needs/alerts",
    {
      schema: {
        tags,
        summary: "诉求提醒（首页）：权限范围内逾期未受理、逾期未办结的诉求及待本组织办理的件数（NEED-02、NEED-03）",
        response: { 200: NeedAlertsSchema, ...responses },
      },
    },
    (request) => getNeedAlerts(ctxOf(request)),
  );

  app.get(
    "/api/member-needs/figures",
    {
      schema: {
        tags,
        summary: "诉求统计：所选组织及下级组织某年度的诉求按类别、按月份，受理和办结用时（中位数、90%分位），办结率和满意率（工作人员）",
        querystring: NeedFiguresQuerySchema,
        response: { 200: NeedFiguresSchema, ...responses },
      },
    },
    (request) => getNeedFigures(ctxOf(request), request.query),
  );

  app.get(
    "/api/member-needs/figures/export",
    {
      schema: {
        tags,
        summary: "导出诉求统计（.xlsx）：汇总及下级组织、按类别、按月份（工作人员；记入审计）",
        querystring: NeedFiguresQuerySchema,
        response: { 200: z.unknown().describe("Excel 工作簿（.xlsx）"), ...responses },
      },
    },
    async (request, reply) => {
      const exported = await exportNeedFigures(ctxOf(request), request.query);
      const out = new PassThrough();
      // Headers go with the first bytes; a later failure can only cut the download short.
      exported.write(out).catch((error: unknown) => {
        request.log.error({ err: error, requestId: request.id }, "member need figures export failed while streaming");
        out.destroy(error as Error);
      });
      return reply
        .header("content-type", XLSX_CONTENT_TYPE)
        .header("content-disposition", contentDisposition(exported.fileName, "member-need-figures.xlsx"))
        .header("cache-control", "no-store")
        .send(out);
    },
  );

  app.get(
    "/api/member-needs/:id",
    {
      schema: {
        tags,
        summary: "诉求详情：办理记录、材料和当前可办理的操作（查看记入审计；无权查看时与不存在相同，NEED-06）",
        params: NeedParamsSchema,
        response: { 200: NeedDetailSchema, ...responses },
      },
    },
    (request) => getNeed(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/member-needs/:id/actions",
    {
      schema: {
        tags,
        summary: "办理诉求：受理、记录进展、提交上级党委、办结（办理方），评价、申请重新办理、撤回（党员本人）（NEED-03…NEED-08）",
        params: NeedParamsSchema,
        body: NeedActionSchema,
        response: { 200: NeedDetailSchema, ...responses },
      },
    },
    (request) => actOnNeed(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/member-needs/:id/files",
    {
      schema: {
        tags,
        summary: "上传诉求材料（multipart：file；办结前由党员本人或办理方上传；PDF、JPG、PNG、DOCX、XLSX；只能经本诉求下载）",
        consumes: ["multipart/form-data"],
        params: NeedParamsSchema,
        response: { 201: FileSummarySchema, 413: ErrorResponseSchema, 415: ErrorResponseSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadNeedFile(ctxOf(request), request, request.params.id)),
  );

  app.get(
    "/api/member-needs/:id/files/:fileId",
    {
      schema: {
        tags,
        summary: "下载诉求材料（与诉求的查看权限相同；每次下载记入审计）",
        params: NeedFileParamsSchema,
        response: { 200: FileContentSchema, ...responses },
      },
    },
    async (request, reply) => {
      const { row, stream } = await getNeedFile(ctxOf(request), request.params.id, request.params.fileId);
      return sendFile(reply, row, stream);
    },
  );
};
