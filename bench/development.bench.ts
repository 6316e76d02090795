import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { addDays, chinaToday } from "../src/shared/dates";
import { type Ctx, actingAs } from "../src/server/http/context";
import { findDueSteps, getPipeline } from "../src/server/modules/development/development-pipeline.service";
import { getPlanProgress, savePlan } from "../src/server/modules/development/development-plans.service";
import { medianMs, report, rowsOf } from "./measure";
import type { BenchOrgs } from "./roster.bench";

/** How many quota rows the measured plan has. */
const PLAN_QUOTAS = 200;

interface OrgRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
}

/**
 * Member development at province scale, each through the service as the committee's own
 * administrator (scope = its subtree) against the bare SQL it rests on: the pipeline counts, the
 * first page of the 30-day due list, and plan progress with ~200 quota rows.
 */
export async function benchDevelopment(ctx: Ctx, { root, mid }: BenchOrgs) {
  const orgOf = async (id: string) => (await rowsOf<OrgRow>(ctx, sql`SELECT id, code, name, kind, path FROM orgs WHERE id = ${id}`))[0]!;
  // A read-only officer: no users row is needed, since nothing read here looks the user up.
  const adminOf = async (id: string) =>
    actingAs(ctx, { id: randomUUID(), username: "bench", displayName: "测速管理员", role: "org_admin", memberId: null }, await orgOf(id));
  const [rootAdmin, midAdmin] = [await adminOf(root.id), await adminOf(mid.id)];
  const today = chinaToday(ctx.clock());
  const prefix = (path: string) => `${path}%`;

  const [{ cases, open, midCases }] = (await rowsOf<{ cases: number; open: number; midCases: number }>(ctx, sql`
    SELECT count(*)::int AS cases, (count(*) FILTER (WHERE status = 'open'))::int AS open,
      (count(*) FILTER (WHERE org_id IN (SELECT id FROM orgs WHERE path LIKE ${prefix(mid.path)})))::int AS "midCases"
    FROM development_people`)) as [{ cases: number; open: number; midCases: number }];
  console.log(`\n发展党员（${cases.toLocaleString()} 个发展对象档案，进行中 ${open.toLocaleString()}；中层党委 ${midCases.toLocaleString()} 个）`);

  for (const [label, org, actor] of [["root", root, rootAdmin], ["mid committee", mid, midAdmin]] as const) {
    const service = await medianMs(() => getPipeline(actor, { orgId: org.id }));
    const bare = await medianMs(() =>
      ctx.db.execute(sql`SELECT p.stage, count(*) FROM development_people p JOIN orgs o ON o.id = p.org_id
        WHERE o.path LIKE ${prefix(org.path)} AND p.status = 'open' GROUP BY p.stage`),
    );
    report(`pipeline, ${label}`, service, { name: "bare GROUP BY stage", ms: bare });
  }

  const until = addDays(today, 30);
  const due = await medianMs(() => findDueSteps(midAdmin, { orgId: mid.id, days: 30, page: 1, pageSize: 20 }));
  const bareDue = await medianMs(() =>
    ctx.db.execute(sql`SELECT p.id, p.name, p.org_id, o.name AS org_name, p.stage, p.next_step_code, p.next_due_on, p.next_due_rule
      FROM development_people p JOIN orgs o ON o.id = p.org_id
      WHERE o.path LIKE ${prefix(mid.path)} AND p.status = 'open' AND p.next_due_on <= ${until}
      ORDER BY p.next_due_on, p.id LIMIT 20`),
  );
  report("due in 30 days, page 1 (mid committee)", due, { name: "bare ordered LIMIT", ms: bareDue });

  // The root's plan for this year, quotas to its primary committees, saved through the service.
  const year = Number(today.slice(0, 4));
  const quotaOrgs = await rowsOf<{ id: string }>(ctx, sql`
    SELECT id FROM orgs WHERE parent_id = ${root.id} AND kind = 'committee' ORDER BY code LIMIT ${PLAN_QUOTAS}`);
  await savePlan(ctx, { orgId: root.id, year, targets: { young: 100, female: 50 }, quotas: quotaOrgs.map((o, i) => ({ orgId: o.id, quota: 5 + (i % 20) })) });
  const plan = await medianMs(() => getPlanProgress(rootAdmin, { orgId: root.id, year }));
  const barePlan = await medianMs(() =>
    ctx.db.execute(sql`SELECT count(*) FROM development_people p JOIN orgs o ON o.id = p.org_id
      WHERE o.path LIKE ${prefix(root.path)} AND p.approved_on BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`),
  );
  report(`plan progress, root (${quotaOrgs.length} quota rows)`, plan, { name: "bare count of approvals", ms: barePlan });
}
