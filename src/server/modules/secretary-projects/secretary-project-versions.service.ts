import type { DecideChange, ProjectContent, ProjectDetail, ProposeChange } from "../../../shared/contracts/secretary-projects.contract";
import { type Ctx, userIdOf } from "../../http/context";
import { recordAudit } from "../audit/audit.service";
import { requireProject, requireWork } from "./secretary-project-access";
import { applyContentRows, findPendingVersion, getVersionRow, insertVersionRow, nextVersionNo, updateVersionRow } from "./secretary-project-content.repository";
import { checkChangeDiffers, checkContentIds, checkDecisionComment, checkProjectContent } from "./secretary-project-content.rules";
import { refuse } from "./secretary-project-rule-catalogue";
import { currentContentIn } from "./secretary-project-view";
import { createProjectVersionNotFoundError, throwIfIssues } from "./secretary-projects.errors";
import { updateProjectRow } from "./secretary-projects.repository";
import { getProjectDetail, idsOf } from "./secretary-projects.service";

/**
 * Changes to an approved project (PROJ-07): the secretary's side submits the whole new content with
 * its reason; the reviewing committee approves (the content then replaces the one in force, as the
 * next approved version), returns or rejects it. One change at a time; every one is kept.
 */

const changeSnapshot = (c: ProjectContent) => ({
  title: c.title,
  indicators: c.indicators.map((i) => `${i.name}：${i.baseline}→${i.target}${i.unit}`),
  milestones: c.milestones.map((m) => `${m.dueOn} ${m.title}（${m.ownerName}）`),
});

export async function proposeProjectChange(ctx: Ctx, id: string, input: ProposeChange): Promise<ProjectDetail> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    requireWork(view, "proposeChange");
    const pending = await findPendingVersion(tx, id, "change");
    if (pending) throwIfIssues([refuse("reason", "PROJ-07", `第 ${pending.no} 版变更申请尚待上级党委审批，审批后才能再次申请变更`)]);
    const { reason, ...content } = input;
    const current = await currentContentIn(tx, view.project);
    throwIfIssues([
      ...checkProjectContent(content, view.project.year),
      ...checkContentIds(content, idsOf(current), "change"),
      ...checkChangeDiffers(content, current),
    ]);
    const version = await insertVersionRow(tx, {
      projectId: id,
      no: await nextVersionNo(tx, id),
      kind: "change",
      content,
      reason,
      status: "pending",
      submittedBy: userIdOf(ctx),
      submittedAt: ctx.clock(),
    });
    await updateProjectRow(tx, id, {});
    await recordAudit(tx, ctx, {
      action: "project.change_propose",
      entityType: "secretary_project_version",
      entityId: version.id,
      orgId: view.project.orgId,
      before: { versionNo: view.project.approvedVersionNo, ...changeSnapshot(current) },
      after: { versionNo: version.no, reason, ...changeSnapshot(content) },
    });
  });
  return getProjectDetail(ctx, id);
}

export async function decideProjectChange(ctx: Ctx, id: string, versionId: string, input: DecideChange): Promise<ProjectDetail> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    const version = await getVersionRow(tx, id, versionId);
    if (!version || version.kind !== "change") throw createProjectVersionNotFoundError();
    requireWork(view, "decideChange");
    if (version.status !== "pending") throwIfIssues([refuse("decision", "PROJ-07", `第 ${version.no} 版变更申请已经审批，不能重复审批`)]);
    throwIfIssues(checkDecisionComment(input.decision, input.comment));
    const content = version.content as ProjectContent;
    const current = await currentContentIn(tx, view.project);
    if (input.decision === "approved") {
      throwIfIssues(checkContentIds(content, idsOf(current), "change"));
      await applyContentRows(tx, id, content, ctx.clock());
      await updateProjectRow(tx, id, { title: content.title, category: content.category, problem: content.problem, resources: content.resources, approvedVersionNo: version.no });
    } else {
      await updateProjectRow(tx, id, {});
    }
    await updateVersionRow(tx, version.id, { status: input.decision, decidedBy: userIdOf(ctx), decidedAt: ctx.clock(), decisionComment: input.comment?.trim() || null });
    await recordAudit(tx, ctx, {
      action: "project.change_decide",
      entityType: "secretary_project_version",
      entityId: version.id,
      orgId: view.project.orgId,
      before: { versionNo: view.project.approvedVersionNo, status: "pending", ...changeSnapshot(current) },
      after: { versionNo: input.decision === "approved" ? version.no : view.project.approvedVersionNo, status: input.decision, comment: input.comment ?? null, ...(input.decision === "approved" ? changeSnapshot(content) : {}) },
    });
  });
  return getProjectDetail(ctx, id);
}
