import type { z } from "zod";
import type { CampaignKind } from "../../../shared/care";
import type {
  Campaign,
  CampaignCoverage,
  CreateCampaignSchema,
  FindCampaignsQuerySchema,
  UpdateCampaignSchema,
} from "../../../shared/contracts/assistance.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { requireOrgInScope, todayOf } from "../organizations/organizations.service";
import { campaignNode, canEditCampaign, requireCampaign, requireCarePlan, requireCareRead } from "./assistance-access";
import {
  type CampaignRow,
  type CampaignView,
  countOutsideWindow,
  findCampaignRows,
  findCoverageByCampaign,
  findCoverageRows,
  findTotalsByCampaign,
  insertCampaignRow,
  updateCampaignRow,
} from "./assistance-campaigns.repository";
import { refuse } from "./assistance-rule-catalogue";
import { toCoverage } from "./assistance-view";
import { checkCampaign } from "./assistance.rules";
import { createAidRuleError, throwIfIssues } from "./assistance.errors";

const campaignSnapshot = (c: CampaignRow) => ({ orgId: c.orgId, year: c.year, kind: c.kind, title: c.title, startsOn: c.startsOn, dueOn: c.dueOn });

const NO_COVERAGE = { targets: 0, visited: 0, overdue: 0 };
const NO_TOTALS = { visits: 0, moneyFen: 0, goodsFen: 0 };

/** Campaigns with the caller's share of their coverage and totals: two grouped queries for the whole page. */
async function toCampaigns(ctx: Ctx, views: readonly CampaignView[]): Promise<Campaign[]> {
  const ids = views.map((v) => v.campaign.id);
  const [coverage, totals] = await Promise.all([findCoverageByCampaign(ctx.db, ctx.actor.scope, ids, todayOf(ctx)), findTotalsByCampaign(ctx.db, ctx.actor.scope, ids)]);
  const coverageOf = new Map(coverage.map((c) => [c.campaignId, c]));
  const totalsOf = new Map(totals.map((t) => [t.campaignId, t]));
  return views.map((view) => {
    const c = view.campaign;
    const t = totalsOf.get(c.id) ?? NO_TOTALS;
    return {
      id: c.id,
      orgId: c.orgId,
      orgName: view.orgName,
      year: c.year,
      kind: c.kind as CampaignKind,
      title: c.title,
      startsOn: c.startsOn,
      dueOn: c.dueOn,
      notes: c.notes,
      coverage: toCoverage(coverageOf.get(c.id) ?? NO_COVERAGE),
      totals: { visits: Number(t.visits), moneyFen: Number(t.moneyFen), goodsFen: Number(t.goodsFen) },
      canEdit: canEditCampaign(ctx, view),
      canAddTargets: can(ctx.actor, "care.plan"),
    };
  });
}

/** 走访慰问计划: those of the caller's organizations and of the organizations above them. */
export async function findCampaigns(ctx: Ctx, query: z.output<typeof FindCampaignsQuerySchema>): Promise<Page<Campaign>> {
  requireCareRead(ctx);
  const { items, total } = await findCampaignRows(ctx.db, ctx.actor.scope, query, query);
  return { items: await toCampaigns(ctx, items), total, page: query.page, pageSize: query.pageSize };
}

export async function getCampaign(ctx: Ctx, id: string): Promise<Campaign> {
  requireCareRead(ctx);
  const [campaign] = await toCampaigns(ctx, [await requireCampaign(ctx.db, ctx, id)]);
  return campaign!;
}

/** A plan of an organization in scope for its subtree (AID-09). */
export async function createCampaign(ctx: Ctx, input: z.output<typeof CreateCampaignSchema>): Promise<Campaign> {
  requireCarePlan(ctx);
  throwIfIssues(checkCampaign(input));
  const id = await ctx.db.transaction(async (tx) => {
    const org = await requireOrgInScope(tx, ctx.actor.scope, input.orgId);
    const row = await insertCampaignRow(tx, { ...input, orgId: org.id, createdBy: userIdOf(ctx) });
    await recordAudit(tx, ctx, { action: "care.campaign_create", entityType: "care_campaign", entityId: row.id, orgId: org.id, after: campaignSnapshot(row) });
    return row.id;
  });
  return getCampaign(ctx, id);
}

/** The plan's title, kind, window and notes; a narrower window may not leave targets or visits outside it (AID-10/11). */
export async function updateCampaign(ctx: Ctx, id: string, input: z.output<typeof UpdateCampaignSchema>): Promise<Campaign> {
  requireCarePlan(ctx);
  await ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, id, { forUpdate: true });
    requireEditable(ctx, view);
    const before = view.campaign;
    throwIfIssues(checkCampaign({ year: before.year, ...input }));
    await checkWindowKeepsRows(tx, id, input);
    const after = await updateCampaignRow(tx, id, input);
    await recordAudit(tx, ctx, { action: "care.campaign_update", entityType: "care_campaign", entityId: id, orgId: before.orgId, before: campaignSnapshot(before), after: campaignSnapshot(after) });
  });
  return getCampaign(ctx, id);
}

export function requireEditable(ctx: Ctx, view: CampaignView) {
  if (!canEditCampaign(ctx, view)) throw createForbiddenError(`只有${view.orgName}及其上级可以修改该计划`);
}

async function checkWindowKeepsRows(tx: Executor, id: string, window: { startsOn: string; dueOn: string }) {
  const outside = await countOutsideWindow(tx, id, window);
  if (outside.targets > 0) throw createAidRuleError([refuse("dueOn", "AID-10", `有 ${outside.targets} 名走访对象的完成时限不在新的计划期间之内，请先调整其完成时限`)]);
  if (outside.visits > 0) throw createAidRuleError([refuse("startsOn", "AID-11", `有 ${outside.visits} 条按本计划登记的走访不在新的计划期间之内`)]);
}

/**
 * Coverage (AID-12) of the organizations directly below the chosen one, each rolled up over its
 * subtree, and the chosen one's own targets; the total is their sum.
 */
export async function getCampaignCoverage(ctx: Ctx, id: string, orgId?: string): Promise<CampaignCoverage> {
  requireCareRead(ctx);
  const view = await requireCampaign(ctx.db, ctx, id);
  const node = await campaignNode(ctx.db, ctx, view, orgId);
  const rows = await findCoverageRows(ctx.db, ctx.actor.scope, id, node, todayOf(ctx));
  const sum = rows.reduce((s, r) => ({ targets: s.targets + r.targets, visited: s.visited + r.visited, overdue: s.overdue + r.overdue }), NO_COVERAGE);
  return {
    org: { id: node.id, name: node.name },
    total: toCoverage(sum),
    rows: rows.map((r) => ({ ...toCoverage(r), orgId: r.org_id, orgName: r.org_name, isSelf: r.is_self, hasChildren: r.has_children })),
  };
}
