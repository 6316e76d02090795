import { PassThrough } from "node:stream";
import { z } from "zod";
import {
  AddTargetSchema,
  CampaignCoverageSchema,
  CampaignExportQuerySchema,
  CampaignIdParamsSchema,
  CampaignPageSchema,
  CampaignSchema,
  CampaignTargetPageSchema,
  CampaignTargetSchema,
  CoverageQuerySchema,
  CreateCampaignSchema,
  FindCampaignsQuerySchema,
  FindTargetsQuerySchema,
  PrefillResultSchema,
  PrefillTargetsSchema,
  RemoveTargetSchema,
  TargetParamsSchema,
  UpdateCampaignSchema,
  UpdateTargetSchema,
} from "../../../shared/contracts/assistance.contract";
import { OkSchema } from "../../../shared/contracts/common.contract";
import { ctxOf } from "../../http/context";
import { XLSX_CONTENT_TYPE, contentDisposition } from "../members/members-excel.columns";
import { createCampaign, findCampaigns, getCampaign, getCampaignCoverage, updateCampaign } from "./assistance-campaigns.service";
import { exportCampaign } from "./assistance-export";
import { type App, responses, tags } from "./assistance-openapi";
import { addTarget, findTargets, prefillTargets, removeTarget, updateTarget } from "./assistance-targets.service";

/** Campaign plans (走访慰问计划): who must be visited, by whom and by when; coverage per organization; the export. */
export function campaignRoutes(app: App) {
  app.get(
    "/api/care/campaigns",
    {
      schema: {
        tags,
        summary: "走访慰问计划（分页）：本组织及下级的计划和上级党委的计划，含本人范围内的覆盖率和慰问金额（分）",
        querystring: FindCampaignsQuerySchema,
        response: { 200: CampaignPageSchema, ...responses },
      },
    },
    (request) => findCampaigns(ctxOf(request), request.query),
  );

  app.post(
    "/api/care/campaigns",
    {
      schema: {
        tags,
        summary: "制定走访慰问计划（如春节、“七一”）：开始日期不晚于完成时限，均在计划年度内（AID-09）",
        body: CreateCampaignSchema,
        response: { 201: CampaignSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await createCampaign(ctxOf(request), request.body)),
  );

  app.get(
    "/api/care/campaigns/:id",
    {
      schema: { tags, summary: "走访慰问计划详情：覆盖率（AID-12）和按计划登记的慰问金额（分）", params: CampaignIdParamsSchema, response: { 200: CampaignSchema, ...responses } },
    },
    (request) => getCampaign(ctxOf(request), request.params.id),
  );

  app.put(
    "/api/care/campaigns/:id",
    {
      schema: {
        tags,
        summary: "修改走访慰问计划（制定计划的组织；期间调整后走访对象的完成时限和按计划登记的走访须仍在期间内，AID-09…11）",
        params: CampaignIdParamsSchema,
        body: UpdateCampaignSchema,
        response: { 200: CampaignSchema, ...responses },
      },
    },
    (request) => updateCampaign(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/care/campaigns/:id/coverage",
    {
      schema: {
        tags,
        summary: "走访覆盖率：所选组织的各下级组织（按其全部下级汇总）和本级的走访对象、已走访、逾期未走访和覆盖率（AID-12）",
        params: CampaignIdParamsSchema,
        querystring: CoverageQuerySchema,
        response: { 200: CampaignCoverageSchema, ...responses },
      },
    },
    (request) => getCampaignCoverage(ctxOf(request), request.params.id, request.query.orgId),
  );

  app.get(
    "/api/care/campaigns/:id/targets",
    {
      schema: {
        tags,
        summary: "走访对象（分页）：走访人、完成时限、走访日期，可筛选已走访或未走访",
        params: CampaignIdParamsSchema,
        querystring: FindTargetsQuerySchema,
        response: { 200: CampaignTargetPageSchema, ...responses },
      },
    },
    (request) => findTargets(ctxOf(request), request.params.id, request.query),
  );

  app.post(
    "/api/care/campaigns/:id/targets",
    {
      schema: {
        tags,
        summary: "增加走访对象：本人范围内、计划组织之下的帮扶对象，同一计划只列一次（AID-10）",
        params: CampaignIdParamsSchema,
        body: AddTargetSchema,
        response: { 201: CampaignTargetSchema, ...responses },
      },
    },
    async (request, reply) => reply.status(201).send(await addTarget(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/care/campaigns/:id/targets/prefill",
    {
      schema: {
        tags,
        summary: "一键生成走访对象：所选组织下（本人范围内）全部困难党员、老党员和登记的帮扶对象，已列入或移出的不再加入；走访人默认为所在组织书记",
        params: CampaignIdParamsSchema,
        body: PrefillTargetsSchema,
        response: { 200: PrefillResultSchema, ...responses },
      },
    },
    (request) => prefillTargets(ctxOf(request), request.params.id, request.body),
  );

  app.patch(
    "/api/care/campaigns/:id/targets/:targetId",
    {
      schema: {
        tags,
        summary: "调整走访对象的走访人和完成时限（完成时限在计划期间内，AID-10）",
        params: TargetParamsSchema,
        body: UpdateTargetSchema,
        response: { 200: CampaignTargetSchema, ...responses },
      },
    },
    (request) => updateTarget(ctxOf(request), request.params.id, request.params.targetId, request.body),
  );

  app.post(
    "/api/care/campaigns/:id/targets/:targetId/remove",
    {
      schema: {
        tags,
        summary: "移出走访对象：写明原因，记录保留，不再计入覆盖率",
        params: TargetParamsSchema,
        body: RemoveTargetSchema,
        response: { 200: OkSchema, ...responses },
      },
    },
    (request) => removeTarget(ctxOf(request), request.params.id, request.params.targetId, request.body),
  );

  app.get(
    "/api/care/campaigns/:id/export.xlsx",
    {
      schema: {
        tags,
        summary: "导出走访慰问计划（.xlsx）：覆盖情况、走访对象和按计划登记的走访记录（金额单位：元；记入审计）",
        params: CampaignIdParamsSchema,
        querystring: CampaignExportQuerySchema,
        response: { 200: z.unknown().describe("Excel 工作簿（.xlsx）"), ...responses },
      },
    },
    async (request, reply) => {
      const exported = await exportCampaign(ctxOf(request), request.params.id, request.query.orgId);
      const out = new PassThrough();
      // Headers go with the first bytes; a later failure can only cut the download short.
      exported.write(out).catch((error: unknown) => {
        request.log.error({ err: error, requestId: request.id }, "care campaign export failed while streaming");
        out.destroy(error as Error);
      });
      return reply
        .header("content-type", XLSX_CONTENT_TYPE)
        .header("content-disposition", contentDisposition(exported.fileName, "care-campaign.xlsx"))
        .header("cache-control", "no-store")
        .send(out);
    },
  );
}
