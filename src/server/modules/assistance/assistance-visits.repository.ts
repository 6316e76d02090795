import { type SQL, and, asc, count, desc, eq, gte, isNull, like, lte, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { careCampaignsTable as campaigns, careRecipientsTable as recipients, careVisitsTable as visits } from "./assistance.table";
import { rowsOf } from "./assistance-people.repository";

export type VisitRow = typeof visits.$inferSelect;
export type NewVisitRow = typeof visits.$inferInsert;

const live = isNull(visits.archivedAt);
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The visited person's name: the member's, or the recorded person's. */
const personName = sql<string>`coalesce(${membersTable.name}, ${recipients.personName})`;

const visitColumns = {
  visit: visits,
  personName,
  orgName: orgsTable.name,
  orgPath: orgsTable.path,
  campaignTitle: campaigns.title,
  recordedByName: usersTable.displayName,
};

const visitsFrom = (db: Executor) =>
  db
    .select(visitColumns)
    .from(visits)
    .innerJoin(orgsTable, eq(orgsTable.id, visits.orgId))
    .leftJoin(membersTable, eq(membersTable.id, visits.memberId))
    .leftJoin(recipients, eq(recipients.id, visits.recipientId))
    .leftJoin(campaigns, eq(campaigns.id, visits.campaignId))
    .leftJoin(usersTable, eq(usersTable.id, visits.recordedBy));

/** One live visit in scope (out of scope looks like missing). */
export async function getVisitView(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}) {
  const query = visitsFrom(db).where(and(eq(visits.id, id), live, orgInScope(scope, visits.orgId)));
  const [row] = options.forUpdate ? await query.for("update", { of: visits }) : await query;
  return row;
}
export type VisitView = NonNullable<Awaited<ReturnType<typeof getVisitView>>>;

export interface VisitFilters {
  subtreePath?: string;
  year?: number;
  kind?: string;
  campaignId?: string;
  memberId?: string;
  recipientId?: string;
  q?: string;
}

function visitsWhere(scope: Scope, f: VisitFilters): SQL {
  return and(
    live,
    orgInScope(scope, visits.orgId),
    f.subtreePath ? like(orgsTable.path, pathPrefix(f.subtreePath)) : undefined,
    f.year ? and(gte(visits.visitedOn, `${f.year}-01-01`), lte(visits.visitedOn, `${f.year}-12-31`)) : undefined,
    f.kind ? eq(visits.kind, f.kind) : undefined,
    f.campaignId ? eq(visits.campaignId, f.campaignId) : undefined,
    f.memberId ? eq(visits.memberId, f.memberId) : undefined,
    f.recipientId ? eq(visits.recipientId, f.recipientId) : undefined,
    f.q ? like(personName, `%${escapeLike(f.q)}%`) : undefined,
  )!;
}

/** A page of visits, the latest first. */
export async function findVisitRows(db: Executor, scope: Scope, f: VisitFilters, page: { page: number; pageSize: number }) {
  const where = visitsWhere(scope, f);
  const [items, [total]] = await Promise.all([
    visitsFrom(db)
      .where(where)
      .orderBy(desc(visits.visitedOn), desc(visits.createdAt), asc(visits.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db
      .select({ total: count() })
      .from(visits)
      .innerJoin(orgsTable, eq(orgsTable.id, visits.orgId))
      .leftJoin(membersTable, eq(membersTable.id, visits.memberId))
      .leftJoin(recipients, eq(recipients.id, visits.recipientId))
      .where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

/** Every visit of a campaign in scope under a subtree (the export), oldest first. */
export const findCampaignVisitRows = (db: Executor, scope: Scope, campaignId: string, subtreePath: string) =>
  visitsFrom(db)
    .where(visitsWhere(scope, { campaignId, subtreePath }))
    .orderBy(asc(visits.visitedOn), asc(orgsTable.path), asc(visits.id));

export async function insertVisitRow(db: Executor, row: NewVisitRow): Promise<VisitRow> {
  const [created] = await db.insert(visits).values(row).returning();
  return created!;
}

export async function updateVisitRow(db: Executor, id: string, patch: Partial<NewVisitRow>): Promise<VisitRow> {
  const [updated] = await db.update(visits).set({ ...patch, updatedAt: new Date() }).where(eq(visits.id, id)).returning();
  return updated!;
}

export interface TotalsRow {
  kind: string | null;
  month: number | null;
  by_kind: number;
  by_month: number;
  visits: number;
  people: number;
  money_fen: string | number;
  goods_fen: string | number;
  amount_fen: string | number;
}

/**
 * A year's visits in scope under a subtree, in ONE scan: totals by kind, by month and overall
 * (GROUPING SETS). Sums of fen are bigint sums in SQL (exact), read back as integers.
 */
export function findVisitTotalsRows(db: Executor, scope: Scope, year: number, subtreePath?: string) {
  const where = and(
    live,
    orgInScope(scope, visits.orgId),
    gte(visits.visitedOn, `${year}-01-01`),
    lte(visits.visitedOn, `${year}-12-31`),
    subtreePath ? sql`${visits.orgId} IN (SELECT ${orgsTable.id} FROM ${orgsTable} WHERE ${like(orgsTable.path, pathPrefix(subtreePath))})` : undefined,
  );
  const month = sql`extract(month FROM ${visits.visitedOn})::int`;
  return rowsOf<TotalsRow>(
    db,
    sql`SELECT ${visits.kind} AS kind, ${month} AS month,
        grouping(${visits.kind})::int AS by_kind, grouping(${month})::int AS by_month,
        count(*)::int AS visits,
        count(DISTINCT coalesce(${visits.memberId}, ${visits.recipientId}))::int AS people,
        coalesce(sum(${visits.amountFen}) FILTER (WHERE ${visits.kind} = 'money'), 0)::bigint AS money_fen,
        coalesce(sum(${visits.amountFen}) FILTER (WHERE ${visits.kind} = 'goods'), 0)::bigint AS goods_fen,
        coalesce(sum(${visits.amountFen}), 0)::bigint AS amount_fen
      FROM ${visits} WHERE ${where}
      GROUP BY GROUPING SETS ((${visits.kind}), (${month}), ())`,
  );
}
