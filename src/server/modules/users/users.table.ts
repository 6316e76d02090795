import { boolean, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";

/** Sign-in accounts. Every account is bound to one organization; its role decides the scope. */
export const usersTable = pgTable("users", {
  id: id(),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role").notNull(),
  orgId: uuid("org_id").notNull().references(() => orgsTable.id),
  memberId: uuid("member_id").references(() => membersTable.id),
  isActive: boolean("is_active").notNull().default(true),
  ...timestamps(),
  deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
});
