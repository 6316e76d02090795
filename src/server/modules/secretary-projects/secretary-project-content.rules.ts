import type { ProjectContent } from "../../../shared/contracts/secretary-projects.contract";
import type { RuleIssue } from "../members/members.rules";
import { refuse } from "./secretary-project-rule-catalogue";

/**
 * What a proposal (or a change to it) must say before the committee sees it (PROJ-02, PROJ-04,
 * PROJ-05, PROJ-07). Pure; `today` is injected. Every refusal names the field as the form knows it
 * (`indicators.0.unit`), so the web puts the message beside the input.
 */

/** PROJ-02: a project is for the current year, the next one, or (entered late) the previous one. */
export function proposalYears(today: string): number[] {
  const thisYear = Number(today.slice(0, 4));
  return [thisYear - 1, thisYear, thisYear + 1];
}

export function checkProjectYear(year: number, today: string): RuleIssue[] {
  const years = proposalYears(today);
  if (years.includes(year)) return [];
  return [refuse("year", "PROJ-02", `项目年度应为 ${years[0]}—${years[2]} 年（当年、下一年度，或补录上一年度），不能为 ${year} 年`)];
}

/** PROJ-04: at least one measurable goal; each with a unit and a target that differs from its baseline. */
export function checkIndicators(indicators: ProjectContent["indicators"]): RuleIssue[] {
  if (indicators.length === 0) return [refuse("indicators", "PROJ-04", "请至少填写一项目标指标")];
  const issues: RuleIssue[] = [];
  const names = new Set<string>();
  indicators.forEach((indicator, i) => {
    const label = `第 ${i + 1} 项指标“${indicator.name}”`;
    if (!indicator.unit.trim()) issues.push(refuse(`indicators.${i}.unit`, "PROJ-04", `${label}未填写计量单位`));
    if (indicator.target === indicator.baseline) issues.push(refuse(`indicators.${i}.target`, "PROJ-04", `${label}的目标值与基数相同（${indicator.target}），无法衡量进展`));
    if (names.has(indicator.name)) issues.push(refuse(`indicators.${i}.name`, "PROJ-04", `${label}与前面的指标重名`));
    names.add(indicator.name);
  });
  return issues;
}

/** PROJ-05: at least one milestone; each with an owner and a due date within the project's year. */
export function checkMilestones(milestones: ProjectContent["milestones"], year: number): RuleIssue[] {
  if (milestones.length === 0) return [refuse("milestones", "PROJ-05", "请至少安排一个节点任务")];
  const issues: RuleIssue[] = [];
  milestones.forEach((milestone, i) => {
    const label = `第 ${i + 1} 个节点“${milestone.title}”`;
    if (!milestone.ownerName.trim()) issues.push(refuse(`milestones.${i}.ownerName`, "PROJ-05", `${label}未填写责任人`));
    if (milestone.dueOn > `${year}-12-31`) issues.push(refuse(`milestones.${i}.dueOn`, "PROJ-05", `${label}的完成时限 ${milestone.dueOn} 晚于项目年度末（${year}-12-31）`));
    if (milestone.dueOn < `${year}-01-01`) issues.push(refuse(`milestones.${i}.dueOn`, "PROJ-05", `${label}的完成时限 ${milestone.dueOn} 早于项目年度（${year} 年）`));
  });
  return issues;
}

/** The whole content of a proposal or change (PROJ-04, PROJ-05). */
export const checkProjectContent = (content: ProjectContent, year: number): RuleIssue[] => [
  ...checkIndicators(content.indicators),
  ...checkMilestones(content.milestones, year),
];

/**
 * The ids a content carries name rows of this project (kept indicators and milestones); each at most
 * once. A proposal's content may carry them too (the draft's own rows). PROJ-07 for a change, else
 * PROJ-04/05.
 */
export function checkContentIds(
  content: Pick<ProjectContent, "indicators" | "milestones">,
  live: { indicatorIds: ReadonlySet<string>; milestoneIds: ReadonlySet<string> },
  kind: "proposal" | "change",
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const check = (items: readonly { id?: string | undefined }[], ids: ReadonlySet<string>, field: "indicators" | "milestones", what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!item.id) return;
      const rule = kind === "change" ? "PROJ-07" : field === "indicators" ? "PROJ-04" : "PROJ-05";
      if (!ids.has(item.id) || seen.has(item.id)) issues.push(refuse(`${field}.${i}.id`, rule, `第 ${i + 1} 个${what}不是本项目现有的${what}，请刷新后重新填写`));
      seen.add(item.id);
    });
  };
  check(content.indicators, live.indicatorIds, "indicators", "指标");
  check(content.milestones, live.milestoneIds, "milestones", "节点");
  return issues;
}

/** A content as compared: ids kept, text trimmed, so a change that changes nothing is seen as such. */
const comparable = (c: ProjectContent) =>
  JSON.stringify({
    title: c.title.trim(),
    category: c.category,
    problem: c.problem.trim(),
    resources: c.resources.trim(),
    indicators: c.indicators.map((i) => [i.id ?? null, i.name.trim(), i.unit.trim(), i.baseline, i.target]),
    milestones: c.milestones.map((m) => [m.id ?? null, m.title.trim(), m.dueOn, m.ownerName.trim(), m.ownerMemberId ?? null]),
  });

/** PROJ-07: a change request must change something of the content in force. */
export function checkChangeDiffers(proposed: ProjectContent, current: ProjectContent): RuleIssue[] {
  return comparable(proposed) === comparable(current) ? [refuse("reason", "PROJ-07", "变更后的内容与现行版本相同，无需申请变更")] : [];
}

/** A committee that returns or rejects says why (the secretary must know what to fix). */
export function checkDecisionComment(decision: "approve" | "return" | "reject" | "approved" | "returned" | "rejected", comment: string | undefined): RuleIssue[] {
  if (decision.startsWith("approve") || comment?.trim()) return [];
  return [refuse("comment", "PROJ-03", decision.startsWith("return") ? "退回修改须写明意见，说明需要修改的内容" : "不予批准须写明理由")];
}
