import { type SQL, and, asc, count, desc, eq, inArray, isNull, like, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Actor } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { honoursTable, recognitionNominationsTable as nominations, recognitionObjectionsTable as objections } from "./recognition.table";
import { STANDING_STATUSES } from "./recognition-status.rules";

export type NominationRow = typeof nominations.$inferSelect;
export type NewNominationRow = typeof nominations.$inferInsert;
export type ObjectionRow = typeof objections.$inferSelect;

type Viewer = Pick<Actor, "scope" | "org" | "role">;

const live = isNull(nominations.archivedAt);
const pathIds = (path: string) => path.split("/").filter(Boolean);

/**
 * The nominations a caller reaches (scope, HON-01/02):
 * - officers: those their subtree nominated (the nominating side) and those their subtree reviews (the
 *   committee side; the reviewing committee lies above the nominating organization, so this adds rows
 *   only when an organization has moved since);
 * - an administrator: all;
 * - a member: those in publicity (公示 is public, so the masses may object) or published, nominated by
 *   their own organization or one above it.
 * Undefined is never returned: there is always a condition.
 */
export function nominationVisible(actor: Viewer): SQL {
  const { scope } = actor;
  switch (scope.kind) {
    case "all":
      return sql`true`;
    case "subtree":
      return or(orgInScope(scope, nominations.orgId), orgInScope(scope, nominations.reviewingOrgId))!;
    case "self":
      return and(inArray(nominations.status, ["in_publicity", "published"]), inArray(nominations.orgId, pathIds(scope.path)))!;
  }
}

/** The nominations whose reviewing committee the caller speaks for (nominationSides' committee side, in SQL). */
export function reviewedBy(actor: Pick<Actor, "org" | "role">): SQL {
  switch (actor.role) {
    case "org_admin":
      return eq(nominations.reviewingOrgId, actor.org.id);
    case "admin":
      return or(isNull(nominations.reviewingOrgId), eq(nominations.reviewingOrgId, actor.org.id))!;
    default:
      return sql`false`;
  }
}

const reviewingOrgs = alias(orgsTable, "reviewing_org");
const nomineeOrgs = alias(orgsTable, "nominee_org");
const memberOrgs = alias(orgsTable, "member_org");

const columns = {
  nomination: nominations,
  orgName: orgsTable.name,
  orgPath: orgsTable.path,
  reviewingOrgName: reviewingOrgs.name,
  memberName: membersTable.name,
  memberOrgName: memberOrgs.name,
  nomineeOrgName: nomineeOrgs.name,
  objectionCount: sql<number>`(SELECT count(*) FROM ${objections} WHERE ${objections.nominationId} = ${nominations.id})`.mapWith(Number),
  openObjectionCount: sql<number>`(SELECT count(*) FROM ${objections} WHERE ${objections.nominationId} = ${nominations.id} AND ${objections.finding} IS NULL)`.mapWith(
    Number,
  ),
};

const joined = (db: Executor) =>
  db
    .select(columns)
    .from(nominations)
    .innerJoin(orgsTable, eq(orgsTable.id, nominations.orgId))
    .leftJoin(reviewingOrgs, eq(reviewingOrgs.id, nominations.reviewingOrgId))
    .leftJoin(membersTable, eq(membersTable.id, nominations.memberId))
    .leftJoin(memberOrgs, eq(memberOrgs.id, membersTable.orgId))
    .leftJoin(nomineeOrgs, eq(nomineeOrgs.id, nominations.nomineeOrgId));

export interface NominationFilters {
  year?: number;
  honour?: string;
  status?: string;
  subtreePath?: string;
  awaitingMe?: boolean;
}

function nominationsWhere(actor: Viewer, filters: NominationFilters): SQL {
  return and(
    live,
    nominationVisible(actor),
    filters.subtreePath ? like(orgsTable.path, pathPrefix(filters.subtreePath)) : undefined,
    filters.year ? eq(nominations.year, filters.year) : undefined,
    filters.honour ? eq(nominations.honour, filters.honour) : undefined,
    filters.status ? eq(nominations.status, filters.status) : undefined,
    filters.awaitingMe ? and(reviewedBy(actor), inArray(nominations.status, ["submitted", "in_publicity", "awarded"])) : undefined,
  )!;
}

/** A page of the nominations the caller reaches: the latest year first, then by nominating organization. */
export async function findNominationRows(db: Executor, actor: Viewer, filters: NominationFilters, page: { page: number; pageSize: number }) {
  const where = nominationsWhere(actor, filters);
  const items = await joined(db)
    .where(where)
    .orderBy(desc(nominations.year), asc(orgsTable.path), desc(nominations.createdAt), asc(nominations.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ total: count() }).from(nominations).innerJoin(orgsTable, eq(orgsTable.id, nominations.orgId)).where(where);
  return { items, total: total?.total ?? 0 };
}
export type NominationListRow = Awaited<ReturnType<typeof findNominationRows>>["items"][number];

/** One nomination the caller reaches (out of reach looks exactly like missing); locked for a change. */
export async function getNominationRow(db: Executor, actor: Viewer, id: string, options: { forUpdate?: boolean } = {}) {
  const query = joined(db).where(and(eq(nominations.id, id), live, nominationVisible(actor)));
  const [row] = options.forUpdate ? await query.for("update", { of: nominations }) : await query;
  return row;
}

export async function findObjectionRows(db: Executor, nominationId: string) {
  return db
    .select({ objection: objections, recordedByName: usersTable.displayName })
    .from(objections)
    .leftJoin(usersTable, eq(usersTable.id, objections.recordedBy))
    .where(eq(objections.nominationId, nominationId))
    .orderBy(asc(objections.receivedOn), asc(objections.createdAt), asc(objections.id));
}

export async function getObjectionRow(db: Executor, nominationId: string, objectionId: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(objections).where(and(eq(objections.id, objectionId), eq(objections.nominationId, nominationId)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

export async function getUserName(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: usersTable.displayName }).from(usersTable).where(eq(usersTable.id, userId));
  return row?.name ?? null;
}

/** The honour a published nomination wrote (HON-12). */
export async function findHonourIdOfNomination(db: Executor, nominationId: string): Promise<string | null> {
  const [row] = await db.select({ id: honoursTable.id }).from(honoursTable).where(eq(honoursTable.nominationId, nominationId)).limit(1);
  return row?.id ?? null;
}

// ─── Nominees ─────────────────────────────────────────────────────────────────────────────────────

/** A member of the subtree under `orgPath` (HON-01), locked so two nominations of them cannot cross (HON-04). */
export async function lockMemberUnder(db: Executor, orgPath: string, memberId: string) {
  const [row] = await db
    .select({ id: membersTable.id, name: membersTable.name, orgId: membersTable.orgId, standing: membersTable.standing, status: membersTable.status })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(eq(membersTable.id, memberId), isNull(membersTable.archivedAt), like(orgsTable.path, pathPrefix(orgPath))))
    .for("update", { of: membersTable });
  return row;
}

/** An organization of the subtree under `orgPath` (HON-01), dissolved ones included (HON-03 refuses them), locked (HON-04). */
export async function lockOrgUnder(db: Executor, orgPath: string, orgId: string) {
  const [row] = await db
    .select({ id: orgsTable.id, name: orgsTable.name, kind: orgsTable.kind, path: orgsTable.path, archivedAt: orgsTable.archivedAt })
    .from(orgsTable)
    .where(and(eq(orgsTable.id, orgId), like(orgsTable.path, pathPrefix(orgPath))))
    .for("update");
  return row;
}

type Nominee = { memberId: string } | { nomineeOrgId: string };
const nomineeIs = (n: Nominee) => ("memberId" in n ? eq(nominations.memberId, n.memberId) : eq(nominations.nomineeOrgId, n.nomineeOrgId));
const honouredIs = (n: Nominee) => ("memberId" in n ? eq(honoursTable.memberId, n.memberId) : and(eq(honoursTable.orgId, n.nomineeOrgId), isNull(honoursTable.memberId)));

/** HON-04: whether the nominee has a standing nomination, and whether they hold the honour, for the year. */
export async function findNomineeStanding(db: Executor, nominee: Nominee, honour: string, year: number) {
  const [standing] = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(and(nomineeIs(nominee), eq(nominations.honour, honour), eq(nominations.year, year), live, inArray(nominations.status, [...STANDING_STATUSES])))
    .limit(1);
  const [held] = await db
    .select({ id: honoursTable.id })
    .from(honoursTable)
    .where(and(honouredIs(nominee), eq(honoursTable.honour, honour), eq(honoursTable.year, year), isNull(honoursTable.revokedAt)))
    .limit(1);
  return { hasStandingNomination: !!standing, holdsHonour: !!held };
}

// ─── Writes ───────────────────────────────────────────────────────────────────────────────────────

export async function insertNominationRow(db: Executor, row: NewNominationRow): Promise<NominationRow> {
  const [created] = await db.insert(nominations).values(row).returning();
  return created!;
}

export async function updateNominationRow(db: Executor, id: string, patch: Partial<NewNominationRow>): Promise<NominationRow> {
  const [updated] = await db.update(nominations).set({ ...patch, updatedAt: new Date() }).where(eq(nominations.id, id)).returning();
  return updated!;
}

export async function insertObjectionRow(db: Executor, row: typeof objections.$inferInsert): Promise<ObjectionRow> {
  const [created] = await db.insert(objections).values(row).returning();
  return created!;
}

export async function updateObjectionRow(db: Executor, id: string, patch: Partial<typeof objections.$inferInsert>): Promise<ObjectionRow> {
  const [updated] = await db.update(objections).set({ ...patch, updatedAt: new Date() }).where(eq(objections.id, id)).returning();
  return updated!;
}
