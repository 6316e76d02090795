import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { isPathInScope } from "../access/access.rules";
import { requireOrgInScope } from "../organizations/organizations.service";
import type { RuleIssue } from "../members/members.rules";
import { type CampaignView, getCampaignView } from "./assistance-campaigns.repository";
import { findMemberInScope, getRecipientView } from "./assistance-people.repository";
import { refuse } from "./assistance-rule-catalogue";
import { type CarePeriod, isMemberKind } from "./assistance.rules";
import {
  createAidRuleError,
  createCampaignNotFoundError,
  createCarePlanForbidden,
  createCareReadForbidden,
  createCareRecordForbidden,
  createRecipientNotFoundError,
  throwIfIssues,
} from "./assistance.errors";

// Who may do what (care.* permissions: WHAT) and the rows they reach (scope SQL: WHICH); a row out
// of reach answers 404 exactly like a missing one.

export const requireCareRead = (ctx: Ctx) => {
  if (!can(ctx.actor, "care.read")) throw createCareReadForbidden();
};
export const requireCareRecord = (ctx: Ctx) => {
  if (!can(ctx.actor, "care.record")) throw createCareRecordForbidden();
};
export const requireCarePlan = (ctx: Ctx) => {
  if (!can(ctx.actor, "care.plan")) throw createCarePlanForbidden();
};

export async function requireRecipient(db: Executor, ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}) {
  const view = await getRecipientView(db, ctx.actor.scope, id, options);
  if (!view) throw createRecipientNotFoundError();
  return view;
}

export async function requireCampaign(db: Executor, ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<CampaignView> {
  const view = await getCampaignView(db, ctx.actor.scope, id, options);
  if (!view) throw createCampaignNotFoundError();
  return view;
}

/** The plan itself may change only by those whose scope holds its organization (a branch only reads its committee's). */
export const canEditCampaign = (ctx: Ctx, view: Pick<CampaignView, "orgPath">) => can(ctx.actor, "care.plan") && isPathInScope(ctx.actor.scope, view.orgPath);

/**
 * The organization whose subtree a campaign's figures cover: the one asked for (in scope and under the
 * campaign's organization, else 404), by default the campaign's own organization, or — for a branch
 * working its committee's campaign — the caller's own.
 */
export async function campaignNode(db: Executor, ctx: Ctx, view: CampaignView, orgId?: string | null): Promise<{ id: string; name: string; path: string }> {
  if (orgId) {
    const org = await requireOrgInScope(db, ctx.actor.scope, orgId);
    if (!org.path.startsWith(view.orgPath)) throw createCampaignNotFoundError();
    return org;
  }
  if (isPathInScope(ctx.actor.scope, view.orgPath)) return { id: view.campaign.orgId, name: view.orgName, path: view.orgPath };
  return ctx.actor.org;
}

/** The one person a visit or a target names: a member of the roster, or a recorded family or masses. */
export interface CarePersonRef {
  memberId: string | null;
  recipientId: string | null;
  name: string;
  orgId: string;
  orgPath: string;
  period: CarePeriod;
}

/**
 * AID-05: the person in the caller's scope. A member-kind record names its member (visits and
 * targets are the member's own). `active`: a new visit or target needs a member still on the roster
 * and a record not ended (an old visit's correction does not).
 */
export async function resolvePerson(db: Executor, ctx: Ctx, ids: { memberId?: string | null; recipientId?: string | null }, options: { active: boolean; field?: string }): Promise<CarePersonRef> {
  const field = options.field ?? (ids.recipientId ? "recipientId" : "memberId");
  const notFound = (why: string): RuleIssue[] => [refuse(field, "AID-05", why)];
  if (ids.recipientId) {
    const view = await getRecipientView(db, ctx.actor.scope, ids.recipientId);
    if (!view) throw createAidRuleError(notFound("走访对象须为本组织范围内登记的帮扶对象"));
    const r = view.recipient;
    if (isMemberKind(r.kind) && r.memberId) return resolvePerson(db, ctx, { memberId: r.memberId }, options);
    if (options.active && r.endedOn) throwIfIssues(notFound(`${r.personName}的帮扶已于 ${r.endedOn} 结束`));
    return { memberId: null, recipientId: r.id, name: r.personName, orgId: r.orgId, orgPath: view.orgPath, period: { startedOn: r.startedOn, endedOn: r.endedOn } };
  }
  const member = ids.memberId ? await findMemberInScope(db, ctx.actor.scope, ids.memberId) : undefined;
  if (!member) throw createAidRuleError(notFound("走访对象须为本组织范围内的在册党员或登记的帮扶对象"));
  if (options.active && member.standing !== "active") throwIfIssues(notFound(`${member.name}不是正常状态的在册党员`));
  return { memberId: member.id, recipientId: null, name: member.name, orgId: member.orgId, orgPath: member.orgPath, period: { startedOn: null, endedOn: null } };
}
