import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIdNumber } from "../../../shared/id-number";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { checkMemberFacts } from "../members/members.rules";
import { seedSynthetic } from "./synthetic.service";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.deps.db.execute(query)) as unknown as { rows: T[] }).rows;

describe("seedSynthetic", () => {
  it("builds a consistent tree and roster in batches", async () => {
    const summary = await seedSynthetic(t.system, { committees: 4, members: 1200, developmentCases: 600, batchSize: 250 });
    const [counts] = await rows<{ orgs: number; members: number; orphans: number; badPaths: number }>(sql`
      SELECT (SELECT count(*) FROM orgs)::int AS orgs, (SELECT count(*) FROM members)::int AS members,
        (SELECT count(*) FROM members m JOIN orgs o ON o.id = m.org_id WHERE o.kind NOT IN ('branch', 'group'))::int AS orphans,
        (SELECT count(*) FROM orgs c JOIN orgs p ON p.id = c.parent_id WHERE c.path <> p.path || c.id || '/' OR c.depth <> p.depth + 1)::int AS "badPaths"`);
    expect(counts).toEqual({ orgs: summary.orgs, members: 1200, orphans: 0, badPaths: 0 });
    expect(summary.developmentCases).toBe(600);
  });

  it("writes members that pass every roster rule, with encrypted unique ID numbers", async () => {
    const members = await rows<{ id_number_cipher: string; gender: "male" | "female"; joined_on: string; full_member_on: string | null; status: "full" | "probationary" }>(
      sql`SELECT id_number_cipher, gender, joined_on::text, full_member_on::text, status FROM members LIMIT 300`,
    );
    for (const m of members) {
      const idNumber = t.deps.pii.decrypt(m.id_number_cipher);
      expect(parseIdNumber(idNumber, "2026-11-25").ok).toBe(true);
      expect(checkMemberFacts({ idNumber, gender: m.gender, joinedOn: m.joined_on, fullMemberOn: m.full_member_on, status: m.status }, "2026-11-25")).toEqual([]);
    }
    const [dupes] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM (SELECT id_number_hash FROM members GROUP BY 1 HAVING count(*) > 1) d`);
    expect(dupes!.n).toBe(0);
  });

  it("writes development cases in branches at every stage, their deadlines derived and some overdue", async () => {
    const byStage = await rows<{ status: string; stage: string; n: number }>(sql`
      SELECT status, stage, count(*)::int AS n FROM development_people GROUP BY 1, 2`);
    const count = (status: string, stage?: string) => byStage.filter((r) => r.status === status && (!stage || r.stage === stage)).reduce((sum, r) => sum + r.n, 0);
    expect(byStage.reduce((sum, r) => sum + r.n, 0)).toBe(600);
    // Roughly: half or more open, spread over the stages; completed, closed and deferred ones too.
    expect(count("open")).toBeGreaterThan(300);
    for (const stage of ["applicant", "activist", "candidate", "probationary"]) expect(count("open", stage), stage).toBeGreaterThan(20);
    expect(count("completed", "full_member")).toBeGreaterThan(30);
    expect(count("closed")).toBeGreaterThan(10);
    expect(count("deferred")).toBeGreaterThan(0);

    const [facts] = await rows<{ notInBranch: number; dueOfClosed: number; overdue: number; dueSoon: number; badStage: number; oldestApproval: string; badCipher: number }>(sql`
      SELECT
        (SELECT count(*) FROM development_people p JOIN orgs o ON o.id = p.org_id WHERE o.kind <> 'branch')::int AS "notInBranch",
        count(*) FILTER (WHERE status <> 'open' AND (next_due_on IS NOT NULL OR next_step_code IS NOT NULL))::int AS "dueOfClosed",
        count(*) FILTER (WHERE status = 'open' AND next_due_on < '2026-11-25')::int AS overdue,
        count(*) FILTER (WHERE status = 'open' AND next_due_on BETWEEN '2026-11-25' AND '2026-12-25')::int AS "dueSoon",
        count(*) FILTER (WHERE (stage IN ('probationary', 'full_member')) <> (approved_on IS NOT NULL AND probation_ends_on >= admitted_on + interval '1 year'))::int AS "badStage",
        min(approved_on)::text AS "oldestApproval",
        count(*) FILTER (WHERE id_number_hash IS NULL OR id_number_cipher = '')::int AS "badCipher"
      FROM development_people`);
    expect(facts).toMatchObject({ notInBranch: 0, dueOfClosed: 0, badStage: 0, badCipher: 0 });
    expect(facts!.overdue).toBeGreaterThan(0);
    expect(facts!.dueSoon).toBeGreaterThan(0);
    expect(facts!.oldestApproval >= "2022-11-25").toBe(true);
    const [one] = await rows<{ id_number_cipher: string; birth_date: string }>(sql`SELECT id_number_cipher, birth_date::text FROM development_people LIMIT 1`);
    expect(t.deps.pii.decrypt(one!.id_number_cipher).slice(6, 14)).toBe(one!.birth_date.replaceAll("-", ""));
  });
});
