import type { PostKind, SafetyKind } from "../../../shared/care";
import type { PostAbilities, PostDetail, PostEntry, PostListItem } from "../../../shared/contracts/model-posts.contract";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { findOwnerFiles, toFileSummary } from "../files/files.service";
import { createPostNotFoundError, createPostReadForbidden } from "./model-posts.errors";
import { type EntryStats, type EntryView, type PostRow, type PostView, findEntryStats, findUserName, getPostView } from "./model-posts.repository";
import { postState } from "./model-posts.rules";
import type { Executor } from "../../db/client";
import { todayOf } from "../organizations/organizations.service";

/** The files of a post go through the ordinary files module (/api/files/:id, scoped by the post's organization). */
export const POST_FILE_OWNER = "model_post";

/** What the audit log keeps of a post. */
export const postSnapshot = (p: PostRow) => ({
  orgId: p.orgId,
  memberId: p.memberId,
  year: p.year,
  kind: p.kind,
  safetyKind: p.safetyKind,
  name: p.name,
  scope: p.scope,
  commitment: p.commitment,
  startedOn: p.startedOn,
  endedOn: p.endedOn,
  endReason: p.endReason,
});

/** A post the caller reaches (404 otherwise, exactly like a missing one); 403 for a role that reads none. */
export async function requirePost(db: Executor, ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<PostView> {
  if (!can(ctx.actor, "post.read")) throw createPostReadForbidden();
  const view = await getPostView(db, ctx.actor.scope, id, options);
  if (!view) throw createPostNotFoundError();
  return view;
}

const NO_ENTRIES: EntryStats = { entryCount: 0, firstEntryOn: null, lastEntryOn: null };

export function toListItem(view: PostView, stats: EntryStats = NO_ENTRIES, today: string): PostListItem {
  const { post } = view;
  return {
    id: post.id,
    orgId: post.orgId,
    orgName: view.orgName,
    memberId: post.memberId,
    memberName: view.memberName,
    memberOrgName: view.memberOrgName,
    year: post.year,
    kind: post.kind as PostKind,
    safetyKind: (post.safetyKind as SafetyKind | null) ?? null,
    name: post.name,
    scope: post.scope,
    commitment: post.commitment,
    startedOn: post.startedOn,
    endedOn: post.endedOn,
    state: postState(post, today),
    entryCount: stats.entryCount,
    lastEntryOn: stats.lastEntryOn,
  };
}

/** What the caller may do with a post in their scope: officers while it is not ended; members read only. */
export function postAbilities(ctx: Pick<Ctx, "actor">, post: Pick<PostRow, "endedOn">): PostAbilities {
  const isOpen = can(ctx.actor, "post.manage") && !post.endedOn;
  return { canUpdate: isOpen, canEnd: isOpen, canAddEntry: isOpen, canUpload: isOpen && can(ctx.actor, "file.upload") };
}

/** The post's page: the list columns, who set it up, why it ended, its files and the caller's abilities. */
export async function buildPostDetail(ctx: Ctx, view: PostView): Promise<PostDetail> {
  const { post } = view;
  // One after another: ctx.db may be a transaction's single connection (the demo seed's).
  const stats = await findEntryStats(ctx.db, [post.id]);
  const createdByName = await findUserName(ctx.db, post.createdBy);
  const files = await findOwnerFiles(ctx.db, POST_FILE_OWNER, post.id);
  return {
    ...toListItem(view, stats.get(post.id), todayOf(ctx)),
    endReason: post.endReason,
    createdByName,
    createdAt: post.createdAt.toISOString(),
    files: files.map(toFileSummary),
    abilities: postAbilities(ctx, post),
  };
}

export const toEntry = ({ entry, recordedByName }: EntryView): PostEntry => ({
  id: entry.id,
  postId: entry.postId,
  occurredOn: entry.occurredOn,
  content: entry.content,
  recordedByName,
  createdAt: entry.createdAt.toISOString(),
});
