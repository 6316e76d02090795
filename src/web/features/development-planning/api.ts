import { MAX_PAGE_SIZE, type Page } from "../../../shared/contracts/common.contract";
import type { DueStep, Pipeline, PlanProgress, SavePlan } from "../../../shared/contracts/development.contract";
import type { Org } from "../../../shared/contracts/orgs.contract";
import type { OrgKind } from "../../../shared/domain";
import { api } from "../../lib/api-client";

/** Cases by stage, and the reminders, in `orgId`'s subtree (default: the top of the caller's scope). */
export const getPipeline = (orgId: string | undefined, signal?: AbortSignal) =>
  api.get<Pipeline>("/api/development/pipeline", { orgId }, signal);

export interface FindDueStepsParams {
  orgId?: string;
  days?: number;
  page?: number;
  pageSize?: number;
}

/** Steps overdue or due within `days`, earliest first. */
export const findDueSteps = (params: FindDueStepsParams, signal?: AbortSignal) =>
  api.get<Page<DueStep>>("/api/development/due", { ...params }, signal);

export const getPlanProgress = (orgId: string, year: number, signal?: AbortSignal) =>
  api.get<PlanProgress>("/api/development/plans", { orgId, year }, signal);

export const savePlan = (input: SavePlan) => api.put<PlanProgress>("/api/development/plans", input);

/** The organizations that draw up a yearly plan (rules.md §1: the committee or general branch). */
export const PLAN_ORG_KINDS: readonly OrgKind[] = ["committee", "general_branch"];
/** The organizations a plan hands quotas to: the committees, general branches and branches below it; party groups get none. */
export const QUOTA_ORG_KINDS: readonly OrgKind[] = ["committee", "general_branch", "branch", "joint_branch", "temporary_branch"];

async function findChildOrgs(parentId: string): Promise<Org[]> {
  const children: Org[] = [];
  for (let page = 1; ; page++) {
    const result = await api.get<Page<Org>>("/api/orgs", { parentId, page, pageSize: MAX_PAGE_SIZE });
    children.push(...result.items);
    if (result.items.length === 0 || children.length >= result.total) return children;
  }
}

/** The top of the caller's scope: the default organization of the planning pages. */
export const findRootOrgs = async (signal?: AbortSignal) =>
  (await api.get<Page<Org>>("/api/orgs", { roots: true, pageSize: MAX_PAGE_SIZE }, signal)).items;

/**
 * The organizations below `orgId` that can receive a quota, level by level: its children, and the
 * branches under its general branches. A committee below is not opened (it plans for its own
 * subtree), nor a branch (below it are only party groups), so this stays a handful of requests.
 */
export async function findQuotaOrgs(orgId: string): Promise<Org[]> {
  const found: Org[] = [];
  let level = [orgId];
  while (level.length > 0) {
    const children = (await Promise.all(level.map(findChildOrgs))).flat().filter((org) => QUOTA_ORG_KINDS.includes(org.kind));
    found.push(...children);
    level = children.filter((org) => org.hasChildren && org.kind === "general_branch").map((org) => org.id);
  }
  return found;
}
