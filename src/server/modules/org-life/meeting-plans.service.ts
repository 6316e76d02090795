import type {
  CancelPlanItem,
  MeetingPlan,
  MeetingPlanQuery,
  PlanItem,
  PrefillPlan,
  PrefillResult,
  UpdatePlanItem,
} from "../../../shared/contracts/compliance.contract";
import { chinaToday } from "../../../shared/dates";
import type { OrgKind } from "../../../shared/domain";
import { ERROR_CODES } from "../../../shared/error-codes";
import { MEETING_TYPES, MEETING_TYPE_LABELS, type MeetingTag, type MeetingType, PLAN_ITEM_STATUS_LABELS, type PlanItemStatus } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { createFieldError, createForbiddenError, createNotFoundError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../members/members.service";
import type { OrgRow } from "../organizations/organizations.repository";
import { requireLiveOrg, requireOrgInScope } from "../organizations/organizations.service";
import { BRANCH_KINDS, requirementsOf } from "./meeting-frequency.rules";
import { type PlanItemRow, countFullMembers, findPlanItemRows, getPlanItemRow, insertPlanItemRows, updatePlanItemRow } from "./meeting-plans.repository";
import { isPlannedOnInYear, missingPlanSlots } from "./meeting-plans.rules";

const createPlanForbiddenError = () => createForbiddenError("只有系统管理员、党委管理员和支部工作人员可以制定组织生活计划");
const createPlanItemNotFoundError = () => createNotFoundError(ERROR_CODES.meetingPlanItemNotFound, "计划事项");
const createPlanItemClosedError = (status: PlanItemStatus) =>
  createFieldError(ERROR_CODES.meetingPlanItemClosed, 422, "status", `该计划事项${PLAN_ITEM_STATUS_LABELS[status]}，不能再修改或取消`);
const createPlannedOnInvalidError = (year: number) =>
  createFieldError(ERROR_CODES.meetingPlanDateInvalid, 422, "plannedOn", `计划日期须在 ${year} 年内（计划按年度制定）`);

const requirePlanPermission = (ctx: Ctx) => {
  if (!can(ctx.actor, "meeting.plan")) throw createPlanForbiddenError();
};

const toPlanItem = (row: PlanItemRow): PlanItem => ({
  id: row.id,
  orgId: row.orgId,
  year: row.year,
  month: row.month,
  type: row.type as MeetingType,
  plannedOn: row.plannedOn,
  topic: row.topic,
  tags: row.tags as MeetingTag[],
  status: row.status as PlanItemStatus,
  meetingId: row.meetingId,
  cancelReason: row.cancelReason,
});

/** What the organization owes per period (ORG-05 needs a branch's full members). */
async function requirementsOfOrg(db: Executor, ctx: Ctx, org: OrgRow) {
  const kind = org.kind as OrgKind;
  const fullMembers = BRANCH_KINDS.includes(kind) ? await countFullMembers(db, org.path) : 0;
  return requirementsOf(kind, fullMembers, ctx.config.orgLife);
}

async function planOf(db: Executor, ctx: Ctx, org: OrgRow, year: number): Promise<MeetingPlan> {
  const [rows, requirements] = await Promise.all([findPlanItemRows(db, org.id, year), requirementsOfOrg(db, ctx, org)]);
  // In the rules' order of types within a month (general meeting first), then by day.
  const items = rows.map(toPlanItem).sort((x, y) => x.month - y.month || MEETING_TYPES.indexOf(x.type) - MEETING_TYPES.indexOf(y.type));
  const count = (status: PlanItemStatus) => items.filter((i) => i.status === status).length;
  return {
    org: { id: org.id, name: org.name, kind: org.kind as OrgKind },
    year,
    months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, items: items.filter((item) => item.month === i + 1) })),
    requirements,
    counts: { planned: count("planned"), held: count("held"), cancelled: count("cancelled") },
    canPlan: can(ctx.actor, "meeting.plan") && org.archivedAt === null,
  };
}

/** GET /api/meeting-plans: an organization's plan for a year, by month. Officers of the organization or above. */
export async function getMeetingPlan(ctx: Ctx, query: MeetingPlanQuery): Promise<MeetingPlan> {
  requirePlanPermission(ctx);
  const org = await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId);
  return planOf(ctx.db, ctx, org, query.year);
}

/**
 * POST /api/meeting-plans/prefill: adds to the plan what the required frequencies (rules.md §2.3) still
 * call for in the periods of the year not yet closed (meeting-plans.rules), nothing else: run twice,
 * the second adds nothing. The organization's row is locked, so two officers at once cannot both
 * add the same items. Audited with what was added.
 */
export async function prefillMeetingPlan(ctx: Ctx, input: PrefillPlan): Promise<PrefillResult> {
  requirePlanPermission(ctx);
  return ctx.db.transaction(async (tx) => {
    const org = await requireLiveOrg(tx, ctx.actor.scope, input.orgId, { forUpdate: true });
    const [existing, requirements] = await Promise.all([findPlanItemRows(tx, org.id, input.year), requirementsOfOrg(tx, ctx, org)]);
    const slots = missingPlanSlots({
      requirements,
      life: { establishedOn: org.establishedOn, dissolvedOn: org.archivedAt ? chinaToday(org.archivedAt) : null },
      year: input.year,
      today: todayOf(ctx),
      partialPeriodOwed: ctx.config.orgLife.partialPeriodOwed,
      existing: existing.filter((row) => row.status !== "cancelled").map((row) => ({ type: row.type as MeetingType, month: row.month })),
    });
    const added = await insertPlanItemRows(
      tx,
      slots.map((slot) => ({ orgId: org.id, year: input.year, month: slot.month, type: slot.type, createdBy: userIdOf(ctx) })),
    );
    if (added.length > 0) {
      await recordAudit(tx, ctx, {
        action: "meeting_plan.prefill",
        entityType: "meeting_plan",
        entityId: org.id,
        orgId: org.id,
        after: { year: input.year, added: added.length, items: added.map((row) => ({ id: row.id, month: row.month, type: row.type })) },
      });
    }
    return { ...(await planOf(tx, ctx, org, input.year)), added: added.length };
  });
}

/** An item of a plan in scope, locked, still open for change: 404 out of scope, 422 once held or cancelled, or its organization dissolved. */
async function requireOpenItem(tx: Executor, ctx: Ctx, id: string) {
  const found = await getPlanItemRow(tx, ctx.actor.scope, id, { forUpdate: true });
  if (!found) throw createPlanItemNotFoundError();
  if (found.orgArchivedAt) await requireLiveOrg(tx, ctx.actor.scope, found.item.orgId);
  if (found.item.status !== "planned") throw createPlanItemClosedError(found.item.status as PlanItemStatus);
  return found.item;
}

const snapshot = (row: PlanItemRow) => ({ month: row.month, type: row.type, plannedOn: row.plannedOn, topic: row.topic, tags: row.tags, status: row.status, cancelReason: row.cancelReason });

/** PATCH /api/meeting-plans/items/:id: the planned day (moving the item to its month), topic and tags of a planned item. */
export async function updatePlanItem(ctx: Ctx, id: string, input: UpdatePlanItem): Promise<PlanItem> {
  requirePlanPermission(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await requireOpenItem(tx, ctx, id);
    const patch: Partial<PlanItemRow> = {};
    if (input.plannedOn !== undefined) {
      if (input.plannedOn !== null && !isPlannedOnInYear(input.plannedOn, before.year)) throw createPlannedOnInvalidError(before.year);
      patch.plannedOn = input.plannedOn;
      if (input.plannedOn) patch.month = Number(input.plannedOn.slice(5, 7));
    }
    if (input.topic !== undefined) patch.topic = input.topic || null;
    if (input.tags !== undefined) patch.tags = [...new Set(input.tags)];
    const after = await updatePlanItemRow(tx, id, patch);
    await recordAudit(tx, ctx, {
      action: "meeting_plan.update",
      entityType: "meeting_plan_item",
      entityId: id,
      orgId: after.orgId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return toPlanItem(after);
  });
}

/** POST /api/meeting-plans/items/:id/cancel: a planned item is cancelled with its reason, never deleted. */
export async function cancelPlanItem(ctx: Ctx, id: string, input: CancelPlanItem): Promise<PlanItem> {
  requirePlanPermission(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await requireOpenItem(tx, ctx, id);
    const after = await updatePlanItemRow(tx, id, { status: "cancelled", cancelReason: input.reason });
    await recordAudit(tx, ctx, {
      action: "meeting_plan.cancel",
      entityType: "meeting_plan_item",
      entityId: id,
      orgId: after.orgId,
      before: snapshot(before),
      after: { ...snapshot(after), label: `${after.year}年${after.month}月${MEETING_TYPE_LABELS[after.type as MeetingType]}` },
    });
    return toPlanItem(after);
  });
}
