import type { StructureStats, StructureStatsQuery } from "../../../shared/contracts/stats.contract";
import type { Role } from "../../../shared/domain";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import type { Actor } from "../access/access.rules";
import { seniorRuleOf, todayOf } from "../members/members.service";
import { requireOrgInScope } from "../organizations/organizations.service";
import { type StructureRow, countStructure } from "./stats.repository";
import { type Dimension, FOCUS_GROUP_LABELS, bucket, bucketsOf, flagLabels, minorityBuckets } from "./stats.rules";

/**
 * Who may read the roster's statistics: everyone who manages part of the tree. A member (scope: their
 * own record) may not, since the figures describe other people. Kept here until access.policy.ts
 * gets a "stats.read" permission.
 */
const STATS_ROLES: readonly Role[] = ["admin", "org_admin", "branch_officer"];

/** The top of what the caller manages: their committee or branch; an admin's own committee. */
const defaultOrgId = (actor: Actor) => (actor.scope.kind === "all" ? actor.org.id : actor.scope.orgId);

/** Structure of the active roster of one subtree (rules.md §6.1): 404 outside the caller's scope. */
export async function getStructureStats(ctx: Ctx, query: StructureStatsQuery): Promise<StructureStats> {
  if (!STATS_ROLES.includes(ctx.actor.role)) throw createForbiddenError("党员角色无权查看党员队伍统计");
  const org = await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId ?? defaultOrgId(ctx.actor));
  const asOf = todayOf(ctx);
  const seniorRule = seniorRuleOf(ctx);
  const rows = await countStructure(ctx.db, org.path, asOf, seniorRule);
  return toStructureStats({ id: org.id, name: org.name }, asOf, rows, flagLabels(seniorRule));
}

/** Shapes the aggregate's rows: one grand-total row (with the FILTER counts) and one row per category. */
export function toStructureStats(org: StructureStats["org"], asOf: string, rows: StructureRow[], flags: ReturnType<typeof flagLabels>): StructureStats {
  const totals = rows.find((r) => r.dimension === "total");
  const total = totals?.count ?? 0;
  const countsOf = (dimension: Dimension | "ethnicity") =>
    new Map(rows.filter((r) => r.dimension === dimension && r.key !== null).map((r) => [r.key!, r.count]));
  const byDimension = (dimension: Dimension) => bucketsOf(dimension, countsOf(dimension), total);
  const scalar = (name: keyof Omit<StructureRow, "dimension" | "key">) => totals?.[name] ?? 0;

  return {
    org,
    asOf,
    total,
    byStatus: byDimension("status"),
    byGender: byDimension("gender"),
    byEthnicity: byDimension("ethnicGroup"),
    byMinority: minorityBuckets(countsOf("ethnicity"), total),
    byAgeBand: byDimension("ageBand"),
    byPartyAgeBand: byDimension("partyAgeBand"),
    byEducation: byDimension("education"),
    byOccupation: byDimension("occupation"),
    byDomain: byDimension("domain"),
    youngUnder35: scalar("young"),
    focusGroups: (["youngWorkers", "farmers", "intellectuals"] as const).map((k) => bucket(k, FOCUS_GROUP_LABELS[k], scalar(k), total)),
    flags: (["mobile", "struggling", "lostContact", "senior"] as const).map((k) => bucket(k, flags[k], scalar(k), total)),
  };
}
