import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponseSchema, IdParamsSchema, PageQuerySchema, UuidSchema } from "../../../shared/contracts/common.contract";
import {
  AdvanceEvaluationSchema,
  BallotReceiptSchema,
  CastBallotSchema,
  CreateEvaluationCampaignSchema,
  EvaluationCampaignDetailSchema,
  EvaluationCampaignPageSchema,
  EvaluationEntryDetailSchema,
  FindEvaluationCampaignsQuerySchema,
  MyEntrySchema,
  MyEvaluationPageSchema,
  PaperBallotsSchema,
  RecountSchema,
  SetFeedbackSchema,
  SetGradesSchema,
  UpdateEvaluationCampaignSchema,
  UpdateEvaluationEntrySchema,
} from "../../../shared/contracts/evaluation.contract";
import { ctxOf } from "../../http/context";
import { errorResponses } from "../../http/openapi";
import { saveMyEntry, setEvaluationFeedback, setEvaluationGrades, updateEvaluationEntry } from "./evaluation-entries.service";
import { advanceEvaluation } from "./evaluation-phases.service";
import { castBallot, enterPaperBallots, recountEvaluation } from "./evaluation-voting.service";
import {
  createEvaluationCampaign,
  findEvaluationCampaigns,
  findMyEvaluations,
  getEvaluationCampaign,
  getEvaluationEntry,
  updateEvaluationCampaign,
} from "./evaluation.service";

const tags = ["evaluation"];
/** Rule refusals answer 422 with error.code = the rule id (EVAL-01…); the wrong role 403; out of scope 404. */
const responses = { ...errorResponses, 422: ErrorResponseSchema };
const EntryParamsSchema = z.object({ id: UuidSchema, entryId: UuidSchema });

export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/evaluations",
    {
      schema: {
        tags,
        summary: "民主评议列表（分页；党委可查看所属党支部的评议阶段和评定结果；按组织、年度、阶段筛选）",
        querystring: FindEvaluationCampaignsQuerySchema,
        response: { 200: EvaluationCampaignPageSchema, ...responses },
      },
    },
    (request) => findEvaluationCampaigns(ctxOf(request), request.query),
  );

  app.post(
    "/api/evaluations",
    {
      schema: {
        tags,
        summary: "建立年度民主评议（党支部每年一次；本支部及所属党小组在册党员均参加，预备党员参加但不评定等次）",
        body: CreateEvaluationCampaignSchema,
        response: { 201: EvaluationCampaignDetailSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createEvaluationCampaign(ctxOf(request), request.body)),
  );

  app.get(
    "/api/evaluations/mine",
    {
      schema: {
        tags,
        summary: "我参加的民主评议：本人自评和党性分析、测评票、公示的评定结果",
        querystring: PageQuerySchema,
        response: { 200: MyEvaluationPageSchema, ...responses },
      },
    },
    (request) => findMyEvaluations(ctxOf(request), request.query),
  );

  app.get(
    "/api/evaluations/:id",
    {
      schema: {
        tags,
        summary: "民主评议详情：阶段、参加人、进度、测评统计、评定等次和当前可进行的操作（党员只能看到本人内容和公示结果）",
        params: IdParamsSchema,
        response: { 200: EvaluationCampaignDetailSchema, ...responses },
      },
    },
    (request) => getEvaluationCampaign(ctxOf(request), request.params.id),
  );

  app.patch(
    "/api/evaluations/:id",
    {
      schema: {
        tags,
        summary: "修改民主评议：标题、学习教育情况、关联支部党员大会、上报情况（各在其所处阶段）",
        params: IdParamsSchema,
        body: UpdateEvaluationCampaignSchema,
        response: { 200: EvaluationCampaignDetailSchema, ...responses },
      },
    },
    (request) => updateEvaluationCampaign(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/evaluations/:id/advance",
    {
      schema: {
        tags,
        summary: "进入下一阶段（只能逐步向前；结束测评时统计测评票；公示时为不合格党员建立处置记录；上报须填写上报情况）",
        params: IdParamsSchema,
        body: AdvanceEvaluationSchema,
        response: { 200: EvaluationCampaignDetailSchema, ...responses },
      },
    },
    (request) => advanceEvaluation(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/evaluations/:id/entries/:entryId",
    {
      schema: {
        tags,
        summary: "一名党员的评议记录：个人自评、党性分析、互评意见（党员只能查看本人的）",
        params: EntryParamsSchema,
        response: { 200: EvaluationEntryDetailSchema, ...responses },
      },
    },
    (request) => getEvaluationEntry(ctxOf(request), request.params.id, request.params.entryId),
  );

  app.patch(
    "/api/evaluations/:id/entries/:entryId",
    {
      schema: {
        tags,
        summary: "党支部登记一名党员的评议内容：代录纸质自评和党性分析（个人自评阶段）、互评意见（党员互评阶段）",
        params: EntryParamsSchema,
        body: UpdateEvaluationEntrySchema,
        response: { 200: EvaluationEntryDetailSchema, ...responses },
      },
    },
    (request) => updateEvaluationEntry(ctxOf(request), request.params.id, request.params.entryId, request.body),
  );

  app.put(
    "/api/evaluations/:id/my-entry",
    {
      schema: {
        tags,
        summary: "填写本人的个人自评和党性分析（个人自评阶段）",
        params: IdParamsSchema,
        body: MyEntrySchema,
        response: { 200: EvaluationEntryDetailSchema, ...responses },
      },
    },
    (request) => saveMyEntry(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/evaluations/:id/ballot",
    {
      schema: {
        tags,
        summary: "网上投测评票（无记名，每人一次，投出后不能修改；只记录本人已投票，不记录投票内容与投票人的关联）",
        params: IdParamsSchema,
        body: CastBallotSchema,
        response: { 201: BallotReceiptSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await castBallot(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/evaluations/:id/paper-ballots",
    {
      schema: {
        tags,
        summary: "批量录入纸质测评票（每张票对每名参加评定等次的党员评定一个等次；测评票总数不超过参加评议人数）",
        params: IdParamsSchema,
        body: PaperBallotsSchema,
        response: { 201: BallotReceiptSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await enterPaperBallots(ctxOf(request), request.params.id, request.body)),
  );

  app.put(
    "/api/evaluations/:id/grades",
    {
      schema: {
        tags,
        summary: "评定等次：建议等次、评定理由和确定等次（评定等次阶段；优秀不超过参加评定等次党员的三分之一，EVAL-01）",
        params: IdParamsSchema,
        body: SetGradesSchema,
        response: { 200: EvaluationCampaignDetailSchema, ...responses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await setEvaluationGrades(ctx, request.params.id, request.body);
      return getEvaluationCampaign(ctx, request.params.id);
    },
  );

  app.put(
    "/api/evaluations/:id/feedback",
    {
      schema: {
        tags,
        summary: "向党员反馈评议结果（评定等次阶段，公示前须反馈到每名党员）",
        params: IdParamsSchema,
        body: SetFeedbackSchema,
        response: { 200: EvaluationCampaignDetailSchema, ...responses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await setEvaluationFeedback(ctx, request.params.id, request.body);
      return getEvaluationCampaign(ctx, request.params.id);
    },
  );

  app.get(
    "/api/evaluations/:id/tally",
    {
      schema: {
        tags,
        summary: "复核测评结果：按全部测评票重新统计并与保存的统计哈希（SHA-256）比对（记入审计日志）",
        params: IdParamsSchema,
        response: { 200: RecountSchema, ...responses },
      },
    },
    (request) => recountEvaluation(ctxOf(request), request.params.id),
  );
};
