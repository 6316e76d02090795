import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import type { ErrorDetail } from "../../shared/contracts/common.contract";
import { ERROR_CODES } from "../../shared/error-codes";
import { isAppError } from "./errors";

/** The only place where errors become HTTP: `{error: {code, message, details}}`, never a stack trace. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details: ErrorDetail[] = error.validation.map((issue) => ({
        field: issue.instancePath.slice(1).replaceAll("/", ".") || error.validationContext || "",
        message: issue.message ?? "取值无效",
      }));
      const summary = details.map((d) => `${d.field}：${d.message}`).join("；");
      return reply.status(400).send({
        error: { code: ERROR_CODES.validationFailed, message: `请求参数有误（${error.validationContext}）— ${summary}`, details },
      });
    }
    if (isAppError(error)) {
      return reply.status(error.status).send({
        error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
      });
    }
    if (error.statusCode && error.statusCode < 500 && !isResponseSerializationError(error)) {
      // Fastify's own client errors: malformed JSON, body too large, wrong content type.
      return reply.status(error.statusCode).send({
        error: { code: `http.${error.code ?? error.statusCode}`, message: clientErrorMessage(error) },
      });
    }
    request.log.error({ err: error, requestId: request.id }, "unhandled error");
    return reply.status(500).send({
      error: { code: ERROR_CODES.internal, message: `服务器内部错误，请稍后重试（请求编号 ${request.id}）` },
    });
  });

}

/** The JSON 404 of an unknown path. */
export const sendNotFound = (request: FastifyRequest, reply: FastifyReply) =>
  reply.status(404).send({ error: { code: ERROR_CODES.notFound, message: `接口不存在：${request.method} ${request.url.split("?")[0]}` } });

function clientErrorMessage(error: FastifyError): string {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "请求体不是有效的 JSON";
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "请求体过大";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "不支持的请求内容类型";
    default:
      return "请求无效";
  }
}
