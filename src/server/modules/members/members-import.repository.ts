import { type SQL, and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { orgInScope, orgRowInScope } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { orgsTable } from "../organizations/organizations.table";
import { membersTable } from "./members.table";

export type NewMemberRow = typeof membersTable.$inferInsert;
/** Bind parameters stay far below PostgreSQL's 65,535 limit per statement at this size. */
const LOOKUP_CHUNK = 1_000;

const chunks = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Active organizations in the caller's scope by code; an out-of-scope code is simply absent. */
export async function findOrgsByCodes(db: Executor, scope: Scope, codes: readonly string[]) {
  const found = [];
  for (const chunk of chunks(codes, LOOKUP_CHUNK)) {
    found.push(
      ...(await db
        .select({ id: orgsTable.id, code: orgsTable.code, name: orgsTable.name, kind: orgsTable.kind })
        .from(orgsTable)
        .where(and(inArray(orgsTable.code, chunk), isNull(orgsTable.archivedAt), orgRowInScope(scope)))),
    );
  }
  return found;
}

export type ExistingMemberRow = Awaited<ReturnType<typeof findMembersByIdHashes>>[number];

/** Roster members in the caller's scope with these ID-number hashes: the rows a re-import updates. */
export async function findMembersByIdHashes(db: Executor, scope: Scope, hashes: readonly string[]) {
  const found = [];
  for (const chunk of chunks(hashes, LOOKUP_CHUNK)) {
    found.push(
      ...(await db
        .select({ member: membersTable, orgName: orgsTable.name })
        .from(membersTable)
        .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
        .where(and(inArray(membersTable.idNumberHash, chunk), isNull(membersTable.archivedAt), orgInScope(scope, membersTable.orgId)))
        // Locked until the import commits, so no edit slips between its check and its write.
        .for("update", { of: membersTable })),
    );
  }
  return found;
}

/**
 * Which of these hashes any member holds, across ALL organizations. Deliberately unscoped and
 * answering hashes only: the import must refuse an ID number registered outside the caller's scope
 * (it is unique) without learning anything else about that member.
 */
export async function findTakenIdHashes(db: Executor, hashes: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const chunk of chunks(hashes, LOOKUP_CHUNK)) {
    const rows = await db.select({ hash: membersTable.idNumberHash }).from(membersTable).where(inArray(membersTable.idNumberHash, chunk));
    for (const row of rows) taken.add(row.hash);
  }
  return taken;
}

/** One multi-row INSERT, answering the stored rows. */
export async function insertImportedMembers(db: Executor, rows: NewMemberRow[]) {
  return db.insert(membersTable).values(rows).returning();
}

export type UpdatableColumn = Exclude<keyof NewMemberRow, "id" | "createdAt" | "updatedAt" | "archivedAt">;

/**
 * Many members, each with its own values, in one statement:
 * UPDATE members SET c = v.c … FROM (VALUES (…), …) AS v(id, c, …) WHERE members.id = v.id.
 * Every row carries the same columns (the sheet's); each value is cast to its column's type.
 */
export async function updateImportedMembers(db: Executor, scope: Scope, columns: readonly UpdatableColumn[], rows: { id: string; values: Partial<NewMemberRow> }[]) {
  if (rows.length === 0 || columns.length === 0) return;
  await db.execute(importUpdateSql(scope, columns, rows));
}

export function importUpdateSql(scope: Scope, columns: readonly UpdatableColumn[], rows: { id: string; values: Partial<NewMemberRow> }[]): SQL {
  const tableColumns = columns.map((key) => membersTable[key]);
  const tuples = rows.map(
    (row) =>
      sql`(${sql.join(
        [sql`${row.id}::uuid`, ...columns.map((key, i) => sql`${row.values[key] ?? null}::${sql.raw(tableColumns[i]!.getSQLType())}`)],
        sql`, `,
      )})`,
  );
  const names = tableColumns.map((c) => sql.identifier(c.name));
  const inScope = orgInScope(scope, membersTable.orgId);
  return sql`UPDATE ${membersTable} SET ${sql.join(names.map((n) => sql`${n} = v.${n}`), sql`, `)}, updated_at = now() FROM (VALUES ${sql.join(tuples, sql`, `)}) AS v(id, ${sql.join(names, sql`, `)}) WHERE ${membersTable.id} = v.id${inScope ? sql` AND ${inScope}` : sql``}`;
}
