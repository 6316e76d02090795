import {
  PLAN_TARGET_KEYS,
  PLAN_TARGET_LABELS,
  type PlanProgress,
  type PlanTargetKey,
  type SavePlan,
} from "../../../shared/contracts/development.contract";
import { ORG_KIND_LABELS, type OrgKind } from "../../../shared/domain";
import { ERROR_CODES } from "../../../shared/error-codes";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { AppError, createFieldError, createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import type { Scope } from "../access/access.rules";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../members/members.service";
import type { OrgRow } from "../organizations/organizations.repository";
import { requireLiveOrg, requireOrgInScope } from "../organizations/organizations.service";
import {
  type PlanRow,
  type PlanWindow,
  archivePlanRow,
  countPlanOrg,
  findQuotaRows,
  findScopedOrgs,
  getLivePlanRow,
  insertPlanRow,
  quotaProgressQuery,
} from "./development-plans.repository";
import {
  PLAN_RULE,
  type PlanIssue,
  type QuotaOrg,
  canHavePlan,
  checkQuotaOrgs,
  forecastBounds,
  isForecastOpen,
  yearEndOf,
  yearStartOf,
} from "./development-plans.rules";
import { createDevelopmentReadForbidden } from "./development.errors";

type Targets = Partial<Record<PlanTargetKey, number>>;

const createPlanForbiddenError = () => createForbiddenError("只有系统管理员和党委管理员可以制定发展党员计划");
const createPlanOrgInvalidError = (kind: OrgKind) =>
  createFieldError(
    ERROR_CODES.developmentPlanOrgInvalid,
    422,
    "orgId",
    `发展党员计划由基层党委或党总支制定并分配名额，${ORG_KIND_LABELS[kind]}不能制定（《发展党员工作细则》第三条：有计划地发展）`,
    PLAN_RULE,
  );
const createQuotaOrgsInvalidError = (issues: PlanIssue[]) =>
  new AppError(
    ERROR_CODES.developmentPlanOrgInvalid,
    422,
    issues.map((i) => i.message).join("；"),
    issues.map((i) => ({ field: i.field, rule: i.rule, message: i.message })),
  );

function planWindow(year: number): PlanWindow {
  const yearEnd = yearEndOf(year);
  return { yearStart: yearStartOf(year), yearEnd, ...forecastBounds(yearEnd) };
}

/**
 * Plan against actual for one organization and year: per quota organization the admitted (approved
 * by the committee) this year in its subtree and the open cases that can still be admitted by 31
 * December; totals over the whole plan organization (so people in organizations without a quota
 * count too); the structure targets against this year's admitted; and the forecast per stage.
 * Without a plan the rows are empty, the quota 0, and the actual figures still shown.
 */
export async function getPlanProgress(ctx: Ctx, query: { orgId: string; year: number }): Promise<PlanProgress> {
  if (!can(ctx.actor, "development.read")) throw createDevelopmentReadForbidden();
  const org = await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId);
  return planProgressOf(ctx.db, ctx, org, query.year);
}

async function planProgressOf(db: Executor, ctx: Ctx, org: OrgRow, year: number): Promise<PlanProgress> {
  const scope: Scope = ctx.actor.scope;
  const window = planWindow(year);
  const forecastOpen = isForecastOpen(year, todayOf(ctx));
  const plan = await getLivePlanRow(db, org.id, year);
  const [rows, whole] = await Promise.all([
    plan ? quotaProgressQuery(db, scope, plan.id, window) : Promise.resolve([]),
    countPlanOrg(db, scope, { orgId: org.id, path: org.path }, window),
  ]);
  const forecast = (n: number) => (forecastOpen ? n : 0);
  const targets = (plan?.targets ?? {}) as Targets;
  return {
    plan: plan ? { id: plan.id, orgId: org.id, orgName: org.name, year: plan.year, targets, notes: plan.notes } : null,
    rows: rows.map((r) => ({ ...r, forecast: forecast(r.forecast) })),
    totals: { quota: rows.reduce((sum, r) => sum + r.quota, 0), actual: whole.actual, forecast: forecast(whole.reachProbationary) },
    targets: PLAN_TARGET_KEYS.map((key) => ({ key, label: PLAN_TARGET_LABELS[key], target: targets[key] ?? null, actual: whole[key] })),
    forecast: [
      { stage: "activist", canReach: forecast(whole.reachActivist) },
      { stage: "candidate", canReach: forecast(whole.reachCandidate) },
      { stage: "probationary", canReach: forecast(whole.reachProbationary) },
      { stage: "full_member", canReach: forecast(whole.reachFullMember) },
    ],
    canManage: can(ctx.actor, "development.manage_plan") && canHavePlan(org.kind as OrgKind),
  };
}

const planSnapshot = (plan: PlanRow, planQuotas: { orgId: string; quota: number }[]) => ({
  orgId: plan.orgId,
  year: plan.year,
  targets: plan.targets,
  notes: plan.notes,
  quotas: planQuotas.map((q) => ({ orgId: q.orgId, quota: q.quota })),
});

/**
 * Creates or replaces the plan of (orgId, year). A replaced plan is archived with its quotas, never
 * overwritten, and the audit entry holds both; saves for one organization are serialized by locking
 * its row, so two officers saving at once cannot leave two live plans.
 */
export async function savePlan(ctx: Ctx, input: SavePlan): Promise<PlanProgress> {
  if (!can(ctx.actor, "development.manage_plan")) throw createPlanForbiddenError();
  return ctx.db.transaction(async (tx) => {
    const org = await requireLiveOrg(tx, ctx.actor.scope, input.orgId, { forUpdate: true });
    if (!canHavePlan(org.kind as OrgKind)) throw createPlanOrgInvalidError(org.kind as OrgKind);
    const quotaOrgIds = input.quotas.map((q) => q.orgId);
    const found = await findScopedOrgs(tx, ctx.actor.scope, [...new Set(quotaOrgIds)]);
    const orgs = new Map<string, QuotaOrg>(
      found.map((o) => [o.id, { id: o.id, path: o.path, name: o.name, kind: o.kind as OrgKind, isDissolved: o.archivedAt !== null }]),
    );
    const issues = checkQuotaOrgs(org, quotaOrgIds, orgs);
    if (issues.length > 0) throw createQuotaOrgsInvalidError(issues);

    const before = await getLivePlanRow(tx, org.id, input.year);
    const beforeQuotas = before ? await findQuotaRows(tx, before.id) : [];
    if (before) await archivePlanRow(tx, before.id);
    const planQuotas = input.quotas.map((q) => ({ orgId: q.orgId, quota: q.quota }));
    const after = await insertPlanRow(
      tx,
      { orgId: org.id, year: input.year, targets: input.targets, notes: input.notes ?? null, createdBy: userIdOf(ctx) },
      planQuotas,
    );
    await recordAudit(tx, ctx, {
      action: "development.plan.save",
      entityType: "development_plan",
      entityId: after.id,
      orgId: org.id,
      before: before ? { id: before.id, ...planSnapshot(before, beforeQuotas) } : null,
      after: planSnapshot(after, planQuotas),
    });
    return planProgressOf(tx, ctx, org, input.year);
  });
}
