import { type SQL, and, asc, count, desc, eq, ilike, inArray, isNull, like, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { NeedOverdue } from "../../../shared/contracts/member-needs.contract";
import type { Executor } from "../../db/client";
import { can } from "../access/access.policy";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Actor, Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgOfficersTable, orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { OPEN_STATUSES, WORKING_STATUSES } from "./member-needs.rules";
import { memberNeedStepsTable as steps, memberNeedsTable as needs } from "./member-needs.table";

export type NeedRow = typeof needs.$inferSelect;
export type NewNeedRow = typeof needs.$inferInsert;
export type NeedStepRow = typeof steps.$inferSelect;
export type NeedActor = Pick<Actor, "role" | "memberId" | "org" | "scope">;

const live = isNull(needs.archivedAt);

/**
 * NEED-06 in SQL, the one condition every query of needs puts in its WHERE (lists, detail, alerts,
 * files, actions): the member's own needs; for an officer (need.handle) the needs of their scope, a
 * private one only when they hold the current secretary post of its organization or are an org_admin
 * or administrator of another (higher) organization. member-needs.rules.ts `isNeedVisible` is the
 * same rule, pure; member-needs.repository.test.ts holds the two together.
 */
export function needVisible(actor: NeedActor): SQL {
  const own = actor.memberId ? eq(needs.memberId, actor.memberId) : sql`false`;
  if (!can(actor, "need.handle")) return own;
  const isSecretary = actor.memberId
    ? sql`EXISTS (SELECT 1 FROM ${orgOfficersTable} WHERE ${orgOfficersTable.orgId} = ${needs.orgId} AND ${orgOfficersTable.post} = 'secretary' AND ${orgOfficersTable.endedOn} IS NULL AND ${orgOfficersTable.memberId} = ${actor.memberId})`
    : sql`false`;
  const isCommittee = actor.role === "org_admin" || actor.role === "admin" ? ne(needs.orgId, actor.org.id) : sql`false`;
  const inReach = and(orgInScope(actor.scope, needs.orgId), or(eq(needs.isPrivate, false), isSecretary, isCommittee));
  // Without a member record there is no "own" branch: leaving out `false OR …` keeps the scope's
  // IN (subquery) at the top of the WHERE, where PostgreSQL plans it as a semi-join with real row
  // estimates instead of a filter it guesses matches half the table (bench/care.ts).
  return actor.memberId ? or(own, inReach)! : (inReach ?? sql`true`);
}

/** The overdue flags in SQL (mirror of `needOverdue`), for filters, counts and the most overdue first. */
export const overdueIs = (kind: NeedOverdue, today: string): SQL =>
  kind === "acknowledge"
    ? sql`(${needs.status} = 'submitted' AND ${needs.acknowledgeDueOn} < ${today})`
    : sql`(${inArray(needs.status, [...WORKING_STATUSES])} AND ${needs.resolveDueOn} < ${today})`;
const anyOverdue = (today: string) => sql`(${overdueIs("acknowledge", today)} OR ${overdueIs("resolve", today)})`;
/** The deadline an open need runs against: acknowledgement while submitted, else resolution. */
const currentDueOn = sql`CASE WHEN ${needs.status} = 'submitted' THEN ${needs.acknowledgeDueOn} ELSE ${needs.resolveDueOn} END`;

const handlingOrgs = alias(orgsTable, "handling_org");
const filers = alias(usersTable, "filer");

const viewColumns = {
  need: needs,
  orgName: orgsTable.name,
  orgPath: orgsTable.path,
  handlingOrgName: handlingOrgs.name,
  handlingOrgPath: handlingOrgs.path,
  memberName: membersTable.name,
  filedByName: filers.displayName,
};

const viewOf = (db: Executor) =>
  db
    .select(viewColumns)
    .from(needs)
    .innerJoin(orgsTable, eq(orgsTable.id, needs.orgId))
    .innerJoin(handlingOrgs, eq(handlingOrgs.id, needs.handlingOrgId))
    .innerJoin(membersTable, eq(membersTable.id, needs.memberId))
    .leftJoin(filers, eq(filers.id, needs.filedBy));

/** One need the caller may see, with its organizations and member (invisible looks exactly like missing). */
export async function getNeedView(db: Executor, actor: NeedActor, id: string, options: { forUpdate?: boolean } = {}) {
  const query = viewOf(db).where(and(eq(needs.id, id), live, needVisible(actor)));
  const [row] = options.forUpdate ? await query.for("update", { of: needs }) : await query;
  return row;
}
export type NeedView = NonNullable<Awaited<ReturnType<typeof getNeedView>>>;

export interface NeedFilters {
  subtreePath?: string;
  status?: string;
  category?: string;
  overdue?: NeedOverdue;
  handledByOrgId?: string;
  year?: number;
  q?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Filed in a calendar year of China time, as an index-friendly range on the instant. */
export const filedInYear = (year: number): SQL =>
  sql`${needs.filedAt} >= ${`${year}-01-01T00:00:00+08:00`}::timestamptz AND ${needs.filedAt} < ${`${year + 1}-01-01T00:00:00+08:00`}::timestamptz`;

/** The list's conditions on the needs table alone (the subtree and the member's name as subqueries), so a page needs no join. */
function needsWhere(actor: NeedActor, f: NeedFilters, today: string): SQL {
  const memberNamed = (q: string) =>
    sql`EXISTS (SELECT 1 FROM ${membersTable} WHERE ${membersTable.id} = ${needs.memberId} AND ${ilike(membersTable.name, `%${escapeLike(q)}%`)})`;
  return and(
    live,
    needVisible(actor),
    f.subtreePath ? sql`${needs.orgId} IN (SELECT ${orgsTable.id} FROM ${orgsTable} WHERE ${like(orgsTable.path, pathPrefix(f.subtreePath))})` : undefined,
    f.status ? eq(needs.status, f.status) : undefined,
    f.category ? eq(needs.category, f.category) : undefined,
    f.overdue ? overdueIs(f.overdue, today) : undefined,
    f.handledByOrgId ? and(eq(needs.handlingOrgId, f.handledByOrgId), inArray(needs.status, [...OPEN_STATUSES])) : undefined,
    f.year ? filedInYear(f.year) : undefined,
    f.q ? or(ilike(needs.title, `%${escapeLike(f.q)}%`), memberNamed(f.q)) : undefined,
  )!;
}

/**
 * A page of the needs the caller sees, the latest filed first: the page's ids first, from the needs
 * alone, then the names of those rows only — never a join of every need with the roster (bench/care.ts).
 */
export async function findNeedRows(db: Executor, actor: NeedActor, filters: NeedFilters, page: { page: number; pageSize: number }, today: string) {
  const where = needsWhere(actor, filters, today);
  const ids = db
    .select({ id: needs.id })
    .from(needs)
    .where(where)
    .orderBy(desc(needs.filedAt), asc(needs.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const items = await viewOf(db).where(inArray(needs.id, ids)).orderBy(desc(needs.filedAt), asc(needs.id));
  const [total] = await db.select({ total: count() }).from(needs).where(where);
  return { items, total: total?.total ?? 0 };
}

/** The home page's counts over the needs the caller sees, and the ten most overdue. */
export async function findNeedAlertRows(db: Executor, actor: NeedActor, today: string) {
  const where = and(live, needVisible(actor));
  const [counts] = await db
    .select({
      acknowledgeOverdue: sql<number>`count(*) filter (where ${overdueIs("acknowledge", today)})`.mapWith(Number),
      resolveOverdue: sql<number>`count(*) filter (where ${overdueIs("resolve", today)})`.mapWith(Number),
      awaitingMe: sql<number>`count(*) filter (where ${needs.handlingOrgId} = ${actor.org.id} and ${inArray(needs.status, [...OPEN_STATUSES])})`.mapWith(Number),
    })
    .from(needs)
    .where(where);
  // The ten ids from the needs alone, then their names (as the list: no join of every overdue need with the roster).
  const order = [asc(currentDueOn), asc(needs.filedAt), asc(needs.id)];
  const ids = db.select({ id: needs.id }).from(needs).where(and(where, anyOverdue(today))).orderBy(...order).limit(10);
  const items = await viewOf(db).where(inArray(needs.id, ids)).orderBy(...order);
  return { counts: counts ?? { acknowledgeOverdue: 0, resolveOverdue: 0, awaitingMe: 0 }, items };
}

/** A need's record, oldest first, with the acting organization's and user's names. */
export async function findNeedStepRows(db: Executor, needId: string) {
  return db
    .select({ step: steps, actingOrgName: orgsTable.name, actedByName: usersTable.displayName })
    .from(steps)
    .leftJoin(orgsTable, eq(orgsTable.id, steps.actingOrgId))
    .leftJoin(usersTable, eq(usersTable.id, steps.actedBy))
    .where(eq(steps.needId, needId))
    .orderBy(asc(steps.occurredAt), asc(steps.createdAt), asc(steps.id));
}

/**
 * A member who may file (NEED-01): active, on the roster, in `scope` (undefined when not), with their
 * organization and its parent — a party group's member files with its branch.
 */
export async function findMemberForNeed(db: Executor, scope: Scope, memberId: string) {
  const parents = alias(orgsTable, "parent_org");
  const [row] = await db
    .select({
      id: membersTable.id,
      name: membersTable.name,
      standing: membersTable.standing,
      org: { id: orgsTable.id, kind: orgsTable.kind, path: orgsTable.path, parentId: orgsTable.parentId },
      parentPath: parents.path,
    })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .leftJoin(parents, eq(parents.id, orgsTable.parentId))
    .where(and(eq(membersTable.id, memberId), isNull(membersTable.archivedAt), orgInScope(scope, membersTable.orgId)));
  return row;
}

/** Whether the caller still sees a need (NEED-06): e.g. one they just filed on a member's behalf. */
export async function isNeedVisibleTo(db: Executor, actor: NeedActor, id: string): Promise<boolean> {
  const [row] = await db.select({ id: needs.id }).from(needs).where(and(eq(needs.id, id), needVisible(actor)));
  return row !== undefined;
}

export async function insertNeedRow(db: Executor, row: NewNeedRow): Promise<NeedRow> {
  const [created] = await db.insert(needs).values(row).returning();
  return created!;
}

export async function updateNeedRow(db: Executor, id: string, patch: Partial<NewNeedRow>): Promise<NeedRow> {
  const [updated] = await db.update(needs).set({ ...patch, updatedAt: new Date() }).where(eq(needs.id, id)).returning();
  return updated!;
}

export async function insertNeedStepRow(db: Executor, row: typeof steps.$inferInsert): Promise<NeedStepRow> {
  const [created] = await db.insert(steps).values(row).returning();
  return created!;
}
