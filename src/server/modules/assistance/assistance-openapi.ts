import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema } from "../../../shared/contracts/common.contract";
import { errorResponses } from "../../http/openapi";

// What the module's route files share: the OpenAPI tag, the error answers, the file body.

export const tags = ["assistance"];
/** Rule refusals answer 422 with error.code = the rule id (AID-01…); the wrong role 403; out of scope 404. */
export const responses = { ...errorResponses, 422: ErrorResponseSchema };
/** The bytes as they are: Fastify sends streams past the serializer. */
export const FileContentSchema = z.unknown().describe("文件内容（二进制，类型见 Content-Type）");
export type App = Parameters<FastifyPluginAsyncZod>[0];
