import type {
  ArchiveRuleSetPeriod,
  CreateRuleSetPeriod,
  RuleSetSettings,
} from "../../../shared/contracts/development.contract";
import type { RuleSet } from "../../../shared/development-steps";
import { ERROR_CODES } from "../../../shared/error-codes";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { createFieldError, createForbiddenError, createNotFoundError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../members/members.service";
import {
  type RuleSetPeriodRow,
  archiveRuleSetPeriodRow,
  findRuleSetPeriodDates,
  findRuleSetPeriodRows,
  getRuleSetPeriodRowForUpdate,
  insertRuleSetPeriodRow,
} from "./development-rule-sets.repository";
import { ruleSetOn, unverifiedRuleValues } from "./development-rule-sets.rules";
import { createDevelopmentReadForbidden } from "./development.errors";

type RuleSetPeriod = RuleSetSettings["periods"][number];

const createRuleSetManageForbiddenError = () =>
  createForbiddenError("只有系统管理员可以设置发展党员工作细则的版本（须先核对正式文本）");
const createRuleSetPeriodTakenError = () =>
  createFieldError(ERROR_CODES.developmentRuleSetPeriodTaken, 409, "effectiveFrom", "该日期已设有规则版本；如需更改，请先撤销原设置");
const createRuleSetPeriodNotFoundError = () => createNotFoundError(ERROR_CODES.developmentNotFound, "规则版本设置");

/**
 * The rule set in force on any date, for the steps service: the live periods are read once (a
 * handful of rows) and the answer is pure from then on (rules.md §0).
 */
export async function loadRuleSetResolver(db: Executor): Promise<(date: string) => RuleSet> {
  const periods = await findRuleSetPeriodDates(db);
  return (date) => ruleSetOn(periods, date);
}

const toPeriod = (row: RuleSetPeriodRow, createdByName: string | null): RuleSetPeriod => ({
  id: row.id,
  ruleSet: row.ruleSet as RuleSet,
  effectiveFrom: row.effectiveFrom,
  note: row.note,
  createdByName,
  createdAt: row.createdAt.toISOString(),
});

const periodSnapshot = (row: RuleSetPeriodRow) => ({ ruleSet: row.ruleSet, effectiveFrom: row.effectiveFrom, note: row.note });

/** The periods, the rule set in force today and the configured values of the UNVERIFIED rules. */
export async function getRuleSetSettings(ctx: Ctx): Promise<RuleSetSettings> {
  if (!can(ctx.actor, "development.read")) throw createDevelopmentReadForbidden();
  const rows = await findRuleSetPeriodRows(ctx.db);
  const periods = rows.map((r) => toPeriod(r.period, r.createdByName));
  return {
    periods,
    current: ruleSetOn(periods, todayOf(ctx)),
    config: unverifiedRuleValues(ctx.config.development),
    canManage: can(ctx.actor, "development.manage_rule_sets"),
  };
}

/** From `effectiveFrom` on, `ruleSet` judges new steps; steps already recorded keep the rule set they were checked by. */
export async function createRuleSetPeriod(ctx: Ctx, input: CreateRuleSetPeriod): Promise<RuleSetPeriod> {
  if (!can(ctx.actor, "development.manage_rule_sets")) throw createRuleSetManageForbiddenError();
  return ctx.db.transaction(async (tx) => {
    const row = await insertRuleSetPeriodRow(tx, {
      ruleSet: input.ruleSet,
      effectiveFrom: input.effectiveFrom,
      note: input.note,
      createdBy: userIdOf(ctx),
    });
    if (!row) throw createRuleSetPeriodTakenError();
    await recordAudit(tx, ctx, {
      action: "development.rule_set_period.create",
      entityType: "development_rule_set_period",
      entityId: row.id,
      after: periodSnapshot(row),
    });
    return toPeriod(row, ctx.actor.displayName);
  });
}

/** Retracts a period entered by mistake: archived, never deleted; the reason is kept in the audit log. */
export async function archiveRuleSetPeriod(ctx: Ctx, id: string, input: ArchiveRuleSetPeriod): Promise<RuleSetSettings> {
  if (!can(ctx.actor, "development.manage_rule_sets")) throw createRuleSetManageForbiddenError();
  await ctx.db.transaction(async (tx) => {
    const before = await getRuleSetPeriodRowForUpdate(tx, id);
    if (!before) throw createRuleSetPeriodNotFoundError();
    await archiveRuleSetPeriodRow(tx, id);
    await recordAudit(tx, ctx, {
      action: "development.rule_set_period.archive",
      entityType: "development_rule_set_period",
      entityId: id,
      before: periodSnapshot(before),
      after: { ...periodSnapshot(before), archived: true, reason: input.reason },
    });
  });
  return getRuleSetSettings(ctx);
}
