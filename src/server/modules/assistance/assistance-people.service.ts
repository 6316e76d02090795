import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import type { CareRecipientKind } from "../../../shared/care";
import type {
  CarePerson,
  CreateRecipientSchema,
  EndRecipientSchema,
  FindPeopleQuerySchema,
  RecipientDetail,
  UpdateRecipientSchema,
} from "../../../shared/contracts/assistance.contract";
import type { FileSummary, Page } from "../../../shared/contracts/common.contract";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { findOwnerFiles, getOwnerFileForDownload, storeUpload, toFileSummary } from "../files/files.service";
import { seniorRuleOf } from "../members/members.service";
import { requireOrgInScope, todayOf } from "../organizations/organizations.service";
import { requireCareRead, requireCareRecord, requireRecipient } from "./assistance-access";
import { type RecipientRow, type RecipientView, findLiveRecordOf, findMemberInScope, findPeopleRows, insertRecipientRow, updateRecipientRow } from "./assistance-people.repository";
import { refuse } from "./assistance-rule-catalogue";
import { toPerson } from "./assistance-view";
import { checkConsent, checkRecipient, checkRecipientEnd, checkRecipientOpen, isMemberKind } from "./assistance.rules";
import { createAidRuleError, throwIfIssues } from "./assistance.errors";

export const RECIPIENT_FILE_OWNER = "care_recipient";

/** What the audit log keeps of a record: who and why in brief — never the hardship text or the address. */
const recipientSnapshot = (r: RecipientRow) => ({
  kind: r.kind,
  orgId: r.orgId,
  memberId: r.memberId,
  personName: r.personName,
  relation: r.relation,
  consentOn: r.consentOn,
  startedOn: r.startedOn,
  endedOn: r.endedOn,
  endReason: r.endReason,
});

/** 帮扶对象: the people cared for in scope (roster-derived and recorded), with their last visit and this year's visits. */
export async function findPeople(ctx: Ctx, query: z.output<typeof FindPeopleQuerySchema>): Promise<Page<CarePerson>> {
  requireCareRead(ctx);
  const subtree = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const today = todayOf(ctx);
  const { items, total } = await findPeopleRows(
    ctx.db,
    ctx.actor.scope,
    { subtreePath: subtree?.path, kind: query.kind, q: query.q || undefined, notVisitedThisYear: query.notVisitedThisYear, status: query.status ?? "active" },
    { today, senior: seniorRuleOf(ctx) },
    query,
  );
  return { items: items.map((row) => toPerson(row, today)), total, page: query.page, pageSize: query.pageSize };
}

async function buildRecipientDetail(ctx: Ctx, view: RecipientView): Promise<RecipientDetail> {
  const r = view.recipient;
  const files = await findOwnerFiles(ctx.db, RECIPIENT_FILE_OWNER, r.id);
  return {
    id: r.id,
    kind: r.kind as CareRecipientKind,
    orgId: r.orgId,
    orgName: view.orgName,
    memberId: r.memberId,
    memberName: view.memberName,
    personName: r.personName,
    relation: r.relation,
    address: r.address,
    difficulty: r.difficulty,
    consentOn: r.consentOn,
    consentNote: r.consentNote,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    endReason: r.endReason,
    createdAt: r.createdAt.toISOString(),
    files: files.map(toFileSummary),
    canEdit: can(ctx.actor, "care.record") && !r.endedOn,
  };
}

/** The full view of a recorded person (hardship, address, consent, files): audited care.recipient_view. */
export async function getRecipientDetail(ctx: Ctx, id: string): Promise<RecipientDetail> {
  requireCareRead(ctx);
  const view = await requireRecipient(ctx.db, ctx, id);
  await recordAudit(ctx.db, ctx, { action: "care.recipient_view", entityType: "care_recipient", entityId: id, orgId: view.recipient.orgId });
  return buildRecipientDetail(ctx, view);
}

/** AID-01…04: a member-kind record names an active member in scope (once per kind); masses only with consent. */
export async function createRecipient(ctx: Ctx, input: z.output<typeof CreateRecipientSchema>): Promise<RecipientDetail> {
  requireCareRecord(ctx);
  const today = todayOf(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    const member = input.memberId ? ((await findMemberInScope(tx, ctx.actor.scope, input.memberId, { forUpdate: true })) ?? null) : undefined;
    const org = input.orgId ? await requireOrgInScope(tx, ctx.actor.scope, input.orgId) : undefined;
    throwIfIssues(checkRecipient({ ...input, member, orgId: org?.id ?? null }, today));
    const kind = input.kind;
    if (member && isMemberKind(kind) && (await findLiveRecordOf(tx, member.id, kind))) {
      throw createAidRuleError([refuse("memberId", "AID-03", `${member.name}已登记为该类帮扶对象，请在原记录中修改，或结束后重新登记`)]);
    }
    const row = await insertRecipientRow(tx, {
      // A member's record belongs to the member's organization; a family's or the masses' to the one chosen (else the member's).
      orgId: isMemberKind(kind) ? member!.orgId : (org?.id ?? member!.orgId),
      kind,
      memberId: member?.id ?? null,
      personName: isMemberKind(kind) ? member!.name : input.personName!.trim(),
      relation: kind === "deceased_member_family" ? (input.relation?.trim() ?? null) : null,
      address: input.address?.trim() || null,
      difficulty: input.difficulty,
      consentOn: kind === "masses" ? (input.consentOn ?? null) : null,
      consentNote: kind === "masses" ? (input.consentNote?.trim() ?? null) : null,
      startedOn: input.startedOn,
      createdBy: userIdOf(ctx),
    });
    await recordAudit(tx, ctx, { action: "care.recipient_create", entityType: "care_recipient", entityId: row.id, orgId: row.orgId, after: recipientSnapshot(row) });
    return row.id;
  });
  return buildRecipientDetail(ctx, await requireRecipient(ctx.db, ctx, id));
}

/** A live record's details (AID-04: not once ended); the masses' consent stays recorded (AID-02). */
export async function updateRecipient(ctx: Ctx, id: string, input: z.output<typeof UpdateRecipientSchema>): Promise<RecipientDetail> {
  requireCareRecord(ctx);
  const today = todayOf(ctx);
  await ctx.db.transaction(async (tx) => {
    const { recipient: before } = await requireRecipient(tx, ctx, id, { forUpdate: true });
    throwIfIssues(checkRecipientOpen(before.endedOn));
    const patch = {
      personName: isMemberKind(before.kind) ? undefined : input.personName?.trim() || undefined,
      relation: before.kind === "deceased_member_family" && input.relation !== undefined ? input.relation?.trim() || null : undefined,
      address: input.address === undefined ? undefined : input.address?.trim() || null,
      difficulty: input.difficulty,
      consentOn: before.kind === "masses" && input.consentOn !== undefined ? input.consentOn : undefined,
      consentNote: before.kind === "masses" && input.consentNote !== undefined ? input.consentNote?.trim() || null : undefined,
    };
    if (before.kind === "masses") {
      throwIfIssues(checkConsent(patch.consentOn === undefined ? before.consentOn : patch.consentOn, patch.consentNote === undefined ? before.consentNote : patch.consentNote, before.startedOn, today));
    }
    if (before.kind === "deceased_member_family" && patch.relation === null) throwIfIssues([refuse("relation", "AID-01", "请写明与去世党员的关系")]);
    const after = await updateRecipientRow(tx, id, patch);
    const changed = Object.entries(patch).flatMap(([key, value]) => (value !== undefined && value !== before[key as keyof RecipientRow] ? [key] : []));
    await recordAudit(tx, ctx, {
      action: "care.recipient_update",
      entityType: "care_recipient",
      entityId: id,
      orgId: before.orgId,
      before: recipientSnapshot(before),
      after: { ...recipientSnapshot(after), changed },
    });
  });
  return buildRecipientDetail(ctx, await requireRecipient(ctx.db, ctx, id));
}

/** AID-04: help ends on a day, with a reason; the record stays. */
export async function endRecipient(ctx: Ctx, id: string, input: z.output<typeof EndRecipientSchema>): Promise<RecipientDetail> {
  requireCareRecord(ctx);
  await ctx.db.transaction(async (tx) => {
    const { recipient: before } = await requireRecipient(tx, ctx, id, { forUpdate: true });
    throwIfIssues(checkRecipientEnd(before, input.endedOn, todayOf(ctx)));
    const after = await updateRecipientRow(tx, id, { endedOn: input.endedOn, endReason: input.reason });
    await recordAudit(tx, ctx, { action: "care.recipient_end", entityType: "care_recipient", entityId: id, orgId: before.orgId, before: recipientSnapshot(before), after: recipientSnapshot(after) });
  });
  return buildRecipientDetail(ctx, await requireRecipient(ctx.db, ctx, id));
}

/** A document of a record (sealed: only this module serves it, after its own scope check). */
export async function uploadRecipientFile(ctx: Ctx, request: FastifyRequest, id: string): Promise<FileSummary> {
  requireCareRecord(ctx);
  const { recipient } = await requireRecipient(ctx.db, ctx, id);
  const row = await storeUpload(ctx, request, { ownerType: RECIPIENT_FILE_OWNER, ownerId: recipient.id, orgId: recipient.orgId }, "care.record");
  return toFileSummary({ ...row, uploadedByName: ctx.actor.displayName });
}

export async function downloadRecipientFile(ctx: Ctx, id: string, fileId: string) {
  requireCareRead(ctx);
  await requireRecipient(ctx.db, ctx, id);
  return getOwnerFileForDownload(ctx, RECIPIENT_FILE_OWNER, id, fileId);
}
