import type { Honour } from "../../../shared/care";
import type { Page } from "../../../shared/contracts/common.contract";
import type { CreateNomination, FindNominationsQuery, NominationDetail, NominationListItem } from "../../../shared/contracts/recognition.contract";
import { ERROR_CODES } from "../../../shared/error-codes";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { createNotFoundError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import type { OrgKind } from "../../../shared/domain";
import { findNearestCommittee, requireOrgInScope, todayOf } from "../organizations/organizations.service";
import {
  createNominateForbidden,
  createNominationNotFoundError,
  createRecognitionReadForbidden,
  throwIfIssues,
} from "./recognition.errors";
import {
  type NominationListRow,
  type NominationRow,
  findNominationRows,
  findNomineeStanding,
  getNominationRow,
  insertNominationRow,
  lockMemberUnder,
  lockOrgUnder,
} from "./recognition.repository";
import { checkNominationYear, checkNomineeKind, checkNomineeMember, checkNomineeOrg, checkUnique, isPersonHonour } from "./recognition.rules";
import { buildNominationDetail, toNominationListItem } from "./recognition-view";

/** What the audit log keeps of a nomination. */
export const nominationSnapshot = (n: NominationRow) => ({
  year: n.year,
  honour: n.honour,
  orgId: n.orgId,
  reviewingOrgId: n.reviewingOrgId,
  memberId: n.memberId,
  nomineeOrgId: n.nomineeOrgId,
  status: n.status,
  publicityStartsOn: n.publicityStartsOn,
  publicityEndsOn: n.publicityEndsOn,
});

/** A nomination the caller reaches (404 otherwise, exactly like a missing one). */
export async function requireNomination(db: Executor, ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<NominationListRow> {
  if (!can(ctx.actor, "recognition.read")) throw createRecognitionReadForbidden();
  const row = await getNominationRow(db, ctx.actor, id, options);
  if (!row) throw createNominationNotFoundError();
  return row;
}

export async function findNominations(ctx: Ctx, query: FindNominationsQuery): Promise<Page<NominationListItem>> {
  if (!can(ctx.actor, "recognition.read")) throw createRecognitionReadForbidden();
  const subtree = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const { items, total } = await findNominationRows(
    ctx.db,
    ctx.actor,
    { year: query.year, honour: query.honour, status: query.status, subtreePath: subtree?.path, awaitingMe: query.awaitingMe === "true" },
    query,
  );
  return { items: items.map((row) => toNominationListItem(ctx, row)), total, page: query.page, pageSize: query.pageSize };
}

export async function getNominationDetail(ctx: Ctx, id: string): Promise<NominationDetail> {
  return buildNominationDetail(ctx, await requireNomination(ctx.db, ctx, id));
}

/**
 * HON-01: the caller's own organization nominates a member of its subtree, or itself or an organization
 * below it for 先进基层党组织 (out of its subtree: 404, as for a missing one); HON-03 the nominee's
 * standing, HON-04 once per nominee, honour and year, HON-05 the year. The reviewing committee is the
 * nearest committee strictly above the nominating organization (HON-02; none: the administrators).
 */
export async function createNomination(ctx: Ctx, input: CreateNomination): Promise<NominationDetail> {
  if (!can(ctx.actor, "recognition.nominate")) throw createNominateForbidden();
  const org = ctx.actor.org;
  const honour = input.honour as Honour;
  const id = await ctx.db.transaction(async (tx) => {
    throwIfIssues([...checkNominationYear(input.year, todayOf(ctx)), ...checkNomineeKind(honour, input)]);
    const nominee = isPersonHonour(honour) ? await memberNominee(tx, org.path, input.memberId!) : await orgNominee(tx, org.path, input.nomineeOrgId!);
    throwIfIssues(checkUnique(honour, input.year, nominee.name, await findNomineeStanding(tx, nominee.key, honour, input.year)));
    const reviewing = await findNearestCommittee(tx, org.path, { strictlyAbove: true });
    const row = await insertNominationRow(tx, {
      year: input.year,
      honour,
      orgId: org.id,
      reviewingOrgId: reviewing?.id ?? null,
      memberId: "memberId" in nominee.key ? nominee.key.memberId : null,
      nomineeOrgId: "nomineeOrgId" in nominee.key ? nominee.key.nomineeOrgId : null,
      deeds: input.deeds,
      status: "submitted",
      submittedBy: userIdOf(ctx),
      // The day of the act is the service clock's (a seed or a test moves it), not the database's.
      createdAt: ctx.clock(),
    });
    await recordAudit(tx, ctx, {
      action: "recognition.nominate",
      entityType: "recognition_nomination",
      entityId: row.id,
      orgId: org.id,
      after: { ...nominationSnapshot(row), nomineeName: nominee.name },
    });
    return row.id;
  });
  return getNominationDetail(ctx, id);
}

async function memberNominee(tx: Executor, orgPath: string, memberId: string) {
  const member = await lockMemberUnder(tx, orgPath, memberId);
  if (!member) throw createNotFoundError(ERROR_CODES.memberNotFound, "党员");
  throwIfIssues(checkNomineeMember(member));
  return { key: { memberId: member.id }, name: member.name };
}

async function orgNominee(tx: Executor, orgPath: string, orgId: string) {
  const org = await lockOrgUnder(tx, orgPath, orgId);
  if (!org) throw createNotFoundError(ERROR_CODES.orgNotFound, "组织");
  throwIfIssues(checkNomineeOrg({ name: org.name, kind: org.kind as OrgKind, isDissolved: org.archivedAt !== null }));
  return { key: { nomineeOrgId: org.id }, name: org.name };
}
