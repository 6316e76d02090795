import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { IdParamsSchema } from "../../../shared/contracts/common.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { getFileForDownload, sendFile } from "./files.service";

/** The bytes as they are: Fastify sends streams past the serializer. */
const FileContentSchema = z.unknown().describe("文件内容（二进制，类型见 Content-Type）");

/** Downloads of uploaded documents. Uploads go through the owner's own routes (e.g. development). */
export const filesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/files/:id",
    {
      schema: {
        tags: ["files"],
        summary: "下载已上传的文件（按文件所属组织的权限范围；每次下载记入审计）",
        params: IdParamsSchema,
        response: { 200: FileContentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { row, stream } = await getFileForDownload(ctxOf(request), request.params.id);
      return sendFile(reply, row, stream);
    },
  );
};
