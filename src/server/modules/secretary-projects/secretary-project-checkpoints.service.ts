import type {
  CheckpointAlert,
  ProjectAlerts,
  ProjectCheckpoints,
  RateCheckpoint,
} from "../../../shared/contracts/secretary-project-progress.contract";
import { addDays, chinaToday } from "../../../shared/dates";
import { type CheckpointRating, type ProjectStatus, QUARTERS, type Quarter } from "../../../shared/secretary-projects";
import { type Ctx, userIdOf } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { requireProject, requireWork } from "./secretary-project-access";
import { checkpointOpensOn, milestoneState, suggestQuarterRating } from "./secretary-project-progress.rules";
import {
  type CheckpointRow,
  committeeSideOf,
  findCheckpointRows,
  findLiveMilestones,
  findOpenMilestoneAlertRows,
  findPendingDecisionRows,
  findUnratedCheckpointRows,
  getCheckpointRow,
  insertCheckpointRow,
  secretarySideOf,
  updateCheckpointRow,
} from "./secretary-project-progress.repository";
import { refuse } from "./secretary-project-rule-catalogue";
import { checkWork } from "./secretary-project-status.rules";
import { createProjectReadForbidden, throwIfIssues } from "./secretary-projects.errors";

/**
 * The committee's quarterly check point (季度督查, PROJ-10) and the reminders of both sides on the
 * home page (PROJ-09/10).
 */

/** The four quarters of the project's year: open or not, the rating if any, what the rules suggest. */
export async function getProjectCheckpoints(ctx: Ctx, id: string): Promise<ProjectCheckpoints> {
  const view = await requireProject(ctx.db, ctx, id);
  const { project } = view;
  const [milestones, rows] = await Promise.all([findLiveMilestones(ctx.db, id), findCheckpointRows(ctx.db, id)]);
  const today = chinaToday(ctx.clock());
  const { offTrackOverdueDays } = ctx.config.secretaryProjects;
  const quarters = QUARTERS.map((quarter) => {
    const opensOn = checkpointOpensOn(project.year, quarter);
    const row = rows.find((r) => r.checkpoint.quarter === quarter);
    return {
      quarter,
      opensOn,
      isOpen: opensOn <= today,
      rating: (row?.checkpoint.rating as CheckpointRating | undefined) ?? null,
      comment: row?.checkpoint.comment ?? null,
      suggestedRatingWhenRated: (row?.checkpoint.suggestedRating as CheckpointRating | null | undefined) ?? null,
      suggestion: suggestQuarterRating(milestones, project.year, quarter, today, offTrackOverdueDays),
      ratedByName: row?.ratedByName ?? null,
      ratedAt: row?.checkpoint.updatedAt.toISOString() ?? null,
    };
  });
  const canRate = can(ctx.actor, "project.review") && checkWork("checkpoint", project.status as ProjectStatus, view.sides).length === 0;
  return { year: project.year, quarters, canRate };
}

const checkpointSnapshot = (row: CheckpointRow) => ({
  quarter: row.quarter,
  rating: row.rating,
  suggestedRating: row.suggestedRating,
  comment: row.comment,
  ratedBy: row.ratedBy,
});

/**
 * PROJ-10: the committee rates a quarter from the first day of its last month; the rules' suggestion
 * is kept beside the rating. Rating a quarter again replaces it, audited with before and after.
 */
export async function rateCheckpoint(ctx: Ctx, id: string, quarter: number, input: Required<RateCheckpoint>): Promise<ProjectCheckpoints> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    if (!can(ctx.actor, "project.review")) throw createForbiddenError("只有负责审核的上级党委可以开展季度督查");
    requireWork(view, "checkpoint");
    const { project } = view;
    const today = chinaToday(ctx.clock());
    const opensOn = checkpointOpensOn(project.year, quarter as Quarter);
    if (today < opensOn) throwIfIssues([refuse("quarter", "PROJ-10", `${project.year} 年第${quarter}季度的督查自 ${opensOn} 起方可评定`)]);

    const milestones = await findLiveMilestones(tx, id);
    const suggestedRating = suggestQuarterRating(milestones, project.year, quarter as Quarter, today, ctx.config.secretaryProjects.offTrackOverdueDays);
    const values = { rating: input.rating, comment: input.comment, suggestedRating, ratedBy: userIdOf(ctx) };
    const before = await getCheckpointRow(tx, id, quarter);
    const after = before ? await updateCheckpointRow(tx, before.id, values) : await insertCheckpointRow(tx, { projectId: id, quarter, ...values });
    await recordAudit(tx, ctx, {
      action: "project.checkpoint",
      entityType: "secretary_project_checkpoint",
      entityId: after.id,
      orgId: project.orgId,
      before: before ? checkpointSnapshot(before) : null,
      after: { projectId: id, ...checkpointSnapshot(after) },
    });
  });
  return getProjectCheckpoints(ctx, id);
}

/** How many of each list the home page shows; each list also says how many there are. */
export const ALERT_LIMIT = 10;

/**
 * The home page's reminders. As the secretary's side: my organization's overdue and due-soon
 * milestones (PROJ-09). As the committee: the overdue milestones of the projects I review, the
 * proposals and changes awaiting my decision, and the quarters open but not rated (PROJ-10).
 */
export async function getProjectAlerts(ctx: Ctx): Promise<ProjectAlerts> {
  if (!can(ctx.actor, "project.read")) throw createProjectReadForbidden();
  const today = chinaToday(ctx.clock());
  const { dueSoonDays } = ctx.config.secretaryProjects;
  const mine = secretarySideOf(ctx.actor);
  const reviewing = committeeSideOf(ctx.actor);
  const [ownMilestones, reviewedMilestones, decisions, unrated] = await Promise.all([
    findOpenMilestoneAlertRows(ctx.db, ctx.actor, mine, addDays(today, dueSoonDays), { strictlyBefore: false, limit: ALERT_LIMIT }),
    findOpenMilestoneAlertRows(ctx.db, ctx.actor, reviewing, today, { strictlyBefore: true, limit: ALERT_LIMIT }),
    findPendingDecisionRows(ctx.db, ctx.actor, reviewing, ALERT_LIMIT),
    findUnratedCheckpointRows(ctx.db, ctx.actor, reviewing, today, ALERT_LIMIT),
  ]);
  const withState = (rows: typeof ownMilestones) => ({
    total: rows.total,
    items: rows.items.map((m) => {
      const { state, daysOverdue } = milestoneState({ dueOn: m.dueOn, completedOn: null }, today, dueSoonDays);
      return { ...m, state: state === "overdue" ? ("overdue" as const) : ("due_soon" as const), daysOverdue };
    }),
  });
  const checkpoints: CheckpointAlert[] = unrated.items.flatMap(({ ratedQuarters, ...p }) =>
    QUARTERS.map((quarter) => ({ ...p, quarter, opensOn: checkpointOpensOn(p.year, quarter) })).filter(
      (q) => q.opensOn <= today && !ratedQuarters.map(Number).includes(q.quarter),
    ),
  );
  return {
    today,
    secretary: { milestones: withState(ownMilestones) },
    committee: {
      milestones: withState(reviewedMilestones),
      decisions: {
        total: decisions.total,
        items: decisions.items.map((d) => ({ ...d, kind: d.kind as "proposal" | "change", submittedAt: d.submittedAt.toISOString() })),
      },
      checkpoints: { items: checkpoints.slice(0, ALERT_LIMIT), total: unrated.missing },
    },
  };
}
