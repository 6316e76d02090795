import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { IdParamsSchema } from "../../../shared/contracts/common.contract";
import { CreateUserSchema, FindUsersQuerySchema, UpdateUserSchema, UserPageSchema, UserSchema } from "../../../shared/contracts/users.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { createUser, findUsers, updateUser } from "./users.service";

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/users",
    { schema: { tags: ["users"], summary: "用户列表（按权限范围）", querystring: FindUsersQuerySchema, response: { 200: UserPageSchema, ...errorResponses } } },
    (request) => findUsers(ctxOf(request), request.query),
  );

  app.post(
    "/api/users",
    { schema: { tags: ["users"], summary: "新建用户", body: CreateUserSchema, response: { 201: UserSchema, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createUser(ctxOf(request), request.body)),
  );

  app.patch(
    "/api/users/:id",
    {
      schema: {
        tags: ["users"],
        summary: "修改用户（改角色、改组织或停用会立即结束其全部会话）",
        params: IdParamsSchema,
        body: UpdateUserSchema,
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    (request) => updateUser(ctxOf(request), request.params.id, request.body),
  );
};
