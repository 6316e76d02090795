import type { z } from "zod";
import type {
  AddTargetSchema,
  CampaignTarget,
  FindTargetsQuerySchema,
  PrefillTargetsSchema,
  RemoveTargetSchema,
  UpdateTargetSchema,
} from "../../../shared/contracts/assistance.contract";
import type { CareRecipientKind } from "../../../shared/care";
import type { Page } from "../../../shared/contracts/common.contract";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { recordAudit } from "../audit/audit.service";
import { isUniqueViolation } from "../members/members.repository";
import { seniorRuleOf } from "../members/members.service";
import { todayOf } from "../organizations/organizations.service";
import { type CarePersonRef, campaignNode, requireCampaign, requireCarePlan, requireCareRead, resolvePerson } from "./assistance-access";
import { type CampaignView, type TargetRow, findTargetRows, getTargetView, hasTargetEver, insertTargetRow, updateTargetRow } from "./assistance-campaigns.repository";
import { findMemberCareKinds, getRecipientView } from "./assistance-people.repository";
import { insertPrefilledTargets } from "./assistance-prefill.repository";
import { refuse } from "./assistance-rule-catalogue";
import { toTarget } from "./assistance-view";
import { checkTargetDue } from "./assistance.rules";
import { createAidRuleError, createTargetNotFoundError, throwIfIssues } from "./assistance.errors";

const targetSnapshot = (t: TargetRow) => ({ campaignId: t.campaignId, orgId: t.orgId, memberId: t.memberId, recipientId: t.recipientId, kind: t.kind, visitorName: t.visitorName, dueOn: t.dueOn });

async function requireTarget(db: Executor, ctx: Ctx, campaignId: string, targetId: string) {
  const row = await getTargetView(db, ctx.actor.scope, campaignId, targetId);
  if (!row) throw createTargetNotFoundError();
  return row;
}

/** 走访对象: a campaign's targets in the caller's scope (under the chosen organization), visited or not (AID-12). */
export async function findTargets(ctx: Ctx, id: string, query: z.output<typeof FindTargetsQuerySchema>): Promise<Page<CampaignTarget>> {
  requireCareRead(ctx);
  const view = await requireCampaign(ctx.db, ctx, id);
  const node = await campaignNode(ctx.db, ctx, view, query.orgId);
  const today = todayOf(ctx);
  const { items, total } = await findTargetRows(ctx.db, ctx.actor.scope, id, { subtreePath: node.path, visited: query.visited, q: query.q || undefined }, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: items.map((row) => toTarget(row, today)), total, page: query.page, pageSize: query.pageSize };
}

/** The target's kind: why the person is cared for. A member who is not (yet) cared for is no target (AID-10). */
async function kindOf(tx: Executor, ctx: Ctx, person: CarePersonRef): Promise<CareRecipientKind> {
  if (person.recipientId) return (await getRecipientView(tx, ctx.actor.scope, person.recipientId))!.recipient.kind as CareRecipientKind;
  const kinds = await findMemberCareKinds(tx, person.memberId!, { today: todayOf(ctx), senior: seniorRuleOf(ctx) });
  if (kinds?.struggling) return "struggling_member";
  if (kinds?.longIll) return "long_ill_member";
  if (kinds?.senior) return "senior_member";
  throw createAidRuleError([refuse("memberId", "AID-10", `${person.name}不是帮扶对象（困难党员、老党员或已登记的帮扶对象），请先在“帮扶对象”中登记`)]);
}

function checkInCampaign(view: CampaignView, person: CarePersonRef) {
  if (!person.orgPath.startsWith(view.orgPath)) throw createAidRuleError([refuse("memberId", "AID-10", `${person.name}不在计划“${view.campaign.title}”的组织范围内`)]);
}

/** One person in scope and under the campaign's organization, once per campaign (AID-10). */
export async function addTarget(ctx: Ctx, id: string, input: z.output<typeof AddTargetSchema>): Promise<CampaignTarget> {
  requireCarePlan(ctx);
  const targetId = await ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, id, { forUpdate: true });
    const person = await resolvePerson(tx, ctx, input, { active: true });
    checkInCampaign(view, person);
    const dueOn = input.dueOn ?? view.campaign.dueOn;
    throwIfIssues(checkTargetDue(dueOn, view.campaign));
    const once = () => createAidRuleError([refuse(person.recipientId ? "recipientId" : "memberId", "AID-10", `${person.name}已列入本计划（或曾被移出），每名对象在同一计划中只列一次`)]);
    if (await hasTargetEver(tx, id, person)) throw once();
    const kind = await kindOf(tx, ctx, person);
    let row: TargetRow;
    try {
      row = await insertTargetRow(tx, { campaignId: id, orgId: person.orgId, memberId: person.memberId, recipientId: person.recipientId, kind, visitorName: input.visitorName, dueOn });
    } catch (error) {
      if (isUniqueViolation(error, "care_campaign_targets_member_idx") || isUniqueViolation(error, "care_campaign_targets_recipient_idx")) throw once();
      throw error;
    }
    await recordAudit(tx, ctx, { action: "care.target_add", entityType: "care_campaign_target", entityId: row.id, orgId: row.orgId, after: targetSnapshot(row) });
    return row.id;
  });
  return toTarget(await requireTarget(ctx.db, ctx, id, targetId), todayOf(ctx));
}

/**
 * 一键生成: every person cared for under the chosen organization (within the caller's scope) who is
 * not a target yet, in one statement; audited once with the count.
 */
export async function prefillTargets(ctx: Ctx, id: string, input: z.output<typeof PrefillTargetsSchema>): Promise<{ added: number }> {
  requireCarePlan(ctx);
  return ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, id, { forUpdate: true });
    const node = await campaignNode(tx, ctx, view, input.orgId);
    const dueOn = input.dueOn ?? view.campaign.dueOn;
    throwIfIssues(checkTargetDue(dueOn, view.campaign));
    const today = todayOf(ctx);
    const added = await insertPrefilledTargets(tx, ctx.actor.scope, id, node.path, { today, senior: seniorRuleOf(ctx) }, { visitorName: input.visitorName, dueOn });
    await recordAudit(tx, ctx, {
      action: "care.target_add",
      entityType: "care_campaign",
      entityId: id,
      orgId: view.campaign.orgId,
      after: { prefilledUnder: node.id, added, visitorName: input.visitorName || "（各组织书记）", dueOn },
    });
    return { added };
  });
}

/** Who visits, and by when (AID-10): the target's organization in scope. */
export async function updateTarget(ctx: Ctx, id: string, targetId: string, input: z.output<typeof UpdateTargetSchema>): Promise<CampaignTarget> {
  requireCarePlan(ctx);
  await ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, id, { forUpdate: true });
    const { target: before } = await requireTarget(tx, ctx, id, targetId);
    if (input.dueOn) throwIfIssues(checkTargetDue(input.dueOn, view.campaign));
    const after = await updateTargetRow(tx, targetId, { visitorName: input.visitorName, dueOn: input.dueOn });
    await recordAudit(tx, ctx, { action: "care.campaign_update", entityType: "care_campaign_target", entityId: targetId, orgId: before.orgId, before: targetSnapshot(before), after: targetSnapshot(after) });
  });
  return toTarget(await requireTarget(ctx.db, ctx, id, targetId), todayOf(ctx));
}

/** 移出: the target leaves the campaign (archived, with the reason); it is never listed again. */
export async function removeTarget(ctx: Ctx, id: string, targetId: string, input: z.output<typeof RemoveTargetSchema>): Promise<{ ok: true }> {
  requireCarePlan(ctx);
  await ctx.db.transaction(async (tx) => {
    await requireCampaign(tx, ctx, id, { forUpdate: true });
    const { target: before } = await requireTarget(tx, ctx, id, targetId);
    await updateTargetRow(tx, targetId, { archivedAt: ctx.clock() });
    await recordAudit(tx, ctx, { action: "care.target_remove", entityType: "care_campaign_target", entityId: targetId, orgId: before.orgId, before: targetSnapshot(before), after: { reason: input.reason } });
  });
  return { ok: true };
}
