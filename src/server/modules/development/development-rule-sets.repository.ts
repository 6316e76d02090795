import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { RuleSet } from "../../../shared/development-steps";
import type { Executor } from "../../db/client";
import { usersTable } from "../users/users.table";
import { developmentRuleSetPeriodsTable } from "./development.table";

const periods = developmentRuleSetPeriodsTable;
const live = isNull(periods.archivedAt);

export type RuleSetPeriodRow = typeof periods.$inferSelect;

/**
 * The live periods, newest first, with their creator's name. Rule-set periods are global (the
 * regulation is national), so there is no scope: every reader of development data reads them. A
 * handful of rows ever (one per revision of the 细则), so the list needs no paging.
 */
export function findRuleSetPeriodRows(db: Executor) {
  return db
    .select({ period: periods, createdByName: usersTable.displayName })
    .from(periods)
    .leftJoin(usersTable, eq(usersTable.id, periods.createdBy))
    .where(live)
    .orderBy(desc(periods.effectiveFrom));
}

/** Just what ruleSetOn needs. */
export async function findRuleSetPeriodDates(db: Executor): Promise<{ ruleSet: RuleSet; effectiveFrom: string }[]> {
  const rows = await db.select({ ruleSet: periods.ruleSet, effectiveFrom: periods.effectiveFrom }).from(periods).where(live);
  return rows.map((r) => ({ ruleSet: r.ruleSet as RuleSet, effectiveFrom: r.effectiveFrom }));
}

/**
 * Inserts a period unless a live one starts on the same day (the partial unique index decides, so
 * two concurrent inserts cannot both win): undefined when the day is taken.
 */
export async function insertRuleSetPeriodRow(db: Executor, row: typeof periods.$inferInsert): Promise<RuleSetPeriodRow | undefined> {
  const [inserted] = await db
    .insert(periods)
    .values(row)
    .onConflictDoNothing({ target: periods.effectiveFrom, where: sql`${periods.archivedAt} IS NULL` })
    .returning();
  return inserted;
}

/** One live period, locked for the caller's transaction. */
export async function getRuleSetPeriodRowForUpdate(db: Executor, id: string): Promise<RuleSetPeriodRow | undefined> {
  const [row] = await db.select().from(periods).where(and(eq(periods.id, id), live)).for("update");
  return row;
}

export async function archiveRuleSetPeriodRow(db: Executor, id: string): Promise<RuleSetPeriodRow> {
  const [row] = await db
    .update(periods)
    .set({ archivedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(periods.id, id))
    .returning();
  return row!;
}
