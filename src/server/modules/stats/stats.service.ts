import type { StructureStats, StructureStatsQuery } from "../../../shared/contracts/stats.contract";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import type { Actor } from "../access/access.rules";
import { seniorRuleOf, todayOf } from "../members/members.service";
import { requireOrgInScope } from "../organizations/organizations.service";
import { type CountedDimension, type StructureCounts, countStructure } from "./stats.repository";
import { COLLEGE_OR_ABOVE, FOCUS_GROUP_LABELS, bucket, bucketsOf, ethnicGroupsOf, flagLabels, minorityBuckets } from "./stats.rules";

/** The top of what the caller manages: their committee or branch; an admin's own committee. */
const defaultOrgId = (actor: Actor) => (actor.scope.kind === "all" ? actor.org.id : actor.scope.orgId);

/** Structure of the active roster of one subtree (rules.md §6.1): 404 outside the caller's scope. */
export async function getStructureStats(ctx: Ctx, query: StructureStatsQuery): Promise<StructureStats> {
  if (!can(ctx.actor, "stats.read")) throw createForbiddenError("党员角色无权查看党员队伍统计");
  const org = await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId ?? defaultOrgId(ctx.actor));
  const asOf = todayOf(ctx);
  const seniorRule = seniorRuleOf(ctx);
  const counts = await countStructure(ctx.db, org.path, asOf, seniorRule);
  return toStructureStats({ id: org.id, name: org.name }, asOf, counts, flagLabels(seniorRule));
}

/** Shapes the counts into buckets; the focus groups 农民 and 知识分子 are categories of occupation and education. */
export function toStructureStats(org: StructureStats["org"], asOf: string, counts: StructureCounts, flags: ReturnType<typeof flagLabels>): StructureStats {
  const { total, byDimension } = counts;
  const byDimensionOf = (dimension: CountedDimension) => bucketsOf(dimension, byDimension[dimension], total);
  const focusGroups = {
    youngWorkers: counts.youngWorkers,
    farmers: byDimension.occupation.get("farmer") ?? 0,
    intellectuals: COLLEGE_OR_ABOVE.reduce((sum, education) => sum + (byDimension.education.get(education) ?? 0), 0),
  };

  return {
    org,
    asOf,
    total,
    byStatus: byDimensionOf("status"),
    byGender: byDimensionOf("gender"),
    byEthnicity: bucketsOf("ethnicGroup", ethnicGroupsOf(counts.byEthnicity, total), total),
    byMinority: minorityBuckets(counts.byEthnicity, total),
    byAgeBand: byDimensionOf("ageBand"),
    byPartyAgeBand: byDimensionOf("partyAgeBand"),
    byEducation: byDimensionOf("education"),
    byOccupation: byDimensionOf("occupation"),
    byDomain: byDimensionOf("domain"),
    youngUnder35: counts.young,
    focusGroups: (["youngWorkers", "farmers", "intellectuals"] as const).map((k) => bucket(k, FOCUS_GROUP_LABELS[k], focusGroups[k], total)),
    flags: (["mobile", "struggling", "lostContact", "senior"] as const).map((k) => bucket(k, flags[k], counts[k], total)),
  };
}
