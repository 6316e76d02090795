import { type SQL, count, eq, inArray } from "drizzle-orm";
import type { ExportMembersQuery } from "../../../shared/contracts/member-import.contract";
import type { Executor } from "../../db/client";
import { orgsTable } from "../organizations/organizations.table";
import { memberListOrder } from "./members.repository";
import { membersTable } from "./members.table";

/**
 * The export's reads. Its WHERE and ORDER BY are the member list's own (members.repository), so a
 * list and its export never disagree; only the chunked fetch is the export's.
 */
export async function countExportRows(db: Executor, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(membersTable).where(where);
  return row?.n ?? 0;
}

/**
 * The ids in export order, at most `limit`: small enough to hold (a UUID each), and it lets the
 * rows be fetched in chunks without OFFSET re-sorting the whole list for every page.
 */
export async function findExportIds(db: Executor, where: SQL | undefined, query: ExportMembersQuery, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: membersTable.id })
    .from(membersTable)
    .where(where)
    .orderBy(...memberListOrder(query))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** The rows of these ids with their organization, in the order of `ids`. */
export async function findExportRows(db: Executor, ids: readonly string[]) {
  const rows = await db
    .select({ member: membersTable, orgCode: orgsTable.code, orgName: orgsTable.name })
    .from(membersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, membersTable.orgId))
    .where(inArray(membersTable.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.member.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
export type ExportRow = Awaited<ReturnType<typeof findExportRows>>[number];
