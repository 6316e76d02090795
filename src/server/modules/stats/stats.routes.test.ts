import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bucket, StructureStats } from "../../../shared/contracts/stats.contract";
import { buildOrganization, buildOrgTreeWithUsers, type Session, signInTree } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import type { Ctx } from "../../http/context";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";

// The test clock reads 2026-11-25 in China: every birth and conversion date below sits on or next
// to a band edge relative to that day.

type MemberOverrides = Partial<typeof membersTable.$inferInsert> & { orgId: string; birthDate: string };

/** One roster row, its ID number encrypted as members.service createMembers stores it. */
async function insertMember(system: Ctx, m: MemberOverrides) {
  const idNumber = `11010119${randomBytes(5).toString("hex")}`;
  await system.db.insert(membersTable).values({
    name: `测试${randomBytes(2).toString("hex")}`,
    gender: "male",
    ethnicity: "汉族",
    idNumberCipher: system.pii.encrypt(idNumber),
    idNumberHash: system.pii.lookupHash(idNumber),
    idNumberMasked: `${idNumber.slice(0, 6)}********`,
    joinedOn: "2000-01-01",
    fullMemberOn: "2001-01-01",
    status: "full",
    ...m,
  });
}

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Record<"admin" | "orgAdmin" | "officerA" | "memberA", Session>;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  // Group A1 has no domain of its own: its members count as 未分类.
  await t.system.db.update(orgsTable).set({ domain: null }).where(eq(orgsTable.id, tree.groupA1.id));
  const A = tree.branchA.id;
  const A1 = tree.groupA1.id;
  const add = (m: MemberOverrides) => insertMember(t.system, m);
  // Branch A (农村) and its group: seven active members, each line annotated with where it counts.
  await add({ orgId: A, birthDate: "1996-11-25", joinedOn: "2024-11-26", fullMemberOn: "2025-11-26", education: "bachelor", occupation: "worker" }); // 30 today; party age 0
  await add({ orgId: A1, birthDate: "1995-11-25", gender: "female", ethnicity: "回族", status: "probationary", joinedOn: "2026-03-01", fullMemberOn: null, education: "college", occupation: "worker", isMobile: true }); // 31 today
  await add({ orgId: A1, birthDate: "1990-11-26", gender: "female", joinedOn: "2024-11-20", fullMemberOn: "2025-11-25", education: "senior_high", occupation: "farmer" }); // 35 until tomorrow; party age 1 today
  await add({ orgId: A, birthDate: "1990-11-25", fullMemberOn: "2015-06-01", education: null, occupation: "worker" }); // 36 today: no longer a young worker
  await add({ orgId: A, birthDate: "1956-11-25", ethnicity: "藏族", joinedOn: "1974-11-25", fullMemberOn: "1975-11-25", education: "junior_high_or_below", occupation: "retiree", isStruggling: true }); // 70 today; party age 51
  await add({ orgId: A1, birthDate: "1960-01-10", gender: "female", joinedOn: "1975-11-25", fullMemberOn: "1976-11-25", education: "大学本科", occupation: "农民", isLostContact: true }); // 66; party age 50 today; old labels
  await add({ orgId: A, birthDate: "1965-11-26", joinedOn: "2005-11-26", fullMemberOn: "2006-11-26", education: "postgraduate", occupation: "professional" }); // 60 until tomorrow; party age 19
  // Never counted: a member transferred out of the system, and a suspended one.
  await add({ orgId: A, birthDate: "1998-01-01", gender: "female", ethnicity: "壮族", occupation: "worker", isMobile: true, standing: "transferred_out" });
  await add({ orgId: A1, birthDate: "1998-01-01", standing: "suspended", isLostContact: true });
  // Sibling branch B (counts for the committee only) and another committee (never counts).
  await add({ orgId: tree.branchB.id, birthDate: "1986-06-01", gender: "female", education: "bachelor", occupation: "manager" });
  const otherBranch = await buildOrganization(t.system, { parent: tree.otherCommittee });
  await add({ orgId: otherBranch.id, birthDate: "1990-01-01", occupation: "farmer" });

  as = await signInTree(t.app, tree);
});
afterAll(() => t.close());

const get = (session: Session, orgId?: string) =>
  t.app.inject({ method: "GET", url: `/api/stats/structure${orgId ? `?orgId=${orgId}` : ""}`, headers: session.headers });
/** key → count, the zero buckets included, so a missing or extra category fails too. */
const counts = (buckets: Bucket[]) => Object.fromEntries(buckets.map((b) => [b.key, b.count]));

describe("GET /api/stats/structure", () => {
  it("counts the active members of a branch and its groups exactly, bucket by bucket", async () => {
    const response = await get(as.officerA);
    expect(response.statusCode).toBe(200);
    const stats = response.json() as StructureStats;
    expect(stats.org).toEqual({ id: tree.branchA.id, name: "甲村党支部" });
    expect(stats.asOf).toBe("2026-11-25");
    expect(stats.total).toBe(7);
    expect(counts(stats.byStatus)).toEqual({ full: 6, probationary: 1 });
    expect(counts(stats.byGender)).toEqual({ male: 4, female: 3 });
    expect(counts(stats.byEthnicity)).toEqual({ han: 5, minority: 2 });
    expect(stats.byMinority.map((b) => [b.label, b.count])).toEqual([["回族", 1], ["藏族", 1]]);
    expect(counts(stats.byAgeBand)).toEqual({ under_30: 1, "31_35": 2, "36_40": 1, "41_45": 0, "46_50": 0, "51_55": 0, "56_60": 1, "61_plus": 2 });
    expect(counts(stats.byPartyAgeBand)).toEqual({ under_1: 1, "1_5": 1, "6_10": 0, "11_20": 2, "21_30": 0, "31_50": 1, over_50: 1, probationary: 1 });
    expect(counts(stats.byEducation)).toEqual({
      postgraduate: 1, bachelor: 1, college: 1, technical_secondary: 0, senior_high: 1, junior_high_or_below: 1, unknown: 1, unrecognized: 1,
    });
    expect(counts(stats.byOccupation)).toEqual({
      worker: 3, farmer: 1, professional: 1, manager: 0, official: 0, student: 0, other: 0, retiree: 1, unknown: 0, unrecognized: 1,
    });
    expect(counts(stats.byDomain)).toEqual({
      rural: 4, state_enterprise: 0, agency: 0, public_institution: 0, community: 0, non_public_enterprise: 0, social_organization: 0, unknown: 3,
    });
    expect(stats.youngUnder35).toBe(3);
    expect(counts(stats.focusGroups)).toEqual({ youngWorkers: 2, farmers: 1, intellectuals: 3 });
    expect(counts(stats.flags)).toEqual({ mobile: 1, struggling: 1, lostContact: 1, senior: 2 });
  });

  it("labels every bucket in Chinese and gives shares of the total from the exact counts", async () => {
    const stats = (await get(as.officerA)).json() as StructureStats;
    expect(stats.byStatus).toEqual([
      { key: "full", label: "正式党员", count: 6, share: 6 / 7 },
      { key: "probationary", label: "预备党员", count: 1, share: 1 / 7 },
    ]);
    expect(stats.byEducation.find((b) => b.key === "unknown")?.label).toBe("未填写");
    expect(stats.byDomain.find((b) => b.key === "unknown")?.label).toBe("未分类");
    expect(stats.byPartyAgeBand.at(-1)?.label).toBe("预备党员");
    expect(stats.flags.find((b) => b.key === "senior")?.label).toBe("老党员（年满70岁或党龄满50年）");
    for (const dimension of [stats.byGender, stats.byAgeBand, stats.byPartyAgeBand, stats.byEducation, stats.byOccupation, stats.byDomain]) {
      expect(dimension.reduce((sum, b) => sum + b.count, 0)).toBe(stats.total);
    }
  });

  it("counts a committee's whole subtree, the sibling branch included, for an org admin and an admin", async () => {
    const byOrgAdmin = (await get(as.orgAdmin)).json() as StructureStats;
    expect(byOrgAdmin.org.id).toBe(tree.committee.id);
    expect(byOrgAdmin.total).toBe(8);
    expect(counts(byOrgAdmin.byDomain)).toMatchObject({ rural: 4, community: 1, unknown: 3 });
    expect(counts(byOrgAdmin.byOccupation)).toMatchObject({ manager: 1 });
    expect(counts(byOrgAdmin.byGender)).toEqual({ male: 4, female: 4 });
    const byAdmin = (await get(as.admin, tree.committee.id)).json() as StructureStats;
    expect(byAdmin).toEqual(byOrgAdmin);
    expect(((await get(as.orgAdmin, tree.branchA.id)).json() as StructureStats).total).toBe(7);
    const other = (await get(as.admin, tree.otherCommittee.id)).json() as StructureStats;
    expect([other.total, counts(other.focusGroups).farmers]).toEqual([1, 1]);
  });

  it("answers an empty subtree with zero counts and zero shares, the catch-alls for bad data left out", async () => {
    const empty = await buildOrganization(t.system, { parent: tree.committee, name: "丙空党支部" });
    const stats = (await get(as.orgAdmin, empty.id)).json() as StructureStats;
    expect(stats.total).toBe(0);
    expect([...stats.byAgeBand, ...stats.focusGroups, ...stats.flags].every((b) => b.count === 0 && b.share === 0)).toBe(true);
    expect(stats.byEducation.map((b) => b.key)).toEqual(["postgraduate", "bachelor", "college", "technical_secondary", "senior_high", "junior_high_or_below", "unknown"]);
    expect(stats.byEthnicity.map((b) => b.key)).toEqual(["han", "minority"]);
    expect(stats.byMinority).toEqual([]);
  });

  it("answers 404, never the figures, for an organization outside the caller's scope", async () => {
    for (const [session, id] of [
      [as.officerA, tree.branchB.id],
      [as.officerA, tree.committee.id],
      [as.orgAdmin, tree.otherCommittee.id],
      [as.orgAdmin, "00000000-0000-4000-8000-000000000000"],
    ] as const) {
      const response = await get(session, id);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("orgs.not_found");
    }
  });

  it("forbids a member, whose scope is their own record", async () => {
    const response = await get(as.memberA);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("auth.forbidden");
    expect((await get(as.memberA, tree.branchA.id)).statusCode).toBe(403);
  });

  it("rejects a malformed orgId naming the field", async () => {
    const response = await get(as.orgAdmin, "not-a-uuid");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe("orgId");
  });
});
