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
    const summary = await seedSynthetic(t.system, { committees: 4, members: 1200, batchSize: 250 });
    const [counts] = await rows<{ orgs: number; members: number; orphans: number; badPaths: number }>(sql`
      SELECT (SELECT count(*) FROM orgs)::int AS orgs, (SELECT count(*) FROM members)::int AS members,
        (SELECT count(*) FROM members m JOIN orgs o ON o.id = m.org_id WHERE o.kind NOT IN ('branch', 'group'))::int AS orphans,
        (SELECT count(*) FROM orgs c JOIN orgs p ON p.id = c.parent_id WHERE c.path <> p.path || c.id || '/' OR c.depth <> p.depth + 1)::int AS "badPaths"`);
    expect(counts).toEqual({ orgs: summary.orgs, members: 1200, orphans: 0, badPaths: 0 });
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
});
