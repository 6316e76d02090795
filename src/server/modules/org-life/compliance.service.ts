import type {
  AttendancePage,
  AttendanceQuery,
  Matrix,
  MatrixColumnGroup,
  MatrixQuery,
  MatrixRow,
  MatrixSummary,
  NoLifeMember,
  NoLifePage,
  NoLifeQuery,
} from "../../../shared/contracts/compliance.contract";
import type { OfficerPost, OrgKind } from "../../../shared/domain";
import { MEETING_TYPE_LABELS, type MeetingType } from "../../../shared/org-life";
import type { Ctx } from "../../http/context";
import { createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { todayOf } from "../members/members.service";
import type { OrgRow } from "../organizations/organizations.repository";
import { requireOrgInScope } from "../organizations/organizations.service";
import {
  type MatrixOrgRow,
  type NoLifeRow,
  countFullMembersByBranch,
  countNoLifeExclusions,
  findAttendanceRows,
  findMatrixOrgRows,
  findNoLife,
  findMeetingMonthRows,
} from "./compliance.repository";
import {
  type CompiledMatrix,
  type MatrixColumn,
  type OrgFacts,
  type StatusCounts,
  cellBuffers,
  compileMatrix,
  complianceRate,
  decideOrg,
  lastLifeOf,
  matrixColumns,
  monthCountsOfDays,
  monthsBetween,
  noLifeCutoff,
  noLifeLevel,
  orgCells,
  periodLabel,
} from "./compliance.rules";
import { BRANCH_KINDS, OWED_TYPES, describeFrequencyRules } from "./meeting-frequency.rules";

export const createComplianceReadForbidden = () => createForbiddenError("只有系统管理员、党委管理员和支部工作人员可以查看组织生活落实情况");

/** compliance.read, and the organization in scope (404 otherwise, dissolved ones included as missing). */
export async function requireComplianceOrg(ctx: Ctx, orgId: string, permission: "compliance.read" | "compliance.export" = "compliance.read"): Promise<OrgRow> {
  if (!can(ctx.actor, permission)) throw createComplianceReadForbidden();
  return requireOrgInScope(ctx.db, ctx.actor.scope, orgId);
}

/** The requested types in the rules' order; every owed type when none is named (study sessions never). */
export const typesOf = (requested: readonly MeetingType[] | undefined): MeetingType[] =>
  requested && requested.length > 0 ? OWED_TYPES.filter((type) => requested.includes(type)) : [...OWED_TYPES];

/** One organization of the matrix that owes something, with its facts and counts; its cells are decided again for a page. */
export interface EvaluatedOrg {
  org: MatrixOrgRow;
  facts: OrgFacts;
  counts: Pick<StatusCounts, "green" | "amber" | "red">;
}

export interface EvaluatedMatrix {
  org: OrgRow;
  year: number;
  today: string;
  columns: MatrixColumn[];
  compiled: CompiledMatrix;
  /** Only the organizations that owe something in the year, in code order. */
  orgs: EvaluatedOrg[];
  summary: MatrixSummary;
}

const NO_MONTHS: Partial<Record<MeetingType, readonly number[]>> = {};

/**
 * The whole matrix of a subtree in three statements run side by side — the owing organizations, ONE
 * aggregate of signed-off meetings per organization and type, ONE count of full members per branch
 * (ORG-05) — then every cell decided in memory by the pure rules (compiled once, into reused
 * buffers: no object per cell) and tallied by type, by status and by month. No statement per
 * organization, no walk of the tree.
 */
export async function evaluateMatrix(ctx: Ctx, org: OrgRow, year: number, types: MeetingType[]): Promise<EvaluatedMatrix> {
  const today = todayOf(ctx);
  const columns = matrixColumns(types, year, today);
  const [orgRows, monthRows, fullMembers] = await Promise.all([
    findMatrixOrgRows(ctx.db, org.path, year),
    findMeetingMonthRows(ctx.db, org.path, year, types),
    countFullMembersByBranch(ctx.db, org.path),
  ]);
  const counts = new Map<string, Partial<Record<MeetingType, readonly number[]>>>();
  for (const row of monthRows) {
    let byType = counts.get(row.org_id);
    if (!byType) counts.set(row.org_id, (byType = {}));
    byType[row.type as MeetingType] = monthCountsOfDays(row.days);
  }

  const compiled = compileMatrix(columns, ctx.config.orgLife);
  // Tallies as flat counters, [index × 4 + status code] (STATUS_CODES: 1 green, 2 amber, 3 red): a
  // province's cells are counted without a property lookup each.
  const typeIndex = Int32Array.from(columns, (c) => types.indexOf(c.type));
  const monthKeys = [...new Set(columns.filter((c) => c.period.unit === "month").map((c) => c.period.key))];
  const monthKeyIndex = Int32Array.from(columns, (c) => (c.period.unit === "month" ? monthKeys.indexOf(c.period.key) : -1));
  const byType = new Int32Array(types.length * 4);
  const byMonth = new Int32Array(monthKeys.length * 4);
  const out = cellBuffers(columns.length);
  const evaluated: EvaluatedOrg[] = [];
  for (const row of orgRows) {
    const kind = row.kind as OrgKind;
    const facts: OrgFacts = {
      kind,
      establishedOn: row.established_on,
      dissolvedOn: row.dissolved_on,
      fullMembers: BRANCH_KINDS.includes(kind) ? (fullMembers.get(row.id) ?? 0) : 0,
      monthCounts: counts.get(row.id) ?? NO_MONTHS,
    };
    const own = decideOrg(facts, compiled, out);
    if (own.green + own.amber + own.red === 0) continue;
    const status = out.status;
    for (let i = 0; i < status.length; i++) {
      const code = status[i]!;
      if (code === 0) continue;
      byType[typeIndex[i]! * 4 + code]!++;
      if (monthKeyIndex[i]! >= 0) byMonth[monthKeyIndex[i]! * 4 + code]!++;
    }
    evaluated.push({ org: row, facts, counts: own });
  }

  const tally = (counters: Int32Array, index: number) => {
    const c = { green: counters[index * 4 + 1]!, amber: counters[index * 4 + 2]!, red: counters[index * 4 + 3]! };
    return { ...c, rate: complianceRate(c) };
  };
  const byTypeCounts = types.map((type, i) => ({ type, ...tally(byType, i) }));
  const overall = { green: 0, amber: 0, red: 0 };
  for (const c of byTypeCounts) for (const k of ["green", "amber", "red"] as const) overall[k] += c[k];
  return {
    org,
    year,
    today,
    columns,
    compiled,
    orgs: evaluated,
    summary: {
      orgs: evaluated.length,
      byType: byTypeCounts,
      overall: { ...overall, rate: complianceRate(overall) },
      monthly: monthKeys.map((period, i) => ({ period, ...tally(byMonth, i) })),
    },
  };
}

/** The column groups as the contract lists them: per type, its periods in column order. */
export function columnGroupsOf(columns: readonly MatrixColumn[]): MatrixColumnGroup[] {
  const groups: MatrixColumnGroup[] = [];
  for (const column of columns) {
    let group = groups.at(-1);
    if (group?.type !== column.type) groups.push((group = { type: column.type, label: MEETING_TYPE_LABELS[column.type], periods: [] }));
    group.periods.push({ ...column.period, label: periodLabel(column.period), state: column.state });
  }
  return groups;
}

/** A row of the page: the organization's cells decided again, as objects, with their column's type and period key. */
export function toMatrixRow(e: EvaluatedOrg, matrix: Pick<EvaluatedMatrix, "columns" | "compiled">, rootDepth: number): MatrixRow {
  const { columns } = matrix;
  return {
    orgId: e.org.id,
    code: e.org.code,
    name: e.org.name,
    kind: e.org.kind as OrgKind,
    depth: e.org.depth - rootDepth,
    establishedOn: e.org.established_on,
    dissolvedOn: e.facts.dissolvedOn,
    fullMembers: BRANCH_KINDS.includes(e.facts.kind) ? e.facts.fullMembers : null,
    cells: orgCells(e.facts, columns, matrix.compiled.config, matrix.compiled).map((cell, i) => ({ type: columns[i]!.type, period: columns[i]!.period.key, ...cell })),
    counts: e.counts,
  };
}

/** GET /api/compliance/matrix: a page of the subtree's owing organizations with their cells, and the whole subtree's summary. */
export async function getMatrix(ctx: Ctx, query: MatrixQuery): Promise<Matrix> {
  const org = await requireComplianceOrg(ctx, query.orgId);
  const matrix = await evaluateMatrix(ctx, org, query.year, typesOf(query.types));
  const start = (query.page - 1) * query.pageSize;
  return {
    org: { id: org.id, name: org.name, kind: org.kind as OrgKind },
    year: query.year,
    today: matrix.today,
    partialPeriodOwed: ctx.config.orgLife.partialPeriodOwed,
    columns: columnGroupsOf(matrix.columns),
    rows: matrix.orgs.slice(start, start + query.pageSize).map((e) => toMatrixRow(e, matrix, org.depth)),
    total: matrix.orgs.length,
    page: query.page,
    pageSize: query.pageSize,
    summary: matrix.summary,
    rules: describeFrequencyRules(ctx.config.orgLife),
  };
}

const yearWindow = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** GET /api/compliance/attendance: each member's attendance at the subtree's signed-off meetings of the year. */
export async function getAttendanceRates(ctx: Ctx, query: AttendanceQuery): Promise<AttendancePage> {
  const org = await requireComplianceOrg(ctx, query.orgId);
  const { items, summary } = await findAttendanceRows(ctx.db, org.path, yearWindow(query.year), query);
  return {
    items: items.map((r) => ({ ...r, status: r.status as "full" | "probationary", rate: r.rate === null ? null : Number(r.rate) })),
    total: summary.members,
    page: query.page,
    pageSize: query.pageSize,
    summary: {
      ...summary,
      averageRate: summary.averageRate === null ? null : Number(summary.averageRate),
      pooledRate: summary.expected > 0 ? summary.present / summary.expected : null,
    },
  };
}

export const noLifeCutoffs = (ctx: Ctx, today: string) => ({
  warn: noLifeCutoff(today, ctx.config.orgLife.noLifeWarnMonths),
  limit: noLifeCutoff(today, ctx.config.orgLife.noLifeLimitMonths),
});

export function toNoLifeMember(ctx: Ctx, row: NoLifeRow, today: string): NoLifeMember {
  const last = lastLifeOf({ lastPresentOn: row.last_present_on, joinedOn: row.joined_on, lastTransferInOn: row.last_transfer_in_on });
  const monthsSince = monthsBetween(last.on, today);
  const level = noLifeLevel(monthsSince, ctx.config.orgLife);
  return {
    memberId: row.id,
    name: row.name,
    status: row.status as "full" | "probationary",
    orgId: row.org_id,
    orgName: row.org_name,
    branchId: row.branch_id,
    branchName: row.branch_name,
    lastLifeOn: last.on,
    lastLifeSource: last.source,
    monthsSince,
    // The SQL bound and the rule agree (compliance.rules monthsBetween), so nothing here is "ok".
    level: level === "ok" ? "warning" : level,
    officer: row.officer_name ? { name: row.officer_name, post: (row.officer_post ?? "secretary") as OfficerPost } : null,
  };
}

/**
 * GET /api/compliance/no-life: members of the subtree without organizational life for
 * `noLifeWarnMonths` or more (§2.3, §3.3 lapsed at `noLifeLimitMonths`), the longest first, each
 * with their branch's secretary to act; `level` narrows to warnings or to those over the limit.
 */
export async function getNoLifeMembers(ctx: Ctx, query: NoLifeQuery): Promise<NoLifePage> {
  const org = await requireComplianceOrg(ctx, query.orgId);
  const today = todayOf(ctx);
  const cutoffs = noLifeCutoffs(ctx, today);
  const bounds = query.level === "over_limit" ? { until: cutoffs.limit } : query.level === "warning" ? { until: cutoffs.warn, after: cutoffs.limit } : { until: cutoffs.warn };
  const [found, excluded] = await Promise.all([findNoLife(ctx.db, org.path, cutoffs, bounds, query), countNoLifeExclusions(ctx.db, org.path)]);
  return {
    items: found.items.map((row) => toNoLifeMember(ctx, row, today)),
    total: found.total,
    page: query.page,
    pageSize: query.pageSize,
    summary: {
      warning: found.warning,
      overLimit: found.overLimit,
      ...excluded,
      warnMonths: ctx.config.orgLife.noLifeWarnMonths,
      limitMonths: ctx.config.orgLife.noLifeLimitMonths,
    },
  };
}
