import { POST_KINDS, SAFETY_KINDS } from "../../../shared/care";
import type {
  CreatePost,
  EndPost,
  FindPostsQuery,
  PostDetail,
  PostPage,
  PostSummary,
  PostSummaryQuery,
  UpdatePost,
} from "../../../shared/contracts/model-posts.contract";
import type { OrgKind } from "../../../shared/domain";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { requireOrgInScope, todayOf } from "../organizations/organizations.service";
import { buildPostDetail, postSnapshot, requirePost, toListItem } from "./model-post-view";
import { createPostManageForbidden, createPostReadForbidden, throwIfIssues } from "./model-posts.errors";
import { type PostFilters, findEntryStats, findPostCounts, findPostRows, insertPostRow, isActiveMemberUnder, updatePostRow } from "./model-posts.repository";
import { checkEnd, checkMemberFound, checkPostContent, checkPostYear, checkSettingOrg, checkNotEnded } from "./model-posts.rules";

/** The organization filter: a subtree in scope for officers (404 otherwise); matched by id for a member. */
async function subtreeOf(ctx: Ctx, orgId: string | undefined): Promise<Pick<PostFilters, "subtreePath" | "subtreeOrgId">> {
  if (!orgId) return {};
  if (ctx.actor.scope.kind === "self") return { subtreeOrgId: orgId };
  return { subtreePath: (await requireOrgInScope(ctx.db, ctx.actor.scope, orgId)).path };
}

export async function findPosts(ctx: Ctx, query: FindPostsQuery): Promise<PostPage> {
  if (!can(ctx.actor, "post.read")) throw createPostReadForbidden();
  const today = todayOf(ctx);
  const filters: PostFilters = {
    ...(await subtreeOf(ctx, query.orgId)),
    year: query.year,
    kind: query.kind,
    safetyKind: query.safetyKind,
    memberId: query.memberId,
    active: query.active === undefined ? undefined : query.active === "true",
    q: query.q || undefined,
  };
  const { items, total } = await findPostRows(ctx.db, ctx.actor.scope, filters, query, today);
  const stats = await findEntryStats(ctx.db, items.map((r) => r.post.id));
  return {
    items: items.map((row) => toListItem(row, stats.get(row.post.id), today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    abilities: { canCreate: can(ctx.actor, "post.manage") },
  };
}

/** The year's counts in scope: every kind and every safety kind, zeros included, so a chart keeps its axis. */
export async function getPostSummary(ctx: Ctx, query: PostSummaryQuery): Promise<PostSummary> {
  if (!can(ctx.actor, "post.read")) throw createPostReadForbidden();
  const today = todayOf(ctx);
  const year = query.year ?? Number(today.slice(0, 4));
  const { counts, entries } = await findPostCounts(ctx.db, ctx.actor.scope, { ...(await subtreeOf(ctx, query.orgId)), year }, today);
  const sum = (rows: typeof counts) => ({ total: rows.reduce((n, r) => n + r.total, 0), active: rows.reduce((n, r) => n + r.active, 0) });
  return {
    year,
    ...sum(counts),
    entries,
    byKind: POST_KINDS.map((kind) => ({ kind, ...sum(counts.filter((r) => r.kind === kind)) })),
    bySafetyKind: SAFETY_KINDS.map((safetyKind) => ({ safetyKind, ...sum(counts.filter((r) => r.kind === "safety_area" && r.safetyKind === safetyKind)) })),
  };
}

export async function getPostDetail(ctx: Ctx, id: string): Promise<PostDetail> {
  return buildPostDetail(ctx, await requirePost(ctx.db, ctx, id));
}

/**
 * A post set up by an organization in scope (404 otherwise) for an active member of its subtree
 * (POST-01), for a sensible year (POST-04), with its content checked (POST-02/03/05).
 */
export async function createPost(ctx: Ctx, input: CreatePost): Promise<PostDetail> {
  if (!can(ctx.actor, "post.manage")) throw createPostManageForbidden();
  const today = todayOf(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    const org = await requireOrgInScope(tx, ctx.actor.scope, input.orgId);
    const settingOrg = checkSettingOrg({ kind: org.kind as OrgKind, name: org.name });
    throwIfIssues([
      ...settingOrg,
      ...(settingOrg.length === 0 ? checkMemberFound(await isActiveMemberUnder(tx, org.path, input.memberId), org.name) : []),
      ...checkPostYear(input.year, today),
      ...checkPostContent(input, input.year),
    ]);
    const row = await insertPostRow(tx, {
      orgId: org.id,
      memberId: input.memberId,
      year: input.year,
      kind: input.kind,
      safetyKind: input.safetyKind ?? null,
      name: input.name,
      scope: input.scope,
      commitment: input.commitment.trim(),
      startedOn: input.startedOn,
      createdBy: userIdOf(ctx),
    });
    await recordAudit(tx, ctx, { action: "post.create", entityType: "model_post", entityId: row.id, orgId: row.orgId, after: postSnapshot(row) });
    return row.id;
  });
  return getPostDetail(ctx, id);
}

/** The content of a post not ended (POST-07), checked again; the start stays before its record (POST-05). */
export async function updatePost(ctx: Ctx, id: string, input: UpdatePost): Promise<PostDetail> {
  await ctx.db.transaction(async (tx) => {
    const { post } = await requirePost(tx, ctx, id, { forUpdate: true });
    if (!can(ctx.actor, "post.manage")) throw createPostManageForbidden();
    throwIfIssues(checkNotEnded(post));
    const stats = (await findEntryStats(tx, [post.id])).get(post.id);
    throwIfIssues(checkPostContent(input, post.year, stats?.firstEntryOn ?? null));
    const row = await updatePostRow(tx, post.id, {
      kind: input.kind,
      safetyKind: input.safetyKind ?? null,
      name: input.name,
      scope: input.scope,
      commitment: input.commitment.trim(),
      startedOn: input.startedOn,
    });
    await recordAudit(tx, ctx, { action: "post.update", entityType: "model_post", entityId: row.id, orgId: row.orgId, before: postSnapshot(post), after: postSnapshot(row) });
  });
  return getPostDetail(ctx, id);
}

/** Ends a post with its reason (POST-08): never deleted. */
export async function endPost(ctx: Ctx, id: string, input: EndPost): Promise<PostDetail> {
  await ctx.db.transaction(async (tx) => {
    const { post } = await requirePost(tx, ctx, id, { forUpdate: true });
    if (!can(ctx.actor, "post.manage")) throw createPostManageForbidden();
    const stats = (await findEntryStats(tx, [post.id])).get(post.id);
    throwIfIssues(checkEnd(post, input, todayOf(ctx), stats?.lastEntryOn ?? null));
    const row = await updatePostRow(tx, post.id, { endedOn: input.endedOn, endReason: input.reason.trim() });
    await recordAudit(tx, ctx, {
      action: "post.end",
      entityType: "model_post",
      entityId: row.id,
      orgId: row.orgId,
      before: postSnapshot(post),
      after: postSnapshot(row),
    });
  });
  return getPostDetail(ctx, id);
}
