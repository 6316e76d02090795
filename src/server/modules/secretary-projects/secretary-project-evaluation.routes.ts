import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/contracts/common.contract";
import {
  CastProjectVoteSchema,
  EvaluateProjectSchema,
  PaperVotesSchema,
  ProjectEvaluationSchema,
  ProjectVoteReceiptSchema,
  RubricQuerySchema,
  RubricSchema,
  UpdateRubricSchema,
  VotingActionSchema,
  YearEndReportSchema,
} from "../../../shared/contracts/secretary-project-evaluation.contract";
import { ProjectIdParamsSchema } from "../../../shared/contracts/secretary-projects.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import {
  castProjectVote,
  evaluateProject,
  getProjectEvaluation,
  publishProjectEvaluation,
  setPaperVotes,
  setProjectVoting,
  submitYearEndReport,
} from "./secretary-project-evaluation.service";
import { getRubric, updateRubric } from "./secretary-project-rubric.service";

const tags = ["secretary-projects"];
/** Rule refusals answer 422 with error.code = the rule id (PROJ-11…14); the wrong side 422 (PROJ-02/03); out of scope 404. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };

/** Secretary projects: year-end report, rubric, votes, evaluation, publication. */
export const secretaryProjectEvaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/secretary-projects/:id/evaluation",
    {
      schema: {
        tags,
        summary: "书记项目述职评价：述职报告、评价标准、测评情况（只给出票数，不给出谁投了什么）、评价结果（公布前仅上级党委可见）",
        params: ProjectIdParamsSchema,
        response: { 200: ProjectEvaluationSchema, ...responses },
      },
    },
    (request) => getProjectEvaluation(ctxOf(request), request.params.id),
  );

  app.post(
    "/api/secretary-projects/:id/year-end-report",
    {
      schema: {
        tags,
        summary: "提交年终述职报告（项目所在组织；已立项项目，自项目年度规定月份起，PROJ-11）",
        params: ProjectIdParamsSchema,
        body: YearEndReportSchema,
        response: { 200: ProjectEvaluationSchema, ...responses },
      },
    },
    (request) => submitYearEndReport(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/secretary-projects/:id/voting",
    {
      schema: {
        tags,
        summary: "开始或结束网上测评（上级党委；已述职项目；每个项目一次，PROJ-13）",
        params: ProjectIdParamsSchema,
        body: VotingActionSchema,
        response: { 200: ProjectEvaluationSchema, ...responses },
      },
    },
    (request) => setProjectVoting(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/secretary-projects/:id/votes",
    {
      schema: {
        tags,
        summary: "网上测评投票（本组织及所属党小组在册党员，每人一票，无记名：只记录本人已投票，不记录投票内容与投票人的关联，PROJ-13）",
        params: ProjectIdParamsSchema,
        body: CastProjectVoteSchema,
        response: { 201: ProjectVoteReceiptSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await castProjectVote(ctxOf(request), request.params.id, request.body)),
  );

  app.put(
    "/api/secretary-projects/:id/paper-votes",
    {
      schema: {
        tags,
        summary: "录入会议纸质测评票的统计数（好、较好、一般、差；上级党委，已述职项目）",
        params: ProjectIdParamsSchema,
        body: PaperVotesSchema,
        response: { 200: ProjectEvaluationSchema, ...responses },
      },
    },
    (request) => setPaperVotes(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/secretary-projects/:id/evaluation",
    {
      schema: {
        tags,
        summary: "评价打分：按评价标准逐项打分（0–100），计算加权得分、测评得分、最终得分和等次（上级党委；测评结束后，PROJ-12）",
        params: ProjectIdParamsSchema,
        body: EvaluateProjectSchema,
        response: { 200: ProjectEvaluationSchema, ...responses },
      },
    },
    (request) => evaluateProject(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/secretary-projects/:id/publish",
    {
      schema: {
        tags,
        summary: "公布评价结果（上级党委；评价完成后，PROJ-14）：此后项目所在组织和党员可以看到得分和等次",
        params: ProjectIdParamsSchema,
        response: { 200: ProjectEvaluationSchema, ...responses },
      },
    },
    (request) => publishProjectEvaluation(ctxOf(request), request.params.id),
  );

  app.get(
    "/api/secretary-project-rubrics",
    {
      schema: {
        tags,
        summary: "党委的年度书记项目评价标准（评价项目、权重和测评权重；未制定时为默认标准）",
        querystring: RubricQuerySchema,
        response: { 200: RubricSchema, ...responses },
      },
    },
    (request) => getRubric(ctxOf(request), request.query),
  );

  app.put(
    "/api/secretary-project-rubrics",
    {
      schema: {
        tags,
        summary: "制定年度书记项目评价标准（本党委；权重为整数且合计为 100；已有评价结果的年度不能修改，PROJ-12）",
        body: UpdateRubricSchema,
        response: { 200: RubricSchema, ...responses },
      },
    },
    (request) => updateRubric(ctxOf(request), request.body),
  );
};
