import type {
  CreateProject,
  FindProjectsQuery,
  ProjectContent,
  ProjectDetail,
  ProjectTransition,
  ProposalOptions,
  UpdateProject,
} from "../../../shared/contracts/secretary-projects.contract";
import type { Page } from "../../../shared/contracts/common.contract";
import type { ProjectListItem } from "../../../shared/contracts/secretary-projects.contract";
import { PROJECT_ACTION_LABELS, type ProjectAction } from "../../../shared/secretary-projects";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import type { RuleIssue } from "../members/members.rules";
import { isUniqueViolation } from "../members/members.repository";
import { findNearestCommittee, requireOrgInScope, todayOf } from "../organizations/organizations.service";
import { type ProjectView, requireProject, requireTransition, requireWork } from "./secretary-project-access";
import { applyContentRows, findPendingVersion, insertVersionRow, nextVersionNo, updateVersionRow } from "./secretary-project-content.repository";
import { checkContentIds, checkDecisionComment, checkProjectContent, checkProjectYear, proposalYears } from "./secretary-project-content.rules";
import { refuse } from "./secretary-project-rule-catalogue";
import { projectSides } from "./secretary-project-status.rules";
import { buildProjectDetail, currentContentIn, toListItem } from "./secretary-project-view";
import {
  createProjectExistsError,
  createProjectNoSecretaryError,
  createProjectNotFoundError,
  createProjectReadForbidden,
  createProjectRuleError,
  throwIfIssues,
} from "./secretary-projects.errors";
import {
  PROJECT_UNIQUE_INDEX,
  type ProjectRow,
  findActiveMembersUnder,
  findCurrentSecretary,
  findLiveProjectOfYear,
  findProjectRows,
  findProjectStats,
  findTakenYears,
  insertProjectRow,
  updateProjectRow,
} from "./secretary-projects.repository";

/** What the audit log keeps of a project: its status and content in brief. */
export const projectSnapshot = (p: ProjectRow) => ({
  orgId: p.orgId,
  year: p.year,
  title: p.title,
  category: p.category,
  status: p.status,
  secretaryMemberId: p.secretaryMemberId,
  reviewingOrgId: p.reviewingOrgId,
  approvedVersionNo: p.approvedVersionNo,
});

const contentSnapshot = (c: ProjectContent) => ({
  title: c.title,
  category: c.category,
  indicators: c.indicators.map((i) => `${i.name}：${i.baseline}→${i.target}${i.unit}`),
  milestones: c.milestones.map((m) => `${m.dueOn} ${m.title}（${m.ownerName}）`),
});

export async function findProjects(ctx: Ctx, query: FindProjectsQuery): Promise<Page<ProjectListItem>> {
  if (!can(ctx.actor, "project.read")) throw createProjectReadForbidden();
  const today = todayOf(ctx);
  // A member's list is their own organization's and those above; everyone else may narrow to a subtree.
  const subtree = query.orgId && ctx.actor.scope.kind !== "self" ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const { items, total } = await findProjectRows(
    ctx.db,
    ctx.actor,
    {
      year: query.year,
      subtreePath: subtree?.path,
      status: query.status,
      category: query.category,
      overdue: query.overdue === undefined ? undefined : query.overdue === "true",
      awaitingMe: query.awaitingMe === "true",
      q: query.q || undefined,
    },
    query,
    today,
  );
  const stats = await findProjectStats(ctx.db, items.map((r) => r.project.id), today);
  const actor = { role: ctx.actor.role, orgId: ctx.actor.org.id };
  return {
    items: items.map((row) => toListItem(ctx, row, stats.get(row.project.id))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getProjectDetail(ctx: Ctx, id: string): Promise<ProjectDetail> {
  return buildProjectDetail(ctx, await requireProject(ctx.db, ctx, id));
}

/** The new-project form: the caller's own organization, its secretary, the years open and those taken (PROJ-01/02). */
export async function getProposalOptions(ctx: Ctx): Promise<ProposalOptions> {
  const years = proposalYears(todayOf(ctx));
  if (!can(ctx.actor, "project.manage")) return { orgId: null, orgName: null, secretaryMemberId: null, secretaryName: null, years, takenYears: [] };
  const org = ctx.actor.org;
  const [secretary, takenYears] = await Promise.all([findCurrentSecretary(ctx.db, org.id), findTakenYears(ctx.db, org.id)]);
  return { orgId: org.id, orgName: org.name, secretaryMemberId: secretary?.memberId ?? null, secretaryName: secretary?.name ?? null, years, takenYears };
}

/** PROJ-02/05: the secretary and the milestones' owners named by member are active members of the organization or below. */
async function checkMembers(tx: Executor, orgPath: string, content: ProjectContent, secretaryMemberId?: string): Promise<RuleIssue[]> {
  const owners = content.milestones.flatMap((m) => (m.ownerMemberId ? [m.ownerMemberId] : []));
  const found = await findActiveMembersUnder(tx, orgPath, [...owners, ...(secretaryMemberId ? [secretaryMemberId] : [])]);
  const issues: RuleIssue[] = [];
  if (secretaryMemberId && !found.has(secretaryMemberId)) issues.push(refuse("secretaryMemberId", "PROJ-02", "牵头书记须为本组织在册党员"));
  content.milestones.forEach((m, i) => {
    if (m.ownerMemberId && !found.has(m.ownerMemberId)) issues.push(refuse(`milestones.${i}.ownerMemberId`, "PROJ-05", `第 ${i + 1} 个节点的责任人须为本组织在册党员`));
  });
  return issues;
}

/**
 * A draft proposal of the caller's own organization (PROJ-02) for a year it has none yet (PROJ-01),
 * with the whole content checked (PROJ-04/05). The reviewing committee is the nearest one above.
 */
export async function createProject(ctx: Ctx, input: CreateProject): Promise<ProjectDetail> {
  if (!can(ctx.actor, "project.manage")) throw createForbiddenError("只有党组织书记（本组织工作人员）可以申报书记项目");
  const id = await ctx.db.transaction(async (tx) => {
    const org = await requireOrgInScope(tx, ctx.actor.scope, input.orgId);
    if (org.id !== ctx.actor.org.id) throw createProjectRuleError([refuse("orgId", "PROJ-02", `只能为本组织（${ctx.actor.org.name}）申报书记项目，不能代${org.name}申报`)]);
    throwIfIssues(checkProjectYear(input.year, todayOf(ctx)));
    if (await findLiveProjectOfYear(tx, org.id, input.year)) throw createProjectExistsError(input.year);
    throwIfIssues([
      ...checkProjectContent(input, input.year),
      ...checkContentIds(input, { indicatorIds: new Set(), milestoneIds: new Set() }, "proposal"),
      ...(await checkMembers(tx, org.path, input, input.secretaryMemberId)),
    ]);
    const secretaryMemberId = input.secretaryMemberId ?? (await findCurrentSecretary(tx, org.id))?.memberId;
    if (!secretaryMemberId) throw createProjectNoSecretaryError();
    const reviewing = await findNearestCommittee(tx, org.path, { strictlyAbove: true });
    let project: ProjectRow;
    try {
      project = await insertProjectRow(tx, {
        orgId: org.id,
        year: input.year,
        secretaryMemberId,
        title: input.title,
        category: input.category,
        problem: input.problem,
        resources: input.resources,
        status: "draft",
        reviewingOrgId: reviewing?.id ?? null,
        createdBy: userIdOf(ctx),
      });
    } catch (error) {
      if (isUniqueViolation(error, PROJECT_UNIQUE_INDEX)) throw createProjectExistsError(input.year);
      throw error;
    }
    await applyContentRows(tx, project.id, input, ctx.clock());
    await recordAudit(tx, ctx, {
      action: "project.create",
      entityType: "secretary_project",
      entityId: project.id,
      orgId: org.id,
      after: { ...projectSnapshot(project), content: contentSnapshot(input) },
    });
    return project.id;
  });
  return getProjectDetail(ctx, id);
}

/** The draft, or a returned proposal, rewritten whole (PROJ-06: only then; PROJ-04/05 checked again). */
export async function updateProjectContent(ctx: Ctx, id: string, input: UpdateProject): Promise<ProjectDetail> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    requireWork(view, "editContent");
    const before = await currentContentIn(tx, view.project);
    throwIfIssues([
      ...checkProjectContent(input, view.project.year),
      ...checkContentIds(input, idsOf(before), "proposal"),
      ...(await checkMembers(tx, view.orgPath, input)),
    ]);
    await applyContentRows(tx, id, input, ctx.clock());
    await updateProjectRow(tx, id, { title: input.title, category: input.category, problem: input.problem, resources: input.resources });
    await recordAudit(tx, ctx, {
      action: "project.update",
      entityType: "secretary_project",
      entityId: id,
      orgId: view.project.orgId,
      before: contentSnapshot(before),
      after: contentSnapshot(input),
    });
  });
  return getProjectDetail(ctx, id);
}

export const idsOf = (content: ProjectContent) => ({
  indicatorIds: new Set(content.indicators.flatMap((i) => (i.id ? [i.id] : []))),
  milestoneIds: new Set(content.milestones.flatMap((m) => (m.id ? [m.id] : []))),
});

/** The transitions of the proposal taken here; the year end's (述职, 评价, 公布) have their own endpoints. */
const PROPOSAL_ACTIONS: readonly ProjectAction[] = ["submit", "withdraw", "approve", "return", "reject"];

/**
 * Submit, withdraw, approve, return or reject (PROJ-06 with the sides of PROJ-02/03). Submitting keeps
 * the whole content as a new version for the committee; the decision and its comment go on it.
 */
export async function transitionProject(ctx: Ctx, id: string, input: ProjectTransition): Promise<ProjectDetail> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    const label = PROJECT_ACTION_LABELS[input.action];
    if (!PROPOSAL_ACTIONS.includes(input.action)) throw createProjectRuleError([refuse("action", "PROJ-06", `“${label}”请在项目的“述职评价”中办理`)]);
    requireTransition(view, input.action, label);
    const before = view.project;
    const after = input.action === "submit" ? await submitIn(tx, ctx, view) : await decideProposalIn(tx, ctx, view, input);
    await recordAudit(tx, ctx, {
      action: `project.${input.action}`,
      entityType: "secretary_project",
      entityId: id,
      orgId: before.orgId,
      before: projectSnapshot(before),
      after: { ...projectSnapshot(after), ...(input.comment ? { comment: input.comment } : {}) },
    });
  });
  return getProjectDetail(ctx, id);
}

/** PROJ-02/04/05 once more on the content as it stands, then a pending proposal version; the reviewing committee is refreshed. */
async function submitIn(tx: Executor, ctx: Ctx, view: ProjectView): Promise<ProjectRow> {
  const { project } = view;
  const content = await currentContentIn(tx, project);
  throwIfIssues([...checkProjectYear(project.year, todayOf(ctx)), ...checkProjectContent(content, project.year)]);
  const reviewing = await findNearestCommittee(tx, view.orgPath, { strictlyAbove: true });
  await insertVersionRow(tx, {
    projectId: project.id,
    no: await nextVersionNo(tx, project.id),
    kind: "proposal",
    content,
    status: "pending",
    submittedBy: userIdOf(ctx),
    submittedAt: ctx.clock(),
  });
  return updateProjectRow(tx, project.id, { status: "submitted", reviewingOrgId: reviewing?.id ?? null });
}

const VERSION_STATUS_OF = { withdraw: "withdrawn", approve: "approved", return: "returned", reject: "rejected" } as const;
const PROJECT_STATUS_OF = { withdraw: "withdrawn", approve: "approved", return: "returned", reject: "rejected" } as const;

/** The committee's decision on the pending proposal (with its comment), or the secretary withdrawing. */
async function decideProposalIn(tx: Executor, ctx: Ctx, view: ProjectView, input: ProjectTransition): Promise<ProjectRow> {
  const action = input.action as keyof typeof VERSION_STATUS_OF;
  const { project } = view;
  if (action !== "withdraw") throwIfIssues(checkDecisionComment(action, input.comment));
  const pending = await findPendingVersion(tx, project.id, "proposal");
  if (pending) {
    const decided = action === "withdraw" ? {} : { decidedBy: userIdOf(ctx), decidedAt: ctx.clock(), decisionComment: input.comment?.trim() || null };
    await updateVersionRow(tx, pending.id, { status: VERSION_STATUS_OF[action], ...decided });
  } else if (action !== "withdraw") {
    // A submitted project always has its pending proposal (submitIn); a missing one is corrupt data.
    throw createProjectNotFoundError();
  }
  return updateProjectRow(tx, project.id, {
    status: PROJECT_STATUS_OF[action],
    ...(action === "approve" ? { approvedVersionNo: pending!.no, approvedOn: todayOf(ctx) } : {}),
  });
}
