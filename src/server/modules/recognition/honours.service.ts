import type { Honour } from "../../../shared/care";
import type { FindHonoursQuery, HonourItem, HonourPage, RecordHonour, RevokeHonour } from "../../../shared/contracts/recognition.contract";
import { ERROR_CODES } from "../../../shared/error-codes";
import type { OrgKind } from "../../../shared/domain";
import { type Ctx, userIdOf } from "../../http/context";
import { createNotFoundError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { requireOrgInScope, todayOf } from "../organizations/organizations.service";
import { type HonourRow, findHonourRows, getHonourRow, getMemberInScope, insertHonourRow, updateHonourRow } from "./honours.repository";
import { createHonourNotFoundError, createRecognitionReadForbidden, createReviewForbidden, throwIfIssues } from "./recognition.errors";
import { checkHonourRecord, checkNomineeOrg, checkRevocable, isPersonHonour } from "./recognition.rules";
import { toHonourItem } from "./recognition-view";

const honourSnapshot = (h: HonourRow) => ({
  honour: h.honour,
  year: h.year,
  memberId: h.memberId,
  orgId: h.orgId,
  conferredBy: h.conferredBy,
  conferredOn: h.conferredOn,
  nominationId: h.nominationId,
  revokedAt: h.revokedAt?.toISOString() ?? null,
  revokeReason: h.revokeReason,
});

/** The honours board (荣誉榜) and the honours in a member's or organization's record. */
export async function findHonours(ctx: Ctx, query: FindHonoursQuery): Promise<HonourPage> {
  if (!can(ctx.actor, "recognition.read")) throw createRecognitionReadForbidden();
  const subtree = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const { items, total, byHonour } = await findHonourRows(
    ctx.db,
    ctx.actor,
    {
      year: query.year,
      honour: query.honour,
      memberId: query.memberId,
      subtreePath: query.orgOnly === "true" ? undefined : subtree?.path,
      orgId: query.orgOnly === "true" ? subtree?.id : undefined,
      subject: query.subject,
      includeRevoked: query.includeRevoked === "true" && ctx.actor.role !== "member",
    },
    query,
  );
  return {
    items: items.map((row) => toHonourItem(ctx, row)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    byHonour: byHonour.map((b) => ({ honour: b.honour as Honour, count: b.count })),
    canRecord: can(ctx.actor, "recognition.review"),
  };
}

/**
 * HON-13: an honour conferred elsewhere (a higher committee, the government), entered by the committee
 * for a member or organization in its scope (out of scope: 404). An exited member's history may be completed.
 */
export async function recordHonour(ctx: Ctx, input: RecordHonour): Promise<HonourItem> {
  if (!can(ctx.actor, "recognition.review")) throw createReviewForbidden();
  const honour = input.honour as Honour;
  const id = await ctx.db.transaction(async (tx) => {
    throwIfIssues(checkHonourRecord({ ...input, honour }, todayOf(ctx)));
    let orgId: string;
    if (isPersonHonour(honour)) {
      const member = await getMemberInScope(tx, ctx.actor, input.memberId!);
      if (!member) throw createNotFoundError(ERROR_CODES.memberNotFound, "党员");
      orgId = member.orgId;
    } else {
      const org = await requireOrgInScope(tx, ctx.actor.scope, input.orgId!);
      // A party group is not a 基层党组织 and never holds this honour (HON-03).
      throwIfIssues(checkNomineeOrg({ name: org.name, kind: org.kind as OrgKind, isDissolved: false }, "orgId"));
      orgId = org.id;
    }
    const row = await insertHonourRow(tx, {
      honour,
      year: input.year,
      memberId: isPersonHonour(honour) ? input.memberId! : null,
      orgId,
      conferredBy: input.conferredBy,
      conferredOn: input.conferredOn,
      recordedBy: userIdOf(ctx),
      createdAt: ctx.clock(),
    });
    await recordAudit(tx, ctx, { action: "recognition.honour_record", entityType: "honour", entityId: row.id, orgId, after: honourSnapshot(row) });
    return row.id;
  });
  return requireHonourItem(ctx, id);
}

/** HON-14: revoked with its reason, never deleted; the committee's (out of scope: 404, the wrong role: 403). */
export async function revokeHonour(ctx: Ctx, id: string, input: RevokeHonour): Promise<HonourItem> {
  if (!can(ctx.actor, "recognition.read")) throw createRecognitionReadForbidden();
  await ctx.db.transaction(async (tx) => {
    const row = await getHonourRow(tx, ctx.actor, id, { forUpdate: true });
    if (!row) throw createHonourNotFoundError();
    if (!can(ctx.actor, "recognition.review")) throw createReviewForbidden();
    throwIfIssues(checkRevocable(row.honour));
    const after = await updateHonourRow(tx, id, { revokedAt: ctx.clock(), revokeReason: input.reason });
    await recordAudit(tx, ctx, {
      action: "recognition.honour_revoke",
      entityType: "honour",
      entityId: id,
      orgId: after.orgId,
      before: honourSnapshot(row.honour),
      after: honourSnapshot(after),
    });
  });
  return requireHonourItem(ctx, id);
}

async function requireHonourItem(ctx: Ctx, id: string): Promise<HonourItem> {
  const row = await getHonourRow(ctx.db, ctx.actor, id);
  if (!row) throw createHonourNotFoundError();
  return toHonourItem(ctx, row);
}
