import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { orgsTable } from "../organizations/organizations.table";
import { usersTable } from "../users/users.table";
import { loginFailuresTable, sessionsTable } from "./auth.table";

/** A live session with its user and organization, in one query; inactive users have none. */
export async function getSessionWithUser(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ session: sessionsTable, user: usersTable, org: orgsTable })
    .from(sessionsTable)
    .innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
    .innerJoin(orgsTable, eq(orgsTable.id, usersTable.orgId))
    .where(and(eq(sessionsTable.tokenHash, tokenHash), isNull(sessionsTable.revokedAt), eq(usersTable.isActive, true)));
  return row;
}

export async function insertSession(db: Executor, row: typeof sessionsTable.$inferInsert) {
  await db.insert(sessionsTable).values(row);
}

export async function touchSession(db: Executor, tokenHash: string, now: Date) {
  await db.update(sessionsTable).set({ lastSeenAt: now }).where(eq(sessionsTable.tokenHash, tokenHash));
}

export async function revokeSession(db: Executor, tokenHash: string, now: Date) {
  await db.update(sessionsTable).set({ revokedAt: now }).where(and(eq(sessionsTable.tokenHash, tokenHash), isNull(sessionsTable.revokedAt)));
}

export async function revokeUserSessions(db: Executor, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(sessionsTable)
    .set({ revokedAt: now })
    .where(and(eq(sessionsTable.userId, userId), isNull(sessionsTable.revokedAt)))
    .returning({ tokenHash: sessionsTable.tokenHash });
  return rows.length;
}

export async function getUserForLogin(db: Executor, username: string) {
  const [row] = await db
    .select({ user: usersTable, org: orgsTable })
    .from(usersTable)
    .innerJoin(orgsTable, eq(orgsTable.id, usersTable.orgId))
    .where(eq(usersTable.username, username));
  return row;
}

/** Failures inside the window for the username and for the address, each capped to what matters. */
export async function findRecentFailures(db: Executor, username: string, ip: string, since: Date) {
  const rows = await db
    .select({ username: loginFailuresTable.username, ip: loginFailuresTable.ip, at: loginFailuresTable.at })
    .from(loginFailuresTable)
    .where(and(gt(loginFailuresTable.at, since), or(eq(loginFailuresTable.username, username), eq(loginFailuresTable.ip, ip))))
    .orderBy(sql`${loginFailuresTable.at} DESC`)
    .limit(1000);
  return {
    byUsername: rows.filter((r) => r.username === username).map((r) => r.at),
    byIp: rows.filter((r) => r.ip === ip).map((r) => r.at),
  };
}

export async function insertLoginFailure(db: Executor, username: string, ip: string, at: Date) {
  await db.insert(loginFailuresTable).values({ username, ip, at });
}
