import type { ProgressReport, CommentThread } from "../../../shared/contracts/secretary-project-progress.contract";
import type { ProjectVersion } from "../../../shared/contracts/secretary-projects.contract";
import { PROJECT_VERSION_STATUS_LABELS } from "../../../shared/secretary-projects";

/** What the printed project file (书记项目档案) says, prepared from the API's answers; pure so it is tested alone. */

/** Chinese section numbers: 一、二、…、十. */
export const SECTION_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** "第 2 版 变更申请 · 已批准". */
export function versionHeading(v: Pick<ProjectVersion, "no" | "kind" | "status">): string {
  return `第 ${v.no} 版 ${v.kind === "proposal" ? "立项申请" : "变更申请"} · ${PROJECT_VERSION_STATUS_LABELS[v.status]}`;
}

/** Every guidance thread of the project, the project's own and those on reports, the oldest first, each with what it is on. */
export function allGuidance(reports: readonly ProgressReport[], projectThreads: readonly CommentThread[]): { on: string; thread: CommentThread }[] {
  const onReports = reports.flatMap((r) => r.comments.map((thread) => ({ on: `${r.reportedOn} 进展报告${r.milestoneTitle ? `（${r.milestoneTitle}）` : ""}`, thread })));
  const onProject = projectThreads.map((thread) => ({ on: "项目整体", thread }));
  return [...onReports, ...onProject].sort((a, b) => a.thread.createdAt.localeCompare(b.thread.createdAt));
}

/** A number as written in the file: no trailing zeros. */
export const formatAmount = (n: number) => String(Math.round(n * 100) / 100);
