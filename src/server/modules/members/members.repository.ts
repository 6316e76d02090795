import type { Executor } from "../../db/client";
import { membersTable } from "./members.table";

export type NewMemberRow = typeof membersTable.$inferInsert;

export async function insertMemberRows(db: Executor, rows: NewMemberRow[]) {
  return db.insert(membersTable).values(rows).returning({ id: membersTable.id, idNumberHash: membersTable.idNumberHash });
}
