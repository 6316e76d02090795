import {
  ArchiveVisitSchema,
  FindVisitsQuerySchema,
  OwnerFileParamsSchema,
  RecordVisitSchema,
  UpdateVisitSchema,
  VisitDetailSchema,
  VisitPageSchema,
  VisitTotalsQuerySchema,
  VisitTotalsSchema,
} from "../../../shared/contracts/assistance.contract";
import { ErrorResponseSchema, FileSummarySchema, IdParamsSchema, OkSchema } from "../../../shared/contracts/common.contract";
import { ctxOf } from "../../http/context";
import { sendFile } from "../files/files.service";
import { type App, FileContentSchema, responses, tags } from "./assistance-openapi";
import { archiveVisit, downloadVisitFile, findVisits, getVisitDetail, getVisitTotals, recordVisit, updateVisit, uploadVisitFile } from "./assistance-visits.service";

/** Visits and help (走访慰问记录): the record, its corrections and files, and the year's totals in fen. */
export function visitRoutes(app: App) {
  app.get(
    "/api/care/visits",
    {
      schema: {
        tags,
        summary: "走访慰问记录（分页，最新在前；按组织、年度、方式、计划、走访对象筛选；不含走访情况正文）",
        querystring: FindVisitsQuerySchema,
        response: { 200: VisitPageSchema, ...responses },
      },
    },
    (request) => findVisits(ctxOf(request), request.query),
  );

  app.get(
    "/api/care/visits/totals",
    {
      schema: {
        tags,
        summary: "年度走访慰问统计：走访次数、人数，慰问金和慰问品金额（单位：分，精确合计），按方式和月份",
        querystring: VisitTotalsQuerySchema,
        response: { 200: VisitTotalsSchema, ...responses },
      },
    },
    (request) => getVisitTotals(ctxOf(request), request.query),
  );

  app.post(
    "/api/care/visits",
    {
      schema: {
        tags,
        summary: "记录走访慰问：一名走访对象、日期、走访人、方式；慰问金须填写大于零的整数金额（分）；可关联走访慰问计划（AID-05…08、AID-11）",
        body: RecordVisitSchema,
        response: { 201: VisitDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordVisit(ctxOf(request), request.body)),
  );

  app.get(
    "/api/care/visits/:id",
    {
      schema: {
        tags,
        summary: "走访慰问记录详情：走访情况和材料",
        params: IdParamsSchema,
        response: { 200: VisitDetailSchema, ...responses },
      },
    },
    (request) => getVisitDetail(ctxOf(request), request.params.id),
  );

  app.put(
    "/api/care/visits/:id",
    {
      schema: {
        tags,
        summary: "修改走访慰问记录（走访对象不变；规则同记录时，AID-06…08、AID-11）",
        params: IdParamsSchema,
        body: UpdateVisitSchema,
        response: { 200: VisitDetailSchema, ...responses },
      },
    },
    (request) => updateVisit(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/care/visits/:id/archive",
    {
      schema: {
        tags,
        summary: "作废走访慰问记录：写明原因，记录保留但不再计入统计",
        params: IdParamsSchema,
        body: ArchiveVisitSchema,
        response: { 200: OkSchema, ...responses },
      },
    },
    (request) => archiveVisit(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/care/visits/:id/files",
    {
      schema: {
        tags,
        summary: "上传走访慰问的材料（multipart：file；照片、签收单等；仅经本模块下载）",
        consumes: ["multipart/form-data"],
        params: IdParamsSchema,
        response: { 201: FileSummarySchema, 413: ErrorResponseSchema, 415: ErrorResponseSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadVisitFile(ctxOf(request), request, request.params.id)),
  );

  app.get(
    "/api/care/visits/:id/files/:fileId",
    {
      schema: {
        tags,
        summary: "下载走访慰问的材料（按走访记录的权限范围；每次下载记入审计）",
        params: OwnerFileParamsSchema,
        response: { 200: FileContentSchema, ...responses },
      },
    },
    async (request, reply) => {
      const { row, stream } = await downloadVisitFile(ctxOf(request), request.params.id, request.params.fileId);
      return sendFile(reply, row, stream);
    },
  );
}
