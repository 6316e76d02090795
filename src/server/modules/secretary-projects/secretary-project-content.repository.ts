import { and, asc, desc, eq, inArray, isNull, max, notInArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ProjectContent } from "../../../shared/contracts/secretary-projects.contract";
import type { Executor } from "../../db/client";
import { usersTable } from "../users/users.table";
import {
  secretaryProjectIndicatorsTable as indicators,
  secretaryProjectIndicatorValuesTable as indicatorValues,
  secretaryProjectMilestonesTable as milestones,
  secretaryProjectReportsTable as reports,
  secretaryProjectVersionsTable as versions,
} from "./secretary-projects.table";

/**
 * A project's content rows (indicators, milestones) and its versions (every submission for approval).
 * Every function takes a project the service has already reached through requireProject (scope).
 */

export type IndicatorRow = typeof indicators.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;
export type VersionRow = typeof versions.$inferSelect;
export type NewVersionRow = typeof versions.$inferInsert;

export const VERSION_UNIQUE_INDEX = "secretary_project_versions_project_no_idx";

/** The live indicators in order, each with its latest reported value (from a report not archived). */
export async function findIndicatorRows(db: Executor, projectId: string) {
  const rows = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.projectId, projectId), isNull(indicators.removedAt)))
    .orderBy(asc(indicators.position), asc(indicators.createdAt));
  if (rows.length === 0) return [];
  const latest = await db
    .selectDistinctOn([indicatorValues.indicatorId], { indicatorId: indicatorValues.indicatorId, value: indicatorValues.value, measuredOn: indicatorValues.measuredOn })
    .from(indicatorValues)
    .innerJoin(reports, eq(reports.id, indicatorValues.reportId))
    .where(and(inArray(indicatorValues.indicatorId, rows.map((r) => r.id)), isNull(reports.archivedAt)))
    .orderBy(indicatorValues.indicatorId, desc(indicatorValues.measuredOn), desc(indicatorValues.createdAt));
  const byId = new Map(latest.map((l) => [l.indicatorId, l]));
  return rows.map((row) => ({ row, latestValue: byId.get(row.id)?.value ?? null, latestOn: byId.get(row.id)?.measuredOn ?? null }));
}

export function findMilestoneRows(db: Executor, projectId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(milestones)
    .where(and(eq(milestones.projectId, projectId), isNull(milestones.removedAt)))
    .orderBy(asc(milestones.position), asc(milestones.dueOn), asc(milestones.createdAt));
}

const submitters = alias(usersTable, "submitter");
const deciders = alias(usersTable, "decider");

/** Every version, the first first, with who submitted and who decided. */
export function findVersionRows(db: Executor, projectId: string) {
  return db
    .select({ version: versions, submittedByName: submitters.displayName, decidedByName: deciders.displayName })
    .from(versions)
    .leftJoin(submitters, eq(submitters.id, versions.submittedBy))
    .leftJoin(deciders, eq(deciders.id, versions.decidedBy))
    .where(eq(versions.projectId, projectId))
    .orderBy(asc(versions.no));
}

export async function getVersionRow(db: Executor, projectId: string, versionId: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(versions).where(and(eq(versions.id, versionId), eq(versions.projectId, projectId)));
  return row;
}

/** The submission awaiting a decision, of a kind (at most one: PROJ-07 and the state machine). */
export async function findPendingVersion(db: Executor, projectId: string, kind: "proposal" | "change"): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(versions)
    .where(and(eq(versions.projectId, projectId), eq(versions.kind, kind), eq(versions.status, "pending")))
    .orderBy(desc(versions.no))
    .limit(1);
  return row;
}

/** The next version number; the caller holds the project's row lock, so two submissions cannot share it. */
export async function nextVersionNo(db: Executor, projectId: string): Promise<number> {
  const [row] = await db.select({ no: max(versions.no) }).from(versions).where(eq(versions.projectId, projectId));
  return (row?.no ?? 0) + 1;
}

export async function insertVersionRow(db: Executor, row: NewVersionRow): Promise<VersionRow> {
  const [created] = await db.insert(versions).values(row).returning();
  return created!;
}

export async function updateVersionRow(db: Executor, id: string, patch: Partial<NewVersionRow>): Promise<VersionRow> {
  const [updated] = await db.update(versions).set(patch).where(eq(versions.id, id)).returning();
  return updated!;
}

/**
 * Makes the live indicators and milestones say `content`: rows named by id are updated in place
 * (a milestone keeps its completion), rows without an id are added, live rows the content no longer
 * names get `removedAt`. Nothing is deleted (reported values and reports keep pointing at their rows).
 * The ids were checked against the live rows before (checkContentIds).
 */
export async function applyContentRows(db: Executor, projectId: string, content: Pick<ProjectContent, "indicators" | "milestones">, now: Date): Promise<void> {
  const keptIndicators = content.indicators.flatMap((i) => (i.id ? [i.id] : []));
  await db
    .update(indicators)
    .set({ removedAt: now, updatedAt: now })
    .where(and(eq(indicators.projectId, projectId), isNull(indicators.removedAt), keptIndicators.length ? notInArray(indicators.id, keptIndicators) : undefined));
  for (const [position, i] of content.indicators.entries()) {
    const values = { name: i.name, unit: i.unit, baseline: i.baseline, target: i.target, position };
    if (i.id) await db.update(indicators).set({ ...values, updatedAt: now }).where(and(eq(indicators.id, i.id), eq(indicators.projectId, projectId)));
    else await db.insert(indicators).values({ ...values, projectId });
  }
  const keptMilestones = content.milestones.flatMap((m) => (m.id ? [m.id] : []));
  await db
    .update(milestones)
    .set({ removedAt: now, updatedAt: now })
    .where(and(eq(milestones.projectId, projectId), isNull(milestones.removedAt), keptMilestones.length ? notInArray(milestones.id, keptMilestones) : undefined));
  for (const [position, m] of content.milestones.entries()) {
    const values = { title: m.title, dueOn: m.dueOn, ownerName: m.ownerName, ownerMemberId: m.ownerMemberId ?? null, position };
    if (m.id) await db.update(milestones).set({ ...values, updatedAt: now }).where(and(eq(milestones.id, m.id), eq(milestones.projectId, projectId)));
    else await db.insert(milestones).values({ ...values, projectId });
  }
}
