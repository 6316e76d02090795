import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { MemberStanding, MemberStatus } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import { membersTable } from "../members/members.table";

/**
 * Test-only: members written straight into the roster table, so these tests count and check members
 * without depending on the members module's use cases. The personal fields are placeholders.
 */
export async function insertTestMembers(
  db: Executor,
  orgId: string,
  count: number,
  options: { status?: MemberStatus; standing?: MemberStanding; name?: string } = {},
): Promise<{ id: string; name: string }[]> {
  if (count === 0) return [];
  const rows = Array.from({ length: count }, (_, i) => ({
    orgId,
    name: options.name ?? `测试党员${i + 1}`,
    gender: "male",
    ethnicity: "汉族",
    idNumberCipher: "test",
    idNumberHash: randomUUID(),
    idNumberMasked: "110***********001X",
    birthDate: "1980-01-01",
    joinedOn: "2010-07-01",
    fullMemberOn: options.status === "probationary" ? null : "2011-07-01",
    status: options.status ?? "full",
    standing: options.standing ?? "active",
  }));
  return db.insert(membersTable).values(rows).returning({ id: membersTable.id, name: membersTable.name });
}

/** Takes a member off the roster, as a transfer out of the system would. */
export async function setTestMemberStanding(db: Executor, memberId: string, standing: MemberStanding) {
  await db.update(membersTable).set({ standing }).where(eq(membersTable.id, memberId));
}
