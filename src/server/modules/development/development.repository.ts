import { type SQL, and, asc, count, desc, eq, gte, inArray, isNull, like, lt, lte, notInArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { FindDevelopmentPeopleQuery } from "../../../shared/contracts/development.contract";
import type { Executor } from "../../db/client";
import { orgInScope, pathPrefix } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { developmentPeopleTable as people, developmentStepsTable as steps } from "./development.table";

export type PersonRow = typeof people.$inferSelect;
export type NewPersonRow = typeof people.$inferInsert;
export type StepRow = typeof steps.$inferSelect;
export type NewStepRow = typeof steps.$inferInsert;

const live = isNull(people.archivedAt);

/** One case in scope (out of scope looks exactly like missing). */
export async function getPersonRow(db: Executor, scope: Scope, id: string) {
  const [row] = await db.select().from(people).where(and(eq(people.id, id), live, orgInScope(scope, people.orgId)));
  return row;
}

/** One case in scope with its branch's name and path. `forUpdate` locks the case row (not its branch) for a write. */
export async function getPersonView(db: Executor, scope: Scope, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ person: people, orgName: orgsTable.name, orgPath: orgsTable.path })
    .from(people)
    .innerJoin(orgsTable, eq(orgsTable.id, people.orgId))
    .where(and(eq(people.id, id), live, orgInScope(scope, people.orgId)));
  const [row] = options.forUpdate ? await query.for("update", { of: people }) : await query;
  return row;
}

export interface PeopleListContext {
  today: string;
  soon: string;
}

function peopleWhere(scope: Scope, query: FindDevelopmentPeopleQuery, c: PeopleListContext, subtreePath?: string): SQL | undefined {
  const q = query.q?.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return and(
    live,
    orgInScope(scope, people.orgId),
    subtreePath ? like(orgsTable.path, pathPrefix(subtreePath)) : undefined,
    eq(people.status, query.status ?? "open"),
    query.stage ? eq(people.stage, query.stage) : undefined,
    q ? like(people.name, `%${q}%`) : undefined,
    query.due === "overdue" ? lt(people.nextDueOn, c.today) : undefined,
    query.due === "soon" ? and(gte(people.nextDueOn, c.today), lte(people.nextDueOn, c.soon)) : undefined,
  );
}

/** A page of cases, most pressing first (overdue, then due soonest), then by name. */
export async function findPeopleRows(db: Executor, scope: Scope, query: FindDevelopmentPeopleQuery, c: PeopleListContext, subtreePath?: string) {
  const where = peopleWhere(scope, query, c, subtreePath);
  const [items, [total]] = [
    await db
      .select({ person: people, orgName: orgsTable.name })
      .from(people)
      .innerJoin(orgsTable, eq(orgsTable.id, people.orgId))
      .where(where)
      .orderBy(sql`${people.nextDueOn} ASC NULLS LAST`, asc(people.name), asc(people.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    await db.select({ total: count() }).from(people).innerJoin(orgsTable, eq(orgsTable.id, people.orgId)).where(where),
  ];
  return { items, total: total?.total ?? 0 };
}

export async function insertPersonRow(db: Executor, row: NewPersonRow): Promise<PersonRow> {
  const [created] = await db.insert(people).values(row).returning();
  return created!;
}

export async function updatePersonRow(db: Executor, id: string, patch: Partial<NewPersonRow>): Promise<PersonRow> {
  const [updated] = await db.update(people).set({ ...patch, updatedAt: new Date() }).where(eq(people.id, id)).returning();
  return updated!;
}

/** Whether the person already has an open or deferred case anywhere (one case at a time). */
export async function hasLiveCase(db: Executor, idNumberHash: string): Promise<boolean> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.idNumberHash, idNumberHash), inArray(people.status, ["open", "deferred"]), live))
    .limit(1);
  return row !== undefined;
}

export const OPEN_CASE_UNIQUE_INDEX = "development_people_open_id_hash_idx";

const recordedOrg = alias(orgsTable, "recorded_org");

/** A case's records (voided ones left out), oldest first, with the names the file shows. */
export async function findStepRows(db: Executor, personId: string) {
  return db
    .select({ step: steps, orgName: orgsTable.name, recordedOrgName: recordedOrg.name, recordedByName: usersTable.displayName })
    .from(steps)
    .innerJoin(orgsTable, eq(orgsTable.id, steps.orgId))
    .leftJoin(recordedOrg, eq(recordedOrg.id, steps.recordedOrgId))
    .leftJoin(usersTable, eq(usersTable.id, steps.recordedBy))
    .where(and(eq(steps.personId, personId), isNull(steps.voidedAt)))
    .orderBy(asc(steps.createdAt), asc(steps.no));
}

export async function insertStepRow(db: Executor, row: NewStepRow): Promise<StepRow> {
  const [created] = await db.insert(steps).values(row).returning();
  return created!;
}


/**
 * The full members of a branch (and its party groups) with the right to vote on a date: full members
 * since on or before it, in good standing (§1.5: probationary members never vote), less the excluded.
 */
export async function countEntitledVoters(db: Executor, branchPath: string, on: string, excludedIds: readonly string[]): Promise<number> {
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
        excludedIds.length > 0 ? notInArray(membersTable.id, [...excludedIds]) : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** Members named in a step (cultivators, introducers, excluded voters), as far as the caller's scope reaches. */
export async function findMemberRefs(db: Executor, scope: Scope, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: membersTable.id, name: membersTable.name, status: membersTable.status, standing: membersTable.standing, fullMemberOn: membersTable.fullMemberOn, orgPath: orgsTable.path })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(and(inArray(membersTable.id, [...ids]), isNull(membersTable.archivedAt), orgInScope(scope, membersTable.orgId)));
}

/** A party group directly under the branch (step 19). */
export async function getGroupOfBranch(db: Executor, branchId: string, groupId: string) {
  const [row] = await db
    .select({ id: orgsTable.id, name: orgsTable.name })
    .from(orgsTable)
    .where(and(eq(orgsTable.id, groupId), eq(orgsTable.parentId, branchId), eq(orgsTable.kind, "group"), isNull(orgsTable.archivedAt)));
  return row;
}


