import type { FastifyRequest } from "fastify";
import type { FileSummary, PageQuery } from "../../../shared/contracts/common.contract";
import type { AddPostEntry, PostEntry, PostEntryPage } from "../../../shared/contracts/model-posts.contract";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { storeUpload, toFileSummary } from "../files/files.service";
import { todayOf } from "../organizations/organizations.service";
import { POST_FILE_OWNER, requirePost, toEntry } from "./model-post-view";
import { createPostManageForbidden, throwIfIssues } from "./model-posts.errors";
import { findEntryRows, insertEntryRow } from "./model-posts.repository";
import { checkEntry, checkNotEnded } from "./model-posts.rules";

/** The year's record (履诺记录) of a post the caller reaches, newest first. */
export async function findPostEntries(ctx: Ctx, postId: string, page: PageQuery): Promise<PostEntryPage> {
  const { post } = await requirePost(ctx.db, ctx, postId);
  const { items, total } = await findEntryRows(ctx.db, post.id, page);
  return { items: items.map(toEntry), total, page: page.page, pageSize: page.pageSize };
}

/** One dated entry of what the member did on the post (POST-06), never on an ended post (POST-07). */
export async function addPostEntry(ctx: Ctx, postId: string, input: AddPostEntry): Promise<PostEntry> {
  return ctx.db.transaction(async (tx) => {
    const { post } = await requirePost(tx, ctx, postId, { forUpdate: true });
    if (!can(ctx.actor, "post.manage")) throw createPostManageForbidden();
    throwIfIssues(checkEntry(post, input, todayOf(ctx)));
    const row = await insertEntryRow(tx, { postId: post.id, occurredOn: input.occurredOn, content: input.content.trim(), recordedBy: userIdOf(ctx) });
    await recordAudit(tx, ctx, {
      action: "post.entry_add",
      entityType: "model_post_entry",
      entityId: row.id,
      orgId: post.orgId,
      after: { postId: post.id, occurredOn: row.occurredOn, content: row.content },
    });
    return toEntry({ entry: row, recordedByName: ctx.actor.displayName });
  });
}

/**
 * A file for a post (挂牌照片, 承诺书…): 404 outside scope, 403 for a member, 422 on an ended post
 * (POST-07), then the file checks of storeUpload. It belongs to the post's organization, downloaded
 * through /api/files/:id.
 */
export async function uploadPostFile(ctx: Ctx, request: FastifyRequest, postId: string): Promise<FileSummary> {
  const { post } = await requirePost(ctx.db, ctx, postId);
  if (!can(ctx.actor, "post.manage")) throw createPostManageForbidden();
  throwIfIssues(checkNotEnded(post));
  const row = await storeUpload(ctx, request, { ownerType: POST_FILE_OWNER, ownerId: post.id, orgId: post.orgId });
  return toFileSummary({ ...row, uploadedByName: ctx.actor.displayName });
}
