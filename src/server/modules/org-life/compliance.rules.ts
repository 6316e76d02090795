import { addMonths } from "../../../shared/dates";
import type { OrgKind } from "../../../shared/domain";
import type { ComplianceStatus, MeetingType, PeriodUnit } from "../../../shared/org-life";
import type { OrgLifeConfig } from "../../config";
import { hasBranchCommittee, requirementsOf, unitsOfType } from "./meeting-frequency.rules";

/**
 * The compliance matrix's semantics (rules.md §2.3, "our proposal") and the members without
 * organizational life (§2.3 last rule, §3.3 `lapsed`, 党章 §9). Pure: the repository only counts
 * signed-off meetings per organization, type and month; every status is decided here.
 */

// ---- Periods ----

/** One matrix period: a month (`2026-11`), a quarter (`2026-Q4`) or a year (`2026`), with its first and last day. */
export interface Period {
  key: string;
  unit: PeriodUnit;
  from: string;
  to: string;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthPeriod = (year: number, month: number): Period => ({
  key: `${year}-${pad2(month)}`,
  unit: "month",
  from: `${year}-${pad2(month)}-01`,
  to: `${year}-${pad2(month)}-${pad2(lastDayOfMonth(year, month))}`,
});
const quarterPeriod = (year: number, quarter: number): Period => ({
  key: `${year}-Q${quarter}`,
  unit: "quarter",
  from: `${year}-${pad2(quarter * 3 - 2)}-01`,
  to: `${year}-${pad2(quarter * 3)}-${pad2(lastDayOfMonth(year, quarter * 3))}`,
});
const yearPeriod = (year: number): Period => ({ key: String(year), unit: "year", from: `${year}-01-01`, to: `${year}-12-31` });

/** The periods of a year in order: 12 months, 4 quarters or the year itself. */
export function periodsOf(unit: PeriodUnit, year: number): Period[] {
  switch (unit) {
    case "month":
      return Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1));
    case "quarter":
      return [1, 2, 3, 4].map((q) => quarterPeriod(year, q));
    case "year":
      return [yearPeriod(year)];
  }
}

/** The period of `unit` that holds the day `date` (YYYY-MM-DD). */
export function periodOf(unit: PeriodUnit, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (unit) {
    case "month":
      return monthPeriod(year, month);
    case "quarter":
      return quarterPeriod(year, Math.ceil(month / 3));
    case "year":
      return yearPeriod(year);
  }
}

/** A period from its key: `2026-11`, `2026-Q4`, `2026`; undefined for anything else. */
export function periodOfKey(key: string): Period | undefined {
  let match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) return monthPeriod(Number(match[1]), Number(match[2]));
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return quarterPeriod(Number(match[1]), Number(match[2]));
  match = /^(\d{4})$/.exec(key);
  return match ? yearPeriod(Number(match[1])) : undefined;
}

const QUARTER_LABELS = ["第一季度", "第二季度", "第三季度", "第四季度"];

/** Short Chinese label of a period: `11月`, `第四季度`, `全年`. */
export function periodLabel(period: Period): string {
  switch (period.unit) {
    case "month":
      return `${Number(period.key.slice(5, 7))}月`;
    case "quarter":
      return QUARTER_LABELS[Number(period.key.slice(6)) - 1]!;
    case "year":
      return "全年";
  }
}

/** Where `today` stands to a period: still ahead, running, or over (its last day is before today). */
export type PeriodState = "not_started" | "open" | "closed";
export function periodState(period: Period, today: string): PeriodState {
  if (period.to < today) return "closed";
  return period.from > today ? "not_started" : "open";
}

/** The periods of a year that are closed on `today` (a period closes the day after its last day). */
export const closedPeriodsOf = (unit: PeriodUnit, year: number, today: string): Period[] =>
  periodsOf(unit, year).filter((p) => periodState(p, today) === "closed");

/** The months (1–12) a period spans, as indexes into a year's month counts (0–11). */
export function monthIndexesOf(period: Period): number[] {
  const first = Number(period.from.slice(5, 7)) - 1;
  const length = period.unit === "month" ? 1 : period.unit === "quarter" ? 3 : 12;
  return Array.from({ length }, (_, i) => first + i);
}

// ---- Whether a period is owed ----

/**
 * When an organization existed: from `establishedOn` (null = long established) to the day before
 * `dissolvedOn` (撤销: the day it was dissolved, in China; null = still exists).
 */
export interface Lifespan {
  establishedOn: string | null;
  dissolvedOn: string | null;
}

/**
 * rules.md §2.3 (UNVERIFIED; config `partialPeriodOwed`): with `false` an organization owes a period
 * only if it existed for the whole of it (set up on or before its first day, not dissolved before its
 * last day is over); with `true` it owes every period it existed in at all, even for one day.
 */
export function owesPeriod(life: Lifespan, period: Period, partialPeriodOwed: boolean): boolean {
  const { establishedOn: est, dissolvedOn: dis } = life;
  if (partialPeriodOwed) return (est === null || est <= period.to) && (dis === null || dis > period.from);
  return (est === null || est <= period.from) && (dis === null || dis > period.to);
}

/**
 * A matrix cell (rules.md §2.3): `none` when not owed; green when the signed-off records reach the
 * required count (whether the period is over or not); else amber while the period is open or has
 * not started, red once it has closed unmet.
 */
export function cellStatus(input: { isOwed: boolean; required: number; done: number; state: PeriodState }): ComplianceStatus {
  if (!input.isOwed || input.required <= 0) return "none";
  if (input.done >= input.required) return "green";
  return input.state === "closed" ? "red" : "amber";
}

// ---- The matrix of one organization ----

/** One column of the matrix: a meeting type in one period, and where today stands to the period. */
export interface MatrixColumn {
  type: MeetingType;
  period: Period;
  state: PeriodState;
  /** The period's first and last month as indexes (0–11) into a year's month counts. */
  firstMonth: number;
  lastMonth: number;
}

/**
 * The columns for `types` in `year`: per type, its periods for every unit some rule owes it by
 * (meeting-frequency.rules `unitsOfType`), months first, then quarters, then the year.
 */
export function matrixColumns(types: readonly MeetingType[], year: number, today: string): MatrixColumn[] {
  return types.flatMap((type) =>
    unitsOfType(type).flatMap((unit) =>
      periodsOf(unit, year).map((period) => {
        const months = monthIndexesOf(period);
        return { type, period, state: periodState(period, today), firstMonth: months[0]!, lastMonth: months.at(-1)! };
      }),
    ),
  );
}

/** What the matrix knows of one organization: kind, lifespan, full members (ORG-05) and its signed-off meetings per type and month. */
export interface OrgFacts extends Lifespan {
  kind: OrgKind;
  fullMembers: number;
  /** Signed-off meetings held in each month of the year (12 counts), per type; missing = none. */
  monthCounts: Partial<Record<MeetingType, readonly number[]>>;
}

export interface Cell {
  status: ComplianceStatus;
  required: number;
  done: number;
}

/** Signed-off meetings in the period, from the year's month counts. */
export const doneIn = (counts: readonly number[] | undefined, period: Period): number =>
  counts ? monthIndexesOf(period).reduce((sum, i) => sum + (counts[i] ?? 0), 0) : 0;

/** Cell statuses as small numbers, for deciding a province's cells without an object per cell. */
export const STATUS_CODES: readonly ComplianceStatus[] = ["none", "green", "amber", "red"];
const NONE = 0;
const GREEN = 1;
const AMBER = 2;
const RED = 3;

/**
 * The columns compiled once per matrix: what each kind owes in each column (cached per kind and
 * ORG-05 branch committee), so deciding an organization's cells is a few comparisons per column.
 */
export interface CompiledMatrix {
  columns: readonly MatrixColumn[];
  config: OrgLifeConfig;
  required: Map<string, Int16Array>;
}

export const compileMatrix = (columns: readonly MatrixColumn[], config: OrgLifeConfig): CompiledMatrix => ({ columns, config, required: new Map() });

/** The count each column requires of an organization of this kind and size (0: not owed by the kind, whatever its lifespan). */
function requiredPerColumn(compiled: CompiledMatrix, kind: OrgKind, fullMembers: number): Int16Array {
  const key = `${kind}:${hasBranchCommittee(fullMembers, compiled.config)}`;
  let required = compiled.required.get(key);
  if (!required) {
    const owed = requirementsOf(kind, fullMembers, compiled.config);
    required = Int16Array.from(compiled.columns, (c) => owed.find((r) => r.type === c.type && r.unit === c.period.unit)?.count ?? 0);
    compiled.required.set(key, required);
  }
  return required;
}

/** Reusable output of decideOrg, one entry per column. */
export interface CellBuffers {
  status: Uint8Array;
  required: Int16Array;
  done: Int16Array;
}
export const cellBuffers = (columns: number): CellBuffers => ({ status: new Uint8Array(columns), required: new Int16Array(columns), done: new Int16Array(columns) });

/**
 * Decides every cell of one organization into `out` (status codes of STATUS_CODES, required, done),
 * the rules of cellStatus and owesPeriod applied per column; answers its green, amber and red counts.
 */
export function decideOrg(org: OrgFacts, compiled: CompiledMatrix, out: CellBuffers): { green: number; amber: number; red: number } {
  const required = requiredPerColumn(compiled, org.kind, org.fullMembers);
  const isAlwaysThere = org.establishedOn === null && org.dissolvedOn === null;
  const partial = compiled.config.partialPeriodOwed;
  const counts = { green: 0, amber: 0, red: 0 };
  const columns = compiled.columns;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const months = org.monthCounts[column.type];
    let done = 0;
    if (months) for (let m = column.firstMonth; m <= column.lastMonth; m++) done += months[m] ?? 0;
    const need = required[i]! > 0 && (isAlwaysThere || owesPeriod(org, column.period, partial)) ? required[i]! : 0;
    let status = NONE;
    if (need > 0) status = done >= need ? GREEN : column.state === "closed" ? RED : AMBER;
    out.status[i] = status;
    out.required[i] = need;
    out.done[i] = done;
    if (status === GREEN) counts.green++;
    else if (status === AMBER) counts.amber++;
    else if (status === RED) counts.red++;
  }
  return counts;
}

/** The cell of each column for one organization, in column order (decideOrg as objects). */
export function orgCells(org: OrgFacts, columns: readonly MatrixColumn[], config: OrgLifeConfig, compiled = compileMatrix(columns, config)): Cell[] {
  const out = cellBuffers(columns.length);
  decideOrg(org, compiled, out);
  return columns.map((_, i) => ({ status: STATUS_CODES[out.status[i]!]!, required: out.required[i]!, done: out.done[i]! }));
}

/** An organization's month counts per type from its meetings' months (1–12). */
export function monthCountsOf(months: readonly number[]): number[] {
  const counts = new Array<number>(12).fill(0);
  for (const month of months) if (month >= 1 && month <= 12) counts[month - 1]!++;
  return counts;
}

/** The month counts from the days as the matrix query returns them, a PostgreSQL array literal: `{2026-01-05,2026-02-05}`. */
export function monthCountsOfDays(days: string): number[] {
  const counts = new Array<number>(12).fill(0);
  // Each day is YYYY-MM-DD, 10 characters, after "{" or ",": its month sits at offsets 5–6.
  for (let at = 1; at + 10 <= days.length; at += 11) {
    const month = (days.charCodeAt(at + 5) - 48) * 10 + (days.charCodeAt(at + 6) - 48);
    if (month >= 1 && month <= 12) counts[month - 1]!++;
  }
  return counts;
}

// ---- Tallies ----

export type StatusCounts = Record<ComplianceStatus, number>;
export const emptyCounts = (): StatusCounts => ({ green: 0, amber: 0, red: 0, none: 0 });

/**
 * The compliance rate: of the owed cells that are decided — met (green) or closed unmet (red) — the
 * share met. Open periods not yet met (amber) are not failures yet, so they are left out; null when
 * nothing is decided.
 */
export const complianceRate = (counts: Pick<StatusCounts, "green" | "red">): number | null =>
  counts.green + counts.red === 0 ? null : counts.green / (counts.green + counts.red);

// ---- Members without organizational life (§2.3, §3.3 lapsed) ----

/**
 * Whole months from `from` to `to`: a month counts once its day of the month is reached (from 30
 * January, 28 February is not yet one month, 1 March is; from 31 January, 31 March is two).
 * `to` ≥ `from`. Equivalent: monthsBetween(from, to) ≥ n ⇔ from ≤ addMonths(to, −n) (noLifeCutoff),
 * so the SQL filter and this count never disagree.
 */
export function monthsBetween(from: string, to: string): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  const isDayReached = Number(to.slice(8, 10)) >= Number(from.slice(8, 10));
  return Math.max(0, isDayReached ? months : months - 1);
}

/** The latest day of last organizational life that makes `months` months by `today`. */
export const noLifeCutoff = (today: string, months: number) => addMonths(today, -months);

export type LastLifeSource = "attendance" | "joined" | "transfer_in";

/**
 * When the member last had organizational life, as far as the system knows: the last meeting they
 * attended (出席) that was signed off. With none recorded, the clock starts when they joined the
 * party or, if later, when their relation was last transferred in (member_events `transfer_in`):
 * before that they could not be expected at this organization's meetings.
 */
export function lastLifeOf(facts: { lastPresentOn: string | null; joinedOn: string; lastTransferInOn: string | null }): { on: string; source: LastLifeSource } {
  if (facts.lastPresentOn) return { on: facts.lastPresentOn, source: "attendance" };
  if (facts.lastTransferInOn && facts.lastTransferInOn > facts.joinedOn) return { on: facts.lastTransferInOn, source: "transfer_in" };
  return { on: facts.joinedOn, source: "joined" };
}

export type NoLifeLevel = "ok" | "warning" | "over_limit";

/**
 * §2.3 / §3.3 (党章 §9): 6 months in a row without organizational life, without good reason, is
 * lapsing (`noLifeLimitMonths`). Officers must act before that, so members are flagged from
 * `noLifeWarnMonths` on (warning), and over the limit from `noLifeLimitMonths`.
 */
export function noLifeLevel(monthsSince: number, config: Pick<OrgLifeConfig, "noLifeWarnMonths" | "noLifeLimitMonths">): NoLifeLevel {
  if (monthsSince >= config.noLifeLimitMonths) return "over_limit";
  return monthsSince >= config.noLifeWarnMonths ? "warning" : "ok";
}

/**
 * Who is left out of the no-life list, and why:
 * - mobile members (流动党员, `is_mobile`): they take part in the life of the host organization with
 *   their 流动党员活动证 (rules.md §5.3), which this system's meetings do not record; their gap here
 *   is no evidence of lapsing, so flagging them would send the officer after the wrong thing.
 * - members who lost contact (失联, `is_lost_contact`): they follow their own procedure, LC-01/LC-02
 *   (§5.4: suspension after 6 months of failed searches, removal 2 years later), not the lapse of
 *   党章 §9, which presumes a member who could attend and did not "without good reason".
 * - members not in active standing (transferring, suspended, gone): not expected at meetings (seam 5).
 */
export const NO_LIFE_EXCLUSIONS = ["is_mobile", "is_lost_contact", "standing <> active"] as const;
