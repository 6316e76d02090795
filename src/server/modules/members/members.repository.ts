import { type SQL, and, asc, count, desc, eq, gt, inArray, isNull, like, lte, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { FindMembersQuery } from "../../../shared/contracts/members.contract";
import type { PageQuery } from "../../../shared/contracts/common.contract";
import type { Executor } from "../../db/client";
import { orgInScope } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { orgsTable } from "../organizations/organizations.table";
import { AGE_BAND_BOUNDS } from "../../../shared/member-bands";
import { type SeniorRule, birthDateRangeForAges, reachedYearsBy } from "./members.rules";
import { membersTable } from "./members.table";

export type MemberRow = typeof membersTable.$inferSelect;
export type NewMemberRow = typeof membersTable.$inferInsert;

const notArchived = isNull(membersTable.archivedAt);

/**
 * The members a caller reaches: those of the organizations in scope, and for a `member` account
 * (scope "self") only the record the account is linked to — or none if it is linked to none.
 */
export function memberInScope(scope: Scope): SQL | undefined {
  const byOrg = orgInScope(scope, membersTable.orgId);
  if (scope.kind !== "self") return byOrg;
  return and(byOrg, scope.memberId ? eq(membersTable.id, scope.memberId) : sql`false`);
}

/** One member in scope, or undefined (out of scope looks exactly like missing). `forUpdate` locks it. */
export async function getMemberRow(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(membersTable).where(and(eq(membersTable.id, id), notArchived, memberInScope(scope)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

/**
 * A member whose pending transfer goes to an organization in scope (TR-03): the receiving side
 * reaches the member only for this, before the transfer makes them its own.
 */
export async function getIncomingMemberRow(db: Executor, scope: Scope, id: string) {
  const [row] = await db
    .select()
    .from(membersTable)
    .where(and(eq(membersTable.id, id), notArchived, eq(membersTable.standing, "transferring"), orgInScope(scope, membersTable.pendingTransferOrgId)))
    .for("update");
  return row;
}

const pendingOrg = alias(orgsTable, "pending_org");

/** A member with the names of their organization and of a pending transfer's target. */
export async function getMemberView(db: Executor, scope: Scope, id: string) {
  const [row] = await db
    .select({ member: membersTable, orgName: orgsTable.name, pendingOrgName: pendingOrg.name })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .leftJoin(pendingOrg, eq(pendingOrg.id, membersTable.pendingTransferOrgId))
    .where(and(eq(membersTable.id, id), notArchived, memberInScope(scope)));
  return row;
}

/** What the list filters need beyond the query: resolved in the service. */
export interface MemberListContext {
  /** The materialized path of `query.orgId`, already checked to be in scope. */
  subtree?: { orgId: string; path: string };
  idNumberHash?: string;
  phoneHash?: string;
  today: string;
  senior: SeniorRule;
}

/** SQL of the roster search, separate so its shape can be snapshot-tested. */
export function memberListWhere(scope: Scope, query: FindMembersQuery, c: MemberListContext): SQL | undefined {
  const band = query.ageBand ? birthDateRangeForAges(...AGE_BAND_BOUNDS[query.ageBand], c.today) : null;
  // Age and party age as date bounds on indexed columns, relative to today: the same arithmetic as the lists show.
  const senior = sql`coalesce(${or(
    lte(membersTable.birthDate, reachedYearsBy(c.senior.minAge, c.today)),
    lte(membersTable.fullMemberOn, reachedYearsBy(c.senior.minPartyAge, c.today)),
  )}, false)`;
  return and(
    notArchived,
    memberInScope(scope),
    c.subtree ? orgInScope({ kind: "subtree", ...c.subtree }, membersTable.orgId) : undefined,
    eq(membersTable.standing, query.standing ?? "active"),
    query.q ? like(membersTable.name, `%${escapeLike(query.q)}%`) : undefined,
    c.idNumberHash ? eq(membersTable.idNumberHash, c.idNumberHash) : undefined,
    c.phoneHash ? eq(membersTable.phoneHash, c.phoneHash) : undefined,
    query.status ? eq(membersTable.status, query.status) : undefined,
    query.gender ? eq(membersTable.gender, query.gender) : undefined,
    query.education ? eq(membersTable.education, query.education) : undefined,
    query.occupation ? eq(membersTable.occupation, query.occupation) : undefined,
    band ? and(gt(membersTable.birthDate, band.bornAfter), lte(membersTable.birthDate, band.bornOnOrBefore)) : undefined,
    query.isMobile === undefined ? undefined : eq(membersTable.isMobile, query.isMobile),
    query.isStruggling === undefined ? undefined : eq(membersTable.isStruggling, query.isStruggling),
    query.isLostContact === undefined ? undefined : eq(membersTable.isLostContact, query.isLostContact),
    query.isSenior === undefined ? undefined : query.isSenior ? senior : sql`NOT ${senior}`,
  );
}

const SORT_COLUMNS = {
  name: membersTable.name,
  joinedOn: membersTable.joinedOn,
  birthDate: membersTable.birthDate,
  fullMemberOn: membersTable.fullMemberOn,
} as const;

/** The list's order, which its export shares so the two never disagree. */
export function memberListOrder(query: Pick<FindMembersQuery, "sort" | "order" | "q">): SQL[] {
  const column = SORT_COLUMNS[query.sort];
  const direction = query.order === "desc" ? desc : asc;
  // Names that start with the search text come first: a search for 王 lists the 王s before 汪王.
  const prefixFirst = query.q && query.sort === "name" ? [sql`CASE WHEN ${like(membersTable.name, `${escapeLike(query.q)}%`)} THEN 0 ELSE 1 END`] : [];
  const nulls = query.sort === "fullMemberOn" ? sql` NULLS LAST` : sql``;
  return [...prefixFirst, sql`${direction(column)}${nulls}`, asc(membersTable.id)];
}

export async function findMemberRows(db: Executor, scope: Scope, query: FindMembersQuery, c: MemberListContext) {
  const where = memberListWhere(scope, query, c);
  const [items, [totals]] = await Promise.all([
    db
      .select({ member: membersTable, orgName: orgsTable.name })
      .from(membersTable)
      .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
      .where(where)
      .orderBy(...memberListOrder(query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(membersTable).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

/** Pending transfers into the caller's organizations, with the transfer-out event's date and letter. */
export async function findIncomingTransferRows(db: Executor, scope: Scope, page: PageQuery) {
  const where = and(notArchived, eq(membersTable.standing, "transferring"), orgInScope(scope, membersTable.pendingTransferOrgId));
  const lastTransferOut = (column: SQL) =>
    sql`(SELECT ${column} FROM member_events e WHERE e.member_id = ${membersTable.id} AND e.type = 'transfer_out' ORDER BY e.occurred_on DESC, e.created_at DESC LIMIT 1)`;
  const [items, [totals]] = await Promise.all([
    db
      .select({
        member: membersTable,
        fromOrgName: orgsTable.name,
        toOrgName: pendingOrg.name,
        transferOutOn: lastTransferOut(sql`e.occurred_on::text`).mapWith(String),
        letterNumber: lastTransferOut(sql`e.details->>'letterNumber'`).mapWith(String),
      })
      .from(membersTable)
      .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
      .innerJoin(pendingOrg, eq(pendingOrg.id, membersTable.pendingTransferOrgId))
      .where(where)
      .orderBy(asc(membersTable.updatedAt), asc(membersTable.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(membersTable).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

/** Uniqueness is by the keyed hash of the ID number, across the whole system, not the caller's scope. */
export async function isIdNumberHashTaken(db: Executor, hash: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: membersTable.id })
    .from(membersTable)
    .where(and(eq(membersTable.idNumberHash, hash), exceptId ? ne(membersTable.id, exceptId) : undefined))
    .limit(1);
  return Boolean(row);
}

export async function insertMemberRows(db: Executor, rows: NewMemberRow[]): Promise<MemberRow[]> {
  return db.insert(membersTable).values(rows).returning();
}

export async function updateMemberRow(db: Executor, id: string, patch: Partial<NewMemberRow>): Promise<MemberRow> {
  const [updated] = await db
    .update(membersTable)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(membersTable.id, id))
    .returning();
  return updated!;
}

/**
 * An organization's name and kind, unscoped on purpose: a transfer may go anywhere in the system
 * (TR-02: across committees), and its events name both sides.
 */
export async function getOrgSummary(db: Executor, id: string) {
  const [row] = await db
    .select({ id: orgsTable.id, name: orgsTable.name, kind: orgsTable.kind, archivedAt: orgsTable.archivedAt })
    .from(orgsTable)
    .where(eq(orgsTable.id, id));
  return row;
}

/** Postgres reports a duplicate key as 23505, wrapped by Drizzle in `cause`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, message } = e as { code?: string; constraint?: string; message?: string };
    if (code === "23505" && (name === constraint || message?.includes(constraint))) return true;
  }
  return false;
}

export const ID_NUMBER_UNIQUE_INDEX = "members_id_number_hash_idx";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Which of these ID-number hashes are registered already, anywhere: one query for a whole batch. */
export async function findTakenIdNumberHashes(db: Executor, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db.select({ hash: membersTable.idNumberHash }).from(membersTable).where(inArray(membersTable.idNumberHash, hashes));
  return new Set(rows.map((r) => r.hash));
}
