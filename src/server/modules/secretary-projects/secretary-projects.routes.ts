import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/contracts/common.contract";
import {
  CreateProjectSchema,
  DecideChangeSchema,
  FindProjectsQuerySchema,
  ProjectChildParamsSchema,
  ProjectDetailSchema,
  ProjectIdParamsSchema,
  ProjectPageSchema,
  ProjectTransitionSchema,
  ProposalOptionsSchema,
  ProposeChangeSchema,
  UpdateProjectSchema,
} from "../../../shared/contracts/secretary-projects.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { decideProjectChange, proposeProjectChange } from "./secretary-project-versions.service";
import { createProject, findProjects, getProjectDetail, getProposalOptions, transitionProject, updateProjectContent } from "./secretary-projects.service";

const tags = ["secretary-projects"];
/** Rule refusals answer 422 with error.code = the rule id (PROJ-01…); the wrong role 403; out of scope 404. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

/** Secretary projects (书记项目): proposal, review (立项), changes with re-approval, the list and the project page. */
export const secretaryProjectsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/secretary-projects",
    {
      schema: {
        tags,
        summary: "书记项目列表（分页；本组织的全部项目、下级组织已提交的项目；按年度、状态、类别、组织、逾期、待我审核筛选）",
        querystring: FindProjectsQuerySchema,
        response: { 200: ProjectPageSchema, ...responses },
      },
    },
    (request) => findProjects(ctxOf(request), request.query),
  );

  app.get(
    "/api/secretary-projects/options",
    {
      schema: {
        tags,
        summary: "申报书记项目的选项：本组织、现任书记、可申报年度和已有项目的年度",
        response: { 200: ProposalOptionsSchema, ...responses },
      },
    },
    (request) => getProposalOptions(ctxOf(request)),
  );

  app.post(
    "/api/secretary-projects",
    {
      schema: {
        tags,
        summary: "申报书记项目（草稿）：只能为本组织申报，每个组织每年一个（PROJ-01、PROJ-02）；须有可衡量的指标和年度内的节点（PROJ-04、PROJ-05）",
        body: CreateProjectSchema,
        response: { 201: ProjectDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createProject(ctxOf(request), request.body)),
  );

  app.get(
    "/api/secretary-projects/:id",
    {
      schema: {
        tags,
        summary: "书记项目详情：内容、指标进展、节点状态、版本历史和当前可办理的操作",
        params: ProjectIdParamsSchema,
        response: { 200: ProjectDetailSchema, ...responses },
      },
    },
    (request) => getProjectDetail(ctxOf(request), request.params.id),
  );

  app.put(
    "/api/secretary-projects/:id",
    {
      schema: {
        tags,
        summary: "修改书记项目内容（草稿或退回修改时，由本组织办理；PROJ-04、PROJ-05、PROJ-06）",
        params: ProjectIdParamsSchema,
        body: UpdateProjectSchema,
        response: { 200: ProjectDetailSchema, ...responses },
      },
    },
    (request) => updateProjectContent(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/secretary-projects/:id/transitions",
    {
      schema: {
        tags,
        summary: "立项流程：提交、撤回（本组织），批准立项、退回修改、不予立项（上级党委，退回和不予立项须写明意见；PROJ-03、PROJ-06）",
        params: ProjectIdParamsSchema,
        body: ProjectTransitionSchema,
        response: { 200: ProjectDetailSchema, ...responses },
      },
    },
    (request) => transitionProject(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/secretary-projects/:id/changes",
    {
      schema: {
        tags,
        summary: "申请变更已立项的书记项目：提交变更后的全部内容和变更理由，经上级党委重新审批（同一时间只能有一项待审变更，PROJ-07）",
        params: ProjectIdParamsSchema,
        body: ProposeChangeSchema,
        response: { 200: ProjectDetailSchema, ...responses },
      },
    },
    (request) => proposeProjectChange(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/secretary-projects/:id/changes/:childId/decision",
    {
      schema: {
        tags,
        summary: "上级党委审批书记项目变更：批准（变更内容生效为新版本）、退回或不予批准（须写明意见，PROJ-07）",
        params: ProjectChildParamsSchema,
        body: DecideChangeSchema,
        response: { 200: ProjectDetailSchema, ...responses },
      },
    },
    (request) => decideProjectChange(ctxOf(request), request.params.id, request.params.childId, request.body),
  );
};
