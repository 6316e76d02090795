import { PassThrough } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/contracts/common.contract";
import {
  AttendancePageSchema,
  AttendanceQuerySchema,
  ComplianceExportQuerySchema,
  MatrixQuerySchema,
  MatrixSchema,
  NoLifePageSchema,
  NoLifeQuerySchema,
} from "../../../shared/contracts/compliance.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { XLSX_CONTENT_TYPE, contentDisposition } from "../members/members-excel.columns";
import { exportCompliance } from "./compliance-export.service";
import { getAttendanceRates, getMatrix, getNoLifeMembers } from "./compliance.service";

const tags = ["org-life"];

/** What a higher committee looks at (rules.md §2.3): the matrix, attendance rates, members without organizational life, the workbook. */
export const complianceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/compliance/matrix",
    {
      schema: {
        tags,
        summary: "组织生活落实情况矩阵：所选组织及其全部下级组织 × 期间，每种会议一格（绿：已完成，黄：进行中，红：未完成；仅计已签发记录），分页，并汇总整个范围",
        querystring: MatrixQuerySchema,
        response: { 200: MatrixSchema, ...errorResponses },
      },
    },
    (request) => getMatrix(ctxOf(request), request.query),
  );

  app.get(
    "/api/compliance/attendance",
    {
      schema: {
        tags,
        summary: "党员参加组织生活出勤率：年度内已签发会议的出席 ÷ 应参加（请假单列），分页，可按出勤率排序，并给出组织平均",
        querystring: AttendanceQuerySchema,
        response: { 200: AttendancePageSchema, ...errorResponses },
      },
    },
    (request) => getAttendanceRates(ctxOf(request), request.query),
  );

  app.get(
    "/api/compliance/no-life",
    {
      schema: {
        tags,
        summary: "未参加组织生活的党员：连续未参加达到预警月数的名单（达到 6 个月按党章第九条视为自行脱党），附所在支部书记",
        querystring: NoLifeQuerySchema,
        response: { 200: NoLifePageSchema, ...errorResponses },
      },
    },
    (request) => getNoLifeMembers(ctxOf(request), request.query),
  );

  app.get(
    "/api/compliance/export",
    {
      schema: {
        tags,
        summary: "导出组织生活落实情况（.xlsx）：年度矩阵（按状态着色）、汇总、出勤率、未参加组织生活党员；超过上限时拒绝",
        querystring: ComplianceExportQuerySchema,
        response: { 200: z.unknown().describe("Excel 工作簿（.xlsx）"), ...errorResponses, 422: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exported = await exportCompliance(ctxOf(request), request.query);
      const out = new PassThrough();
      // Headers go with the first bytes; a later failure can only cut the download short.
      exported.write(out).catch((error: unknown) => {
        request.log.error({ err: error, requestId: request.id }, "compliance export failed while streaming");
        out.destroy(error as Error);
      });
      return reply
        .header("content-type", XLSX_CONTENT_TYPE)
        .header("content-disposition", contentDisposition(exported.fileName, "compliance.xlsx"))
        .header("cache-control", "no-store")
        .send(out);
    },
  );
};
