import { randomInt } from "node:crypto";
import { type SQL, and, asc, count, desc, eq, inArray, isNull, like, or, sql } from "drizzle-orm";
import type { FindEvaluationCampaignsQuery } from "../../../shared/contracts/evaluation.contract";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { meetingsTable } from "../org-life/org-life.table";
import { orgsTable } from "../organizations/organizations.table";
import {
  evaluationBallotsTable as ballots,
  evaluationCampaignsTable as campaigns,
  evaluationEntriesTable as entries,
  evaluationVotersTable as voters,
  handlingCasesTable,
} from "./evaluation.table";

export type CampaignRow = typeof campaigns.$inferSelect;
export type NewCampaignRow = typeof campaigns.$inferInsert;
export type EntryRow = typeof entries.$inferSelect;
export type NewEntryRow = typeof entries.$inferInsert;

export const CAMPAIGN_UNIQUE_INDEX = "evaluation_campaigns_org_year_idx";
export const VOTER_UNIQUE_INDEX = "evaluation_voters_campaign_member_idx";

/** Who is asking: the scope of their role, and their own member id (participants see their campaign). */
export interface EvaluationAccess {
  scope: Scope;
  memberId: string | null;
}

const live = isNull(campaigns.archivedAt);

const participates = (memberId: string): SQL =>
  sql`EXISTS (SELECT 1 FROM ${entries} WHERE ${entries.campaignId} = ${campaigns.id} AND ${entries.memberId} = ${memberId})`;

/**
 * The campaigns a caller reaches: an officer or committee those of their subtree (orgs.path prefix);
 * anyone their own campaign, as a participant; a member nothing else. Undefined = everything (admin).
 */
export function campaignVisible(access: EvaluationAccess): SQL | undefined {
  const { scope, memberId } = access;
  if (scope.kind === "all") return undefined;
  if (scope.kind === "self") return memberId ? participates(memberId) : sql`false`;
  const inScope = orgInScope(scope, campaigns.orgId);
  return memberId ? or(inScope, participates(memberId)) : inScope;
}

/** One campaign the caller reaches, with its organization (out of reach looks exactly like missing). */
export async function getCampaignView(db: Executor, access: EvaluationAccess, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ campaign: campaigns, orgName: orgsTable.name, orgPath: orgsTable.path })
    .from(campaigns)
    .innerJoin(orgsTable, eq(orgsTable.id, campaigns.orgId))
    .where(and(eq(campaigns.id, id), live, campaignVisible(access)));
  const [row] = options.forUpdate ? await query.for("update", { of: campaigns }) : await query;
  return row;
}

function campaignsWhere(access: EvaluationAccess, query: FindEvaluationCampaignsQuery, subtreePath?: string): SQL | undefined {
  return and(
    live,
    campaignVisible(access),
    subtreePath ? like(orgsTable.path, pathPrefix(subtreePath)) : undefined,
    query.year ? eq(campaigns.year, query.year) : undefined,
    query.phase ? eq(campaigns.phase, query.phase) : undefined,
  );
}

/** A page of campaigns, the latest year first, then by organization. */
export async function findCampaignRows(db: Executor, access: EvaluationAccess, query: FindEvaluationCampaignsQuery, subtreePath?: string) {
  const where = campaignsWhere(access, query, subtreePath);
  const items = await db
    .select({ campaign: campaigns, orgName: orgsTable.name })
    .from(campaigns)
    .innerJoin(orgsTable, eq(orgsTable.id, campaigns.orgId))
    .where(where)
    .orderBy(desc(campaigns.year), asc(orgsTable.path), asc(campaigns.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ total: count() }).from(campaigns).innerJoin(orgsTable, eq(orgsTable.id, campaigns.orgId)).where(where);
  return { items, total: total?.total ?? 0 };
}

/** Per campaign: participants, graded, self-evaluations handed in, and the final grades. One grouped query. */
export async function findCampaignStats(db: Executor, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return new Map<string, CampaignStats>();
  const grade = (g: string) => sql<number>`count(*) filter (where ${entries.isGraded} and ${entries.finalGrade} = ${g})`.mapWith(Number);
  const rows = await db
    .select({
      campaignId: entries.campaignId,
      participants: count(),
      graded: sql<number>`count(*) filter (where ${entries.isGraded})`.mapWith(Number),
      submitted: count(entries.analysisSubmittedAt),
      excellent: grade("excellent"),
      qualified: grade("qualified"),
      basically_qualified: grade("basically_qualified"),
      unqualified: grade("unqualified"),
    })
    .from(entries)
    .where(inArray(entries.campaignId, [...campaignIds]))
    .groupBy(entries.campaignId);
  return new Map(rows.map((r) => [r.campaignId, r]));
}
export interface CampaignStats {
  participants: number;
  graded: number;
  submitted: number;
  excellent: number;
  qualified: number;
  basically_qualified: number;
  unqualified: number;
}

export async function insertCampaignRow(db: Executor, row: NewCampaignRow): Promise<CampaignRow> {
  const [created] = await db.insert(campaigns).values(row).returning();
  return created!;
}

export async function updateCampaignRow(db: Executor, id: string, patch: Partial<NewCampaignRow>): Promise<CampaignRow> {
  const [updated] = await db.update(campaigns).set({ ...patch, updatedAt: new Date() }).where(eq(campaigns.id, id)).returning();
  return updated!;
}

/**
 * The participants of a branch's evaluation: its active members and those of its party groups
 * (org path prefix), as the roster stands today.
 */
export async function findParticipants(db: Executor, branchPath: string) {
  return db
    .select({ id: membersTable.id, name: membersTable.name, status: membersTable.status })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(like(orgsTable.path, pathPrefix(branchPath)), isNull(membersTable.archivedAt), eq(membersTable.standing, "active")))
    .orderBy(asc(membersTable.name), asc(membersTable.id));
}

export async function insertEntryRows(db: Executor, rows: NewEntryRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(entries).values(rows);
}

/** A campaign's entries with the member's name and group, ordered by name. */
export async function findEntryRows(db: Executor, campaignId: string) {
  return db
    .select({ entry: entries, memberName: membersTable.name, orgName: orgsTable.name })
    .from(entries)
    .innerJoin(membersTable, eq(membersTable.id, entries.memberId))
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(eq(entries.campaignId, campaignId))
    .orderBy(asc(membersTable.name), asc(entries.id));
}
export type EntryView = Awaited<ReturnType<typeof findEntryRows>>[number];

export async function getEntryView(db: Executor, campaignId: string, entryId: string): Promise<EntryView | undefined> {
  const [row] = await db
    .select({ entry: entries, memberName: membersTable.name, orgName: orgsTable.name })
    .from(entries)
    .innerJoin(membersTable, eq(membersTable.id, entries.memberId))
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(eq(entries.campaignId, campaignId), eq(entries.id, entryId)));
  return row;
}

export async function getEntryOfMember(db: Executor, campaignId: string, memberId: string): Promise<EntryRow | undefined> {
  const [row] = await db.select().from(entries).where(and(eq(entries.campaignId, campaignId), eq(entries.memberId, memberId)));
  return row;
}

export async function updateEntryRow(db: Executor, id: string, patch: Partial<NewEntryRow>): Promise<EntryRow> {
  const [updated] = await db.update(entries).set({ ...patch, updatedAt: new Date() }).where(eq(entries.id, id)).returning();
  return updated!;
}

// ---- The vote. Ballots hold no voter, no user and no time; voters hold no ballot. ----

/** Ballots received so far, by source. */
export async function countBallots(db: Executor, campaignId: string): Promise<{ online: number; paper: number }> {
  const rows = await db.select({ source: ballots.source, n: count() }).from(ballots).where(eq(ballots.campaignId, campaignId)).groupBy(ballots.source);
  const of = (source: string) => rows.find((r) => r.source === source)?.n ?? 0;
  return { online: of("online"), paper: of("paper") };
}

/**
 * The ballots for a tally, ordered by their random id (never by anything that could follow the order
 * they were cast in). Only the source and the choices: nothing else exists.
 */
export async function readBallotsForTally(db: Executor, campaignId: string) {
  return db.select({ source: ballots.source, choices: ballots.choices }).from(ballots).where(eq(ballots.campaignId, campaignId)).orderBy(asc(ballots.id));
}

export async function insertBallotRows(db: Executor, campaignId: string, rows: { source: string; choices: Record<string, string> }[]): Promise<void> {
  if (rows.length > 0) await db.insert(ballots).values(rows.map((r) => ({ campaignId, source: r.source, choices: r.choices })));
}

/**
 * When the vote closes, the ballots are written again in a random order under new ids: the table's
 * physical order (which follows insertion) can then no longer be lined up with when each member voted,
 * not even by someone reading the database files. Same ballots, same tally hash; nothing is lost.
 */
export async function reshuffleBallots(db: Executor, campaignId: string): Promise<void> {
  const rows = await readBallotsForTally(db, campaignId);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  await db.delete(ballots).where(eq(ballots.campaignId, campaignId));
  await insertBallotRows(db, campaignId, rows as { source: string; choices: Record<string, string> }[]);
}

/** That a member voted (and how: online or on paper) — nothing about their ballot. */
export async function findVoterSource(db: Executor, campaignId: string, memberId: string): Promise<string | null> {
  const [row] = await db.select({ source: voters.source }).from(voters).where(and(eq(voters.campaignId, campaignId), eq(voters.memberId, memberId)));
  return row?.source ?? null;
}

export async function findVotedMemberIds(db: Executor, campaignId: string, memberIds: readonly string[]): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await db.select({ memberId: voters.memberId }).from(voters).where(and(eq(voters.campaignId, campaignId), inArray(voters.memberId, [...memberIds])));
  return rows.map((r) => r.memberId);
}

export async function insertVoterRows(db: Executor, campaignId: string, memberIds: readonly string[], source: string): Promise<void> {
  if (memberIds.length > 0) await db.insert(voters).values(memberIds.map((memberId) => ({ campaignId, memberId, source })));
}

/** The tally into each entry (votes per grade); entries not on the ballot get none. */
export async function storeEntryVotes(db: Executor, campaignId: string, votes: Record<string, unknown>): Promise<void> {
  await db
    .update(entries)
    .set({ votes: sql`(${JSON.stringify(votes)}::jsonb) -> (${entries.memberId}::text)`, updatedAt: new Date() })
    .where(eq(entries.campaignId, campaignId));
}

// ---- Seams ----

/** A general meeting of the branch itself, not withdrawn (seam 4: evaluation's own SQL on meetings). */
export async function getGeneralMeetingOfOrg(db: Executor, meetingId: string, orgId: string) {
  const [row] = await db
    .select({ id: meetingsTable.id, topic: meetingsTable.topic, heldOn: meetingsTable.heldOn })
    .from(meetingsTable)
    .where(and(eq(meetingsTable.id, meetingId), eq(meetingsTable.orgId, orgId), eq(meetingsTable.type, "general_meeting"), isNull(meetingsTable.archivedAt)));
  return row;
}

export async function getMeetingSummary(db: Executor, meetingId: string) {
  const [row] = await db.select({ id: meetingsTable.id, topic: meetingsTable.topic, heldOn: meetingsTable.heldOn }).from(meetingsTable).where(eq(meetingsTable.id, meetingId));
  return row;
}

/** The handling case opened for each entry at publication (seam 3: evaluation reads handling_cases.entry_id). */
export async function findHandlingCaseIds(db: Executor, entryIds: readonly string[]): Promise<Map<string, string>> {
  if (entryIds.length === 0) return new Map();
  const rows = await db
    .select({ entryId: handlingCasesTable.entryId, id: handlingCasesTable.id })
    .from(handlingCasesTable)
    .where(inArray(handlingCasesTable.entryId, [...entryIds]))
    .orderBy(asc(handlingCasesTable.createdAt));
  return new Map(rows.map((r) => [r.entryId!, r.id]));
}

// ---- The member's own campaigns ----

/** The campaigns a member takes part in, the latest first, with their own entry. */
export async function findMyEntryRows(db: Executor, memberId: string, page: { page: number; pageSize: number }) {
  const where = and(eq(entries.memberId, memberId), live);
  const items = await db
    .select({ campaign: campaigns, entry: entries, orgName: orgsTable.name })
    .from(entries)
    .innerJoin(campaigns, eq(campaigns.id, entries.campaignId))
    .innerJoin(orgsTable, eq(orgsTable.id, campaigns.orgId))
    .where(where)
    .orderBy(desc(campaigns.year), asc(campaigns.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ total: count() }).from(entries).innerJoin(campaigns, eq(campaigns.id, entries.campaignId)).where(where);
  return { items, total: total?.total ?? 0 };
}
