import type { IndicatorInput, MilestoneInput, ProjectContent, ProjectVersion } from "../../../shared/contracts/secretary-projects.contract";
import { PROJECT_CATEGORY_LABELS } from "../../../shared/secretary-projects";
import { formatAmount } from "./project-display";

/**
 * What a version changed against an earlier one, in words (版本历史). Rows are matched by id, then by
 * name (an indicator) or title (a milestone): a row added by a change has no id in that change's
 * content, but keeps its name.
 */

function pair<T extends { id?: string | undefined }>(before: readonly T[], after: readonly T[], keyOf: (row: T) => string) {
  const left = [...before];
  const pairs: [T | undefined, T | undefined][] = [];
  const take = (match: (row: T) => boolean) => {
    const i = left.findIndex(match);
    return i < 0 ? undefined : left.splice(i, 1)[0];
  };
  for (const row of after) {
    const found = (row.id ? take((b) => b.id === row.id) : undefined) ?? take((b) => keyOf(b) === keyOf(row));
    pairs.push([found, row]);
  }
  for (const rest of left) pairs.push([rest, undefined]);
  return pairs;
}

const indicatorText = (i: IndicatorInput) => `“${i.name}”（基数 ${formatAmount(i.baseline)}${i.unit}，目标 ${formatAmount(i.target)}${i.unit}）`;
const milestoneText = (m: MilestoneInput) => `“${m.title}”（${m.dueOn}，${m.ownerName}）`;

export function diffContent(before: ProjectContent, after: ProjectContent): string[] {
  const changes: string[] = [];
  if (before.title.trim() !== after.title.trim()) changes.push(`项目名称：“${before.title}”改为“${after.title}”`);
  if (before.category !== after.category) changes.push(`项目类别：${PROJECT_CATEGORY_LABELS[before.category]}改为${PROJECT_CATEGORY_LABELS[after.category]}`);
  if (before.problem.trim() !== after.problem.trim()) changes.push("修改了针对的问题和意义");
  if ((before.resources ?? "").trim() !== (after.resources ?? "").trim()) changes.push("修改了参与人员和资源");

  for (const [b, a] of pair(before.indicators, after.indicators, (i) => i.name.trim())) {
    if (!b && a) changes.push(`新增指标${indicatorText(a)}`);
    else if (b && !a) changes.push(`删除指标${indicatorText(b)}`);
    else if (b && a) {
      const parts: string[] = [];
      if (b.name.trim() !== a.name.trim()) parts.push(`名称改为“${a.name}”`);
      if (b.unit.trim() !== a.unit.trim()) parts.push(`单位 ${b.unit} → ${a.unit}`);
      if (b.baseline !== a.baseline) parts.push(`基数 ${formatAmount(b.baseline)} → ${formatAmount(a.baseline)}`);
      if (b.target !== a.target) parts.push(`目标值 ${formatAmount(b.target)} → ${formatAmount(a.target)}`);
      if (parts.length > 0) changes.push(`指标“${b.name}”：${parts.join("，")}`);
    }
  }

  for (const [b, a] of pair(before.milestones, after.milestones, (m) => m.title.trim())) {
    if (!b && a) changes.push(`新增节点${milestoneText(a)}`);
    else if (b && !a) changes.push(`删除节点${milestoneText(b)}`);
    else if (b && a) {
      const parts: string[] = [];
      if (b.title.trim() !== a.title.trim()) parts.push(`改为“${a.title}”`);
      if (b.dueOn !== a.dueOn) parts.push(`时限 ${b.dueOn} → ${a.dueOn}`);
      if (b.ownerName.trim() !== a.ownerName.trim()) parts.push(`责任人 ${b.ownerName} → ${a.ownerName}`);
      if (parts.length > 0) changes.push(`节点“${b.title}”：${parts.join("，")}`);
    }
  }
  return changes;
}

export interface VersionComparison {
  /** The version compared against: the latest approved one before it, else the one just before; null for the first. */
  baseNo: number | null;
  baseIsApproved: boolean;
  changes: string[];
}

export function compareVersion(versions: readonly ProjectVersion[], version: ProjectVersion): VersionComparison {
  const earlier = versions.filter((v) => v.no < version.no).sort((a, b) => b.no - a.no);
  const base = earlier.find((v) => v.status === "approved") ?? earlier[0];
  if (!base) return { baseNo: null, baseIsApproved: false, changes: [] };
  return { baseNo: base.no, baseIsApproved: base.status === "approved", changes: diffContent(base.content, version.content) };
}
