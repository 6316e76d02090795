import { randomInt } from "node:crypto";
import { and, count, eq, isNotNull, isNull, like, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import {
  secretaryProjectBallotsTable as ballots,
  secretaryProjectRubricsTable as rubrics,
  secretaryProjectsTable as projects,
  secretaryProjectVotersTable as voters,
} from "./secretary-projects.table";

/**
 * The year end's SQL: rubrics, the secret vote, the evaluation written on the project. Reads of a
 * project go through requireProject (scope) first; these take an id the caller already reached.
 */

export type RubricRow = typeof rubrics.$inferSelect;
export const VOTER_UNIQUE_INDEX = "secretary_project_voters_project_member_idx";

/** The organization a rubric belongs to (a committee), dissolved ones included: the caller's reach is checked by the service. */
export async function findRubricOrg(db: Executor, orgId: string) {
  const [row] = await db
    .select({ id: orgsTable.id, name: orgsTable.name, kind: orgsTable.kind, path: orgsTable.path, archivedAt: orgsTable.archivedAt })
    .from(orgsTable)
    .where(eq(orgsTable.id, orgId));
  return row;
}

export async function findRubricRow(db: Executor, orgId: string, year: number) {
  const [row] = await db
    .select({ rubric: rubrics, updatedByName: usersTable.displayName })
    .from(rubrics)
    .leftJoin(usersTable, eq(usersTable.id, rubrics.updatedBy))
    .where(and(eq(rubrics.orgId, orgId), eq(rubrics.year, year)));
  return row;
}

/** Saves the committee's rubric for the year (one row per committee and year); answers the row before (if any) and after. */
export async function upsertRubricRow(tx: Executor, values: { orgId: string; year: number; criteria: unknown; voteWeight: number; updatedBy: string | null }) {
  const [before] = await tx.select().from(rubrics).where(and(eq(rubrics.orgId, values.orgId), eq(rubrics.year, values.year)));
  const [after] = await tx
    .insert(rubrics)
    .values(values)
    .onConflictDoUpdate({
      target: [rubrics.orgId, rubrics.year],
      set: { criteria: values.criteria, voteWeight: values.voteWeight, updatedBy: values.updatedBy, updatedAt: new Date() },
    })
    .returning();
  return { before, after: after! };
}

/**
 * PROJ-12: whether a project scored by this rubric (reviewed by the organization, or its own where
 * nobody reviews above) has been evaluated in the year.
 */
export async function hasEvaluatedProject(db: Executor, rubricOrgId: string, year: number): Promise<boolean> {
  const [row] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(
      and(
        isNull(projects.archivedAt),
        eq(projects.year, year),
        isNotNull(projects.evaluatedAt),
        sql`COALESCE(${projects.reviewingOrgId}, ${projects.orgId}) = ${rubricOrgId}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function findUserName(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: usersTable.displayName }).from(usersTable).where(eq(usersTable.id, userId));
  return row?.name ?? null;
}

export async function updateProjectRow(tx: Executor, id: string, values: Partial<typeof projects.$inferInsert>) {
  const [row] = await tx
    .update(projects)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(projects.id, id))
    .returning();
  return row!;
}

// ---------------------------------------------------------------------------------------------
// The secret vote (PROJ-13): a voter row says THAT a member voted; a ballot row holds the choice
// only. They are written in one transaction and nothing ever joins them.

/** A member as a voter: live, their standing, and where their organization sits. */
export async function findVoterMember(db: Executor, memberId: string) {
  const [row] = await db
    .select({ id: membersTable.id, standing: membersTable.standing, orgPath: orgsTable.path })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(eq(membersTable.id, memberId), isNull(membersTable.archivedAt)));
  return row;
}

/** Members who may vote on a project of the organization at `orgPath`: active, in it or below it; not its secretary. */
export async function countEligibleVoters(db: Executor, orgPath: string, secretaryMemberId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(
      and(isNull(membersTable.archivedAt), eq(membersTable.standing, "active"), like(orgsTable.path, pathPrefix(orgPath)), ne(membersTable.id, secretaryMemberId)),
    );
  return row?.n ?? 0;
}

export async function hasVoted(db: Executor, projectId: string, memberId: string): Promise<boolean> {
  const [row] = await db.select({ id: voters.id }).from(voters).where(and(eq(voters.projectId, projectId), eq(voters.memberId, memberId)));
  return row !== undefined;
}

export async function countBallots(db: Executor, projectId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(ballots).where(eq(ballots.projectId, projectId));
  return row?.n ?? 0;
}

/** The choices cast online: for the count only, never with an id. */
export async function readBallotChoices(db: Executor, projectId: string): Promise<string[]> {
  const rows = await db.select({ choice: ballots.choice }).from(ballots).where(eq(ballots.projectId, projectId));
  return rows.map((r) => r.choice);
}

export async function insertVoterRow(tx: Executor, projectId: string, memberId: string) {
  await tx.insert(voters).values({ projectId, memberId });
}

export async function insertBallotRow(tx: Executor, projectId: string, choice: string) {
  await tx.insert(ballots).values({ projectId, choice });
}

/**
 * When the vote closes, the ballots are written again in a random order under new ids, so the
 * table's physical order can no longer be lined up with the voters' times (as the evaluation module does).
 */
export async function reshuffleBallots(tx: Executor, projectId: string): Promise<void> {
  const choices = await readBallotChoices(tx, projectId);
  for (let i = choices.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [choices[i], choices[j]] = [choices[j]!, choices[i]!];
  }
  await tx.delete(ballots).where(eq(ballots.projectId, projectId));
  if (choices.length > 0) await tx.insert(ballots).values(choices.map((choice) => ({ projectId, choice })));
}
