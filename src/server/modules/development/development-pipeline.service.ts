import type { Page } from "../../../shared/contracts/common.contract";
import type { DueStep, Pipeline } from "../../../shared/contracts/development.contract";
import { addDays } from "../../../shared/dates";
import { DEVELOPMENT_STAGES, type DevelopmentStage } from "../../../shared/development-steps";
import type { Ctx } from "../../http/context";
import { todayOf } from "../members/members.service";
import { requireOrgInScope } from "../organizations/organizations.service";
import { type Subtree, countPipeline, findDueRows } from "./development-pipeline.repository";
import { requireDevelopmentRead, toNextDue } from "./development.service";

/** "Due soon" on the pipeline: within this many days from today (and not yet overdue). */
export const DUE_SOON_DAYS = 30;

/** What an overdue case is late on, by the rule its due date comes from (rules.md §1.4). */
export const OVERDUE_RULE_LABELS: Record<string, string> = {
  "DEV-02": "申请人谈话超期（收到入党申请书后一个月内）",
  "DEV-03": "确定入党积极分子超期",
  "DEV-06": "积极分子半年考察超期",
  "DEV-07": "积极分子培养满一年待确定发展对象",
  "DEV-10": "政治审查结论超过有效期",
  "DEV-17": "接收预备党员审批超期（三个月内）",
  "DEV-21": "预备期已满",
  "DEV-23": "预备期满未讨论转正",
  "DEV-24": "转正审批超期（三个月内）",
  "DEV-25": "材料归档超期",
  "DEV-X1": "预审通过后未按期召开支部大会",
  "DEV-X3": "批准接收后未按期入党宣誓",
};
export const overdueRuleLabel = (rule: string) => OVERDUE_RULE_LABELS[rule] ?? (rule ? `${rule} 规定期限已过` : "办理期限已过");

/** `orgId` counts that organization's subtree and must be in scope (else 404); without it, the whole scope. */
async function subtreeOf(ctx: Ctx, orgId: string | undefined): Promise<Subtree | undefined> {
  if (!orgId) return undefined;
  const org = await requireOrgInScope(ctx.db, ctx.actor.scope, orgId);
  return { orgId: org.id, path: org.path };
}

/** Open cases per stage, deferred, overdue and due soon, and the overdue ones by rule. */
export async function getPipeline(ctx: Ctx, query: { orgId?: string }): Promise<Pipeline> {
  requireDevelopmentRead(ctx);
  const subtree = await subtreeOf(ctx, query.orgId);
  const today = todayOf(ctx);
  const counts = await countPipeline(ctx.db, ctx.actor.scope, subtree, today, addDays(today, DUE_SOON_DAYS));
  return {
    stages: DEVELOPMENT_STAGES.map((stage: DevelopmentStage) => ({ stage, count: counts.stages[stage] })),
    deferred: counts.deferred,
    overdue: counts.overdue,
    dueSoon: counts.dueSoon,
    overdueByRule: [...counts.overdueByRule]
      .map(([rule, count]) => ({ rule, label: overdueRuleLabel(rule), count }))
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
  };
}

/** The officer's reminders: open cases due within `days`, overdue first, then by due date. */
export async function findDueSteps(
  ctx: Ctx,
  query: { orgId?: string; days: number; page: number; pageSize: number },
): Promise<Page<DueStep>> {
  requireDevelopmentRead(ctx);
  const subtree = await subtreeOf(ctx, query.orgId);
  const today = todayOf(ctx);
  const { items, total } = await findDueRows(ctx.db, ctx.actor.scope, subtree, addDays(today, query.days), query);
  return {
    items: items.map((row) => ({
      personId: row.id,
      name: row.name,
      orgId: row.orgId,
      orgName: row.orgName,
      stage: row.stage as DevelopmentStage,
      nextDue: toNextDue(row.nextStepCode, row.nextDueOn!, row.nextDueRule, today),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
