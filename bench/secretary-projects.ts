import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { chinaToday } from "../src/shared/dates";
import { DEFAULT_RUBRIC, LIVE_PROJECT_STATUSES, PROJECT_CATEGORIES } from "../src/shared/secretary-projects";
import { type Ctx, actingAs } from "../src/server/http/context";
import { getProjectBoard, getProjectRanking } from "../src/server/modules/secretary-projects/secretary-project-board.service";
import { findProjects } from "../src/server/modules/secretary-projects/secretary-projects.service";
import { medianMs, report, rowsOf } from "./measure";
import type { BenchOrgs } from "./roster.bench";

interface OrgRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
}

/** A status mix: each status with its share in thousandths; what is left over has no project that year. */
type Mix = readonly (readonly [string, number])[];

/** Past years: nearly all evaluated and published; a few rejected, withdrawn, or left unreported. */
const PAST: Mix = [["rejected", 25], ["withdrawn", 20], ["approved", 20], ["reported", 20], ["evaluated", 45], ["published", 840]];
/** The current year once year-end reports are open (November on): under way, many reported, a few evaluated. */
const LATE: Mix = [["draft", 15], ["submitted", 15], ["returned", 10], ["rejected", 15], ["withdrawn", 10], ["approved", 600], ["reported", 250], ["evaluated", 55]];
/** The current year before that: proposals still moving, most under way. */
const EARLY: Mix = [["draft", 40], ["submitted", 50], ["returned", 20], ["rejected", 15], ["withdrawn", 10], ["approved", 835]];

/** `CASE WHEN r < … THEN 'status' …` over a mix (constants of this file only, never input). */
function statusCase(mix: Mix): string {
  let upTo = 0;
  return `CASE ${mix.map(([status, share]) => `WHEN h.r < ${(upTo += share)} THEN '${status}'`).join(" ")} END`;
}

const INDICATORS = [
  ["党员参加主题党日比例", "%", 70, 95],
  ["为民办实事件数", "件", 10, 40],
  ["发展入党积极分子", "名", 2, 6],
  ["流动党员联系率", "%", 60, 100],
  ["群众满意度", "%", 80, 95],
  ["党建品牌活动场次", "场", 4, 12],
] as const;

const MILESTONES = ["制定实施方案并动员部署", "完成摸底调查和问题清单", "集中攻坚并开展中期评估", "总结提炼经验做法"] as const;

const live = (column: string) => `${column} IN (${LIVE_PROJECT_STATUSES.map((s) => `'${s}'`).join(", ")})`;

/**
 * One project per organization (every committee, general branch and branch under the synthetic root)
 * per year for three years, written in SQL: statuses by a realistic mix, 2–3 indicators, 3–4
 * milestones (most done on time, some overdue), a report per completed milestone and one mid-year,
 * indicator values in each report, quarterly check points, the proposal version (and a few pending
 * changes), some guidance comments, and a score and grade on the evaluated and published ones.
 */
async function buildProjects(ctx: Ctx, rootPath: string, today: string) {
  const year = Number(today.slice(0, 4));
  const lateInYear = Number(today.slice(5, 7)) >= ctx.config.secretaryProjects.reportOpensMonth;
  const { good, fairly_good: fairlyGood, average } = ctx.config.secretaryProjects.gradeThresholds;
  await ctx.db.execute(sql`DROP TABLE IF EXISTS bench_project_orgs`);
  // Each organization's secretary: a member of its own (or else a lower) organization; its reviewing
  // committee: the nearest committee strictly above.
  await ctx.db.execute(sql`
    CREATE UNLOGGED TABLE bench_project_orgs AS
    WITH one AS (SELECT DISTINCT ON (org_id) org_id, id AS member_id FROM members ORDER BY org_id, id),
    up AS (
      SELECT DISTINCT ON (a.id) a.id AS org_id, one.member_id
      FROM one JOIN orgs h ON h.id = one.org_id
      CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from h.path), '/')::uuid[]) AS a(id)
      ORDER BY a.id, (h.id = a.id) DESC, h.depth)
    SELECT o.id AS org_id, up.member_id,
      (SELECT c.id FROM unnest(string_to_array(trim(both '/' from o.path), '/')::uuid[]) AS a(id) JOIN orgs c ON c.id = a.id
        WHERE c.kind = 'committee' AND c.id <> o.id ORDER BY c.depth DESC LIMIT 1) AS reviewing_org_id
    FROM orgs o JOIN up ON up.org_id = o.id
    WHERE o.path LIKE ${`${rootPath}%`} AND o.parent_id IS NOT NULL AND o.kind <> 'group' AND o.archived_at IS NULL`);

  const hash = (text: string) => `mod(abs(hashtext(${text})::bigint), 1000)::int`;
  const status = `CASE WHEN y.year < ${year} THEN ${statusCase(PAST)} ELSE ${statusCase(lateInYear ? LATE : EARLY)} END`;
  const categories = `(ARRAY[${PROJECT_CATEGORIES.slice(0, 5).map((c) => `'${c}'`).join(", ")}])[1 + h.r2 % 5]`;
  const score = `(CASE WHEN h.r2 % 40 = 0 THEN 50 + h.r2 % 100 / 10.0 ELSE 68 + (h.r2 * 7) % 320 / 10.0 END)::numeric(5, 1)`;
  const evaluated = `s.status IN ('evaluated', 'published')`;
  const reported = `s.status IN ('reported', 'evaluated', 'published')`;
  const approved = `s.status IN ('approved', 'reported', 'evaluated', 'published')`;
  const criteria = JSON.stringify(DEFAULT_RUBRIC);
  await ctx.db.execute(sql`
    INSERT INTO secretary_projects (org_id, year, secretary_member_id, title, category, problem, resources, status, reviewing_org_id,
      approved_version_no, approved_on, year_end_report, reported_at, evaluation, final_score, grade, evaluated_at, published_on, created_at, updated_at)
    SELECT b.org_id, y.year, b.member_id, y.year || '年' || (ARRAY['“红色引领”', '“党建+”', '“先锋领航”', '“一支部一品牌”'])[1 + h.r % 4] || '书记项目',
      ${sql.raw(categories)}, '针对党员作用发挥不充分、服务群众渠道不畅等问题，以书记项目为抓手集中攻坚。', '支部委员、党员志愿者；专项经费 2 万元',
      s.status, b.reviewing_org_id,
      CASE WHEN ${sql.raw(approved)} THEN 1 ELSE 0 END,
      CASE WHEN ${sql.raw(approved)} THEN make_date(y.year, 2, 10) + h.r % 40 END,
      CASE WHEN ${sql.raw(reported)} THEN '一年来，项目按计划推进，主要指标均已完成……' END,
      CASE WHEN ${sql.raw(reported)} THEN LEAST(make_date(y.year, 11, 5) + h.r % 50, ${today}::date - 1)::timestamptz END,
      CASE WHEN ${sql.raw(evaluated)} THEN jsonb_build_object('rubric', jsonb_build_object('criteria', ${criteria}::jsonb, 'voteWeight', 20),
        'rubricScore', sc.score, 'voteScore', NULL, 'voteWeightApplied', 0, 'finalScore', sc.score, 'grade', sc.grade, 'comment', '完成较好',
        'votes', '{"total": 0}'::jsonb, 'evaluatedByName', '测速管理员') END,
      CASE WHEN ${sql.raw(evaluated)} THEN sc.score END,
      CASE WHEN ${sql.raw(evaluated)} THEN sc.grade END,
      CASE WHEN ${sql.raw(evaluated)} THEN LEAST(make_date(y.year + 1, 1, 10) + h.r % 10, ${today}::date - 1)::timestamptz END,
      CASE WHEN s.status = 'published' THEN make_date(y.year + 1, 1, 25) + h.r % 10 END,
      (make_date(y.year, 1, 5) + h.r % 30)::timestamptz, (make_date(y.year, 1, 5) + h.r % 30)::timestamptz
    FROM bench_project_orgs b
    CROSS JOIN (VALUES (${year - 2}::int), (${year - 1}::int), (${year}::int)) AS y(year)
    CROSS JOIN LATERAL (SELECT ${sql.raw(hash("b.org_id::text || y.year"))} AS r, ${sql.raw(hash("y.year || b.org_id::text"))} AS r2) h
    CROSS JOIN LATERAL (SELECT ${sql.raw(status)} AS status) s
    CROSS JOIN LATERAL (SELECT ${sql.raw(score)} AS score) sc0
    CROSS JOIN LATERAL (SELECT sc0.score, CASE WHEN sc0.score >= ${good} THEN 'good' WHEN sc0.score >= ${fairlyGood} THEN 'fairly_good'
      WHEN sc0.score >= ${average} THEN 'average' ELSE 'poor' END AS grade) sc
    WHERE s.status IS NOT NULL`);

  const names = `ARRAY[${INDICATORS.map(([n]) => `'${n}'`).join(", ")}]`;
  const units = `ARRAY[${INDICATORS.map(([, u]) => `'${u}'`).join(", ")}]`;
  const baselines = `ARRAY[${INDICATORS.map(([, , b]) => b).join(", ")}]`;
  const targets = `ARRAY[${INDICATORS.map(([, , , t]) => t).join(", ")}]`;
  await ctx.db.execute(sql`
    INSERT INTO secretary_project_indicators (project_id, name, unit, baseline, target, position)
    SELECT p.id, (${sql.raw(names)})[i], (${sql.raw(units)})[i], (${sql.raw(baselines)})[i], (${sql.raw(targets)})[i], k - 1
    FROM secretary_projects p
    CROSS JOIN LATERAL (SELECT ${sql.raw(hash("p.id::text"))} AS r) h
    CROSS JOIN LATERAL generate_series(1, 2 + h.r % 2) AS k
    CROSS JOIN LATERAL (SELECT 1 + (h.r + k * 2) % ${INDICATORS.length} AS i) x`);

  // Milestones spread over the year; on a project under way those due by today are done a few days
  // early, except about one in ten (overdue) — on a past year's project left unreported, one in three.
  await ctx.db.execute(sql`
    INSERT INTO secretary_project_milestones (project_id, title, due_on, owner_name, position, completed_on)
    SELECT p.id, (ARRAY[${sql.raw(MILESTONES.map((m) => `'${m}'`).join(", "))}])[1 + (k - 1) * 4 / n], d.due_on, '支部委员' || k, k - 1,
      CASE WHEN ${sql.raw(live("p.status"))} AND d.due_on <= ${today}::date
        AND NOT (p.status = 'approved' AND (h.r + k) % (CASE WHEN p.year < ${year} THEN 3 ELSE 10 END) = 0)
        THEN d.due_on - (h.r + k) % 8 END
    FROM secretary_projects p
    CROSS JOIN LATERAL (SELECT ${sql.raw(hash("p.id::text || 'm'"))} AS r) h
    CROSS JOIN LATERAL (SELECT 3 + h.r % 2 AS n) c
    CROSS JOIN LATERAL generate_series(1, c.n) AS k
    CROSS JOIN LATERAL (SELECT make_date(p.year, 1, 1) + k * 355 / n AS due_on) d`);

  // A report per completed milestone, and one mid-year on the whole project.
  await ctx.db.execute(sql`
    INSERT INTO secretary_project_reports (project_id, milestone_id, reported_on, body, completes_milestone, created_at, updated_at)
    SELECT m.project_id, m.id, m.completed_on, '按期完成“' || m.title || '”，附活动照片和工作台账。', true, m.completed_on::timestamptz, m.completed_on::timestamptz
    FROM secretary_project_milestones m WHERE m.completed_on IS NOT NULL
    UNION ALL
    SELECT p.id, NULL, LEAST(make_date(p.year, 6, 30), ${today}::date), '上半年推进情况：各项工作有序开展。', false,
      LEAST(make_date(p.year, 6, 30), ${today}::date)::timestamptz, LEAST(make_date(p.year, 6, 30), ${today}::date)::timestamptz
    FROM secretary_projects p WHERE ${sql.raw(live("p.status"))} AND p.approved_on < LEAST(make_date(p.year, 6, 30), ${today}::date)`);

  // Indicator values: the mid-year report halfway, each milestone's report its share of the way, the
  // last one at the target for about four indicators in five.
  await ctx.db.execute(sql`
    INSERT INTO secretary_project_indicator_values (report_id, indicator_id, value, measured_on)
    SELECT r.id, i.id, round(i.baseline + (i.target - i.baseline) * f.frac, 2), r.reported_on
    FROM secretary_project_reports r
    JOIN secretary_project_indicators i ON i.project_id = r.project_id
    LEFT JOIN (SELECT id, position, count(*) OVER (PARTITION BY project_id) AS n FROM secretary_project_milestones) m ON m.id = r.milestone_id
    CROSS JOIN LATERAL (SELECT CASE WHEN m.id IS NULL THEN 0.5
      ELSE (m.position + 1)::numeric / m.n * CASE WHEN ${sql.raw(hash("i.id::text"))} % 5 = 0 THEN 0.85 ELSE 1 END END AS frac) f`);

  // Quarterly check points on the projects under way, once each quarter's check point has opened.
  await ctx.db.execute(sql`
    INSERT INTO secretary_project_checkpoints (project_id, quarter, rating, suggested_rating, comment)
    SELECT p.id, q, v.rating, v.rating, CASE WHEN v.rating = 'on_track' THEN '' ELSE '请加快推进滞后节点' END
    FROM secretary_projects p
    CROSS JOIN generate_series(1, 4) AS q
    CROSS JOIN LATERAL (SELECT ${sql.raw(hash("p.id::text || q"))} AS r) h
    CROSS JOIN LATERAL (SELECT CASE WHEN h.r < 750 THEN 'on_track' WHEN h.r < 930 THEN 'at_risk' ELSE 'off_track' END AS rating) v
    WHERE ${sql.raw(live("p.status"))} AND make_date(p.year, q * 3, 1) <= ${today}::date`);

  // The proposal as submitted (every project past its draft), and a pending change on one in fifty under way.
  await ctx.db.execute(sql`
    INSERT INTO secretary_project_versions (project_id, no, kind, content, status, submitted_at, decided_at, decision_comment)
    SELECT p.id, 1, 'proposal',
      jsonb_build_object('title', p.title, 'category', p.category, 'problem', p.problem, 'resources', p.resources,
        'indicators', (SELECT jsonb_agg(jsonb_build_object('name', i.name, 'unit', i.unit, 'baseline', i.baseline, 'target', i.target) ORDER BY i.position)
          FROM secretary_project_indicators i WHERE i.project_id = p.id),
        'milestones', (SELECT jsonb_agg(jsonb_build_object('title', m.title, 'dueOn', m.due_on, 'ownerName', m.owner_name) ORDER BY m.position)
          FROM secretary_project_milestones m WHERE m.project_id = p.id)),
      CASE WHEN ${sql.raw(live("p.status"))} THEN 'approved' WHEN p.status = 'submitted' THEN 'pending' ELSE p.status END,
      p.created_at + interval '10 days', CASE WHEN p.status NOT IN ('submitted', 'withdrawn') THEN p.created_at + interval '20 days' END,
      CASE WHEN p.status IN ('returned', 'rejected') THEN '指标不够具体，请修改后重新申报' END
    FROM secretary_projects p WHERE p.status <> 'draft'`);
  await ctx.db.execute(sql`
    INSERT INTO secretary_project_versions (project_id, no, kind, content, reason, status, submitted_at)
    SELECT v.project_id, 2, 'change', v.content, '调整一个节点的完成时间', 'pending', ${today}::date - 3
    FROM secretary_project_versions v JOIN secretary_projects p ON p.id = v.project_id
    WHERE p.year = ${year} AND p.status = 'approved' AND ${sql.raw(hash("p.id::text || 'c'"))} < 20`);

  // The committee's guidance on about one report in three.
  await ctx.db.execute(sql`
    INSERT INTO secretary_project_comments (project_id, report_id, side, body, created_at, updated_at)
    SELECT r.project_id, r.id, 'committee', '进展较好，注意做好群众满意度回访。', r.reported_on + 3, r.reported_on + 3
    FROM secretary_project_reports r WHERE ${sql.raw(hash("r.id::text"))} < 333`);
  await ctx.db.execute(sql`DROP TABLE bench_project_orgs`);
}

/**
 * Secretary projects (书记项目, "抓书记") at province scale: a project per organization per year for
 * three years under the synthetic root, then, through the services as a committee's own
 * administrator (the root's, and the mid committee's), each against the bare SQL it rests on in the
 * same run: the board of the current year against a `GROUP BY status` over the same subtree, the
 * ranking's first page of last year against a bare `ORDER BY final_score LIMIT 20`, and the project
 * list's first page against a bare page in the same order.
 */
export async function benchSecretaryProjects(ctx: Ctx, { root, mid }: BenchOrgs) {
  const today = chinaToday(ctx.clock());
  const year = Number(today.slice(0, 4));
  const started = Date.now();
  await buildProjects(ctx, root.path, today);
  await ctx.db.execute(sql`ANALYZE`);
  const count = async (table: string) => (await rowsOf<{ n: number }>(ctx, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))[0]!.n;
  const [projectRows, indicatorRows, milestoneRows, reportRows, valueRows, checkpointRows] = [
    await count("secretary_projects"),
    await count("secretary_project_indicators"),
    await count("secretary_project_milestones"),
    await count("secretary_project_reports"),
    await count("secretary_project_indicator_values"),
    await count("secretary_project_checkpoints"),
  ];
  const prefix = (path: string) => `${path}%`;
  const [{ midProjects }] = (await rowsOf<{ midProjects: number }>(ctx, sql`
    SELECT count(*)::int AS "midProjects" FROM secretary_projects p JOIN orgs o ON o.id = p.org_id WHERE o.path LIKE ${prefix(mid.path)} AND p.year = ${year}`)) as [
    { midProjects: number },
  ];
  const [{ yearProjects }] = (await rowsOf<{ yearProjects: number }>(ctx, sql`SELECT count(*)::int AS "yearProjects" FROM secretary_projects WHERE year = ${year}`)) as [
    { yearProjects: number },
  ];
  console.log(
    `\n书记项目（${year - 2}–${year} 年 ${projectRows.toLocaleString()} 个项目，${year} 年 ${yearProjects.toLocaleString()} 个，中层党委 ${midProjects} 个；` +
      `${indicatorRows.toLocaleString()} 项指标、${milestoneRows.toLocaleString()} 个节点、${reportRows.toLocaleString()} 份进展报告、` +
      `${valueRows.toLocaleString()} 个指标值、${checkpointRows.toLocaleString()} 次季度督查，生成 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`,
  );

  const orgOf = async (id: string) => (await rowsOf<OrgRow>(ctx, sql`SELECT id, code, name, kind, path FROM orgs WHERE id = ${id}`))[0]!;
  // A read-only officer: no users row is needed, since nothing read here looks the user up.
  const adminOf = async (id: string) =>
    actingAs(ctx, { id: randomUUID(), username: "bench", displayName: "测速管理员", role: "org_admin", memberId: null }, await orgOf(id));
  const admins = [["root", await adminOf(root.id), root.path], ["mid committee", await adminOf(mid.id), mid.path]] as const;

  for (const [label, admin, path] of admins) {
    const board = await medianMs(() => getProjectBoard(admin, { year }), label === "root" ? 5 : 7);
    const bare = await medianMs(() =>
      ctx.db.execute(sql`SELECT p.status, count(*) FROM secretary_projects p JOIN orgs o ON o.id = p.org_id
        WHERE o.path LIKE ${prefix(path)} AND p.year = ${year} AND p.archived_at IS NULL GROUP BY p.status`),
    );
    report(`board ${year}, ${label}`, board, { name: "bare GROUP BY status", ms: bare });
  }
  for (const [label, admin, path] of admins) {
    const ranking = await medianMs(() => getProjectRanking(admin, { year: year - 1, page: 1, pageSize: 20 }));
    const bare = await medianMs(() =>
      ctx.db.execute(sql`SELECT p.*, o.name FROM secretary_projects p JOIN orgs o ON o.id = p.org_id
        WHERE o.path LIKE ${prefix(path)} AND p.year = ${year - 1} AND p.status IN ('evaluated', 'published') AND p.archived_at IS NULL
        ORDER BY p.final_score DESC LIMIT 20`),
    );
    report(`ranking ${year - 1}, page 1, ${label}`, ranking, { name: "bare ORDER BY final_score LIMIT 20", ms: bare });
  }
  for (const [label, admin, path] of admins) {
    const list = await medianMs(() => findProjects(admin, { page: 1, pageSize: 20 }));
    const bare = await medianMs(() =>
      ctx.db.execute(sql`SELECT p.*, o.name FROM secretary_projects p JOIN orgs o ON o.id = p.org_id
        WHERE o.path LIKE ${prefix(path)} AND p.status NOT IN ('draft', 'withdrawn') AND p.archived_at IS NULL
        ORDER BY p.year DESC, o.path LIMIT 20`),
    );
    report(`project list, page 1, ${label}`, list, { name: "bare page", ms: bare });
  }
  const [, rootAdmin, rootPath] = admins[0];
  const overdue = await medianMs(() => findProjects(rootAdmin, { page: 1, pageSize: 20, year, overdue: "true" }));
  const bareOverdue = await medianMs(() =>
    ctx.db.execute(sql`SELECT p.*, o.name FROM secretary_projects p JOIN orgs o ON o.id = p.org_id
      WHERE o.path LIKE ${prefix(rootPath)} AND p.year = ${year} AND ${sql.raw(live("p.status"))} AND p.archived_at IS NULL
        AND EXISTS (SELECT 1 FROM secretary_project_milestones m WHERE m.project_id = p.id AND m.removed_at IS NULL AND m.completed_on IS NULL AND m.due_on < ${today})
      ORDER BY o.path LIMIT 20`),
  );
  report(`project list ${year}, overdue only, root`, overdue, { name: "bare page", ms: bareOverdue });
}
