import { and, asc, eq, inArray, isNull, ne, notInArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { orgInScope } from "../access/access.repository";
import type { Scope } from "../access/access.rules";
import { usersTable } from "../users/users.table";
import { filesTable } from "./files.table";

export type FileRow = typeof filesTable.$inferSelect;
export type NewFileRow = typeof filesTable.$inferInsert;
/** A file as an owner's page lists it: with the uploader's display name. */
export type OwnerFileRow = FileRow & { uploadedByName: string | null };

const notArchived = isNull(filesTable.archivedAt);

export async function insertFileRow(db: Executor, values: NewFileRow): Promise<FileRow> {
  const [row] = await db.insert(filesTable).values(values).returning();
  return row!;
}

/**
 * Owners whose files only their own module serves, after its own access check (e.g. a private need:
 * the organization's scope is not enough). /api/files/:id never serves them.
 */
export const SEALED_OWNER_TYPES = ["member_need", "care_recipient", "care_visit"] as const;

/** A live file whose organization is in scope and whose owner is not sealed, or undefined. */
export async function getFileRow(db: Executor, scope: Scope, id: string): Promise<FileRow | undefined> {
  const [row] = await db
    .select()
    .from(filesTable)
    .where(and(eq(filesTable.id, id), notArchived, notInArray(filesTable.ownerType, [...SEALED_OWNER_TYPES]), orgInScope(scope, filesTable.orgId)));
  return row;
}

const ownerFileColumns = { file: filesTable, uploadedByName: usersTable.displayName };

/** An owner's live files, oldest first. The caller has checked the owner is in scope. */
export async function findOwnerFileRows(db: Executor, ownerType: string, ownerId: string, ids?: readonly string[]): Promise<OwnerFileRow[]> {
  const rows = await db
    .select(ownerFileColumns)
    .from(filesTable)
    .leftJoin(usersTable, eq(usersTable.id, filesTable.uploadedBy))
    .where(and(eq(filesTable.ownerType, ownerType), eq(filesTable.ownerId, ownerId), notArchived, ids ? inArray(filesTable.id, [...ids]) : undefined))
    .orderBy(asc(filesTable.createdAt), asc(filesTable.id));
  return rows.map(({ file, uploadedByName }) => ({ ...file, uploadedByName }));
}

/** Gives an owner's live files to another organization; the ids of those that moved. */
export async function updateOwnerFilesOrg(db: Executor, ownerType: string, ownerId: string, orgId: string): Promise<string[]> {
  const rows = await db
    .update(filesTable)
    .set({ orgId })
    .where(and(eq(filesTable.ownerType, ownerType), eq(filesTable.ownerId, ownerId), notArchived, ne(filesTable.orgId, orgId)))
    .returning({ id: filesTable.id });
  return rows.map((r) => r.id);
}
