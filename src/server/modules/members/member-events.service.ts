import type { FastifyRequest } from "fastify";
import type { FileSummary } from "../../../shared/contracts/common.contract";
import type { CreateMemberEvent, MemberDocumentList, MemberEvent } from "../../../shared/contracts/members.contract";
import { type MemberStanding, type MemberStatus, type OrgKind, canHoldMembers } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { findOwnerFiles, getOwnerFilesByIds, moveOwnerFiles, storeUpload, toFileSummary } from "../files/files.service";
import { moveMemberAccounts } from "../users/users.service";
import { type MemberEventRow, findMemberEventRows, getLastEventDates, insertMemberEventRow } from "./member-events.repository";
import { type EventFacts, checkMemberEvent, memberEventEffect } from "./member-events.rules";
import {
  createMemberDocumentInvalidError,
  createMemberDocumentsForbiddenError,
  createMemberRuleError,
  createMemberWriteForbiddenError,
  createTransferInBySenderError,
  createTransferTargetInvalidError,
} from "./members.errors";
import { type MemberRow, getIncomingMemberRow, getOrgSummary, updateMemberRow } from "./members.repository";
import { memberSnapshot, requireMemberInScope, todayOf } from "./members.service";

/** Members are an owner of uploaded documents (files module); their events attach them by id. */
export const MEMBER_FILE_OWNER = "member";

type EventRowView = Awaited<ReturnType<typeof findMemberEventRows>>[number];

const toMemberEvent = ({ event, orgName, recordedByName }: EventRowView): MemberEvent => ({
  id: event.id,
  memberId: event.memberId,
  type: event.type,
  occurredOn: event.occurredOn,
  reason: event.reason,
  details: event.details as Record<string, unknown>,
  documents: event.documents as MemberEvent["documents"],
  orgId: event.orgId,
  orgName,
  recordedByName,
  createdAt: event.createdAt.toISOString(),
});

/** A member's history, newest first, for whoever reaches the member now (it travels with them). */
export async function findMemberEvents(ctx: Ctx, memberId: string): Promise<{ items: MemberEvent[] }> {
  await requireMemberInScope(ctx.db, ctx.actor.scope, memberId);
  return { items: (await findMemberEventRows(ctx.db, { memberId })).map(toMemberEvent) };
}

/**
 * A document for a member's events (介绍信, 死亡证明, 处分决定…), uploaded before the event that
 * attaches it: 404 outside scope, 403 without member.record_event, then the file checks of
 * storeUpload. The file belongs to the member's organization and follows them on a transfer.
 */
export async function uploadMemberDocument(ctx: Ctx, request: FastifyRequest, memberId: string): Promise<FileSummary> {
  const member = await requireMemberInScope(ctx.db, ctx.actor.scope, memberId);
  if (!can(ctx.actor, "member.record_event")) throw createMemberWriteForbiddenError();
  const row = await storeUpload(ctx, request, { ownerType: MEMBER_FILE_OWNER, ownerId: member.id, orgId: member.orgId });
  return toFileSummary({ ...row, uploadedByName: ctx.actor.displayName });
}

/** The files uploaded to a member, oldest first: 404 outside scope, 403 for roles that may not download files. */
export async function findMemberDocuments(ctx: Ctx, memberId: string): Promise<MemberDocumentList> {
  const member = await requireMemberInScope(ctx.db, ctx.actor.scope, memberId);
  if (!can(ctx.actor, "file.read")) throw createMemberDocumentsForbiddenError();
  return { items: (await findOwnerFiles(ctx.db, MEMBER_FILE_OWNER, member.id)).map(toFileSummary) };
}

export async function recordMemberEvent(ctx: Ctx, memberId: string, input: CreateMemberEvent): Promise<MemberEvent> {
  const event = await ctx.db.transaction((tx) => recordMemberEventIn(tx, ctx, memberId, input));
  const [view] = await findMemberEventRows(ctx.db, { id: event.id });
  return toMemberEvent(view!);
}

/**
 * Records one lifecycle event inside the caller's transaction: the member is locked, the event
 * checked against their standing and history (member-events.rules.ts), written as a dated row with
 * the organization at the time, applied to the member, and audited — all or nothing.
 */
export async function recordMemberEventIn(tx: Executor, ctx: Ctx, memberId: string, input: CreateMemberEvent): Promise<MemberEventRow> {
  const { member, isReceiver } = await reachMember(tx, ctx, memberId, input.type);
  if (!can(ctx.actor, "member.record_event")) throw createMemberWriteForbiddenError();
  const facts: EventFacts = {
    type: input.type,
    occurredOn: input.occurredOn,
    exitKind: input.type === "exit" ? input.exitKind : undefined,
    toOrgId: input.type === "transfer_out" ? input.toOrgId : undefined,
  };
  const lifecycle = {
    ...member,
    standing: member.standing as MemberStanding,
    status: member.status as MemberStatus,
    lastEventOn: await getLastEventDates(tx, member.id),
  };
  const issues = checkMemberEvent(lifecycle, facts, todayOf(ctx));
  if (issues.length > 0) throw createMemberRuleError(issues);
  if (input.type === "transfer_in" && !isReceiver) throw createTransferInBySenderError();

  const files = await attachedFiles(tx, member.id, input.documentIds ?? []);

  const effect = memberEventEffect(member, facts);
  const event = await insertMemberEventRow(tx, {
    memberId: member.id,
    type: input.type,
    occurredOn: input.occurredOn,
    reason: input.reason ?? null,
    details: await eventDetails(tx, member, input),
    // References ({name, number}) first, then the attached files ({fileId, name}).
    documents: [...(input.documents ?? []), ...files],
    // Where the member stood when it happened; a transfer in happens at the receiving organization.
    orgId: effect.orgId ?? member.orgId,
    recordedBy: userIdOf(ctx),
  });
  const after = await updateMemberRow(tx, member.id, effect);
  // Only an accepted transfer moves the member; their own account and their files move with them.
  let movedFileIds: string[] = [];
  if (after.orgId !== member.orgId) {
    await moveMemberAccounts(tx, ctx, member.id, after.orgId, event.id);
    movedFileIds = await moveOwnerFiles(tx, MEMBER_FILE_OWNER, member.id, after.orgId);
  }
  await recordAudit(tx, ctx, {
    action: "member.record_event",
    entityType: "member",
    entityId: member.id,
    orgId: event.orgId,
    before: memberSnapshot(member),
    after: {
      ...memberSnapshot(after),
      event: { id: event.id, type: event.type, occurredOn: event.occurredOn, details: event.details },
      ...(files.length > 0 ? { attachedFileIds: files.map((f) => f.fileId) } : {}),
      ...(movedFileIds.length > 0 ? { movedFileIds } : {}),
    },
  });
  return event;
}

/**
 * The files an event attaches, as `{fileId, name}`: each id must be a live file uploaded to this very
 * member (else 422 naming `documentIds.N`); a repeated id is attached once.
 */
async function attachedFiles(tx: Executor, memberId: string, ids: readonly string[]): Promise<{ fileId: string; name: string }[]> {
  if (ids.length === 0) return [];
  const files = await getOwnerFilesByIds(tx, MEMBER_FILE_OWNER, memberId, ids);
  const byId = new Map(files.map((f) => [f.id, f]));
  ids.forEach((id, i) => {
    if (!byId.has(id)) throw createMemberDocumentInvalidError(`documentIds.${i}`);
  });
  return [...new Set(ids)].map((id) => ({ fileId: id, name: byId.get(id)!.name }));
}

/**
 * The member, locked. A transfer in is recorded by the receiving side, which reaches the member only
 * through the pending transfer (TR-03); everything else through the ordinary scope (else 404).
 */
async function reachMember(tx: Executor, ctx: Ctx, id: string, type: CreateMemberEvent["type"]): Promise<{ member: MemberRow; isReceiver: boolean }> {
  if (type === "transfer_in" && can(ctx.actor, "member.record_event")) {
    const incoming = await getIncomingMemberRow(tx, ctx.actor.scope, id);
    if (incoming) return { member: incoming, isReceiver: true };
  }
  return { member: await requireMemberInScope(tx, ctx.actor.scope, id, { forUpdate: true }), isReceiver: false };
}

/** What each type records beyond date, reason and documents, with both sides of a transfer named. */
async function eventDetails(tx: Executor, member: MemberRow, input: CreateMemberEvent): Promise<Record<string, unknown>> {
  const orgRef = async (id: string) => ({ id, name: (await getOrgSummary(tx, id))?.name ?? "" });
  switch (input.type) {
    case "transfer_out": {
      // Any branch or group of the system, in any committee (TR-02); never a dissolved one.
      const target = await getOrgSummary(tx, input.toOrgId);
      if (!target || target.archivedAt || !canHoldMembers(target.kind as OrgKind)) throw createTransferTargetInvalidError();
      return { fromOrg: await orgRef(member.orgId), toOrg: { id: target.id, name: target.name }, letterNumber: input.letterNumber };
    }
    case "transfer_in":
    case "transfer_cancelled":
      return { fromOrg: await orgRef(member.orgId), toOrg: await orgRef(member.pendingTransferOrgId!) };
    case "transfer_out_of_system":
      return { destination: input.destination, letterNumber: input.letterNumber ?? null };
    case "mobile_registered":
      return { destination: input.destination, cardNumber: input.cardNumber ?? null };
    case "exit":
      return { exitKind: input.exitKind };
    default:
      return {};
  }
}
