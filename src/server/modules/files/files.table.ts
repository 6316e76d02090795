import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { archivedAt, id } from "../../db/columns";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";

/**
 * Uploaded documents. The bytes live in a FileStorage (the data dir by default); the row holds what
 * is needed to check and serve them: size, type, SHA-256, and the organization that scopes who may
 * download. `ownerType`/`ownerId` name the record the file belongs to (e.g. a development case).
 */
export const filesTable = pgTable(
  "files",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => orgsTable.id),
    ownerType: text("owner_type").notNull(),
    ownerId: uuid("owner_id").notNull(),
    name: text("name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull().unique(),
    uploadedBy: uuid("uploaded_by").references(() => usersTable.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: archivedAt(),
  },
  (t) => [index("files_owner_idx").on(t.ownerType, t.ownerId)],
);
