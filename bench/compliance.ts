import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { chinaToday } from "../src/shared/dates";
import { type Ctx, actingAs } from "../src/server/http/context";
import { getAttendanceRates, getMatrix, getNoLifeMembers } from "../src/server/modules/org-life/compliance.service";
import { insertSyntheticMeetings } from "../src/server/modules/synthetic/synthetic-meetings";
import { medianMs, report, rowsOf } from "./measure";
import type { BenchOrgs } from "./roster.bench";

/** Branches of the committee the issue names: "a committee with 5,000 branches over a year". */
const BRANCHES = Number(process.env.BENCH_COMPLIANCE_BRANCHES ?? 5_000);

interface OrgRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
}

/**
 * One committee of BENCH_COMPLIANCE_BRANCHES branches (a fifth of them under general branches, most
 * with one or two party groups, 3–42 members each, a few set up this year), written in SQL. Members
 * carry placeholder ciphertext: nothing measured here decrypts.
 */
export async function buildBigCommittee(ctx: Ctx, year: number): Promise<OrgRow> {
  const id = randomUUID();
  const path = `/${id}/`;
  await ctx.db.execute(sql`INSERT INTO orgs (id, code, name, kind, domain, path, depth) VALUES (${id}, 'BENCH-C', '中共测速县委员会', 'committee', NULL, ${path}, 0)`);
  const generals = Math.max(1, Math.round(BRANCHES / 10));
  await ctx.db.execute(sql`
    INSERT INTO orgs (id, code, name, kind, domain, parent_id, path, depth)
    SELECT g.id, 'BENCH-Z' || lpad(g.n::text, 5, '0'), '测速第' || g.n || '党总支', 'general_branch', 'community', ${id}, ${path} || g.id || '/', 1
    FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, ${generals}) n) g`);
  // Branches 1..2×generals sit two by two under the general branches, the rest under the committee.
  await ctx.db.execute(sql`
    INSERT INTO orgs (id, code, name, kind, domain, parent_id, path, depth, established_on)
    SELECT b.id, 'BENCH-B' || lpad(b.n::text, 5, '0'), '测速第' || b.n || '党支部', 'branch', 'community',
      coalesce(z.id, ${id}::uuid), coalesce(z.path, ${path}) || b.id || '/', CASE WHEN z.id IS NULL THEN 1 ELSE 2 END,
      CASE WHEN b.n % 97 = 0 THEN ${`${year}-06-15`}::date END
    FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, ${BRANCHES}) n) b
    LEFT JOIN orgs z ON z.code = 'BENCH-Z' || lpad(((b.n + 1) / 2)::text, 5, '0') AND b.n <= ${2 * generals}`);
  await ctx.db.execute(sql`
    INSERT INTO orgs (id, code, name, kind, domain, parent_id, path, depth)
    SELECT g.id, b.code || '-G' || g.k, b.name || '第' || g.k || '党小组', 'group', 'community', b.id, b.path || g.id || '/', b.depth + 1
    FROM orgs b CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id, k FROM generate_series(1, abs(hashtext(b.code)::bigint) % 3) k) g
    WHERE b.code LIKE 'BENCH-B%' AND b.kind = 'branch'`);
  await ctx.db.execute(sql`
    INSERT INTO members (org_id, name, gender, ethnicity, id_number_cipher, id_number_hash, id_number_masked, birth_date, joined_on, full_member_on, status)
    SELECT coalesce(grp.id, b.id), '测速党员' || b.n || '-' || k, CASE WHEN k % 3 = 0 THEN 'female' ELSE 'male' END, '汉族',
      'bench', md5(b.id::text || k), '110105********001X', DATE '1970-01-01' + (k * 97 % 12000), DATE '2000-01-01' + (k * 31 % 9000),
      CASE WHEN k % 10 = 0 THEN NULL ELSE DATE '2001-01-01' + (k * 31 % 9000) END, CASE WHEN k % 10 = 0 THEN 'probationary' ELSE 'full' END
    FROM (SELECT id, path, row_number() OVER (ORDER BY code) AS n FROM orgs WHERE code LIKE 'BENCH-B%' AND kind = 'branch') b
    CROSS JOIN LATERAL generate_series(1, 3 + (abs(hashtext(b.id::text)::bigint) % 40)::int) k
    LEFT JOIN LATERAL (SELECT g.id FROM orgs g WHERE g.parent_id = b.id ORDER BY g.code OFFSET k % 3 LIMIT 1) grp ON true`);
  return { id, code: "BENCH-C", name: "中共测速县委员会", kind: "committee", path };
}

/**
 * The compliance matrix at province scale, through the service as the committee's own administrator
 * (scope = its subtree): all the subtree's cells decided and tallied, a page of rows. Against it, in
 * the same run, the bare grouped count of the year's signed-off meetings per organization and type
 * it rests on. Then a page of attendance rates and of members without organizational life.
 */
export async function benchCompliance(ctx: Ctx, { root }: BenchOrgs) {
  const today = chinaToday(ctx.clock());
  const year = Number(today.slice(0, 4));
  const started = Date.now();
  const committee = await buildBigCommittee(ctx, year);
  const written = await insertSyntheticMeetings(ctx.db, { path: committee.path, from: `${year}-01-01`, to: today, attendance: true });
  await ctx.db.execute(sql`ANALYZE`);
  const [facts] = await rowsOf<{ branches: number; groups: number; members: number }>(ctx, sql`
    SELECT (count(*) FILTER (WHERE o.kind = 'branch'))::int AS branches, (count(*) FILTER (WHERE o.kind = 'group'))::int AS groups,
      (SELECT count(*) FROM members m JOIN orgs mo ON mo.id = m.org_id WHERE mo.path LIKE ${`${committee.path}%`})::int AS members
    FROM orgs o WHERE o.path LIKE ${`${committee.path}%`}`);
  console.log(
    `\n组织生活落实情况（一个党委 ${facts!.branches.toLocaleString()} 个党支部、${facts!.groups.toLocaleString()} 个党小组、${facts!.members.toLocaleString()} 名党员；` +
      `${year} 年 ${written.meetings.toLocaleString()} 次会议、${written.attendances.toLocaleString()} 条出勤记录，生成 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`,
  );

  const adminOf = (org: OrgRow) => actingAs(ctx, { id: randomUUID(), username: "bench", displayName: "测速管理员", role: "org_admin", memberId: null }, org);
  const admin = adminOf(committee);
  const bareCount = (path: string) =>
    ctx.db.execute(sql`SELECT m.org_id, m.type, count(*) FROM meetings m JOIN orgs o ON o.id = m.org_id
      WHERE o.path LIKE ${`${path}%`} AND m.status = 'signed_off' AND m.archived_at IS NULL AND m.held_on BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}
      GROUP BY 1, 2`);

  const matrix = await medianMs(() => getMatrix(admin, { orgId: committee.id, year, page: 1, pageSize: 20 }));
  const bare = await medianMs(() => bareCount(committee.path));
  report(`matrix, ${facts!.branches.toLocaleString()} branches, page 1`, matrix, { name: "bare grouped count", ms: bare });
  const oneType = await medianMs(() => getMatrix(admin, { orgId: committee.id, year, page: 1, pageSize: 20, types: ["theme_day"] }));
  report("matrix, theme days only", oneType);

  const [rootOrg] = await rowsOf<OrgRow>(ctx, sql`SELECT id, code, name, kind, path FROM orgs WHERE id = ${root.id}`);
  const [{ rootBranches }] = (await rowsOf<{ rootBranches: number }>(ctx, sql`
    SELECT count(*)::int AS "rootBranches" FROM orgs WHERE path LIKE ${`${root.path}%`} AND kind = 'branch'`)) as [{ rootBranches: number }];
  const rootMatrix = await medianMs(() => getMatrix(adminOf(rootOrg!), { orgId: root.id, year, page: 1, pageSize: 20 }), 3);
  const rootBare = await medianMs(() => bareCount(root.path), 3);
  report(`matrix, synthetic root (${rootBranches.toLocaleString()} branches)`, rootMatrix, { name: "bare grouped count", ms: rootBare });

  const rates = await medianMs(() => getAttendanceRates(admin, { orgId: committee.id, year, page: 1, pageSize: 20, sort: "rate", order: "asc" }));
  const bareRates = await medianMs(() =>
    ctx.db.execute(sql`SELECT a.member_id, count(*) FROM meetings m JOIN orgs o ON o.id = m.org_id JOIN meeting_attendances a ON a.meeting_id = m.id
      WHERE o.path LIKE ${`${committee.path}%`} AND m.status = 'signed_off' AND m.archived_at IS NULL AND m.held_on BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}
      GROUP BY 1`),
  );
  report("attendance rates, page 1 by rate", rates, { name: "bare count per member", ms: bareRates });
  const noLife = await medianMs(() => getNoLifeMembers(admin, { orgId: committee.id, page: 1, pageSize: 20 }));
  report("no organizational life, page 1", noLife);
}
