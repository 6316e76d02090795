import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema, FileSummarySchema, PageQuerySchema } from "../../../shared/contracts/common.contract";
import {
  AddPostEntrySchema,
  CreatePostSchema,
  EndPostSchema,
  FindPostsQuerySchema,
  PostDetailSchema,
  PostEntryPageSchema,
  PostEntrySchema,
  PostIdParamsSchema,
  PostPageSchema,
  PostSummaryQuerySchema,
  PostSummarySchema,
  UpdatePostSchema,
} from "../../../shared/contracts/model-posts.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { registerFileUploads } from "../files/files.service";
import { addPostEntry, findPostEntries, uploadPostFile } from "./model-post-entries.service";
import { createPost, endPost, findPosts, getPostDetail, getPostSummary, updatePost } from "./model-posts.service";

const tags = ["model-posts"];
/** Rule refusals answer 422 with error.code = the rule id (POST-01…); the wrong role 403; out of scope 404. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

/** Model posts and responsibility areas (党员示范岗、党员责任区, incl. safety areas for the three safeties; issue 8). */
export const modelPostsRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerFileUploads(app);

  app.get(
    "/api/model-posts",
    {
      schema: {
        tags,
        summary: "党员示范岗、责任区列表（分页；按年度、类型、安全类别、组织及下级、党员、是否在岗筛选；党员查看本组织的岗位）",
        querystring: FindPostsQuerySchema,
        response: { 200: PostPageSchema, ...responses },
      },
    },
    (request) => findPosts(ctxOf(request), request.query),
  );

  app.get(
    "/api/model-posts/summary",
    {
      schema: {
        tags,
        summary: "年度示范岗、责任区统计：按类型和安全类别（生产安全、经济安全、政治安全）的岗位数、在岗数和履诺记录数",
        querystring: PostSummaryQuerySchema,
        response: { 200: PostSummarySchema, ...responses },
      },
    },
    (request) => getPostSummary(ctxOf(request), request.query),
  );

  app.post(
    "/api/model-posts",
    {
      schema: {
        tags,
        summary: "设立党员示范岗或责任区：本组织及下级的在册党员（POST-01），安全责任区须写明安全类别（POST-02），须有承诺（POST-03），年度和设岗日期合理（POST-04、POST-05）",
        body: CreatePostSchema,
        response: { 201: PostDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createPost(ctxOf(request), request.body)),
  );

  app.get(
    "/api/model-posts/:id",
    {
      schema: {
        tags,
        summary: "示范岗（责任区）详情：党员、岗位、承诺、状态、材料和当前可办理的操作",
        params: PostIdParamsSchema,
        response: { 200: PostDetailSchema, ...responses },
      },
    },
    (request) => getPostDetail(ctxOf(request), request.params.id),
  );

  app.patch(
    "/api/model-posts/:id",
    {
      schema: {
        tags,
        summary: "修改示范岗（责任区）的类型、名称、范围、承诺和设岗日期（已撤销的不再修改，POST-07）",
        params: PostIdParamsSchema,
        body: UpdatePostSchema,
        response: { 200: PostDetailSchema, ...responses },
      },
    },
    (request) => updatePost(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/model-posts/:id/end",
    {
      schema: {
        tags,
        summary: "撤销示范岗（责任区）：写明日期和原因，记录保留（POST-08）",
        params: PostIdParamsSchema,
        body: EndPostSchema,
        response: { 200: PostDetailSchema, ...responses },
      },
    },
    (request) => endPost(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/model-posts/:id/entries",
    {
      schema: {
        tags,
        summary: "示范岗（责任区）的年度履诺记录（分页，最近的在前）",
        params: PostIdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: PostEntryPageSchema, ...responses },
      },
    },
    (request) => findPostEntries(ctxOf(request), request.params.id, request.query),
  );

  app.post(
    "/api/model-posts/:id/entries",
    {
      schema: {
        tags,
        summary: "记录履诺情况：日期在设岗期间之内且不晚于当日（POST-06），已撤销的岗位不再记录（POST-07）",
        params: PostIdParamsSchema,
        body: AddPostEntrySchema,
        response: { 201: PostEntrySchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await addPostEntry(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/model-posts/:id/files",
    {
      schema: {
        tags,
        summary: "上传示范岗（责任区）材料（multipart：file；挂牌照片、承诺书等；PDF、JPG、PNG、DOCX、XLSX；下载见 /api/files/{id}）",
        consumes: ["multipart/form-data"],
        params: PostIdParamsSchema,
        response: { 201: FileSummarySchema, 413: ErrorResponseSchema, 415: ErrorResponseSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadPostFile(ctxOf(request), request, request.params.id)),
  );
};
