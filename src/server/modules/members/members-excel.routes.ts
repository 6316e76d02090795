import { PassThrough, Readable } from "node:stream";
import fastifyMultipart from "@fastify/multipart";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/contracts/common.contract";
import { ExportMembersQuerySchema, ImportErrorsWorkbookSchema, MEMBER_IMPORT_MAX_BYTES } from "../../../shared/contracts/member-import.contract";
import { ImportResultSchema } from "../../../shared/contracts/members.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { exportMembers } from "./members-export.service";
import { importMembers } from "./members-import.service";
import { readImportUpload } from "./members-import.upload";
import { XLSX_CONTENT_TYPE, contentDisposition } from "./members-excel.columns";
import { getImportErrorsWorkbook, getImportTemplate } from "./members-excel.service";

/** A workbook answer: Fastify sends buffers and streams as they are, past the serializer. */
const XlsxFileSchema = z.unknown().describe("Excel 工作簿（.xlsx）");
const fileResponses = { 200: XlsxFileSchema, ...errorResponses } as const;

const sendWorkbook = (reply: FastifyReply, body: Buffer | Readable, fileName: string, asciiName: string) =>
  reply.header("content-type", XLSX_CONTENT_TYPE).header("content-disposition", contentDisposition(fileName, asciiName)).header("cache-control", "no-store").send(body);

/** The roster as spreadsheets: the import template, the import, its error list, and the export. */
export const membersExcelRoutes: FastifyPluginAsyncZod = async (app) => {
  // Registered here, not app-wide: only the import takes multipart bodies. One file, one field.
  await app.register(fastifyMultipart, { limits: { fileSize: MEMBER_IMPORT_MAX_BYTES, files: 1, fields: 5, parts: 6 } });

  app.get(
    "/api/members/import-template",
    { schema: { tags: ["members"], summary: "下载党员导入模板（.xlsx）", response: fileResponses } },
    async (request, reply) => sendWorkbook(reply, await getImportTemplate(ctxOf(request)), "党员信息导入模板.xlsx", "member-import-template.xlsx"),
  );

  app.post(
    "/api/members/import",
    {
      schema: {
        tags: ["members"],
        summary: "导入党员（multipart：file 为 .xlsx，orgId 为未填组织编码的行的所属组织）；全部通过才写入，否则 422 列出每个错误",
        consumes: ["multipart/form-data"],
        response: {
          200: ImportResultSchema,
          // Rows refused: an ImportResult. The form itself refused (e.g. the orgId's kind): an error.
          422: z.union([ImportResultSchema, ErrorResponseSchema]),
          413: ErrorResponseSchema,
          415: ErrorResponseSchema,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const upload = await readImportUpload(request);
      const result = await importMembers(ctx, {
        source: Readable.from([upload.file]),
        reopen: () => Readable.from([upload.file]),
        size: upload.file.length,
        fileName: upload.fileName,
        defaultOrgId: upload.orgId,
      });
      return reply.status(result.ok ? 200 : 422).send(result);
    },
  );

  app.post(
    "/api/members/import/errors.xlsx",
    { schema: { tags: ["members"], summary: "把导入错误清单转为 .xlsx（下载错误清单）", body: ImportErrorsWorkbookSchema, response: fileResponses } },
    async (request, reply) => sendWorkbook(reply, await getImportErrorsWorkbook(ctxOf(request), request.body.errors), "导入错误清单.xlsx", "member-import-errors.xlsx"),
  );

  app.get(
    "/api/members/export",
    {
      schema: {
        tags: ["members"],
        summary: "按列表筛选条件导出党员名册（.xlsx）；身份证号、手机号默认脱敏，includePii=true 导出完整值（需相应权限，记入审计）",
        querystring: ExportMembersQuerySchema,
        response: { ...fileResponses, 422: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const exported = await exportMembers(ctxOf(request), request.query);
      const out = new PassThrough();
      // Headers are sent once the first bytes exist; a later failure can only cut the download short.
      exported.write(out).catch((error: unknown) => {
        request.log.error({ err: error, requestId: request.id }, "member export failed while streaming");
        out.destroy(error as Error);
      });
      return sendWorkbook(reply, out, exported.fileName, "members.xlsx");
    },
  );
};
