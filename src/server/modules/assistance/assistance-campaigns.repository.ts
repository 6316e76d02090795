import { type SQL, and, asc, count, desc, eq, inArray, isNull, like, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { careCampaignTargetsTable as targets, careCampaignsTable as campaigns, careRecipientsTable as recipients, careVisitsTable as visits } from "./assistance.table";
import { rowsOf } from "./assistance-people.repository";

export type CampaignRow = typeof campaigns.$inferSelect;
export type NewCampaignRow = typeof campaigns.$inferInsert;
export type TargetRow = typeof targets.$inferSelect;
export type NewTargetRow = typeof targets.$inferInsert;

const liveCampaign = isNull(campaigns.archivedAt);
const liveTarget = isNull(targets.archivedAt);
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The campaigns a caller sees: those of the organizations in scope, and those set by an organization
 * above theirs (a branch works its share of the committee's campaign). Their targets stay scoped.
 */
export function campaignVisible(scope: Scope): SQL {
  switch (scope.kind) {
    case "all":
      return sql`true`;
    case "subtree":
      return or(orgInScope(scope, campaigns.orgId), inArray(campaigns.orgId, scope.path.split("/").filter(Boolean)))!;
    case "self":
      return inArray(campaigns.orgId, scope.path.split("/").filter(Boolean));
  }
}

/** One visible campaign with its organization (out of reach looks like missing). */
export async function getCampaignView(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ campaign: campaigns, orgName: orgsTable.name, orgPath: orgsTable.path })
    .from(campaigns)
    .innerJoin(orgsTable, eq(orgsTable.id, campaigns.orgId))
    .where(and(eq(campaigns.id, id), liveCampaign, campaignVisible(scope)));
  const [row] = options.forUpdate ? await query.for("update", { of: campaigns }) : await query;
  return row;
}
export type CampaignView = NonNullable<Awaited<ReturnType<typeof getCampaignView>>>;

/** A page of visible campaigns, the latest first. */
export async function findCampaignRows(db: Executor, scope: Scope, f: { year?: number; kind?: string }, page: { page: number; pageSize: number }) {
  const where = and(liveCampaign, campaignVisible(scope), f.year ? eq(campaigns.year, f.year) : undefined, f.kind ? eq(campaigns.kind, f.kind) : undefined);
  const [items, [total]] = await Promise.all([
    db
      .select({ campaign: campaigns, orgName: orgsTable.name, orgPath: orgsTable.path })
      .from(campaigns)
      .innerJoin(orgsTable, eq(orgsTable.id, campaigns.orgId))
      .where(where)
      .orderBy(desc(campaigns.year), desc(campaigns.startsOn), asc(orgsTable.path), asc(campaigns.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(campaigns).where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

// ─── Coverage (AID-12) ──────────────────────────────────────────────────────────────────────────

/** Any live visit of the target's person dated in its campaign's window: by member or by record (two index lookups). */
const visitOfTarget = (what: "EXISTS" | "min") => {
  const window = sql`v.archived_at IS NULL AND v.visited_on >= ${campaigns.startsOn} AND v.visited_on <= ${campaigns.dueOn}`;
  const of = (column: "member_id" | "recipient_id", id: SQL) =>
    what === "EXISTS"
      ? sql`EXISTS (SELECT 1 FROM care_visits v WHERE v.${sql.raw(column)} = ${id} AND ${window})`
      : sql`(SELECT min(v.visited_on) FROM care_visits v WHERE v.${sql.raw(column)} = ${id} AND ${window})`;
  return sql`CASE WHEN ${targets.recipientId} IS NULL THEN ${of("member_id", sql`${targets.memberId}`)} ELSE ${of("recipient_id", sql`${targets.recipientId}`)} END`;
};
export const targetVisited = visitOfTarget("EXISTS");
const firstVisitOn = visitOfTarget("min");

/**
 * Each live target of `where` once, with whether it was visited: a fenced subquery (OFFSET 0), so the
 * visit lookups run once per target — as aggregates on the joined rows they ran once per figure,
 * twice per target, and the planner's cost of them made PostgreSQL JIT-compile the query (bench/care.ts).
 */
const visitedTargets = (columns: SQL, where: SQL | undefined, withOrgs: boolean) =>
  sql`(SELECT ${columns}, ${targets.dueOn} AS due_on, ${targetVisited} AS visited
    FROM ${targets}
      INNER JOIN ${campaigns} ON ${campaigns.id} = ${targets.campaignId}
      ${withOrgs ? sql`INNER JOIN ${orgsTable} ON ${orgsTable.id} = ${targets.orgId}` : sql``}
    WHERE ${where} OFFSET 0) x`;

/** Coverage figures over the rows of `visitedTargets`. */
const coverageAggregates = (today: string) =>
  sql`count(*)::int AS targets, (count(*) FILTER (WHERE x.visited))::int AS visited, (count(*) FILTER (WHERE NOT x.visited AND x.due_on < ${today}))::int AS overdue`;

/** Per campaign of the page: the targets in scope, visited and overdue. One grouped query. */
export async function findCoverageByCampaign(db: Executor, scope: Scope, campaignIds: readonly string[], today: string) {
  if (campaignIds.length === 0) return [];
  const rows = await rowsOf<{ campaign_id: string; targets: number; visited: number; overdue: number }>(
    db,
    sql`SELECT x.campaign_id, ${coverageAggregates(today)}
      FROM ${visitedTargets(sql`${targets.campaignId} AS campaign_id`, and(inArray(targets.campaignId, [...campaignIds]), liveTarget, orgInScope(scope, targets.orgId)), false)}
      GROUP BY x.campaign_id`,
  );
  return rows.map((r) => ({ campaignId: r.campaign_id, targets: Number(r.targets), visited: Number(r.visited), overdue: Number(r.overdue) }));
}

/** Per campaign of the page: visits recorded under it in scope, and their money and goods (bigint sums of fen). */
export function findTotalsByCampaign(db: Executor, scope: Scope, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      campaignId: visits.campaignId,
      visits: sql<number>`count(*)::int`,
      moneyFen: sql<number>`coalesce(sum(${visits.amountFen}) FILTER (WHERE ${visits.kind} = 'money'), 0)::bigint`.mapWith(Number),
      goodsFen: sql<number>`coalesce(sum(${visits.amountFen}) FILTER (WHERE ${visits.kind} = 'goods'), 0)::bigint`.mapWith(Number),
    })
    .from(visits)
    .where(and(inArray(visits.campaignId, [...campaignIds]), isNull(visits.archivedAt), orgInScope(scope, visits.orgId)))
    .groupBy(visits.campaignId);
}

export interface CoverageRowRaw {
  org_id: string;
  org_name: string;
  is_self: boolean;
  has_children: boolean;
  targets: number;
  visited: number;
  overdue: number;
}

/**
 * Coverage per organization directly below `node` (each rolled up over its subtree) and the node's
 * own targets, in one scan of the campaign's targets under the node: each target's organization path
 * names the child it lies under (the segment after the node's path) — no walk of the tree.
 */
export function findCoverageRows(db: Executor, scope: Scope, campaignId: string, node: { id: string; path: string }, today: string) {
  const childId = sql`split_part(substr(${orgsTable.path}, ${node.path.length + 1}), '/', 1)`;
  const where = and(eq(targets.campaignId, campaignId), liveTarget, like(orgsTable.path, pathPrefix(node.path)), orgInScope(scope, targets.orgId));
  return rowsOf<CoverageRowRaw>(
    db,
    sql`WITH g AS (
        SELECT x.child_id, ${coverageAggregates(today)}
        FROM ${visitedTargets(sql`${childId} AS child_id`, where, true)}
        GROUP BY 1)
      SELECT o.id AS org_id, o.name AS org_name, g.child_id = '' AS is_self,
        (g.child_id <> '' AND EXISTS (SELECT 1 FROM orgs k WHERE k.parent_id = o.id)) AS has_children,
        g.targets, g.visited, g.overdue
      FROM g INNER JOIN orgs o ON o.id = (CASE WHEN g.child_id = '' THEN ${node.id} ELSE g.child_id END)::uuid
      ORDER BY (g.child_id = '') DESC, o.code`,
  );
}

// ─── Targets ────────────────────────────────────────────────────────────────────────────────────

export interface TargetFilters {
  subtreePath: string;
  visited?: boolean;
  q?: string;
}

const targetName = sql<string>`coalesce(${recipients.personName}, ${membersTable.name})`;

const targetsWhere = (scope: Scope, campaignId: string, f: TargetFilters) =>
  and(
    eq(targets.campaignId, campaignId),
    liveTarget,
    orgInScope(scope, targets.orgId),
    like(orgsTable.path, pathPrefix(f.subtreePath)),
    f.visited === undefined ? undefined : f.visited ? targetVisited : sql`NOT ${targetVisited}`,
    f.q ? like(targetName, `%${escapeLike(f.q)}%`) : undefined,
  );

const targetsFrom = (db: Executor) =>
  db
    .select({ target: targets, name: targetName, orgName: orgsTable.name, visitedOn: sql<string | null>`${firstVisitOn}` })
    .from(targets)
    .innerJoin(campaigns, eq(campaigns.id, targets.campaignId))
    .innerJoin(orgsTable, eq(orgsTable.id, targets.orgId))
    .leftJoin(membersTable, and(eq(membersTable.id, targets.memberId), isNull(targets.recipientId)))
    .leftJoin(recipients, eq(recipients.id, targets.recipientId));

/** A page of a campaign's targets in scope under a subtree, by organization code then name. */
export async function findTargetRows(db: Executor, scope: Scope, campaignId: string, f: TargetFilters, page: { limit: number; offset: number }) {
  const where = targetsWhere(scope, campaignId, f);
  const [items, [total]] = await Promise.all([
    targetsFrom(db).where(where).orderBy(asc(orgsTable.code), asc(targetName), asc(targets.id)).limit(page.limit).offset(page.offset),
    db
      .select({ total: count() })
      .from(targets)
      .innerJoin(campaigns, eq(campaigns.id, targets.campaignId))
      .innerJoin(orgsTable, eq(orgsTable.id, targets.orgId))
      .leftJoin(membersTable, and(eq(membersTable.id, targets.memberId), isNull(targets.recipientId)))
      .leftJoin(recipients, eq(recipients.id, targets.recipientId))
      .where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}
export type TargetListRow = Awaited<ReturnType<typeof findTargetRows>>["items"][number];

/** One live target of the campaign in scope. */
export async function getTargetView(db: Executor, scope: Scope, campaignId: string, targetId: string) {
  const [row] = await targetsFrom(db).where(and(eq(targets.id, targetId), eq(targets.campaignId, campaignId), liveTarget, orgInScope(scope, targets.orgId)));
  return row;
}

/** Whether the person was ever a target of the campaign, removed ones included (AID-10: once per campaign). */
export async function hasTargetEver(db: Executor, campaignId: string, person: { memberId?: string | null; recipientId?: string | null }) {
  const [row] = await db
    .select({ id: targets.id })
    .from(targets)
    .where(
      and(
        eq(targets.campaignId, campaignId),
        person.recipientId ? eq(targets.recipientId, person.recipientId) : and(eq(targets.memberId, person.memberId!), isNull(targets.recipientId)),
      ),
    )
    .limit(1);
  return !!row;
}

export async function insertTargetRow(db: Executor, row: NewTargetRow): Promise<TargetRow> {
  const [created] = await db.insert(targets).values(row).returning();
  return created!;
}

export async function updateTargetRow(db: Executor, id: string, patch: Partial<NewTargetRow>): Promise<TargetRow> {
  const [updated] = await db.update(targets).set({ ...patch, updatedAt: new Date() }).where(eq(targets.id, id)).returning();
  return updated!;
}

export async function insertCampaignRow(db: Executor, row: NewCampaignRow): Promise<CampaignRow> {
  const [created] = await db.insert(campaigns).values(row).returning();
  return created!;
}

export async function updateCampaignRow(db: Executor, id: string, patch: Partial<NewCampaignRow>): Promise<CampaignRow> {
  const [updated] = await db.update(campaigns).set({ ...patch, updatedAt: new Date() }).where(eq(campaigns.id, id)).returning();
  return updated!;
}

/** Targets of a campaign in scope under a subtree: how many (the export's limit). */
export async function countTargets(db: Executor, scope: Scope, campaignId: string, subtreePath: string) {
  const [row] = await db
    .select({ total: count() })
    .from(targets)
    .innerJoin(orgsTable, eq(orgsTable.id, targets.orgId))
    .where(and(eq(targets.campaignId, campaignId), liveTarget, orgInScope(scope, targets.orgId), like(orgsTable.path, pathPrefix(subtreePath))));
  return row?.total ?? 0;
}

/** Live targets due, and live visits recorded under the campaign, outside a window (a narrowed plan, AID-10/11). */
export async function countOutsideWindow(db: Executor, campaignId: string, window: { startsOn: string; dueOn: string }) {
  const [row] = await rowsOf<{ targets: number; visits: number }>(
    db,
    sql`SELECT
      (SELECT count(*) FROM care_campaign_targets t WHERE t.campaign_id = ${campaignId} AND t.archived_at IS NULL AND (t.due_on < ${window.startsOn} OR t.due_on > ${window.dueOn}))::int AS targets,
      (SELECT count(*) FROM care_visits v WHERE v.campaign_id = ${campaignId} AND v.archived_at IS NULL AND (v.visited_on < ${window.startsOn} OR v.visited_on > ${window.dueOn}))::int AS visits`,
  );
  return { targets: Number(row?.targets ?? 0), visits: Number(row?.visits ?? 0) };
}
