import { sql } from "drizzle-orm";
import type { Ctx } from "../src/server/http/context";
import { findMembers } from "../src/server/modules/members/members.service";
import { getStructureStats } from "../src/server/modules/stats/stats.service";
import { medianMs, report, rowsOf } from "./measure";

/** The organizations the benches measure: the root, and the median-sized primary committee under it. */
export interface BenchOrgs {
  root: { id: string; path: string };
  mid: { id: string; path: string; n: number };
  total: number;
}

export async function findBenchOrgs(ctx: Ctx): Promise<BenchOrgs> {
  const [root] = await rowsOf<{ id: string; path: string }>(ctx, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL LIMIT 1`);
  const committees = await rowsOf<{ id: string; path: string; n: number }>(ctx, sql`
    SELECT o.id, o.path, count(m.id)::int AS n FROM orgs o
    JOIN orgs s ON s.path LIKE o.path || '%' JOIN members m ON m.org_id = s.id
    WHERE o.depth = 1 AND o.kind = 'committee' GROUP BY o.id, o.path ORDER BY n`);
  const [{ total }] = (await rowsOf<{ total: number }>(ctx, sql`SELECT count(*)::int AS total FROM members`)) as [{ total: number }];
  return { root: root!, mid: committees[Math.floor(committees.length / 2)]!, total };
}

/**
 * Subtree statistics and the first page of a filtered member list at province scale, each against
 * the bare SQL aggregate or page it rests on, to show what the service layer costs.
 */
export async function benchRoster(ctx: Ctx, { root, mid, total }: BenchOrgs) {
  console.log(`\n结构统计与名册（PostgreSQL，${total.toLocaleString()} 名党员；中层党委 ${mid.n.toLocaleString()} 名）`);

  const bareStats = (path: string) =>
    ctx.db.execute(sql`SELECT m.gender, m.status, count(*) FROM members m JOIN orgs o ON o.id = m.org_id
      WHERE o.path LIKE ${`${path}%`} AND m.standing = 'active' GROUP BY GROUPING SETS ((m.gender), (m.status))`);
  for (const [label, org] of [["root", root], ["mid committee", mid]] as const) {
    const service = await medianMs(() => getStructureStats(ctx, { orgId: org.id }));
    const bare = await medianMs(() => bareStats(org.path));
    report(`structure stats, ${label}`, service, { name: "bare SQL aggregate", ms: bare });
  }

  const listQuery = { orgId: mid.id, page: 1, pageSize: 20, education: "bachelor" as const, sort: "name" as const, order: "asc" as const };
  const list = await medianMs(() => findMembers(ctx, listQuery));
  const bareList = await medianMs(() =>
    ctx.db.execute(sql`SELECT m.* FROM members m JOIN orgs o ON o.id = m.org_id
      WHERE o.path LIKE ${`${mid.path}%`} AND m.standing = 'active' AND m.education = 'bachelor' ORDER BY m.name LIMIT 20`),
  );
  report("member list page 1 (mid committee, 本科)", list, { name: "bare SQL page", ms: bareList });
}
