import { PassThrough } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/contracts/common.contract";
import {
  BoardQuerySchema,
  ProjectBoardSchema,
  ProjectExportQuerySchema,
  RankingPageSchema,
  RankingQuerySchema,
  SecretaryParamsSchema,
  SecretaryRecordQuerySchema,
  SecretaryRecordSchema,
} from "../../../shared/contracts/secretary-project-board.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { XLSX_CONTENT_TYPE, contentDisposition } from "../members/members-excel.columns";
import { getProjectBoard, getProjectRanking, getSecretaryRecord } from "./secretary-project-board.service";
import { exportProjects } from "./secretary-project-export";

const tags = ["secretary-projects"];

/** Secretary projects, "抓书记": the committee's board, ranking, records across years, export. */
export const secretaryProjectBoardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/secretary-projects/board",
    {
      schema: {
        tags,
        summary: "书记项目督查看板：所选组织及其下级组织某年度的项目按状态、最近季度督查评定和类别统计，指标达成情况，逾期节点，尚未申报的组织（党组织工作人员）",
        querystring: BoardQuerySchema,
        response: { 200: ProjectBoardSchema, ...errorResponses },
      },
    },
    (request) => getProjectBoard(ctxOf(request), request.query),
  );

  app.get(
    "/api/secretary-projects/ranking",
    {
      schema: {
        tags,
        summary: "书记项目评价排名：已评价项目按最终得分排序（分页；结果公布前仅负责评价的上级党委可见）",
        querystring: RankingQuerySchema,
        response: { 200: RankingPageSchema, ...errorResponses },
      },
    },
    (request) => getProjectRanking(ctxOf(request), request.query),
  );

  app.get(
    "/api/secretary-projects/secretaries/:memberId/record",
    {
      schema: {
        tags,
        summary: "一名书记历年的书记项目：完成情况、督查评定和（可见时）评价结果（分页，最近年度在前）",
        params: SecretaryParamsSchema,
        querystring: SecretaryRecordQuerySchema,
        response: { 200: SecretaryRecordSchema, ...errorResponses },
      },
    },
    (request) => getSecretaryRecord(ctxOf(request), request.params.memberId, request.query),
  );

  app.get(
    "/api/secretary-projects/export.xlsx",
    {
      schema: {
        tags,
        summary: "导出书记项目（.xlsx）：项目一览、指标完成情况、评价排名（党委工作人员；超过上限时拒绝）",
        querystring: ProjectExportQuerySchema,
        response: { 200: z.unknown().describe("Excel 工作簿（.xlsx）"), ...errorResponses, 422: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exported = await exportProjects(ctxOf(request), request.query);
      const out = new PassThrough();
      // Headers go with the first bytes; a later failure can only cut the download short.
      exported.write(out).catch((error: unknown) => {
        request.log.error({ err: error, requestId: request.id }, "secretary project export failed while streaming");
        out.destroy(error as Error);
      });
      return reply
        .header("content-type", XLSX_CONTENT_TYPE)
        .header("content-disposition", contentDisposition(exported.fileName, "secretary-projects.xlsx"))
        .header("cache-control", "no-store")
        .send(out);
    },
  );
};
