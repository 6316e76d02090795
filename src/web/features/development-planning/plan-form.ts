import { PLAN_TARGET_KEYS, type PlanProgress, type PlanTargetKey, type SavePlan } from "../../../shared/contracts/development.contract";
import type { Org } from "../../../shared/contracts/orgs.contract";

export interface QuotaValue {
  orgId?: string;
  quota?: number | null;
}

export interface PlanFormValues {
  targets: Partial<Record<PlanTargetKey, number | null>>;
  notes?: string | null;
  quotas: QuotaValue[];
}

export const initialPlanValues = (progress: PlanProgress): PlanFormValues => ({
  targets: progress.plan?.targets ?? {},
  notes: progress.plan?.notes ?? null,
  quotas: progress.rows.map((row) => ({ orgId: row.orgId, quota: row.quota })),
});

/** The form's values → the request: empty targets left out, lines without an organization dropped, an empty quota 0. */
export function toSavePlan(orgId: string, year: number, values: PlanFormValues): SavePlan {
  const targets: SavePlan["targets"] = {};
  for (const key of PLAN_TARGET_KEYS) {
    const target = values.targets?.[key];
    if (typeof target === "number") targets[key] = target;
  }
  const quotas = (values.quotas ?? [])
    .filter((line): line is QuotaValue & { orgId: string } => Boolean(line.orgId))
    .map((line) => ({ orgId: line.orgId, quota: line.quota ?? 0 }));
  return { orgId, year, targets, notes: values.notes?.trim() || null, quotas };
}

/**
 * The organizations 列出全部下级组织 adds: the plan organization's direct children not listed yet,
 * leaving out any that contains a listed one (a general branch whose branches already have quotas),
 * since the server refuses a quota counted twice.
 */
export function missingQuotaOrgs(planOrgId: string, quotaOrgs: Org[], listedIds: ReadonlySet<string>): Org[] {
  const byId = new Map(quotaOrgs.map((org) => [org.id, org]));
  const containsListed = new Set<string>();
  for (const id of listedIds) {
    for (let parentId = byId.get(id)?.parentId; parentId && parentId !== planOrgId; parentId = byId.get(parentId)?.parentId) containsListed.add(parentId);
  }
  return quotaOrgs.filter((org) => org.parentId === planOrgId && !listedIds.has(org.id) && !containsListed.has(org.id));
}
