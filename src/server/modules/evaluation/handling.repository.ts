import { type SQL, and, asc, count, desc, eq, inArray, isNull, like, lte, sql } from "drizzle-orm";
import type { FindHandlingCasesQuery } from "../../../shared/contracts/handling.contract";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { memberEventsTable, membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { evaluationCampaignsTable, evaluationEntriesTable, handlingCasesTable as cases, handlingStepsTable as steps } from "./evaluation.table";

export type HandlingCaseRow = typeof cases.$inferSelect;
export type HandlingStepRow = typeof steps.$inferSelect;
export type NewHandlingCaseRow = typeof cases.$inferInsert;
export type NewHandlingStepRow = typeof steps.$inferInsert;

/** The date of a case's latest step (index handling_steps_case_idx). */
const lastStepDate = sql`(SELECT max(${steps.occurredOn}) FROM ${steps} WHERE ${steps.caseId} = ${cases.id})`;
/** The same as YYYY-MM-DD text: raw SQL dates would come back as Date objects on one driver and strings on the other. */
const lastStepOn = sql<string | null>`(${lastStepDate})::text`;

/**
 * Awaiting the committee (handling.rules.ts pendingDecision, in SQL): a 劝退/除名 case whose latest
 * decisive step is the general meeting's passed decision on its current method.
 */
const awaitingApproval = sql<boolean>`(${cases.status} = 'open' AND ${cases.method} IS NOT NULL AND ${cases.method} IN ('persuade_to_leave', 'remove') AND coalesce((
  SELECT s.kind || ':' || coalesce(s.decision, '') || ':' || coalesce(s.facts->>'method', '')
  FROM ${steps} s
  WHERE s.case_id = ${cases.id}
    AND (s.kind IN ('meeting_decision', 'committee_approval') OR (s.kind = 'follow_up' AND s.decision IN ('not_improved', 'refused')))
  ORDER BY s.created_at DESC, s.occurred_on DESC
  LIMIT 1
), '') = 'meeting_decision:passed:' || ${cases.method})`;

/** handling.rules.ts overdueReasons, in SQL: a 限期改正 past its deadline, or no step since the cutoff. */
export interface OverdueDates {
  today: string;
  /** today − HANDLING_IDLE_DAYS. */
  idleCutoff: string;
}
const isOverdue = (d: OverdueDates) =>
  // coalesce: a null method or deadline must read as "not overdue", so that NOT (…) lists those cases too.
  sql<boolean>`coalesce(${cases.status} = 'open' AND ((${cases.method} = 'rectify_by_deadline' AND ${cases.deadlineOn} < ${d.today})
    OR greatest(${cases.decidedOn}, coalesce(${lastStepDate}, ${cases.decidedOn})) < ${d.idleCutoff}), false)`;

const caseColumns = {
  handlingCase: cases,
  memberName: membersTable.name,
  orgName: orgsTable.name,
  orgPath: orgsTable.path,
  lastStepOn,
  awaitingApproval,
  campaignId: evaluationCampaignsTable.id,
  campaignTitle: evaluationCampaignsTable.title,
  campaignYear: evaluationCampaignsTable.year,
};

const caseViewQuery = (db: Executor) =>
  db
    .select(caseColumns)
    .from(cases)
    .innerJoin(membersTable, eq(membersTable.id, cases.memberId))
    .innerJoin(orgsTable, eq(orgsTable.id, cases.orgId))
    .leftJoin(evaluationEntriesTable, eq(evaluationEntriesTable.id, cases.entryId))
    .leftJoin(evaluationCampaignsTable, eq(evaluationCampaignsTable.id, evaluationEntriesTable.campaignId));

export type HandlingCaseView = NonNullable<Awaited<ReturnType<typeof getCaseView>>>;

/** One case in scope, with its names (out of scope looks exactly like missing). */
export async function getCaseView(db: Executor, scope: Scope, id: string) {
  const [row] = await caseViewQuery(db).where(and(eq(cases.id, id), orgInScope(scope, cases.orgId)));
  return row;
}

/** The case row, locked for a step (scope checked by the caller through getCaseView first). */
export async function lockCaseRow(db: Executor, scope: Scope, id: string): Promise<HandlingCaseRow | undefined> {
  const [row] = await db.select().from(cases).where(and(eq(cases.id, id), orgInScope(scope, cases.orgId))).for("update");
  return row;
}

function casesWhere(scope: Scope, query: FindHandlingCasesQuery, d: OverdueDates, subtreePath?: string): SQL | undefined {
  const q = query.q?.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return and(
    orgInScope(scope, cases.orgId),
    subtreePath ? like(orgsTable.path, pathPrefix(subtreePath)) : undefined,
    query.status ? eq(cases.status, query.status) : undefined,
    query.method ? eq(cases.method, query.method) : undefined,
    query.overdue === true ? isOverdue(d) : query.overdue === false ? sql`NOT ${isOverdue(d)}` : undefined,
    query.awaitingApproval === true ? awaitingApproval : undefined,
    q ? like(membersTable.name, `%${q}%`) : undefined,
  );
}

/** A page of cases: open ones first, overdue first among them, then the nearest deadline, then the oldest. */
export async function findCaseRows(db: Executor, scope: Scope, query: FindHandlingCasesQuery, d: OverdueDates, subtreePath?: string) {
  const where = casesWhere(scope, query, d, subtreePath);
  const items = await caseViewQuery(db)
    .where(where)
    .orderBy(
      sql`CASE WHEN ${cases.status} = 'open' THEN 0 ELSE 1 END`,
      sql`CASE WHEN ${isOverdue(d)} THEN 0 ELSE 1 END`,
      sql`${cases.deadlineOn} ASC NULLS LAST`,
      asc(cases.decidedOn),
      asc(cases.id),
    )
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db
    .select({ total: count() })
    .from(cases)
    .innerJoin(membersTable, eq(membersTable.id, cases.memberId))
    .innerJoin(orgsTable, eq(orgsTable.id, cases.orgId))
    .where(where);
  return { items, total: total?.total ?? 0 };
}

/** Open, overdue and awaiting-approval counts over the scope (or a subtree), whatever the list's filters. */
export async function countCases(db: Executor, scope: Scope, d: OverdueDates, subtreePath?: string) {
  const [row] = await db
    .select({
      open: sql<number>`count(*) FILTER (WHERE ${cases.status} = 'open')`.mapWith(Number),
      overdue: sql<number>`count(*) FILTER (WHERE ${isOverdue(d)})`.mapWith(Number),
      awaitingApproval: sql<number>`count(*) FILTER (WHERE ${awaitingApproval})`.mapWith(Number),
    })
    .from(cases)
    .innerJoin(orgsTable, eq(orgsTable.id, cases.orgId))
    .where(and(orgInScope(scope, cases.orgId), subtreePath ? like(orgsTable.path, pathPrefix(subtreePath)) : undefined));
  return { open: row?.open ?? 0, overdue: row?.overdue ?? 0, awaitingApproval: row?.awaitingApproval ?? 0 };
}

export async function insertHandlingCaseRows(db: Executor, rows: NewHandlingCaseRow[]): Promise<HandlingCaseRow[]> {
  if (rows.length === 0) return [];
  return db.insert(cases).values(rows).returning();
}

export async function updateCaseRow(db: Executor, id: string, patch: Partial<NewHandlingCaseRow>): Promise<HandlingCaseRow> {
  const [updated] = await db.update(cases).set({ ...patch, updatedAt: new Date() }).where(eq(cases.id, id)).returning();
  return updated!;
}

export async function insertStepRow(db: Executor, row: NewHandlingStepRow): Promise<HandlingStepRow> {
  const [created] = await db.insert(steps).values(row).returning();
  return created!;
}

/** A case's steps in the order recorded, with the names the timeline shows. */
export async function findStepRows(db: Executor, caseId: string) {
  return db
    .select({ step: steps, orgName: orgsTable.name, recordedByName: usersTable.displayName })
    .from(steps)
    .innerJoin(orgsTable, eq(orgsTable.id, steps.orgId))
    .leftJoin(usersTable, eq(usersTable.id, steps.recordedBy))
    .where(eq(steps.caseId, caseId))
    .orderBy(asc(steps.createdAt), asc(steps.occurredOn), asc(steps.id));
}

/** Whether the member has an open case (one at a time when the branch opens one, HANDLE-10). */
export async function hasOpenCase(db: Executor, memberId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.memberId, memberId), eq(cases.status, "open")))
    .limit(1);
  return row !== undefined;
}

/** Members (of those given) with an open case whose method is 限期改正 (DEV-09 introducers). */
export async function findOpenRectificationMemberIds(db: Executor, memberIds: readonly string[]): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ memberId: cases.memberId })
    .from(cases)
    .where(and(inArray(cases.memberId, [...memberIds]), eq(cases.status, "open"), eq(cases.method, "rectify_by_deadline")));
  return rows.map((r) => r.memberId);
}

export async function getOrgRef(db: Executor, id: string) {
  const [row] = await db
    .select({ id: orgsTable.id, name: orgsTable.name, kind: orgsTable.kind, path: orgsTable.path, parentId: orgsTable.parentId })
    .from(orgsTable)
    .where(eq(orgsTable.id, id));
  return row;
}


/**
 * 应到会有表决权的正式党员 of a branch (and its party groups) on a day: full members since on or before
 * it, in good standing (rules.md §1.5: probationary members never vote).
 */
export async function countEntitledVoters(db: Executor, branchPath: string, on: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(
      and(
        like(orgsTable.path, pathPrefix(branchPath)),
        isNull(membersTable.archivedAt),
        eq(membersTable.status, "full"),
        eq(membersTable.standing, "active"),
        lte(membersTable.fullMemberOn, on),
      ),
    );
  return row?.n ?? 0;
}

export async function getExitEvent(db: Executor, id: string) {
  const [row] = await db
    .select({ id: memberEventsTable.id, occurredOn: memberEventsTable.occurredOn, details: memberEventsTable.details })
    .from(memberEventsTable)
    .where(eq(memberEventsTable.id, id));
  return row;
}
