import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { VISIT_KINDS, type VisitKind } from "../../../shared/care";
import type {
  ArchiveVisitSchema,
  FindVisitsQuerySchema,
  RecordVisitSchema,
  UpdateVisitSchema,
  VisitDetail,
  VisitListItem,
  VisitTotals,
  VisitTotalsQuerySchema,
} from "../../../shared/contracts/assistance.contract";
import type { FileSummary, Page } from "../../../shared/contracts/common.contract";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { findOwnerFiles, getOwnerFileForDownload, storeUpload, toFileSummary } from "../files/files.service";
import { requireOrgInScope, todayOf } from "../organizations/organizations.service";
import { type CarePersonRef, requireCareRead, requireCareRecord, resolvePerson } from "./assistance-access";
import { getCampaignView } from "./assistance-campaigns.repository";
import { refuse } from "./assistance-rule-catalogue";
import { toVisitItem } from "./assistance-view";
import { type VisitRow, type VisitView, findVisitRows, findVisitTotalsRows, getVisitView, insertVisitRow, updateVisitRow } from "./assistance-visits.repository";
import { checkVisit, checkVisitSubject } from "./assistance.rules";
import { createAidRuleError, createVisitNotFoundError, throwIfIssues } from "./assistance.errors";

export const VISIT_FILE_OWNER = "care_visit";

type VisitInput = z.output<typeof UpdateVisitSchema>;

/** What the audit log keeps of a visit: who, when, what and how much — never the notes. */
const visitSnapshot = (v: VisitRow) => ({
  orgId: v.orgId,
  memberId: v.memberId,
  recipientId: v.recipientId,
  campaignId: v.campaignId,
  visitedOn: v.visitedOn,
  visitors: v.visitors,
  kind: v.kind,
  amountFen: v.amountFen,
});

async function requireVisit(db: Executor, ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<VisitView> {
  const view = await getVisitView(db, ctx.actor.scope, id, options);
  if (!view) throw createVisitNotFoundError();
  return view;
}

/**
 * AID-06/07/08 and, under a campaign, AID-11: the campaign is one the caller sees, set by an
 * organization at or above the person's, and the day lies in its window.
 */
async function checkVisitIn(tx: Executor, ctx: Ctx, person: CarePersonRef, input: VisitInput) {
  let campaign: { startsOn: string; dueOn: string; title: string } | null = null;
  if (input.campaignId) {
    const view = await getCampaignView(tx, ctx.actor.scope, input.campaignId);
    if (!view) throw createAidRuleError([refuse("campaignId", "AID-11", "所选走访慰问计划不存在或无权访问")]);
    if (!person.orgPath.startsWith(view.orgPath)) throw createAidRuleError([refuse("campaignId", "AID-11", `${person.name}不在计划“${view.campaign.title}”的组织范围内`)]);
    campaign = view.campaign;
  }
  throwIfIssues(checkVisit({ ...input, kind: input.kind as VisitKind }, person.period, todayOf(ctx), campaign));
}

const visitValues = (input: VisitInput) => ({
  visitedOn: input.visitedOn,
  visitors: input.visitors.map((v) => v.trim()).filter(Boolean),
  kind: input.kind,
  amountFen: input.amountFen ?? null,
  notes: input.notes,
  campaignId: input.campaignId ?? null,
});

export async function findVisits(ctx: Ctx, query: z.output<typeof FindVisitsQuerySchema>): Promise<Page<VisitListItem>> {
  requireCareRead(ctx);
  const subtree = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const { items, total } = await findVisitRows(ctx.db, ctx.actor.scope, { ...query, subtreePath: subtree?.path, q: query.q || undefined }, query);
  return { items: items.map(toVisitItem), total, page: query.page, pageSize: query.pageSize };
}

async function buildVisitDetail(ctx: Ctx, view: VisitView): Promise<VisitDetail> {
  const files = await findOwnerFiles(ctx.db, VISIT_FILE_OWNER, view.visit.id);
  return {
    ...toVisitItem(view),
    notes: view.visit.notes,
    createdAt: view.visit.createdAt.toISOString(),
    files: files.map(toFileSummary),
    canEdit: can(ctx.actor, "care.record"),
  };
}

export async function getVisitDetail(ctx: Ctx, id: string): Promise<VisitDetail> {
  requireCareRead(ctx);
  return buildVisitDetail(ctx, await requireVisit(ctx.db, ctx, id));
}

/** One visit to one person in scope (AID-05…08, AID-11); the visit belongs to the person's organization. */
export async function recordVisit(ctx: Ctx, input: z.output<typeof RecordVisitSchema>): Promise<VisitDetail> {
  requireCareRecord(ctx);
  throwIfIssues(checkVisitSubject(input.memberId, input.recipientId));
  const id = await ctx.db.transaction(async (tx) => {
    const person = await resolvePerson(tx, ctx, input, { active: true });
    await checkVisitIn(tx, ctx, person, input);
    const row = await insertVisitRow(tx, { ...visitValues(input), orgId: person.orgId, memberId: person.memberId, recipientId: person.recipientId, recordedBy: userIdOf(ctx) });
    await recordAudit(tx, ctx, { action: "care.visit_record", entityType: "care_visit", entityId: row.id, orgId: row.orgId, after: visitSnapshot(row) });
    return row.id;
  });
  return buildVisitDetail(ctx, await requireVisit(ctx.db, ctx, id));
}

/** A correction of a visit (the same person): checked as when recorded, against the person's period. */
export async function updateVisit(ctx: Ctx, id: string, input: VisitInput): Promise<VisitDetail> {
  requireCareRecord(ctx);
  await ctx.db.transaction(async (tx) => {
    const { visit: before } = await requireVisit(tx, ctx, id, { forUpdate: true });
    const person = await resolvePerson(tx, ctx, before, { active: false });
    await checkVisitIn(tx, ctx, person, input);
    const after = await updateVisitRow(tx, id, visitValues(input));
    await recordAudit(tx, ctx, { action: "care.visit_update", entityType: "care_visit", entityId: id, orgId: before.orgId, before: visitSnapshot(before), after: visitSnapshot(after) });
  });
  return buildVisitDetail(ctx, await requireVisit(ctx.db, ctx, id));
}

/** 作废: a visit recorded in error leaves the figures, with its reason; the row stays. */
export async function archiveVisit(ctx: Ctx, id: string, input: z.output<typeof ArchiveVisitSchema>): Promise<{ ok: true }> {
  requireCareRecord(ctx);
  await ctx.db.transaction(async (tx) => {
    const { visit: before } = await requireVisit(tx, ctx, id, { forUpdate: true });
    await updateVisitRow(tx, id, { archivedAt: ctx.clock() });
    await recordAudit(tx, ctx, { action: "care.visit_archive", entityType: "care_visit", entityId: id, orgId: before.orgId, before: visitSnapshot(before), after: { reason: input.reason } });
  });
  return { ok: true };
}

export async function uploadVisitFile(ctx: Ctx, request: FastifyRequest, id: string): Promise<FileSummary> {
  requireCareRecord(ctx);
  const { visit } = await requireVisit(ctx.db, ctx, id);
  const row = await storeUpload(ctx, request, { ownerType: VISIT_FILE_OWNER, ownerId: visit.id, orgId: visit.orgId }, "care.record");
  return toFileSummary({ ...row, uploadedByName: ctx.actor.displayName });
}

export async function downloadVisitFile(ctx: Ctx, id: string, fileId: string) {
  requireCareRead(ctx);
  await requireVisit(ctx.db, ctx, id);
  return getOwnerFileForDownload(ctx, VISIT_FILE_OWNER, id, fileId);
}

/** A year's visits in scope (or under an organization): counts, people, and money and goods in exact fen, by kind and month. */
export async function getVisitTotals(ctx: Ctx, query: z.output<typeof VisitTotalsQuerySchema>): Promise<VisitTotals> {
  requireCareRead(ctx);
  const org = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const rows = await findVisitTotalsRows(ctx.db, ctx.actor.scope, query.year, org?.path);
  const all = rows.find((r) => r.by_kind === 1 && r.by_month === 1);
  const fen = (v: string | number | undefined) => Number(v ?? 0);
  const byKind = new Map(rows.filter((r) => r.by_kind === 0).map((r) => [r.kind, r]));
  const byMonth = new Map(rows.filter((r) => r.by_month === 0).map((r) => [Number(r.month), r]));
  return {
    year: query.year,
    org: org ? { id: org.id, name: org.name } : null,
    visits: all?.visits ?? 0,
    people: all?.people ?? 0,
    moneyFen: fen(all?.money_fen),
    goodsFen: fen(all?.goods_fen),
    byKind: VISIT_KINDS.map((kind) => ({ kind, visits: byKind.get(kind)?.visits ?? 0, amountFen: fen(byKind.get(kind)?.amount_fen) })),
    byMonth: Array.from({ length: 12 }, (_, i) => {
      const r = byMonth.get(i + 1);
      return { month: i + 1, visits: r?.visits ?? 0, moneyFen: fen(r?.money_fen), goodsFen: fen(r?.goods_fen) };
    }),
  };
}
