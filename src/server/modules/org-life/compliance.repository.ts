import { type SQL, type SQLWrapper, and, asc, eq, gte, inArray, isNull, like, lte, or, sql } from "drizzle-orm";
import type { PageQuery } from "../../../shared/contracts/common.contract";
import type { MeetingType } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { OWING_KINDS } from "./meeting-frequency.rules";
import { meetingsTable } from "./org-life.table";

// The compliance reads. Every function takes a subtree the service has already found in the
// caller's scope (its organization's materialized path), so the subtree is the whole filter: one
// indexed prefix range on orgs.path, never a walk of the tree in code.

const m = meetingsTable;

/** A meeting counts only once signed off and not withdrawn (seam 1). Literal SQL, so the planner matches meetings_compliance_idx's predicate. */
export const isCountedMeeting = sql`${m.status} = 'signed_off' AND ${m.archivedAt} IS NULL`;

const inSubtree = (path: string) => like(orgsTable.path, pathPrefix(path));

/** Midnight in China of a day, as the timestamp dissolving stores (organizations.service). */
const chinaMidnight = (day: string) => `${day}T00:00:00+08:00`;

/** Raw rows of a statement: dates and timestamps come back as text on both drivers (db/client). */
const rowsOf = async <T>(db: Executor, query: SQLWrapper) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * The organizations of the subtree that can owe something in `year`: the owing kinds, set up by its
 * last day, not dissolved before its first. The rules decide which periods each one owes. The day
 * of dissolution in China (UTC+8, as organizations.service stores it) is computed here.
 */
export function matrixOrgsQuery(db: Executor, path: string, year: number) {
  return db
    .select({
      id: orgsTable.id,
      code: orgsTable.code,
      name: orgsTable.name,
      kind: orgsTable.kind,
      depth: orgsTable.depth,
      established_on: orgsTable.establishedOn,
      dissolved_on: sql<string | null>`((${orgsTable.archivedAt} AT TIME ZONE 'UTC') + interval '8 hours')::date`.as("dissolved_on"),
    })
    .from(orgsTable)
    .where(
      and(
        inSubtree(path),
        inArray(orgsTable.kind, [...OWING_KINDS]),
        or(isNull(orgsTable.establishedOn), lte(orgsTable.establishedOn, `${year}-12-31`)),
        or(isNull(orgsTable.archivedAt), gte(orgsTable.archivedAt, new Date(chinaMidnight(`${year}-01-01`)))),
      ),
    )
    .orderBy(asc(orgsTable.code));
}

export interface MatrixOrgRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  depth: number;
  established_on: string | null;
  dissolved_on: string | null;
}

/**
 * Run raw, past Drizzle's row mapping: for 10,000 organizations and 30,000 groups of meetings its
 * per-field decoding cost more than the statements themselves (bench, CPU profile).
 */
export const findMatrixOrgRows = (db: Executor, path: string, year: number) => rowsOf<MatrixOrgRow>(db, matrixOrgsQuery(db, path, year));

/**
 * The signed-off meetings of the subtree in `year`, in ONE aggregate: grouped by organization and
 * type, the days they were held as one array literal, `{2026-01-05,2026-02-05}` (compliance.rules
 * monthCountsOfDays counts them by month; quarters and the year are sums of months). Measured on
 * 5,000 branches against the bare grouped count: twelve FILTER counts per group cost 2–3× it, an
 * int array of months 1.6× (most of it the driver parsing arrays), the days as text 1.1×. Days
 * print as YYYY-MM-DD under PostgreSQL's ISO DateStyle, as every date column of the app is read. The
 * orgs_path_idx range finds the organizations, then meetings_compliance_idx
 * (org_id, type, held_on WHERE signed off) each one's meetings of the year.
 */
export function meetingMonthsQuery(db: Executor, path: string, year: number, types: readonly MeetingType[]) {
  return db
    .select({ org_id: m.orgId, type: m.type, days: sql<string>`array_agg(${m.heldOn})::text`.as("days") })
    .from(m)
    .innerJoin(orgsTable, eq(orgsTable.id, m.orgId))
    .where(and(inSubtree(path), isCountedMeeting, inArray(m.type, [...types]), gte(m.heldOn, `${year}-01-01`), lte(m.heldOn, `${year}-12-31`)))
    .groupBy(m.orgId, m.type);
}

export const findMeetingMonthRows = (db: Executor, path: string, year: number, types: readonly MeetingType[]) =>
  rowsOf<{ org_id: string; type: string; days: string }>(db, meetingMonthsQuery(db, path, year, types));

/** The branch a member organization belongs to: a party group's parent, else itself (groups sit only in branches). */
const branchOf = sql<string>`CASE WHEN ${orgsTable.kind} = 'group' THEN ${orgsTable.parentId} ELSE ${orgsTable.id} END`;

/**
 * Full members (正式党员, active) per branch of the subtree, its party groups' members included: ORG-05
 * in ONE grouped query over members_org_idx. Today's roster: the committee requirement follows the
 * branch as it is now.
 */
export async function countFullMembersByBranch(db: Executor, path: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ branchId: branchOf, n: sql<number>`count(*)::int` })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(inSubtree(path), eq(membersTable.status, "full"), eq(membersTable.standing, "active"), isNull(membersTable.archivedAt)))
    .groupBy(sql`1`);
  return new Map(rows.map((r) => [r.branchId, r.n]));
}

// ---- Attendance rates ----

const countWhere = (condition: SQL) => sql<number>`(count(*) FILTER (WHERE ${condition}))::int`;

/** The active roster of the subtree: the members an attendance list shows. */
const rosterWhere = (path: string) => and(inSubtree(path), eq(membersTable.standing, "active"), isNull(membersTable.archivedAt));

export type AttendanceSort = "rate" | "name" | "expected";
export type AttendancePaging = PageQuery & { sort: AttendanceSort; order: "asc" | "desc" };

export interface AttendanceRow {
  memberId: string;
  name: string;
  status: string;
  orgId: string;
  orgName: string;
  expected: number;
  present: number;
  excused: number;
  absent: number;
  rate: number | null;
}

export interface AttendanceTotals {
  members: number;
  withMeetings: number;
  averageRate: number | null;
  expected: number;
  present: number;
  excused: number;
  absent: number;
}

/**
 * The subtree's active roster, each member with their attendances at the subtree's signed-off
 * meetings in the window, in ONE statement and one pass: the roster's rows (zero counts) and the
 * attendance rows of the meetings (meetings_compliance_idx, then the attendance's meeting index)
 * are stacked and summed per member — a grouping, not a join, so it holds its shape whatever the
 * planner knows of the tables (PGlite keeps no statistics: a join of members to an attendance
 * aggregate was re-aggregated once per member, 5 s on the demo town; a per-member lateral took 11 s
 * on 113,000 members). From that one result: the page, ordered and with names, and the totals of
 * the whole subtree.
 */
export async function findAttendanceRows(
  db: Executor,
  path: string,
  window: { from: string; to: string },
  page: AttendancePaging,
): Promise<{ items: AttendanceRow[]; summary: AttendanceTotals }> {
  const prefix = pathPrefix(path);
  const direction = sql.raw(page.order === "desc" ? "DESC" : "ASC");
  const order = page.sort === "rate" ? sql`r.rate ${direction} NULLS LAST` : page.sort === "expected" ? sql`r.expected ${direction}` : sql`mem.name ${direction}`;
  const [row] = await rowsOf<{ items: AttendanceRow[] | null } & AttendanceTotals>(
    db,
    sql`WITH g AS MATERIALIZED (
        SELECT x.member_id, sum(x.expected)::int AS expected, sum(x.present)::int AS present, sum(x.excused)::int AS excused,
          sum(x.absent)::int AS absent, bool_or(x.in_roster) AS in_roster
        FROM (
          SELECT mem.id AS member_id, 0 AS expected, 0 AS present, 0 AS excused, 0 AS absent, true AS in_roster
          FROM members mem JOIN orgs o ON o.id = mem.org_id
          WHERE o.path LIKE ${prefix} AND mem.standing = 'active' AND mem.archived_at IS NULL
          UNION ALL
          SELECT a.member_id, 1, (a.status = 'present')::int, (a.status = 'excused')::int, (a.status = 'absent')::int, false
          FROM orgs mo JOIN meetings mt ON mt.org_id = mo.id JOIN meeting_attendances a ON a.meeting_id = mt.id
          WHERE mo.path LIKE ${prefix} AND mt.status = 'signed_off' AND mt.archived_at IS NULL
            AND mt.held_on BETWEEN ${window.from}::date AND ${window.to}::date
        ) x
        GROUP BY x.member_id
      ),
      r AS MATERIALIZED (SELECT g.*, g.present::float8 / nullif(g.expected, 0) AS rate FROM g WHERE g.in_roster)
      SELECT
        (SELECT json_agg(p ORDER BY p.n) FROM (
          SELECT r.member_id AS "memberId", mem.name, mem.status, mem.org_id AS "orgId", o.name AS "orgName",
            r.expected, r.present, r.excused, r.absent, r.rate, row_number() OVER (ORDER BY ${order}, mem.name, mem.id) AS n
          FROM r JOIN members mem ON mem.id = r.member_id JOIN orgs o ON o.id = mem.org_id
          ORDER BY n LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}
        ) p) AS items,
        (SELECT count(*) FROM r)::int AS members,
        (SELECT count(*) FROM r WHERE r.expected > 0)::int AS "withMeetings",
        (SELECT avg(r.rate) FROM r)::float8 AS "averageRate",
        (SELECT coalesce(sum(r.expected), 0) FROM r)::int AS expected,
        (SELECT coalesce(sum(r.present), 0) FROM r)::int AS present,
        (SELECT coalesce(sum(r.excused), 0) FROM r)::int AS excused,
        (SELECT coalesce(sum(r.absent), 0) FROM r)::int AS absent`,
  );
  const { items, ...summary } = row!;
  return { items: (items ?? []).map(({ n: _, ...item }: AttendanceRow & { n?: number }) => item), summary };
}

// ---- Members without organizational life ----

/**
 * The members of the subtree checked for organizational life (compliance.rules NO_LIFE_EXCLUSIONS:
 * active, not mobile, not lost contact), each with the day of their last life: the last attended
 * signed-off meeting (meeting_attendances_member_idx read backwards; the meeting checked by a scalar
 * subquery on its primary key with the status in its select list, so the attendance row stays the
 * driver whatever the planner believes — PGlite keeps no statistics, and as a join it scanned every
 * meeting once per member), else the later of joining and the last transfer-in (lastLifeOf). Days as
 * text, so no driver turns them into instants.
 */
const noLifeBase = (path: string) => sql`
  SELECT mem.id, mem.name, mem.status, mem.org_id, o.name AS org_name, b.id AS branch_id, b.name AS branch_name,
    lp.on_day AS last_present_on, ti.on_day AS last_transfer_in_on, mem.joined_on,
    coalesce(lp.on_day, greatest(mem.joined_on, ti.on_day)) AS last_life_on
  FROM members mem
  JOIN orgs o ON o.id = mem.org_id
  JOIN orgs b ON b.id = CASE WHEN o.kind = 'group' THEN o.parent_id ELSE o.id END
  LEFT JOIN LATERAL (
    SELECT a.held_on AS on_day FROM meeting_attendances a
    WHERE a.member_id = mem.id AND a.status = 'present'
      AND (SELECT mt.status = 'signed_off' AND mt.archived_at IS NULL FROM meetings mt WHERE mt.id = a.meeting_id) -- by primary key
    ORDER BY a.held_on DESC LIMIT 1
  ) lp ON true
  LEFT JOIN LATERAL (
    SELECT e.occurred_on AS on_day FROM member_events e WHERE e.member_id = mem.id AND e.type = 'transfer_in' ORDER BY e.occurred_on DESC LIMIT 1
  ) ti ON true
  WHERE o.path LIKE ${pathPrefix(path)} AND mem.standing = 'active' AND mem.archived_at IS NULL
    AND NOT mem.is_mobile AND NOT mem.is_lost_contact`;

export interface NoLifeRow {
  id: string;
  name: string;
  status: string;
  org_id: string;
  org_name: string;
  branch_id: string;
  branch_name: string;
  last_present_on: string | null;
  last_transfer_in_on: string | null;
  joined_on: string;
  last_life_on: string;
  officer_name: string | null;
  officer_post: string | null;
}

/**
 * In ONE statement over the subtree's members (the base evaluated once, as a materialized CTE of
 * those flagged at all): the page of members whose last life is on or before `until` (and after
 * `after`, when given), the longest without first, each with the officer to act — their branch's
 * current secretary — and the counts of the whole subtree: in the page's bounds, over the limit, in
 * warning. One row comes back, the page as JSON.
 */
export async function findNoLife(
  db: Executor,
  path: string,
  cutoffs: { warn: string; limit: string },
  bounds: { until: string; after?: string },
  page: PageQuery,
): Promise<{ items: NoLifeRow[]; total: number; warning: number; overLimit: number }> {
  const within = sql`t.last_life_on <= ${bounds.until}::date${bounds.after ? sql` AND t.last_life_on > ${bounds.after}::date` : sql``}`;
  const [row] = await rowsOf<{ items: NoLifeRow[] | null; total: number; warning: number; over_limit: number }>(
    db,
    sql`WITH t AS MATERIALIZED (
        SELECT * FROM (${noLifeBase(path)}) b WHERE b.last_life_on <= ${cutoffs.warn}::date
      )
      SELECT
        (SELECT json_agg(p ORDER BY p.last_life_on, p.name, p.id) FROM (
          SELECT t.id, t.name, t.status, t.org_id, t.org_name, t.branch_id, t.branch_name, t.last_present_on::text, t.last_transfer_in_on::text,
            t.joined_on::text, t.last_life_on::text, s.name AS officer_name, s.post AS officer_post
          FROM t
          LEFT JOIN LATERAL (
            SELECT f.name, f.post FROM org_officers f WHERE f.org_id = t.branch_id AND f.post = 'secretary' AND f.ended_on IS NULL
            ORDER BY f.started_on DESC LIMIT 1
          ) s ON true
          WHERE ${within}
          ORDER BY t.last_life_on, t.name, t.id
          LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}
        ) p) AS items,
        (SELECT count(*) FROM t WHERE ${within})::int AS total,
        (SELECT count(*) FROM t WHERE t.last_life_on <= ${cutoffs.limit}::date)::int AS over_limit,
        (SELECT count(*) FROM t WHERE t.last_life_on > ${cutoffs.limit}::date)::int AS warning`,
  );
  return { items: row?.items ?? [], total: row?.total ?? 0, warning: row?.warning ?? 0, overLimit: row?.over_limit ?? 0 };
}

/** Who of the subtree's active roster is left out of the no-life check, and why (mobile, lost contact). */
export async function countNoLifeExclusions(db: Executor, path: string) {
  const [row] = await db
    .select({ mobile: countWhere(sql`${membersTable.isMobile}`), lostContact: countWhere(sql`${membersTable.isLostContact}`) })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(rosterWhere(path));
  return { excludedMobile: row?.mobile ?? 0, excludedLostContact: row?.lostContact ?? 0 };
}

/** Active roster size of the subtree (the export's limit). */
export async function countRoster(db: Executor, path: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(rosterWhere(path));
  return row?.n ?? 0;
}
