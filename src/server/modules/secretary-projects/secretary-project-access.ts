import type { ProjectSide, ProjectStatus } from "../../../shared/secretary-projects";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { createProjectNotFoundError, createProjectReadForbidden, throwIfIssues } from "./secretary-projects.errors";
import { type ProjectWork, checkTransition, checkWork, projectSides } from "./secretary-project-status.rules";
import { getProjectView } from "./secretary-projects.repository";
import type { ProjectAction } from "../../../shared/secretary-projects";

export type ProjectView = NonNullable<Awaited<ReturnType<typeof getProjectView>>>;

/** A project the caller reaches, with the sides they speak for (404 otherwise, exactly like a missing one). */
export async function requireProject(db: Executor, ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<ProjectView & { sides: ProjectSide[] }> {
  if (!can(ctx.actor, "project.read")) throw createProjectReadForbidden();
  const view = await getProjectView(db, ctx.actor, id, options);
  if (!view) throw createProjectNotFoundError();
  return { ...view, sides: sidesOf(ctx, view) };
}

export const sidesOf = (ctx: Ctx, view: Pick<ProjectView, "project">): ProjectSide[] =>
  projectSides({ role: ctx.actor.role, orgId: ctx.actor.org.id }, view.project);

/** PROJ-06 and the sides: refuses the transition with the rule's message. */
export function requireTransition(view: { project: { status: string }; sides: readonly ProjectSide[] }, action: ProjectAction, label: string) {
  throwIfIssues(checkTransition(action, view.project.status as ProjectStatus, view.sides, label));
}

/** PROJ-06/07/08 and the sides: refuses work out of its status or side. */
export function requireWork(view: { project: { status: string }; sides: readonly ProjectSide[] }, work: ProjectWork) {
  throwIfIssues(checkWork(work, view.project.status as ProjectStatus, view.sides));
}
