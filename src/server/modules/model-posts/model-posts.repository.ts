import { type SQL, and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, like, lt, max, min, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { modelPostEntriesTable as entries, modelPostsTable as posts } from "./model-posts.table";

export type PostRow = typeof posts.$inferSelect;
export type NewPostRow = typeof posts.$inferInsert;
export type EntryRow = typeof entries.$inferSelect;

const live = isNull(posts.archivedAt);
const liveEntry = isNull(entries.archivedAt);
const memberOrgs = alias(orgsTable, "member_org");

/**
 * The posts a caller reaches: officers and administrators those of their subtree (orgInScope); a
 * member (scope self) those of their own organization and the organizations above it — posts are set
 * up by branches and committees (POST-01), so a member of a party group sees their branch's.
 */
export function postVisible(scope: Scope): SQL | undefined {
  if (scope.kind !== "self") return orgInScope(scope, posts.orgId);
  return inArray(posts.orgId, scope.path.split("/").filter(Boolean));
}

const viewColumns = {
  post: posts,
  orgName: orgsTable.name,
  orgPath: orgsTable.path,
  memberName: membersTable.name,
  memberOrgName: memberOrgs.name,
};

const fromPosts = (db: Executor, columns: typeof viewColumns) =>
  db
    .select(columns)
    .from(posts)
    .innerJoin(orgsTable, eq(orgsTable.id, posts.orgId))
    .innerJoin(membersTable, eq(membersTable.id, posts.memberId))
    .innerJoin(memberOrgs, eq(memberOrgs.id, membersTable.orgId));

/** One post the caller reaches, with its organization and member (out of reach looks exactly like missing). */
export async function getPostView(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}) {
  const query = fromPosts(db, viewColumns).where(and(eq(posts.id, id), live, postVisible(scope)));
  const [row] = options.forUpdate ? await query.for("update", { of: posts }) : await query;
  return row;
}
export type PostView = NonNullable<Awaited<ReturnType<typeof getPostView>>>;

export interface PostFilters {
  year?: number;
  kind?: string;
  safetyKind?: string;
  /** The subtree of an organization in scope (officers). */
  subtreePath?: string;
  /** A member's filter names an organization by id: matched, never an error. */
  subtreeOrgId?: string;
  memberId?: string;
  active?: boolean;
  q?: string;
}

/** 在岗: not ended, and its year not over (`today`'s year or later). */
const activeNow = (today: string): SQL => and(isNull(posts.endedOn), gte(posts.year, Number(today.slice(0, 4))))!;
const notActiveNow = (today: string): SQL => or(isNotNull(posts.endedOn), lt(posts.year, Number(today.slice(0, 4))))!;

function postsWhere(scope: Scope, filters: PostFilters, today: string): SQL | undefined {
  const q = filters.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    live,
    postVisible(scope),
    filters.year !== undefined ? eq(posts.year, filters.year) : undefined,
    filters.kind ? eq(posts.kind, filters.kind) : undefined,
    filters.safetyKind ? eq(posts.safetyKind, filters.safetyKind) : undefined,
    filters.subtreePath ? like(orgsTable.path, pathPrefix(filters.subtreePath)) : undefined,
    filters.subtreeOrgId ? sql`${orgsTable.path} LIKE (SELECT ${orgsTable.path} FROM ${orgsTable} WHERE ${orgsTable.id} = ${filters.subtreeOrgId}) || '%'` : undefined,
    filters.memberId ? eq(posts.memberId, filters.memberId) : undefined,
    filters.active === true ? activeNow(today) : filters.active === false ? notActiveNow(today) : undefined,
    q ? or(ilike(posts.name, `%${q}%`), ilike(membersTable.name, `%${q}%`)) : undefined,
  );
}

export async function findPostRows(db: Executor, scope: Scope, filters: PostFilters, page: { page: number; pageSize: number }, today: string) {
  const where = postsWhere(scope, filters, today);
  const items = await fromPosts(db, viewColumns)
    .where(where)
    .orderBy(desc(posts.year), asc(orgsTable.path), asc(posts.kind), asc(posts.startedOn), asc(posts.name), asc(posts.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db
    .select({ total: count() })
    .from(posts)
    .innerJoin(orgsTable, eq(orgsTable.id, posts.orgId))
    .innerJoin(membersTable, eq(membersTable.id, posts.memberId))
    .where(where);
  return { items, total: total?.total ?? 0 };
}

export interface EntryStats {
  entryCount: number;
  firstEntryOn: string | null;
  lastEntryOn: string | null;
}

/** Per post: how many live entries, the first and the last date. One grouped query. */
export async function findEntryStats(db: Executor, postIds: readonly string[]): Promise<Map<string, EntryStats>> {
  const stats = new Map<string, EntryStats>(postIds.map((id) => [id, { entryCount: 0, firstEntryOn: null, lastEntryOn: null }]));
  if (postIds.length === 0) return stats;
  const rows = await db
    .select({ postId: entries.postId, entryCount: count(), firstEntryOn: min(entries.occurredOn), lastEntryOn: max(entries.occurredOn) })
    .from(entries)
    .where(and(inArray(entries.postId, [...postIds]), liveEntry))
    .groupBy(entries.postId);
  for (const r of rows) stats.set(r.postId, { entryCount: r.entryCount, firstEntryOn: r.firstEntryOn, lastEntryOn: r.lastEntryOn });
  return stats;
}

/** The year's counts per kind and safety kind, in scope (and a subtree), with the entries recorded for them. */
export async function findPostCounts(db: Executor, scope: Scope, filters: Pick<PostFilters, "subtreePath" | "subtreeOrgId"> & { year: number }, today: string) {
  const where = postsWhere(scope, filters, today);
  const counts = await db
    .select({
      kind: posts.kind,
      safetyKind: posts.safetyKind,
      total: count(),
      active: sql<number>`count(*) filter (where ${activeNow(today)})`.mapWith(Number),
    })
    .from(posts)
    .innerJoin(orgsTable, eq(orgsTable.id, posts.orgId))
    .where(where)
    .groupBy(posts.kind, posts.safetyKind);
  const [recorded] = await db
    .select({ entries: count() })
    .from(entries)
    .innerJoin(posts, eq(posts.id, entries.postId))
    .innerJoin(orgsTable, eq(orgsTable.id, posts.orgId))
    .where(and(where, liveEntry));
  return { counts, entries: recorded?.entries ?? 0 };
}

/** POST-01: whether the member is active on the roster of the organization (given by its path) or below. */
export async function isActiveMemberUnder(db: Executor, orgPath: string, memberId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: membersTable.id })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(eq(membersTable.id, memberId), like(orgsTable.path, pathPrefix(orgPath)), isNull(membersTable.archivedAt), eq(membersTable.standing, "active")));
  return !!row;
}

export async function insertPostRow(db: Executor, row: NewPostRow): Promise<PostRow> {
  const [created] = await db.insert(posts).values(row).returning();
  return created!;
}

export async function updatePostRow(db: Executor, id: string, patch: Partial<NewPostRow>): Promise<PostRow> {
  const [updated] = await db
    .update(posts)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(posts.id, id))
    .returning();
  return updated!;
}

/** Who set the post up, by display name. */
export async function findUserName(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: usersTable.displayName }).from(usersTable).where(eq(usersTable.id, userId));
  return row?.name ?? null;
}

// ─── The year's record ─────────────────────────────────────────────────────────────────────────────

const entryColumns = { entry: entries, recordedByName: usersTable.displayName };

/** A post's entries, newest first. The caller has checked the post's scope. */
export async function findEntryRows(db: Executor, postId: string, page: { page: number; pageSize: number }) {
  const where = and(eq(entries.postId, postId), liveEntry);
  const items = await db
    .select(entryColumns)
    .from(entries)
    .leftJoin(usersTable, eq(usersTable.id, entries.recordedBy))
    .where(where)
    .orderBy(desc(entries.occurredOn), desc(entries.createdAt), desc(entries.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ total: count() }).from(entries).where(where);
  return { items, total: total?.total ?? 0 };
}
export type EntryView = Awaited<ReturnType<typeof findEntryRows>>["items"][number];

export async function insertEntryRow(db: Executor, row: typeof entries.$inferInsert): Promise<EntryRow> {
  const [created] = await db.insert(entries).values(row).returning();
  return created!;
}
