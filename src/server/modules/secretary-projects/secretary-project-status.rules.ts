import type { Role } from "../../../shared/domain";
import type { ProjectAction, ProjectSide, ProjectStatus } from "../../../shared/secretary-projects";
import type { RuleIssue } from "../members/members.rules";
import { refuse } from "./secretary-project-rule-catalogue";

/**
 * The state machine of a secretary project (PROJ-06). Pure.
 *
 *   draft ─submit─▶ submitted ─approve─▶ approved ─report(述职)─▶ reported ─evaluate─▶ evaluated ─publish─▶ published
 *     ▲               │  │                  (changes: re-approved         ▲  (evaluate again)  │
 *     └──(edit)── returned ◀─return─┘  └─reject─▶ rejected        while approved)
 *   draft / returned / submitted ─withdraw─▶ withdrawn
 *
 * Each transition belongs to one side (PROJ-02, PROJ-03): the secretary's own organization proposes,
 * reports and answers; the reviewing committee approves, guides, checks and evaluates.
 */
export const PROJECT_TRANSITIONS: Record<ProjectAction, { from: readonly ProjectStatus[]; to: ProjectStatus; side: ProjectSide }> = {
  submit: { from: ["draft", "returned"], to: "submitted", side: "secretary" },
  withdraw: { from: ["draft", "returned", "submitted"], to: "withdrawn", side: "secretary" },
  approve: { from: ["submitted"], to: "approved", side: "committee" },
  return: { from: ["submitted"], to: "returned", side: "committee" },
  reject: { from: ["submitted"], to: "rejected", side: "committee" },
  report: { from: ["approved"], to: "reported", side: "secretary" },
  evaluate: { from: ["reported", "evaluated"], to: "evaluated", side: "committee" },
  publish: { from: ["evaluated"], to: "published", side: "committee" },
};

/** Work done on a project without changing its status, with the statuses it is done in and by whom. */
export const PROJECT_WORK = {
  editContent: { in: ["draft", "returned"], side: "secretary", label: "修改项目内容" },
  proposeChange: { in: ["approved"], side: "secretary", label: "申请变更" },
  decideChange: { in: ["approved"], side: "committee", label: "审批变更" },
  progressReport: { in: ["approved"], side: "secretary", label: "报告进展" },
  guidance: { in: ["approved", "reported", "evaluated"], side: "committee", label: "点评" },
  reply: { in: ["approved", "reported", "evaluated"], side: "secretary", label: "回复点评" },
  checkpoint: { in: ["approved"], side: "committee", label: "季度督查" },
  manageVoting: { in: ["reported"], side: "committee", label: "组织测评" },
} as const satisfies Record<string, { in: readonly ProjectStatus[]; side: ProjectSide; label: string }>;
export type ProjectWork = keyof typeof PROJECT_WORK;

const STATUS_TEXT: Record<ProjectStatus, string> = {
  draft: "草稿",
  submitted: "待审核",
  returned: "已退回修改",
  rejected: "未予立项",
  withdrawn: "已撤回",
  approved: "已立项",
  reported: "已述职",
  evaluated: "已评价",
  published: "结果已公布",
};

const SIDE_TEXT: Record<ProjectSide, string> = { secretary: "项目所在党组织（书记）", committee: "上级党委" };

function checkSide(sides: readonly ProjectSide[], side: ProjectSide, what: string): RuleIssue[] {
  if (sides.includes(side)) return [];
  return side === "secretary"
    ? [refuse("status", "PROJ-02", `“${what}”须由${SIDE_TEXT.secretary}办理`)]
    : [refuse("status", "PROJ-03", `“${what}”须由负责审核该项目的${SIDE_TEXT.committee}办理，申报组织不能自行办理`)];
}

/** Whether the actor may take `action` now: the side first (who), then the status (when). */
export function checkTransition(action: ProjectAction, status: ProjectStatus, sides: readonly ProjectSide[], label: string): RuleIssue[] {
  const transition = PROJECT_TRANSITIONS[action];
  const side = checkSide(sides, transition.side, label);
  if (side.length > 0) return side;
  if (transition.from.includes(status)) return [];
  const allowed = transition.from.map((s) => STATUS_TEXT[s]).join("、");
  return [refuse("status", "PROJ-06", `项目当前为“${STATUS_TEXT[status]}”，不能${label}（仅在“${allowed}”时可以）`)];
}

export function checkWork(work: ProjectWork, status: ProjectStatus, sides: readonly ProjectSide[]): RuleIssue[] {
  const { in: statuses, side, label } = PROJECT_WORK[work];
  const bySide = checkSide(sides, side, label);
  if (bySide.length > 0) return bySide;
  if ((statuses as readonly ProjectStatus[]).includes(status)) return [];
  const allowed = statuses.map((s) => STATUS_TEXT[s]).join("、");
  const rule = work === "progressReport" ? "PROJ-08" : work === "proposeChange" || work === "decideChange" ? "PROJ-07" : "PROJ-06";
  return [refuse("status", rule, `项目当前为“${STATUS_TEXT[status]}”，不能${label}（仅在“${allowed}”时可以）`)];
}

export interface ProjectActor {
  role: Role;
  orgId: string;
}

/**
 * The sides the actor speaks for (PROJ-02, PROJ-03). The secretary's side is the project
 * organization's own officers (a branch's officers, a committee's or general branch's administrators);
 * the committee's side is the reviewing committee's administrators, or the system administrators
 * where no committee stands above. Nobody is both for one project.
 */
export function projectSides(actor: ProjectActor, project: { orgId: string; reviewingOrgId: string | null }): ProjectSide[] {
  const sides: ProjectSide[] = [];
  const officer = actor.role === "branch_officer" || actor.role === "org_admin";
  if (officer && actor.orgId === project.orgId) sides.push("secretary");
  // An administrator is never the secretary's side (no project.manage), so may review even a project
  // of the organization they are bound to: the top committee's own project has no committee above.
  const reviewer =
    (actor.role === "org_admin" && project.reviewingOrgId !== null && actor.orgId === project.reviewingOrgId && actor.orgId !== project.orgId) ||
    (actor.role === "admin" && (project.reviewingOrgId === null || actor.orgId === project.reviewingOrgId));
  if (reviewer) sides.push("committee");
  return sides;
}

/** The allowed next actions for the actor, for the web to show only what the server accepts. */
export function availableActions(status: ProjectStatus, sides: readonly ProjectSide[]): ProjectAction[] {
  return (Object.keys(PROJECT_TRANSITIONS) as ProjectAction[]).filter((a) => {
    const t = PROJECT_TRANSITIONS[a];
    return sides.includes(t.side) && t.from.includes(status);
  });
}

export function availableWork(status: ProjectStatus, sides: readonly ProjectSide[]): ProjectWork[] {
  return (Object.keys(PROJECT_WORK) as ProjectWork[]).filter((w) => checkWork(w, status, sides).length === 0);
}
