import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMember, buildOrganization } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import type { OrgRow } from "../organizations/organizations.repository";
import { insertSyntheticMeetings } from "./synthetic-meetings";

let t: TestApp;
let committee: OrgRow;
const branches: OrgRow[] = [];
beforeAll(async () => {
  t = await buildTestApp();
  committee = await buildOrganization(t.system, { name: "合成测试党委" });
  for (let i = 0; i < 12; i++) {
    const branch = await buildOrganization(t.system, { parent: committee, name: `合成测试第${i}党支部` });
    branches.push(branch);
    const group = await buildOrganization(t.system, { parent: branch, kind: "group", name: `合成测试第${i}党小组` });
    await buildMember(t.system, { org: branch, joinedOn: "2005-07-01" });
    await buildMember(t.system, { org: group, joinedOn: "2006-07-01" });
  }
});
afterAll(() => t.close());

const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.deps.db.execute(query)) as unknown as { rows: T[] }).rows;

describe("insertSyntheticMeetings", () => {
  it("writes each kind's owed meetings, at most one per period, inside the window, most signed off", async () => {
    const result = await insertSyntheticMeetings(t.deps.db, { path: committee.path, from: "2025-11-25", to: "2026-11-25", attendance: true });
    const [facts] = await rows<{ n: number; outside: number; signed: number; study: number; kinds: string; dupes: number }>(sql`
      SELECT count(*)::int AS n,
        (count(*) FILTER (WHERE held_on < '2025-11-25' OR held_on > '2026-11-25'))::int AS outside,
        (count(*) FILTER (WHERE status = 'signed_off'))::int AS signed,
        (count(*) FILTER (WHERE type = 'study_session'))::int AS study,
        (SELECT string_agg(DISTINCT o.kind || ':' || m2.type, ',' ORDER BY o.kind || ':' || m2.type) FROM meetings m2 JOIN orgs o ON o.id = m2.org_id) AS kinds,
        (SELECT count(*) FROM (SELECT org_id, type, date_trunc('month', held_on) FROM meetings WHERE type IN ('committee_meeting', 'theme_day', 'group_meeting') GROUP BY 1, 2, 3 HAVING count(*) > 1) d)::int AS dupes
      FROM meetings`);
    expect(facts!.n).toBe(result.meetings);
    expect(facts!.outside).toBe(0);
    expect(facts!.study).toBe(0);
    expect(facts!.dupes).toBe(0);
    expect(facts!.signed / facts!.n).toBeGreaterThan(0.9);
    expect(facts!.signed).toBeLessThan(facts!.n);
    expect(facts!.kinds.split(",")).toEqual(
      expect.arrayContaining(["branch:general_meeting", "branch:theme_day", "branch:committee_meeting", "group:group_meeting", "committee:committee_meeting"]),
    );
    // About 12 branches × (12 + 12 + 4 + 4 + 1 + 1) + 12 groups × 12 + 13 committee meetings, most held.
    expect(result.meetings).toBeGreaterThan(400);
    expect(result.meetings).toBeLessThan(600);
  });

  it("gives each branch-wide meeting an attendance row per active member of the branch and its groups, and sets the counts", async () => {
    const [facts] = await rows<{ withRows: number; expected: number; attendances: number; wrongCount: number; groupRows: number }>(sql`
      SELECT (count(DISTINCT a.meeting_id))::int AS "withRows",
        (SELECT count(*) FROM meetings m JOIN orgs o ON o.id = m.org_id
           WHERE o.kind = 'branch' AND m.type IN ('general_meeting', 'party_lecture', 'theme_day', 'life_meeting'))::int AS expected,
        count(*)::int AS attendances,
        (SELECT count(*) FROM meetings m WHERE m.expected_count <> (SELECT count(*) FROM meeting_attendances x WHERE x.meeting_id = m.id)
           OR m.present_count <> (SELECT count(*) FROM meeting_attendances x WHERE x.meeting_id = m.id AND x.status = 'present'))::int AS "wrongCount",
        (SELECT count(*) FROM meeting_attendances x JOIN meetings m ON m.id = x.meeting_id JOIN orgs o ON o.id = m.org_id
           WHERE m.type IN ('group_meeting', 'committee_meeting', 'one_on_one_talk') OR o.kind <> 'branch')::int AS "groupRows"
      FROM meeting_attendances a`);
    expect(facts!.withRows).toBe(facts!.expected);
    expect(facts!.attendances).toBe(facts!.expected * 2);
    expect(facts!.wrongCount).toBe(0);
    expect(facts!.groupRows).toBe(0);
  });

  it("is the same for the same seed and leaves other subtrees alone", async () => {
    const other = await buildOrganization(t.system, { name: "另一合成党委" });
    const b = await buildOrganization(t.system, { parent: other, name: "另一合成党支部" });
    const first = await insertSyntheticMeetings(t.deps.db, { path: b.path, from: "2026-01-01", to: "2026-06-30", seed: 7 });
    const [{ n }] = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM meetings WHERE org_id NOT IN (SELECT id FROM orgs WHERE path LIKE ${`${other.path}%`})`)) as [{ n: number }];
    await insertSyntheticMeetings(t.deps.db, { path: b.path, from: "2026-01-01", to: "2026-06-30", seed: 7 });
    const [{ pairs }] = (await rows<{ pairs: number }>(sql`
      SELECT count(*)::int AS pairs FROM (SELECT type, held_on FROM meetings WHERE org_id = ${b.id} GROUP BY 1, 2 HAVING count(*) = 2) d`)) as [{ pairs: number }];
    expect(pairs).toBe(first.meetings);
    const [{ n: after }] = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM meetings WHERE org_id NOT IN (SELECT id FROM orgs WHERE path LIKE ${`${other.path}%`})`)) as [{ n: number }];
    expect(after).toBe(n);
    expect(branches).toHaveLength(12);
  });
});
