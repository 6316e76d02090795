import type { Rubric, RubricCriterion, RubricQuery, UpdateRubric } from "../../../shared/contracts/secretary-project-evaluation.contract";
import { ERROR_CODES } from "../../../shared/error-codes";
import { DEFAULT_RUBRIC } from "../../../shared/secretary-projects";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { createForbiddenError, createNotFoundError } from "../../http/errors";
import { can } from "../access/access.policy";
import { isPathInScope } from "../access/access.rules";
import { recordAudit } from "../audit/audit.service";
import { findRubricOrg, findRubricRow, hasEvaluatedProject, upsertRubricRow } from "./secretary-project-evaluation.repository";
import { checkRubric, checkRubricUnlocked } from "./secretary-project-scoring.rules";
import { createProjectReadForbidden, throwIfIssues } from "./secretary-projects.errors";

/**
 * A committee's rubric for a year's evaluation (PROJ-12): the criteria with their weights and the
 * votes' weight. Without a saved one, DEFAULT_RUBRIC and the configured vote weight. It is locked
 * once a project it scores has been evaluated that year, so a year's results stay comparable.
 */

export type RubricInForce = Omit<Rubric, "canEdit">;

/** The organization whose rubric scores a project: its reviewing committee, or its own where nobody reviews above. */
export const rubricOrgIdOf = (project: { orgId: string; reviewingOrgId: string | null }) => project.reviewingOrgId ?? project.orgId;

export async function rubricInForce(db: Executor, ctx: Pick<Ctx, "config">, org: { id: string; name: string }, year: number): Promise<RubricInForce> {
  const [saved, isLocked] = await Promise.all([findRubricRow(db, org.id, year), hasEvaluatedProject(db, org.id, year)]);
  if (!saved) {
    return {
      orgId: org.id,
      orgName: org.name,
      year,
      criteria: DEFAULT_RUBRIC.map((c) => ({ ...c })),
      voteWeight: ctx.config.secretaryProjects.voteWeight,
      isDefault: true,
      isLocked,
      updatedAt: null,
      updatedByName: null,
    };
  }
  return {
    orgId: org.id,
    orgName: org.name,
    year,
    criteria: saved.rubric.criteria as RubricCriterion[],
    voteWeight: saved.rubric.voteWeight,
    isDefault: false,
    isLocked,
    updatedAt: saved.rubric.updatedAt.toISOString(),
    updatedByName: saved.updatedByName,
  };
}

/**
 * An organization whose rubric the caller may read: one in their scope, or one above them (the
 * committee that reviews their project). Anything else looks exactly like missing.
 */
async function requireRubricOrg(db: Executor, ctx: Ctx, orgId: string) {
  const org = await findRubricOrg(db, orgId);
  const reaches = org && !org.archivedAt && (isPathInScope(ctx.actor.scope, org.path) || ctx.actor.org.path.split("/").includes(org.id));
  if (!org || !reaches) throw createNotFoundError(ERROR_CODES.orgNotFound, "组织");
  return org;
}

/** The committee's own administrators, or a system administrator, may change its rubric. */
const mayEdit = (ctx: Ctx, orgId: string) => can(ctx.actor, "project.review") && (ctx.actor.role === "admin" || ctx.actor.org.id === orgId);

/** GET /api/secretary-project-rubrics: a committee's rubric for a year (by default the caller's own organization's). */
export async function getRubric(ctx: Ctx, query: RubricQuery): Promise<Rubric> {
  if (!can(ctx.actor, "project.read")) throw createProjectReadForbidden();
  const org = await requireRubricOrg(ctx.db, ctx, query.orgId ?? ctx.actor.org.id);
  const rubric = await rubricInForce(ctx.db, ctx, org, query.year);
  return { ...rubric, canEdit: mayEdit(ctx, org.id) && !rubric.isLocked };
}

/** PUT /api/secretary-project-rubrics: the committee sets its rubric for a year (PROJ-12); audited before/after. */
export async function updateRubric(ctx: Ctx, input: UpdateRubric): Promise<Rubric> {
  if (!can(ctx.actor, "project.review")) throw createForbiddenError("只有上级党委可以制定书记项目评价标准");
  await ctx.db.transaction(async (tx) => {
    const org = await requireRubricOrg(tx, ctx, input.orgId);
    if (!mayEdit(ctx, org.id)) throw createForbiddenError("只能制定本党委的书记项目评价标准");
    throwIfIssues(checkRubricUnlocked(await hasEvaluatedProject(tx, org.id, input.year), input.year));
    throwIfIssues(checkRubric(input.criteria, input.voteWeight));
    const criteria = input.criteria.map((c) => ({ key: c.key, label: c.label, description: c.description, weight: c.weight }));
    const { before, after } = await upsertRubricRow(tx, { orgId: org.id, year: input.year, criteria, voteWeight: input.voteWeight, updatedBy: userIdOf(ctx) });
    await recordAudit(tx, ctx, {
      action: "project.rubric_update",
      entityType: "secretary_project_rubric",
      entityId: after.id,
      orgId: org.id,
      before: before ? { year: before.year, criteria: before.criteria, voteWeight: before.voteWeight } : null,
      after: { year: input.year, criteria, voteWeight: input.voteWeight },
    });
  });
  return getRubric(ctx, { orgId: input.orgId, year: input.year });
}
