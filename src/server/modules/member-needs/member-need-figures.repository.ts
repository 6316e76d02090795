import { type SQL, and, asc, eq, inArray, isNull, like, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import { orgsTable } from "../organizations/organizations.table";
import { OPEN_STATUSES } from "./member-needs.rules";
import { filedInYear, overdueIs } from "./member-needs.repository";
import { memberNeedsTable as needs } from "./member-needs.table";

/**
 * The figures of members' needs, all in SQL: counts, the acknowledgement and resolution times
 * (median and 90th percentile by percentile_cont, in days with one decimal) and the rates (percent,
 * one decimal). They describe an organization's subtree as numbers only, so they count private needs
 * too (NEED-06) and never name a member. Times: filing → acknowledgement, and filing → closure.
 */
const days = (from: SQL | typeof needs.filedAt, to: typeof needs.acknowledgedAt | typeof needs.resolvedAt) => sql`extract(epoch from (${to} - ${from})) / 86400`;
const percentile = (p: number, value: SQL) => sql<number | null>`round((percentile_cont(${sql.raw(String(p))}) within group (order by ${value}))::numeric, 1)`.mapWith(Number);
const rate = (part: SQL, whole: SQL) => sql<number | null>`round(100.0 * (${part}) / nullif(${whole}, 0), 1)`.mapWith(Number);
const counted = (where: SQL) => sql`count(${needs.id}) filter (where ${where})`;

const resolvedDays = sql`CASE WHEN ${needs.status} = 'resolved' THEN ${days(needs.filedAt, needs.resolvedAt)} END`;

const figureColumns = (today: string) => {
  const total = sql`count(${needs.id})`;
  const withdrawn = counted(sql`${needs.status} = 'withdrawn'`);
  const resolved = counted(sql`${needs.status} = 'resolved'`);
  const rated = sql`count(${needs.rating})`;
  const satisfied = counted(sql`${needs.rating} = 'satisfied'`);
  const int = (s: SQL) => s.mapWith(Number);
  return {
    total: int(total),
    withdrawn: int(withdrawn),
    open: int(counted(inArray(needs.status, [...OPEN_STATUSES]))),
    resolved: int(resolved),
    escalated: int(counted(sql`${needs.escalatedAt} IS NOT NULL`)),
    acknowledgeOverdue: int(counted(overdueIs("acknowledge", today))),
    resolveOverdue: int(counted(overdueIs("resolve", today))),
    acknowledgeDaysMedian: percentile(0.5, days(needs.filedAt, needs.acknowledgedAt)),
    acknowledgeDaysP90: percentile(0.9, days(needs.filedAt, needs.acknowledgedAt)),
    resolveDaysMedian: percentile(0.5, resolvedDays),
    resolveDaysP90: percentile(0.9, resolvedDays),
    resolutionRate: rate(resolved, sql`${total} - ${withdrawn}`),
    rated: int(rated),
    satisfied: int(satisfied),
    partlySatisfied: int(counted(sql`${needs.rating} = 'partly_satisfied'`)),
    notSatisfied: int(counted(sql`${needs.rating} = 'not_satisfied'`)),
    satisfactionRate: rate(satisfied, rated),
  };
};
export type FigureRow = { [K in keyof ReturnType<typeof figureColumns>]: K extends `${string}Median` | `${string}P90` | `${string}Rate` ? number | null : number };

/** Needs of the subtree of `orgPath` filed in `year` (live ones). */
const cohort = (orgPath: string, year: number) => and(isNull(needs.archivedAt), like(orgsTable.path, pathPrefix(orgPath)), filedInYear(year))!;

export async function findFigureTotals(db: Executor, orgPath: string, year: number, today: string): Promise<FigureRow> {
  const [row] = await db.select(figureColumns(today)).from(needs).innerJoin(orgsTable, eq(orgsTable.id, needs.orgId)).where(cohort(orgPath, year));
  return row as FigureRow;
}

export async function findFiguresByCategory(db: Executor, orgPath: string, year: number) {
  return db
    .select({ category: needs.category, count: sql<number>`count(*)`.mapWith(Number) })
    .from(needs)
    .innerJoin(orgsTable, eq(orgsTable.id, needs.orgId))
    .where(cohort(orgPath, year))
    .groupBy(needs.category);
}

/** China-time month of an instant (UTC is always known to the server, a named zone may not be). */
const chinaMonth = (at: typeof needs.filedAt | typeof needs.resolvedAt) => sql`extract(month from (${at} AT TIME ZONE 'UTC') + interval '8 hours')`;
const chinaYear = (at: typeof needs.resolvedAt) => sql`extract(year from (${at} AT TIME ZONE 'UTC') + interval '8 hours')`;

/** Filed per month of the year, and of those, resolved per month of the same year. */
export async function findFiguresByMonth(db: Executor, orgPath: string, year: number) {
  const filed = await db
    .select({ month: sql<number>`${chinaMonth(needs.filedAt)}`.mapWith(Number), count: sql<number>`count(*)`.mapWith(Number) })
    .from(needs)
    .innerJoin(orgsTable, eq(orgsTable.id, needs.orgId))
    .where(cohort(orgPath, year))
    .groupBy(sql`1`);
  const resolved = await db
    .select({ month: sql<number>`${chinaMonth(needs.resolvedAt)}`.mapWith(Number), count: sql<number>`count(*)`.mapWith(Number) })
    .from(needs)
    .innerJoin(orgsTable, eq(orgsTable.id, needs.orgId))
    .where(and(cohort(orgPath, year), eq(needs.status, "resolved"), sql`${chinaYear(needs.resolvedAt)} = ${year}`))
    .groupBy(sql`1`);
  return { filed, resolved };
}

/**
 * Each direct sub-organization of the organization at `orgPath`, rolled up over its own subtree: the
 * needs of the subtree (one indexed LIKE), grouped by the path segment right after `orgPath`.
 */
export async function findFiguresByChild(db: Executor, orgPath: string, year: number, today: string) {
  const childId = sql<string>`split_part(substr(${orgsTable.path}, ${sql.raw(String(orgPath.length + 1))}), '/', 1)`;
  const rows = await db
    .select({ childId, ...figureColumns(today) })
    .from(needs)
    .innerJoin(orgsTable, eq(orgsTable.id, needs.orgId))
    .where(and(cohort(orgPath, year), ne(orgsTable.path, orgPath)))
    .groupBy(sql`1`);
  return rows as (FigureRow & { childId: string })[];
}

/** The direct sub-organizations, live ones and (only when they have figures) dissolved ones, by code. */
export async function findChildOrgs(db: Executor, orgId: string) {
  return db
    .select({ id: orgsTable.id, name: orgsTable.name, isLive: sql<boolean>`${orgsTable.archivedAt} IS NULL` })
    .from(orgsTable)
    .where(eq(orgsTable.parentId, orgId))
    .orderBy(asc(orgsTable.code));
}
