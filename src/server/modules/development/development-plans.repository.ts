import { type Column, type SQL, and, asc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { FOCUS_GROUPS } from "../../../shared/development-steps";
import type { PlanTargetKey } from "../../../shared/contracts/development.contract";
import type { Executor } from "../../db/client";
import { orgRowInScope } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { YOUNG_MAX_AGE } from "../members/members.rules";
import { orgsTable } from "../organizations/organizations.table";
import { COLLEGE_OR_ABOVE, MINORITIES } from "../stats/stats.rules";
import { type Subtree, peopleInScope } from "./development-pipeline.repository";
import { developmentPeopleTable, developmentPlanQuotasTable, developmentPlansTable } from "./development.table";

const p = developmentPeopleTable;
const plans = developmentPlansTable;
const quotas = developmentPlanQuotasTable;

export type PlanRow = typeof plans.$inferSelect;

/** The plan of (org, year) in force: the live row (replaced plans are archived). */
export async function getLivePlanRow(db: Executor, orgId: string, year: number): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.orgId, orgId), eq(plans.year, year), isNull(plans.archivedAt)));
  return row;
}

export async function findQuotaRows(db: Executor, planId: string) {
  return db.select({ orgId: quotas.orgId, quota: quotas.quota }).from(quotas).where(eq(quotas.planId, planId));
}

/** The named organizations that lie in scope, dissolved ones included (the rules refuse them by name). */
export async function findScopedOrgs(db: Executor, scope: Scope, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: orgsTable.id, path: orgsTable.path, name: orgsTable.name, kind: orgsTable.kind, archivedAt: orgsTable.archivedAt })
    .from(orgsTable)
    .where(and(inArray(orgsTable.id, ids), orgRowInScope(scope)));
}

export async function archivePlanRow(db: Executor, id: string): Promise<void> {
  await db.update(plans).set({ archivedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(plans.id, id));
}

/** A new plan row with its quotas, copied fresh (the replaced plan keeps its own). */
export async function insertPlanRow(
  db: Executor,
  row: typeof plans.$inferInsert,
  planQuotas: { orgId: string; quota: number }[],
): Promise<PlanRow> {
  const [plan] = await db.insert(plans).values(row).returning();
  if (planQuotas.length > 0) await db.insert(quotas).values(planQuotas.map((q) => ({ planId: plan!.id, ...q })));
  return plan!;
}

const countWhere = (condition: SQL | undefined) => sql<number>`(count(*) FILTER (WHERE ${condition}))::int`;

/** The days that bound a plan's counts: its year, and the forecast's bounds on the activist date (development-plans.rules). */
export interface PlanWindow {
  yearStart: string;
  yearEnd: string;
  candidateActivistOnBy: string;
  probationActivistOnBy: string;
}

const isOpen = eq(p.status, "open");
const admittedIn = (w: PlanWindow) => and(gte(p.approvedOn, w.yearStart), lte(p.approvedOn, w.yearEnd));
/** canReachProbationBy as SQL: a candidate, or an activist on or before the bound. */
const canReachProbation = (w: PlanWindow) =>
  and(isOpen, or(eq(p.stage, "candidate"), and(eq(p.stage, "activist"), lte(p.activistOn, w.probationActivistOnBy))));

/**
 * 35 and under on the day the committee approved the admission (YOUNG_MAX_AGE, the report form's
 * "35岁及以下"): not yet 36 then, i.e. born after approved_on − 36 years. PostgreSQL's year interval
 * clamps 29 February as addYears does.
 */
const youngWhenApproved = sql`${p.birthDate} > (${p.approvedOn} - make_interval(years => ${sql.raw(String(YOUNG_MAX_AGE + 1))}))::date`;

/** Each plan target as a condition on one admitted person. */
const targetConditions = (): Record<PlanTargetKey, SQL> => ({
  ...(Object.fromEntries(FOCUS_GROUPS.map((group) => [group, eq(p.focusGroup, group)])) as Record<(typeof FOCUS_GROUPS)[number], SQL>),
  female: eq(p.gender, "female"),
  young: youngWhenApproved,
  // Ethnicity is stored as the Chinese name (GB 3304); 其他 (undetermined) is not a minority.
  minority: inArray(p.ethnicity, MINORITIES),
  college: inArray(p.education, COLLEGE_OR_ABOVE),
});

/**
 * The plan organization as a whole in ONE aggregate over its subtree (one indexed prefix match on
 * orgs.path, then development_people_org_idx): admitted this year, per target, and the forecast of
 * who can reach each stage by the year's end.
 */
export function planOrgQuery(db: Executor, scope: Scope, subtree: Subtree, w: PlanWindow) {
  const admitted = admittedIn(w);
  const targets = Object.entries(targetConditions()).map(([key, condition]) => [key, countWhere(and(admitted, condition))]);
  return db
    .select({
      actual: countWhere(admitted),
      ...(Object.fromEntries(targets) as Record<PlanTargetKey, SQL<number>>),
      reachActivist: countWhere(and(isOpen, eq(p.stage, "applicant"))),
      reachCandidate: countWhere(and(isOpen, eq(p.stage, "activist"), lte(p.activistOn, w.candidateActivistOnBy))),
      reachProbationary: countWhere(canReachProbation(w)),
      reachFullMember: countWhere(and(isOpen, eq(p.stage, "probationary"), lte(p.probationEndsOn, w.yearEnd))),
    })
    .from(p)
    .where(peopleInScope(scope, subtree));
}

export type PlanOrgCounts = Awaited<ReturnType<typeof planOrgQuery>>[number];

export async function countPlanOrg(db: Executor, scope: Scope, subtree: Subtree, w: PlanWindow): Promise<PlanOrgCounts> {
  const [row] = await planOrgQuery(db, scope, subtree, w);
  return row!;
}

/**
 * `child` lies in the subtree at `ancestor` (both materialized paths ending in "/"): the prefix match
 * written as a range, [ancestor, ancestor with its final "/" raised to "0"), because LIKE with a
 * pattern taken from another row cannot use an index while the text_pattern_ops range operators can
 * (orgs_path_idx). "/" and "0" are adjacent bytes, so the range holds exactly the prefixed paths.
 */
const pathWithin = (child: Column, ancestor: Column) => sql`(${child} ~>=~ ${ancestor} AND ${child} ~<~ (left(${ancestor}, -1) || '0'))`;

const personOrg = alias(orgsTable, "person_org");
const planQuotas = alias(quotas, "plan_quotas");

/**
 * Each quota organization of a plan with its admitted-this-year and forecast counts in ONE statement:
 * the quota organizations' subtrees (an index range scan on orgs_path_idx each) joined once to the
 * cases that can count, grouped by quota organization, never a walk of the tree in code. Quotas never
 * nest (checkQuotaOrgs), so each case falls in one quota at most. Not a lateral aggregate per quota
 * row: its plan scanned the cases once per quota, 88× the bare count for 200 quotas (bench).
 */
export function quotaProgressQuery(db: Executor, scope: Scope, planId: string, w: PlanWindow) {
  const counts = db
    .select({
      orgId: planQuotas.orgId,
      actual: countWhere(admittedIn(w)).as("actual"),
      forecast: countWhere(canReachProbation(w)).as("forecast"),
    })
    .from(planQuotas)
    .innerJoin(orgsTable, eq(orgsTable.id, planQuotas.orgId))
    .innerJoin(personOrg, pathWithin(personOrg.path, orgsTable.path))
    .innerJoin(p, eq(p.orgId, personOrg.id))
    .where(and(eq(planQuotas.planId, planId), peopleInScope(scope), or(admittedIn(w), canReachProbation(w))))
    .groupBy(planQuotas.orgId)
    .as("counts");
  return db
    .select({
      orgId: quotas.orgId,
      orgName: orgsTable.name,
      quota: quotas.quota,
      actual: sql<number>`coalesce(${counts.actual}, 0)`,
      forecast: sql<number>`coalesce(${counts.forecast}, 0)`,
    })
    .from(quotas)
    .innerJoin(orgsTable, eq(orgsTable.id, quotas.orgId))
    .leftJoin(counts, eq(counts.orgId, quotas.orgId))
    .where(eq(quotas.planId, planId))
    .orderBy(asc(orgsTable.depth), asc(orgsTable.code));
}
