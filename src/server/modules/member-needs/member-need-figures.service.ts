import type { z } from "zod";
import { NEED_CATEGORIES, type NeedCategory } from "../../../shared/care";
import type { NeedFigureRow, NeedFigures, NeedFiguresQuerySchema } from "../../../shared/contracts/member-needs.contract";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { requireOrgInScope, todayOf } from "../organizations/organizations.service";
import { findChildOrgs, findFigureTotals, findFiguresByCategory, findFiguresByChild, findFiguresByMonth, type FigureRow } from "./member-need-figures.repository";
import { createNeedFiguresForbidden } from "./member-needs.errors";

export type NeedFiguresInput = z.output<typeof NeedFiguresQuerySchema>;

const EMPTY: NeedFigureRow = {
  total: 0,
  withdrawn: 0,
  open: 0,
  resolved: 0,
  escalated: 0,
  acknowledgeOverdue: 0,
  resolveOverdue: 0,
  acknowledgeDaysMedian: null,
  acknowledgeDaysP90: null,
  resolveDaysMedian: null,
  resolveDaysP90: null,
  resolutionRate: null,
  rated: 0,
  satisfied: 0,
  partlySatisfied: 0,
  notSatisfied: 0,
  satisfactionRate: null,
};

const figureRow = (row: FigureRow | undefined): NeedFigureRow => (row ? { ...EMPTY, ...row } : EMPTY);

/**
 * The figures of an organization's subtree for a year (need.figures: officers only; the organization in
 * the caller's scope, their own by default): totals, by category, by month, and per direct
 * sub-organization rolled up. Numbers only: private needs count, no member is named.
 */
export async function getNeedFigures(ctx: Ctx, query: NeedFiguresInput): Promise<NeedFigures> {
  if (!can(ctx.actor, "need.figures")) throw createNeedFiguresForbidden();
  const org = await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId ?? ctx.actor.org.id);
  const today = todayOf(ctx);
  const [totals, byCategory, byMonth, byChild, children] = await Promise.all([
    findFigureTotals(ctx.db, org.path, query.year, today),
    findFiguresByCategory(ctx.db, org.path, query.year),
    findFiguresByMonth(ctx.db, org.path, query.year),
    findFiguresByChild(ctx.db, org.path, query.year, today),
    findChildOrgs(ctx.db, org.id),
  ]);
  const categoryCount = new Map(byCategory.map((r) => [r.category, r.count]));
  const monthCount = (rows: { month: number; count: number }[]) => new Map(rows.map((r) => [r.month, r.count]));
  const [filed, resolved] = [monthCount(byMonth.filed), monthCount(byMonth.resolved)];
  const childFigures = new Map(byChild.map(({ childId, ...row }) => [childId, row]));
  return {
    year: query.year,
    org: { id: org.id, name: org.name },
    totals: figureRow(totals),
    byCategory: NEED_CATEGORIES.map((category: NeedCategory) => ({ category, count: categoryCount.get(category) ?? 0 })),
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, filed: filed.get(i + 1) ?? 0, resolved: resolved.get(i + 1) ?? 0 })),
    children: children
      .filter((c) => c.isLive || childFigures.has(c.id))
      .map((c) => ({ org: { id: c.id, name: c.name }, ...figureRow(childFigures.get(c.id)) })),
  };
}
