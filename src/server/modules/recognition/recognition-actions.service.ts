import type { NominationStatus } from "../../../shared/care";
import type { FindObjection, NominationAction, NominationDetail, RecordObjection } from "../../../shared/contracts/recognition.contract";
import { NOMINATION_ACTION_LABELS } from "../../../shared/contracts/recognition.contract";
import type { OrgKind } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../organizations/organizations.service";
import { insertHonourRow } from "./honours.repository";
import { createNominateForbidden, createObjectionNotFoundError, createReviewForbidden, throwIfIssues } from "./recognition.errors";
import {
  type NominationListRow,
  findObjectionRows,
  getObjectionRow,
  insertObjectionRow,
  lockMemberUnder,
  lockOrgUnder,
  updateNominationRow,
  updateObjectionRow,
} from "./recognition.repository";
import {
  checkDecision,
  checkFindingOpen,
  checkNomineeMember,
  checkNomineeOrg,
  checkObjectionReceived,
  checkPublicityStart,
  publicityEndsOn,
} from "./recognition.rules";
import { getNominationDetail, nominationSnapshot, requireNomination } from "./recognition.service";
import { checkTransition, checkWork, nextStatus } from "./recognition-status.rules";
import { sidesOf } from "./recognition-view";

/** The permission behind each step: out of scope is 404 first; then the wrong role is 403, before any rule is asked (HON-01/02). */
const requirePermissionFor = (ctx: Ctx, action: NominationAction["action"]) => {
  if (action === "withdraw" ? !can(ctx.actor, "recognition.nominate") : !can(ctx.actor, "recognition.review")) {
    throw action === "withdraw" ? createNominateForbidden() : createReviewForbidden();
  }
};

/**
 * Withdraw (the nominating organization), shortlist for publicity, reject, decide or publish (the
 * reviewing committee): HON-06 and the sides first, then the step's own rules. Publishing writes the
 * honour into the member's or organization's record (HON-12).
 */
export async function actOnNomination(ctx: Ctx, id: string, input: NominationAction): Promise<NominationDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await requireNomination(tx, ctx, id, { forUpdate: true });
    requirePermissionFor(ctx, input.action);
    const before = row.nomination;
    throwIfIssues(checkTransition(input.action, before.status as NominationStatus, sidesOf(ctx, row), NOMINATION_ACTION_LABELS[input.action]));
    const today = todayOf(ctx);
    let patch: Parameters<typeof updateNominationRow>[2];
    let honourId: string | undefined;
    switch (input.action) {
      case "withdraw":
        patch = { status: nextStatus("withdraw") };
        break;
      case "reject":
        patch = { status: nextStatus("reject"), reviewNote: input.note };
        break;
      case "shortlist": {
        await recheckNominee(tx, row);
        const startsOn = input.publicityStartsOn ?? today;
        throwIfIssues(checkPublicityStart(startsOn, today));
        const endsOn = publicityEndsOn(startsOn, ctx.config.care.publicityDays);
        patch = { status: nextStatus("shortlist"), publicityStartsOn: startsOn, publicityEndsOn: endsOn, reviewNote: input.note?.trim() || null };
        break;
      }
      case "decide": {
        const objections = (await findObjectionRows(tx, id)).map((o) => o.objection);
        throwIfIssues(checkDecision({ decision: input.decision, note: input.note, endsOn: before.publicityEndsOn!, objections }, today));
        if (input.decision === "awarded") await recheckNominee(tx, row);
        patch = { status: nextStatus("decide", input.decision), decidedAt: ctx.clock(), decisionNote: input.note?.trim() || null };
        break;
      }
      case "publish":
        honourId = await writeHonourIn(tx, ctx, row, today);
        patch = { status: nextStatus("publish"), publishedOn: today };
        break;
    }
    const after = await updateNominationRow(tx, id, patch);
    const note = "note" in input ? input.note : undefined;
    await recordAudit(tx, ctx, {
      action: `recognition.${input.action}`,
      entityType: "recognition_nomination",
      entityId: id,
      orgId: before.orgId,
      before: nominationSnapshot(before),
      after: { ...nominationSnapshot(after), ...(note ? { note } : {}), ...(honourId ? { honourId } : {}) },
    });
  });
  return getNominationDetail(ctx, id);
}

/** HON-03 again when the committee shortlists or awards: the member may have left, the organization been dissolved. */
async function recheckNominee(tx: Executor, row: NominationListRow) {
  const n = row.nomination;
  // The nominee was in the nominating subtree when nominated; here only their standing is asked, wherever they are now.
  if (n.memberId) {
    const member = await lockMemberUnder(tx, "/", n.memberId);
    if (member) throwIfIssues(checkNomineeMember(member, "status"));
  } else if (n.nomineeOrgId) {
    const org = await lockOrgUnder(tx, "/", n.nomineeOrgId);
    if (org) throwIfIssues(checkNomineeOrg({ name: org.name, kind: org.kind as OrgKind, isDissolved: org.archivedAt !== null }, "status"));
  }
}

/** HON-12: the honour, in the member's organization (for scope) or the honoured organization, conferred by the reviewing committee. */
async function writeHonourIn(tx: Executor, ctx: Ctx, row: NominationListRow, today: string): Promise<string> {
  const n = row.nomination;
  const member = n.memberId ? await lockMemberUnder(tx, "/", n.memberId) : undefined;
  const honour = await insertHonourRow(tx, {
    honour: n.honour,
    year: n.year,
    memberId: n.memberId,
    orgId: member?.orgId ?? n.nomineeOrgId ?? n.orgId,
    // No committee above: the administrators decided for the top committee, which confers it.
    conferredBy: row.reviewingOrgName ?? row.orgName,
    conferredOn: today,
    nominationId: n.id,
    recordedBy: userIdOf(ctx),
    createdAt: ctx.clock(),
  });
  await recordAudit(tx, ctx, {
    action: "recognition.honour_record",
    entityType: "honour",
    entityId: honour.id,
    orgId: honour.orgId,
    after: { honour: honour.honour, year: honour.year, memberId: honour.memberId, orgId: honour.orgId, conferredBy: honour.conferredBy, nominationId: n.id },
  });
  return honour.id;
}

/** HON-08: the reviewing committee records an objection received during publicity, before its decision. */
export async function recordObjection(ctx: Ctx, id: string, input: RecordObjection): Promise<NominationDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await requireNomination(tx, ctx, id, { forUpdate: true });
    if (!can(ctx.actor, "recognition.review")) throw createReviewForbidden();
    const n = row.nomination;
    throwIfIssues(checkWork("objection_record", n.status as NominationStatus, sidesOf(ctx, row)));
    throwIfIssues(checkObjectionReceived(input.receivedOn, { startsOn: n.publicityStartsOn!, endsOn: n.publicityEndsOn! }, todayOf(ctx)));
    const objection = await insertObjectionRow(tx, { nominationId: id, receivedOn: input.receivedOn, content: input.content, recordedBy: userIdOf(ctx), createdAt: ctx.clock() });
    await recordAudit(tx, ctx, {
      action: "recognition.objection_record",
      entityType: "recognition_objection",
      entityId: objection.id,
      orgId: n.orgId,
      after: { nominationId: id, receivedOn: objection.receivedOn },
    });
  });
  return getNominationDetail(ctx, id);
}

/** HON-09: the committee's finding on an objection, once, with what the check found. */
export async function findObjection(ctx: Ctx, id: string, objectionId: string, input: FindObjection): Promise<NominationDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await requireNomination(tx, ctx, id, { forUpdate: true });
    if (!can(ctx.actor, "recognition.review")) throw createReviewForbidden();
    const objection = await getObjectionRow(tx, id, objectionId, { forUpdate: true });
    if (!objection) throw createObjectionNotFoundError();
    throwIfIssues(checkWork("objection_find", row.nomination.status as NominationStatus, sidesOf(ctx, row)));
    throwIfIssues(checkFindingOpen(objection));
    const found = await updateObjectionRow(tx, objectionId, { finding: input.finding, findingNote: input.note, foundAt: ctx.clock() });
    await recordAudit(tx, ctx, {
      action: "recognition.objection_find",
      entityType: "recognition_objection",
      entityId: objectionId,
      orgId: row.nomination.orgId,
      before: { finding: null },
      after: { nominationId: id, finding: found.finding, note: found.findingNote },
    });
  });
  return getNominationDetail(ctx, id);
}
