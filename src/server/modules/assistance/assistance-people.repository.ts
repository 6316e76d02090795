import { type SQL, type SQLWrapper, and, eq, isNull, like, sql } from "drizzle-orm";
import type { CareRecipientKind } from "../../../shared/care";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { type SeniorRule, reachedYearsBy } from "../members/members.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { careRecipientsTable as recipients } from "./assistance.table";
import { MEMBER_KINDS, PERSON_KINDS, isMemberKind } from "./assistance.rules";

// The people cared for (帮扶对象): members of the roster found by their flags and the senior rule,
// joined with the people recorded in care_recipients — one UNION ALL, scoped and paged in SQL. The
// subtree is one indexed prefix match on orgs.path; last visit and visits this year are index
// lookups on care_visits (member_id | recipient_id, visited_on) per row of the page.

export type RecipientRow = typeof recipients.$inferSelect;
export type NewRecipientRow = typeof recipients.$inferInsert;

/** Raw rows of a statement: dates come back as text on both drivers (db/client). */
export const rowsOf = async <T>(db: Executor, query: SQLWrapper) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** 老党员 by the senior rule (config), as date bounds on indexed columns: the members list's own arithmetic. */
export const seniorCondition = (rule: SeniorRule, today: string): SQL =>
  sql`coalesce(${membersTable.birthDate} <= ${reachedYearsBy(rule.minAge, today)} OR ${membersTable.fullMemberOn} <= ${reachedYearsBy(rule.minPartyAge, today)}, false)`;

/** The members with a live record of one of `kinds`: one hashed subplan over the live records, not a probe per member. */
const recordedMembers = (kinds: readonly string[]) =>
  sql`${membersTable.id} IN (SELECT rr.member_id FROM care_recipients rr WHERE rr.kind IN (${list(kinds)}) AND rr.member_id IS NOT NULL AND rr.ended_on IS NULL AND rr.archived_at IS NULL)`;

/** Member persons: struggling (roster flag or record), senior (rule or record), long ill (record). */
export const memberKindConditions = (rule: SeniorRule, today: string) => ({
  struggling_member: sql`(${membersTable.isStruggling} OR ${recordedMembers(["struggling_member"])})`,
  senior_member: sql`(${seniorCondition(rule, today)} OR ${recordedMembers(["senior_member"])})`,
  long_ill_member: recordedMembers(["long_ill_member"]),
});
const anyMemberKind = (rule: SeniorRule, today: string) => sql`(${membersTable.isStruggling} OR ${seniorCondition(rule, today)} OR ${recordedMembers(MEMBER_KINDS)})`;

/** Any live visit of a person (by member or by record) in [from, to]: an index range on care_visits. */
const visitBy = (column: "member_id" | "recipient_id", id: SQL, from: string, to: string) =>
  sql`EXISTS (SELECT 1 FROM care_visits v WHERE v.${sql.raw(column)} = ${id} AND v.archived_at IS NULL AND v.visited_on >= ${from} AND v.visited_on <= ${to})`;

export interface PeopleFilters {
  subtreePath?: string;
  kind?: CareRecipientKind;
  q?: string;
  notVisitedThisYear?: boolean;
  status: "active" | "ended";
}

export interface PeopleContext {
  today: string;
  senior: SeniorRule;
}

export interface PersonRow {
  subject: "member" | "recipient";
  member_id: string | null;
  recipient_id: string | null;
  org_id: string;
  org_name: string;
  name: string;
  birth_date: string | null;
  relation: string | null;
  is_struggling: boolean;
  is_senior: boolean;
  is_long_ill: boolean;
  recipient_kind: string | null;
  recipients: string;
  started_on: string | null;
  ended_on: string | null;
  last_visit_on: string | null;
  visits_this_year: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// Each part selects only what sorting and paging need (and the roster's own flags); what costs a
// lookup per person — the records behind a member, the last visit, this year's visits — is computed
// by the outer query for the page's rows only. `visit_member_id` / `visit_recipient_id` name whose
// visits are the person's: the member's, or (families, masses) the record's.

/** The member part: active members of the scope who are struggling, senior, or recorded as cared for. */
function memberPart(scope: Scope, f: PeopleFilters, c: PeopleContext, yearFrom: string): SQL | null {
  if (f.status === "ended" || (f.kind && !isMemberKind(f.kind))) return null;
  const kinds = memberKindConditions(c.senior, c.today);
  const where = and(
    isNull(membersTable.archivedAt),
    eq(membersTable.standing, "active"),
    orgInScope(scope, membersTable.orgId),
    f.subtreePath ? like(orgsTable.path, pathPrefix(f.subtreePath)) : undefined,
    f.q ? like(membersTable.name, `%${escapeLike(f.q)}%`) : undefined,
    f.kind ? kinds[f.kind as keyof typeof kinds] : anyMemberKind(c.senior, c.today),
    f.notVisitedThisYear ? sql`NOT ${visitBy("member_id", sql`${membersTable.id}`, yearFrom, c.today)}` : undefined,
  );
  return sql`SELECT 'member' AS subject, ${membersTable.id} AS member_id, NULL::uuid AS recipient_id, ${membersTable.orgId} AS org_id,
      ${orgsTable.name} AS org_name, ${orgsTable.code} AS org_code, ${membersTable.name} AS name, ${membersTable.birthDate} AS birth_date,
      NULL::text AS relation, ${membersTable.isStruggling} AS flagged_struggling, ${seniorCondition(c.senior, c.today)} AS by_rule_senior,
      NULL::text AS recipient_kind, NULL::date AS started_on, NULL::date AS ended_on,
      ${membersTable.id} AS visit_member_id, NULL::uuid AS visit_recipient_id
    FROM ${membersTable} INNER JOIN ${orgsTable} ON ${orgsTable.id} = ${membersTable.orgId}
    WHERE ${where}`;
}

/** The recorded part: families and masses cared for now, or (status ended) every ended record. */
function recipientPart(scope: Scope, f: PeopleFilters, c: PeopleContext, yearFrom: string): SQL | null {
  if (f.status === "active" && f.kind && isMemberKind(f.kind)) return null;
  const r = recipients;
  // An ended member-kind record: the member's visits; any other: the record's own.
  const byMember = sql`${r.kind} IN (${list(MEMBER_KINDS)})`;
  const visited = sql`CASE WHEN ${byMember} THEN ${visitBy("member_id", sql`${r.memberId}`, yearFrom, c.today)} ELSE ${visitBy("recipient_id", sql`${r.id}`, yearFrom, c.today)} END`;
  const where = and(
    isNull(r.archivedAt),
    orgInScope(scope, r.orgId),
    f.status === "active" ? and(sql`${r.kind} IN (${list(PERSON_KINDS)})`, isNull(r.endedOn)) : sql`${r.endedOn} IS NOT NULL`,
    f.kind ? eq(r.kind, f.kind) : undefined,
    f.subtreePath ? like(orgsTable.path, pathPrefix(f.subtreePath)) : undefined,
    f.q ? like(r.personName, `%${escapeLike(f.q)}%`) : undefined,
    f.notVisitedThisYear ? sql`NOT ${visited}` : undefined,
  );
  return sql`SELECT 'recipient' AS subject, ${r.memberId} AS member_id, ${r.id} AS recipient_id, ${r.orgId} AS org_id,
      ${orgsTable.name} AS org_name, ${orgsTable.code} AS org_code, ${r.personName} AS name, NULL::date AS birth_date,
      ${r.relation} AS relation, false AS flagged_struggling, false AS by_rule_senior,
      ${r.kind} AS recipient_kind, ${r.startedOn} AS started_on, ${r.endedOn} AS ended_on,
      CASE WHEN ${byMember} THEN ${r.memberId} END AS visit_member_id, CASE WHEN ${byMember} THEN NULL ELSE ${r.id} END AS visit_recipient_id
    FROM ${r} INNER JOIN ${orgsTable} ON ${orgsTable.id} = ${r.orgId}
    WHERE ${where}`;
}

/** The live records of `kind` of the page row's member. */
const pageRecorded = (kind: string) =>
  sql`EXISTS (SELECT 1 FROM care_recipients rr WHERE rr.member_id = p.member_id AND rr.kind = ${kind} AND rr.ended_on IS NULL AND rr.archived_at IS NULL)`;
/** One page row's visits: the member's or the record's, each an index range (member_id | recipient_id, visited_on). */
const pageVisits = (what: string, extra: SQL = sql``) =>
  sql`CASE WHEN p.visit_member_id IS NOT NULL
      THEN (SELECT ${sql.raw(what)} FROM care_visits v WHERE v.member_id = p.visit_member_id AND v.archived_at IS NULL ${extra})
      ELSE (SELECT ${sql.raw(what)} FROM care_visits v WHERE v.recipient_id = p.visit_recipient_id AND v.archived_at IS NULL ${extra}) END`;

/** A page of the people cared for, by organization (its code: a branch before its groups) then name, and the total. */
export async function findPeopleRows(db: Executor, scope: Scope, f: PeopleFilters, c: PeopleContext, page: { page: number; pageSize: number }) {
  const thisYear = c.today.slice(0, 4);
  const yearFrom = `${thisYear}-01-01`;
  const parts = [memberPart(scope, f, c, yearFrom), recipientPart(scope, f, c, yearFrom)].filter((p): p is SQL => p !== null);
  const union = sql.join(parts, sql` UNION ALL `);
  const isMember = sql`p.subject = 'member'`;
  const [items, [total]] = await Promise.all([
    rowsOf<PersonRow>(
      db,
      sql`SELECT p.subject, p.member_id, p.recipient_id, p.org_id, p.org_name, p.name, p.birth_date, p.relation, p.recipient_kind, p.started_on, p.ended_on,
          (${isMember} AND (p.flagged_struggling OR ${pageRecorded("struggling_member")})) AS is_struggling,
          (${isMember} AND (p.by_rule_senior OR ${pageRecorded("senior_member")})) AS is_senior,
          (${isMember} AND ${pageRecorded("long_ill_member")}) AS is_long_ill,
          CASE WHEN ${isMember}
            THEN (SELECT coalesce(json_agg(json_build_object('id', rr.id, 'kind', rr.kind) ORDER BY rr.kind)::text, '[]') FROM care_recipients rr
              WHERE rr.member_id = p.member_id AND rr.kind IN (${list(MEMBER_KINDS)}) AND rr.ended_on IS NULL AND rr.archived_at IS NULL)
            WHEN p.ended_on IS NULL THEN json_build_array(json_build_object('id', p.recipient_id, 'kind', p.recipient_kind))::text
            ELSE '[]' END AS recipients,
          ${pageVisits("max(v.visited_on)")} AS last_visit_on,
          ${pageVisits("count(*)::int", sql`AND v.visited_on >= ${yearFrom} AND v.visited_on <= ${`${thisYear}-12-31`}`)} AS visits_this_year
        FROM (SELECT * FROM (${union}) u ORDER BY u.org_code, u.name, u.subject, u.member_id NULLS LAST, u.recipient_id NULLS LAST
          LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}) p
        ORDER BY p.org_code, p.name, p.subject, p.member_id NULLS LAST, p.recipient_id NULLS LAST`,
    ),
    rowsOf<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM (${union}) p`),
  ]);
  return { items, total: total?.total ?? 0 };
}

// ─── One member or record ───────────────────────────────────────────────────────────────────────

/** A member of the roster in scope (any standing; the rules decide), with their organization. `forUpdate` serializes AID-03. */
export async function findMemberInScope(db: Executor, scope: Scope, memberId: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ id: membersTable.id, name: membersTable.name, orgId: membersTable.orgId, standing: membersTable.standing, orgPath: orgsTable.path, orgName: orgsTable.name })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(eq(membersTable.id, memberId), isNull(membersTable.archivedAt), orgInScope(scope, membersTable.orgId)));
  const [row] = options.forUpdate ? await query.for("update", { of: membersTable }) : await query;
  return row;
}
export type MemberInScope = NonNullable<Awaited<ReturnType<typeof findMemberInScope>>>;

/** A live member-kind record of this member and kind (AID-03). */
export async function findLiveRecordOf(db: Executor, memberId: string, kind: string) {
  const [row] = await db
    .select({ id: recipients.id })
    .from(recipients)
    .where(and(eq(recipients.memberId, memberId), eq(recipients.kind, kind), isNull(recipients.endedOn), isNull(recipients.archivedAt)))
    .limit(1);
  return row;
}

/** One recorded person in scope, with the names around it (out of scope looks like missing). */
export async function getRecipientView(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ recipient: recipients, orgName: orgsTable.name, orgPath: orgsTable.path, memberName: membersTable.name })
    .from(recipients)
    .innerJoin(orgsTable, eq(orgsTable.id, recipients.orgId))
    .leftJoin(membersTable, eq(membersTable.id, recipients.memberId))
    .where(and(eq(recipients.id, id), isNull(recipients.archivedAt), orgInScope(scope, recipients.orgId)));
  const [row] = options.forUpdate ? await query.for("update", { of: recipients }) : await query;
  return row;
}
export type RecipientView = NonNullable<Awaited<ReturnType<typeof getRecipientView>>>;

export async function insertRecipientRow(db: Executor, row: NewRecipientRow): Promise<RecipientRow> {
  const [created] = await db.insert(recipients).values(row).returning();
  return created!;
}

export async function updateRecipientRow(db: Executor, id: string, patch: Partial<NewRecipientRow>): Promise<RecipientRow> {
  const [updated] = await db.update(recipients).set({ ...patch, updatedAt: new Date() }).where(eq(recipients.id, id)).returning();
  return updated!;
}

/** Why one member is cared for, if they are (the target's kind): struggling, senior, or a live record (probes, for one row). */
export async function findMemberCareKinds(db: Executor, memberId: string, c: PeopleContext) {
  const recorded = (kind: string) =>
    sql<boolean>`EXISTS (SELECT 1 FROM care_recipients rr WHERE rr.member_id = ${membersTable.id} AND rr.kind = ${kind} AND rr.ended_on IS NULL AND rr.archived_at IS NULL)`;
  const [row] = await db
    .select({
      struggling: sql<boolean>`(${membersTable.isStruggling} OR ${recorded("struggling_member")})`,
      senior: sql<boolean>`(${seniorCondition(c.senior, c.today)} OR ${recorded("senior_member")})`,
      longIll: recorded("long_ill_member"),
    })
    .from(membersTable)
    .where(eq(membersTable.id, memberId));
  return row;
}
