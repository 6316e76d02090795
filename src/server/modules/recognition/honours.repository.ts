import { type SQL, and, asc, count, desc, eq, inArray, isNotNull, isNull, like, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Actor } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { honoursTable as honours } from "./recognition.table";

export type HonourRow = typeof honours.$inferSelect;
export type NewHonourRow = typeof honours.$inferInsert;

type Viewer = Pick<Actor, "scope" | "org" | "role">;

/**
 * A member's own organization for the honours board: a party group's member belongs to the branch the
 * group divides, so the branch's honours (its groups' members' too) are "their organization's".
 */
export function homePath(actor: Pick<Actor, "org">): string {
  if (actor.org.kind !== "group") return actor.org.path;
  return actor.org.path.replace(/[^/]+\/$/, "");
}

/**
 * The honours a caller reaches:
 * - officers: those recorded in their subtree, and those of the members now on their roster (an
 *   honour stays in the member's record after a transfer);
 * - an administrator: all;
 * - a member: never a revoked one; their own, their organization's (see homePath) and the honours of
 *   the organizations above it.
 */
export function honourVisible(actor: Viewer): SQL {
  const { scope } = actor;
  switch (scope.kind) {
    case "all":
      return sql`true`;
    case "subtree":
      return or(
        orgInScope(scope, honours.orgId),
        sql`${honours.memberId} IN (SELECT ${membersTable.id} FROM ${membersTable} WHERE ${orgInScope(scope, membersTable.orgId)!})`,
      )!;
    case "self":
      return and(
        isNull(honours.revokedAt),
        or(
          scope.memberId ? eq(honours.memberId, scope.memberId) : undefined,
          sql`${honours.orgId} IN (SELECT ${orgsTable.id} FROM ${orgsTable} WHERE ${like(orgsTable.path, pathPrefix(homePath(actor)))})`,
          and(isNull(honours.memberId), inArray(honours.orgId, scope.path.split("/").filter(Boolean))),
        ),
      )!;
  }
}

export interface HonourFilters {
  year?: number;
  honour?: string;
  memberId?: string;
  subtreePath?: string;
  /** The organization itself (its record), instead of its subtree. */
  orgId?: string;
  subject?: "member" | "org";
  includeRevoked: boolean;
}

function honoursWhere(actor: Viewer, filters: Omit<HonourFilters, "honour">): SQL {
  return and(
    honourVisible(actor),
    filters.includeRevoked ? undefined : isNull(honours.revokedAt),
    filters.year ? eq(honours.year, filters.year) : undefined,
    filters.memberId ? eq(honours.memberId, filters.memberId) : undefined,
    filters.subtreePath ? like(orgsTable.path, pathPrefix(filters.subtreePath)) : undefined,
    filters.orgId ? eq(honours.orgId, filters.orgId) : undefined,
    filters.subject === "member" ? isNotNull(honours.memberId) : filters.subject === "org" ? isNull(honours.memberId) : undefined,
  )!;
}

const columns = { honour: honours, memberName: membersTable.name, orgName: orgsTable.name };

/** A page of honours (latest first) and the count of each honour under the same filters but the honour itself. */
export async function findHonourRows(db: Executor, actor: Viewer, filters: HonourFilters, page: { page: number; pageSize: number }) {
  const base = honoursWhere(actor, filters);
  const where = and(base, filters.honour ? eq(honours.honour, filters.honour) : undefined)!;
  const items = await db
    .select(columns)
    .from(honours)
    .innerJoin(orgsTable, eq(orgsTable.id, honours.orgId))
    .leftJoin(membersTable, eq(membersTable.id, honours.memberId))
    .where(where)
    .orderBy(desc(honours.year), desc(honours.conferredOn), asc(honours.honour), asc(orgsTable.path), asc(honours.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ total: count() }).from(honours).innerJoin(orgsTable, eq(orgsTable.id, honours.orgId)).where(where);
  const byHonour = await db
    .select({ honour: honours.honour, count: count() })
    .from(honours)
    .innerJoin(orgsTable, eq(orgsTable.id, honours.orgId))
    .where(base)
    .groupBy(honours.honour);
  return { items, total: total?.total ?? 0, byHonour };
}
export type HonourListRow = Awaited<ReturnType<typeof findHonourRows>>["items"][number];

/** One honour the caller reaches, locked for revocation. */
export async function getHonourRow(db: Executor, actor: Viewer, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select(columns)
    .from(honours)
    .innerJoin(orgsTable, eq(orgsTable.id, honours.orgId))
    .leftJoin(membersTable, eq(membersTable.id, honours.memberId))
    .where(and(eq(honours.id, id), honourVisible(actor)));
  const [row] = options.forUpdate ? await query.for("update", { of: honours }) : await query;
  return row;
}

export async function insertHonourRow(db: Executor, row: NewHonourRow): Promise<HonourRow> {
  const [created] = await db.insert(honours).values(row).returning();
  return created!;
}

export async function updateHonourRow(db: Executor, id: string, patch: Partial<NewHonourRow>): Promise<HonourRow> {
  const [updated] = await db.update(honours).set({ ...patch, updatedAt: new Date() }).where(eq(honours.id, id)).returning();
  return updated!;
}

/** A member in the caller's scope, for an honour conferred elsewhere (HON-13); exited members keep their history. */
export async function getMemberInScope(db: Executor, actor: Viewer, memberId: string) {
  const [row] = await db
    .select({ id: membersTable.id, name: membersTable.name, orgId: membersTable.orgId })
    .from(membersTable)
    .where(and(eq(membersTable.id, memberId), isNull(membersTable.archivedAt), orgInScope(actor.scope, membersTable.orgId)));
  return row;
}
