import type { Readable } from "node:stream";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import type { NeedStatus } from "../../../shared/care";
import type { FileSummary, Page } from "../../../shared/contracts/common.contract";
import { type FileNeedInput, FileNeedSchema, type FindNeedsQuerySchema, type NeedAlerts, type NeedDetail, type NeedListItem } from "../../../shared/contracts/member-needs.contract";
import { ERROR_CODES } from "../../../shared/error-codes";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { createNotFoundError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { type FileRow, getOwnerFileForDownload, storeUpload, toFileSummary } from "../files/files.service";
import { requireOrgInScope, todayOf } from "../organizations/organizations.service";
import { refuse } from "./member-need-rule-catalogue";
import { NEED_FILE_OWNER, buildNeedDetail, callerOf, escalationTargetOf, toNeedListItem } from "./member-need-view";
import {
  createNeedFileForOthersForbidden,
  createNeedFileForbidden,
  createNeedHandleForbidden,
  createNeedNotFoundError,
  createNeedReadForbidden,
  createNeedRuleError,
} from "./member-needs.errors";
import {
  type NeedRow,
  type NeedView,
  findMemberForNeed,
  findNeedAlertRows,
  findNeedRows,
  getNeedView,
  insertNeedRow,
  insertNeedStepRow,
  isNeedVisibleTo,
} from "./member-needs.repository";
import { acknowledgeDueOn, canUploadToNeed } from "./member-needs.rules";

/** What the audit log keeps of a need: where it stands, never its text (personal information). */
export const needSnapshot = (n: NeedRow) => ({
  orgId: n.orgId,
  memberId: n.memberId,
  category: n.category,
  urgency: n.urgency,
  isPrivate: n.isPrivate,
  status: n.status,
  handlingOrgId: n.handlingOrgId,
  acknowledgeDueOn: n.acknowledgeDueOn,
  resolveDueOn: n.resolveDueOn,
  rating: n.rating,
  reopenCount: n.reopenCount,
});

/** One need the caller sees (NEED-06), else 404 exactly like a missing one. */
export async function requireNeed(db: Executor, ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<NeedView> {
  if (!can(ctx.actor, "need.read")) throw createNeedReadForbidden();
  const view = await getNeedView(db, ctx.actor, id, options);
  if (!view) throw createNeedNotFoundError();
  return view;
}

export async function findNeeds(ctx: Ctx, query: z.output<typeof FindNeedsQuerySchema>): Promise<Page<NeedListItem>> {
  if (!can(ctx.actor, "need.read")) throw createNeedReadForbidden();
  const today = todayOf(ctx);
  const subtree = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const { items, total } = await findNeedRows(
    ctx.db,
    ctx.actor,
    {
      subtreePath: subtree?.path,
      status: query.status,
      category: query.category,
      overdue: query.overdue,
      handledByOrgId: query.handledByMe ? ctx.actor.org.id : undefined,
      year: query.year,
      q: query.q || undefined,
    },
    query,
    today,
  );
  return { items: items.map((v) => toNeedListItem(v, today)), total, page: query.page, pageSize: query.pageSize };
}

/** The full need: its text is personal information, so every full view is audited (need.view). */
export async function getNeed(ctx: Ctx, id: string): Promise<NeedDetail> {
  const view = await requireNeed(ctx.db, ctx, id);
  await recordAudit(ctx.db, ctx, { action: "need.view", entityType: "member_need", entityId: id, orgId: view.need.orgId });
  return buildNeedDetail(ctx, view);
}

/** The detail after a change: the change was audited, this read is not a separate view. */
export async function getNeedAfterChange(ctx: Ctx, id: string): Promise<NeedDetail> {
  return buildNeedDetail(ctx, await requireNeed(ctx.db, ctx, id));
}

/**
 * NEED-01: a member files for themself; an officer (need.file + need.handle) for an active member of
 * their scope. The need belongs to the member's branch (a party group's member files with the group's
 * branch), which handles it first and acknowledges it within the working days of NEED-02. A private
 * need is filed only by someone who will see it (NEED-06): the member, the secretary, the committee.
 */
export async function fileNeed(ctx: Ctx, raw: FileNeedInput): Promise<NeedDetail> {
  if (!can(ctx.actor, "need.file")) throw createNeedFileForbidden();
  const input = FileNeedSchema.parse(raw);
  const onBehalf = input.memberId !== undefined && input.memberId !== ctx.actor.memberId;
  if (onBehalf && !can(ctx.actor, "need.handle")) throw createNeedFileForOthersForbidden();
  const memberId = input.memberId ?? ctx.actor.memberId;
  if (!memberId) throw createNeedRuleError([refuse("memberId", "NEED-01", "当前账号未关联党员档案，请选择提出诉求的党员")]);
  const id = await ctx.db.transaction(async (tx) => {
    const member = await findMemberForNeed(tx, onBehalf ? ctx.actor.scope : { kind: "all" }, memberId);
    if (!member) throw createNotFoundError(ERROR_CODES.memberNotFound, "党员");
    if (member.standing !== "active") throw createNeedRuleError([refuse("memberId", "NEED-01", `${member.name}不是在册党员，不能提出诉求`)]);
    const orgId = member.org.kind === "group" && member.org.parentId ? member.org.parentId : member.org.id;
    const now = ctx.clock();
    const { development: calendar, care } = ctx.config;
    const need = await insertNeedRow(tx, {
      orgId,
      memberId: member.id,
      filedBy: userIdOf(ctx),
      category: input.category,
      title: input.title,
      description: input.description,
      urgency: input.urgency,
      isPrivate: input.isPrivate,
      status: "submitted",
      handlingOrgId: orgId,
      filedAt: now,
      acknowledgeDueOn: acknowledgeDueOn(todayOf(ctx), care.needAcknowledgeWorkingDays, calendar),
    });
    await insertNeedStepRow(tx, {
      needId: need.id,
      kind: "filed",
      occurredAt: now,
      actingOrgId: onBehalf ? ctx.actor.org.id : null,
      actedBy: userIdOf(ctx),
      note: onBehalf ? `${ctx.actor.org.name}代党员提出` : "",
    });
    if (need.isPrivate && !(await isNeedVisibleTo(tx, ctx.actor, need.id))) {
      throw createNeedRuleError([refuse("isPrivate", "NEED-06", "仅限书记和上级党委可见的诉求，代为提出须由党支部书记或上级党委工作人员办理")]);
    }
    await recordAudit(tx, ctx, { action: "need.file", entityType: "member_need", entityId: need.id, orgId, after: { ...needSnapshot(need), onBehalf } });
    return need.id;
  });
  return getNeedAfterChange(ctx, id);
}

/** The officers' home page: overdue acknowledgements and resolutions they see, what waits for their organization. */
export async function getNeedAlerts(ctx: Ctx): Promise<NeedAlerts> {
  if (!can(ctx.actor, "need.handle")) throw createNeedHandleForbidden();
  const today = todayOf(ctx);
  const { counts, items } = await findNeedAlertRows(ctx.db, ctx.actor, today);
  return { today, ...counts, items: items.map((v) => toNeedListItem(v, today)) };
}

/** A file on an open need, from the member or the working side (sealed owner: served only here). */
export async function uploadNeedFile(ctx: Ctx, request: FastifyRequest, id: string): Promise<FileSummary> {
  const view = await requireNeed(ctx.db, ctx, id);
  const caller = callerOf(ctx, view, await escalationTargetOf(ctx.db, view));
  if (!canUploadToNeed(view.need.status as NeedStatus, caller)) {
    throw createNeedRuleError([refuse("file", "NEED-05", "只有提出诉求的党员本人或正在办理的党组织可以在诉求办结前上传材料")]);
  }
  const row: FileRow = await storeUpload(ctx, request, { ownerType: NEED_FILE_OWNER, ownerId: id, orgId: view.need.orgId }, "need.file");
  return toFileSummary({ ...row, uploadedByName: ctx.actor.displayName });
}

/** A need's file, to whoever sees the need (NEED-06); audited by the files module. */
export async function getNeedFile(ctx: Ctx, id: string, fileId: string): Promise<{ row: FileRow; stream: Readable }> {
  await requireNeed(ctx.db, ctx, id);
  return getOwnerFileForDownload(ctx, NEED_FILE_OWNER, id, fileId);
}
