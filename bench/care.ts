import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { addYears, chinaToday } from "../src/shared/dates";
import { createDb } from "../src/server/db/client";
import { type Ctx, actingAs } from "../src/server/http/context";
import { getCampaignCoverage } from "../src/server/modules/assistance/assistance-campaigns.service";
import { findPeople } from "../src/server/modules/assistance/assistance-people.service";
import { getNeedFigures } from "../src/server/modules/member-needs/member-need-figures.service";
import { findNeeds, getNeedAlerts } from "../src/server/modules/member-needs/member-needs.service";
import { buildCareData } from "./care-data";
import { medianMs, report, rowsOf } from "./measure";
import type { BenchOrgs } from "./roster.bench";

interface OrgRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
}

const prefix = (path: string) => `${path}%`;

/**
 * Caring for members and the masses (issue 8) at province scale: members' needs, recorded people,
 * two campaigns with targets and visits written in SQL under the synthetic root (bench/care-data.ts);
 * then, through the services the routes call, as a committee's own administrator (the root's, and
 * the mid committee's), each against the bare SQL it rests on in the same run: the needs list's first
 * page (and overdue only), the home page's alerts, the year's figures, the first page of people not
 * visited this year, and the Spring Festival campaign's coverage per organization; then the root's
 * heaviest calls again with PostgreSQL's JIT off, against the same with it on.
 */
export async function benchCare(ctx: Ctx, { root, mid }: BenchOrgs) {
  const now = ctx.clock();
  const today = chinaToday(now);
  const year = Number(today.slice(0, 4));
  const started = Date.now();
  const { spring } = await buildCareData(ctx, root, mid, now, today);
  await ctx.db.execute(sql`ANALYZE`);
  const count = async (query: ReturnType<typeof sql>) => (await rowsOf<{ n: number }>(ctx, query))[0]!.n;
  const needRows = await count(sql`SELECT count(*)::int AS n FROM member_needs`);
  const openNeeds = await count(sql`SELECT count(*)::int AS n FROM member_needs WHERE status NOT IN ('resolved', 'withdrawn')`);
  const midNeeds = await count(sql`SELECT count(*)::int AS n FROM member_needs n JOIN orgs o ON o.id = n.org_id WHERE o.path LIKE ${prefix(mid.path)}`);
  const recipientRows = await count(sql`SELECT count(*)::int AS n FROM care_recipients`);
  const targetRows = await count(sql`SELECT count(*)::int AS n FROM care_campaign_targets`);
  const springTargets = await count(sql`SELECT count(*)::int AS n FROM care_campaign_targets WHERE campaign_id = ${spring.id}`);
  const visitRows = await count(sql`SELECT count(*)::int AS n FROM care_visits`);
  console.log(
    `\n关爱党员群众（${needRows.toLocaleString()} 件诉求，未办结 ${openNeeds.toLocaleString()} 件，中层党委 ${midNeeds.toLocaleString()} 件；` +
      `${recipientRows.toLocaleString()} 个登记帮扶对象，${targetRows.toLocaleString()} 个走访对象（春节计划 ${springTargets.toLocaleString()} 个），` +
      `${visitRows.toLocaleString()} 条走访记录，生成 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`,
  );

  const orgOf = async (id: string) => (await rowsOf<OrgRow>(ctx, sql`SELECT id, code, name, kind, path FROM orgs WHERE id = ${id}`))[0]!;
  // A read-only officer: no users row is needed, since nothing read here looks the user up.
  const adminOf = async (id: string) =>
    actingAs(ctx, { id: randomUUID(), username: "bench", displayName: "测速管理员", role: "org_admin", memberId: null }, await orgOf(id));
  const admins = [["root", await adminOf(root.id), root.path], ["mid committee", await adminOf(mid.id), mid.path]] as const;
  const runsFor = (label: string) => (label === "root" ? 5 : 7);

  // The bare page of needs with its total: the subtree's live needs, the latest filed first (what NEED-06 and the names add are the service's cost).
  const barePage = (path: string, extra = sql``) =>
    ctx.db.execute(sql`SELECT n.*, o.name, count(*) OVER () AS total FROM member_needs n JOIN orgs o ON o.id = n.org_id
      WHERE o.path LIKE ${prefix(path)} AND n.archived_at IS NULL ${extra} ORDER BY n.filed_at DESC LIMIT 20`);
  for (const [label, admin, path] of admins) {
    const list = await medianMs(() => findNeeds(admin, { page: 1, pageSize: 20 }), runsFor(label));
    report(`needs list, page 1, ${label}`, list, { name: "bare page + total", ms: await medianMs(() => barePage(path)) });
  }
  for (const [label, admin, path] of admins) {
    for (const overdue of ["acknowledge", "resolve"] as const) {
      const list = await medianMs(() => findNeeds(admin, { page: 1, pageSize: 20, overdue }), runsFor(label));
      const condition =
        overdue === "acknowledge"
          ? sql`AND n.status = 'submitted' AND n.acknowledge_due_on < ${today}`
          : sql`AND n.status IN ('acknowledged', 'escalated', 'reopened') AND n.resolve_due_on < ${today}`;
      report(`needs list, overdue ${overdue}, ${label}`, list, { name: "bare page + total", ms: await medianMs(() => barePage(path, condition)) });
    }
  }
  for (const [label, admin, path] of admins) {
    const alerts = await medianMs(() => getNeedAlerts(admin), runsFor(label));
    const bare = await medianMs(() =>
      ctx.db.execute(sql`SELECT count(*) FILTER (WHERE n.status = 'submitted' AND n.acknowledge_due_on < ${today}),
          count(*) FILTER (WHERE n.status IN ('acknowledged', 'escalated', 'reopened') AND n.resolve_due_on < ${today})
        FROM member_needs n JOIN orgs o ON o.id = n.org_id WHERE o.path LIKE ${prefix(path)} AND n.archived_at IS NULL`),
    );
    report(`needs alerts, ${label}`, alerts, { name: "bare overdue counts", ms: bare });
  }
  for (const [label, admin, path] of admins) {
    const figures = await medianMs(() => getNeedFigures(admin, { year }), runsFor(label));
    const bare = await medianMs(() =>
      ctx.db.execute(sql`SELECT split_part(substr(o.path, ${path.length + 1}), '/', 1), count(*),
          percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n.acknowledged_at - n.filed_at)),
          percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM n.acknowledged_at - n.filed_at))
        FROM member_needs n JOIN orgs o ON o.id = n.org_id
        WHERE o.path LIKE ${prefix(path)} AND n.archived_at IS NULL
          AND n.filed_at >= ${`${year}-01-01T00:00:00+08:00`}::timestamptz AND n.filed_at < ${`${year + 1}-01-01T00:00:00+08:00`}::timestamptz
        GROUP BY 1`),
    );
    report(`needs figures ${year}, ${label}`, figures, { name: "bare percentiles per child", ms: bare });
  }

  // The bare page of people not visited this year with its total: the roster part only, struggling or senior, by organization and name.
  const seniorBorn = addYears(today, -ctx.config.seniorMinAge);
  const seniorJoined = addYears(today, -ctx.config.seniorMinPartyAge);
  for (const [label, admin, path] of admins) {
    const people = await medianMs(() => findPeople(admin, { page: 1, pageSize: 20, notVisitedThisYear: true }), runsFor(label));
    const bare = await medianMs(() =>
      ctx.db.execute(sql`SELECT m.id, m.name, o.name, count(*) OVER () AS total FROM members m JOIN orgs o ON o.id = m.org_id
        WHERE o.path LIKE ${prefix(path)} AND m.standing = 'active' AND m.archived_at IS NULL
          AND (m.is_struggling OR m.birth_date <= ${seniorBorn} OR m.full_member_on <= ${seniorJoined})
          AND NOT EXISTS (SELECT 1 FROM care_visits v WHERE v.member_id = m.id AND v.archived_at IS NULL AND v.visited_on >= ${`${year}-01-01`} AND v.visited_on <= ${today})
        ORDER BY o.code, m.name LIMIT 20`),
    );
    report(`people not visited ${year}, page 1, ${label}`, people, { name: "bare page + total", ms: bare });
  }
  for (const [label, admin, path] of admins) {
    const coverage = await medianMs(() => getCampaignCoverage(admin, spring.id), runsFor(label));
    const bare = await medianMs(() =>
      ctx.db.execute(sql`SELECT split_part(substr(o.path, ${path.length + 1}), '/', 1), count(*),
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_visits v WHERE (v.member_id = t.member_id OR v.recipient_id = t.recipient_id)
            AND v.visited_on BETWEEN ${`${year}-01-20`} AND ${`${year}-02-16`}))
        FROM care_campaign_targets t JOIN orgs o ON o.id = t.org_id
        WHERE t.campaign_id = ${spring.id} AND o.path LIKE ${prefix(path)} AND t.archived_at IS NULL GROUP BY 1`),
    );
    report(`spring campaign coverage per org, ${label}`, coverage, { name: "bare GROUP BY child", ms: bare });
  }

  // PostgreSQL's JIT (on by default, above a plan cost of 100,000) compiles the large plans of the
  // root's queries: the same calls through a second pool with it off, against the first in this run.
  const [{ name }] = (await rowsOf<{ name: string }>(ctx, sql`SELECT current_database() AS name`)) as [{ name: string }];
  const url = new URL(process.env.DANGJIAN_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test");
  url.pathname = `/${name}`;
  url.searchParams.set("options", "-c jit=off");
  const noJit = createDb({ url: url.toString() });
  try {
    console.log("  (the same at the root with JIT off, against JIT on)");
    const [, rootAdmin] = admins[0];
    const jitPairs = [
      ["needs list, page 1", (c: Ctx) => findNeeds(c, { page: 1, pageSize: 20 })],
      ["needs figures", (c: Ctx) => getNeedFigures(c, { year })],
      ["people not visited, page 1", (c: Ctx) => findPeople(c, { page: 1, pageSize: 20, notVisitedThisYear: true })],
      ["spring campaign coverage per org", (c: Ctx) => getCampaignCoverage(c, spring.id)],
    ] as const;
    for (const [label, work] of jitPairs) {
      const on = await medianMs(() => work(rootAdmin), 5);
      const off = await medianMs(() => work({ ...rootAdmin, db: noJit.db }), 5);
      report(`${label}, root, JIT off`, off, { name: "JIT on", ms: on });
    }
  } finally {
    await noJit.close();
  }
}
