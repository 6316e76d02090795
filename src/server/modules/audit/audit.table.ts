import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only audit log: every write, every full view of personal information, every sign-in
 * event. `orgId` is the organization the entity belongs to, so the log can be scoped like the data.
 * No foreign keys: the log must outlive anything it mentions.
 */
export const auditLogTable = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorUsername: text("actor_username"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    orgId: uuid("org_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
    requestId: text("request_id"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_org_idx").on(t.orgId, t.at),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
  ],
);
