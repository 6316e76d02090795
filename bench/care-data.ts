import { sql } from "drizzle-orm";
import { addYears } from "../src/shared/dates";
import { NEED_CATEGORIES } from "../src/shared/care";
import type { Ctx } from "../src/server/http/context";
import { rowsOf } from "./measure";

// The caring data of the care bench, written straight in SQL (INSERT … SELECT over the synthetic
// roster, never through the services): members' needs over the last year, the people recorded as
// cared for, two campaigns with their targets, and the visits of this year and last.

/** 0…999 from a text: the same row always draws the same, independent draws by salting the text. */
const hash = (text: string) => sql.raw(`mod(abs(hashtext(${text})::bigint), 1000)::int`);
/** The China-time calendar day of an instant (UTC is always known to the server). */
const day = (at: string) => sql.raw(`((${at} AT TIME ZONE 'UTC') + interval '8 hours')::date`);
const categories = sql.raw(`ARRAY[${NEED_CATEGORIES.map((c) => `'${c}'`).join(", ")}]`);

/**
 * About one need per 20 active members, filed over the 365 days up to now. By age, a need is
 * submitted, being worked (a few escalated to the committee), or resolved and mostly rated; some are
 * acknowledged or resolved late (overdue when still open), 1.5% never acknowledged, 3% withdrawn,
 * 1% reopened, one in ten private. Acknowledgement is due five calendar days after filing (about the
 * three working days of NEED-02), resolution 30 days after acknowledgement or escalation (NEED-03).
 */
async function insertNeeds(ctx: Ctx, rootPath: string, now: Date) {
  const at = now.toISOString();
  await ctx.db.execute(sql`
    INSERT INTO member_needs (org_id, member_id, category, title, description, urgency, is_private, status, handling_org_id, filed_at,
      acknowledge_due_on, acknowledged_at, resolve_due_on, escalated_at, resolved_at, resolution, rating, rating_comment, rated_at,
      reopen_count, withdrawn_at, created_at, updated_at)
    WITH base AS (
      SELECT CASE WHEN o.kind = 'group' THEN o.parent_id ELSE o.id END AS org_id, m.id AS member_id,
        split_part(o.path, '/', 3)::uuid AS committee_id, ${hash("m.id::text || 'n2'")} AS r2, ${hash("m.id::text || 'n3'")} AS r3,
        ${hash("m.id::text || 'n4'")} AS r4
      FROM members m JOIN orgs o ON o.id = m.org_id
      WHERE o.path LIKE ${`${rootPath}%`} AND o.depth >= 2 AND m.standing = 'active' AND m.archived_at IS NULL AND ${hash("m.id::text || 'n1'")} < 50),
    t AS (
      SELECT b.*, f.filed_at,
        f.filed_at + make_interval(days => CASE WHEN b.r3 % 10 < 8 THEN b.r3 % 4 ELSE 4 + b.r3 % 5 END, hours => 2) AS ack_at,
        b.r4 < 15 AS never_ack, b.r4 BETWEEN 15 AND 44 AS withdrawn, b.r4 BETWEEN 45 AND 54 AS reopened, b.r3 >= 950 AS escalated
      FROM base b CROSS JOIN LATERAL (SELECT ${at}::timestamptz - make_interval(days => (b.r2 * 1000 + b.r3) % 365, hours => b.r4 % 24) AS filed_at) f),
    u AS (
      SELECT t.*, t.ack_at + make_interval(days => CASE WHEN t.r2 % 10 < 8 THEN 1 + t.r2 % 25 ELSE 20 + t.r2 % 30 END + CASE WHEN t.escalated THEN 10 ELSE 0 END) AS res_at,
        t.ack_at + interval '3 days' AS esc_at
      FROM t),
    s AS (
      SELECT u.*, CASE
          WHEN u.withdrawn AND u.filed_at + interval '2 days' <= ${at}::timestamptz THEN 'withdrawn'
          WHEN u.never_ack OR u.ack_at > ${at}::timestamptz THEN 'submitted'
          WHEN u.res_at > ${at}::timestamptz THEN CASE WHEN u.escalated AND u.esc_at <= ${at}::timestamptz THEN 'escalated' ELSE 'acknowledged' END
          WHEN u.reopened THEN 'reopened'
          ELSE 'resolved' END AS status
      FROM u),
    v AS (
      SELECT s.*, s.status NOT IN ('submitted', 'withdrawn') AS acked, s.status NOT IN ('submitted', 'withdrawn', 'acknowledged') AND s.escalated AS was_escalated,
        s.status = 'resolved' AND s.res_at + interval '3 days' <= ${at}::timestamptz AND s.r2 % 10 < 7 AS rated
      FROM s)
    SELECT v.org_id, v.member_id, (${categories})[1 + v.r4 % ${NEED_CATEGORIES.length}], '关于' || (ARRAY['子女入学', '就医报销', '住房维修', '就业培训', '权益维护'])[1 + v.r2 % 5] || '的诉求',
      '党员反映的具体情况和请求（测速数据）。', CASE WHEN v.r2 % 20 = 0 THEN 'urgent' ELSE 'normal' END, v.r4 % 10 = 0, v.status,
      CASE WHEN v.was_escalated THEN v.committee_id ELSE v.org_id END, v.filed_at, ${day("v.filed_at")} + 5,
      CASE WHEN v.acked THEN v.ack_at END,
      CASE WHEN v.status = 'reopened' THEN ${day("v.res_at")} + 30 WHEN v.was_escalated THEN ${day("v.esc_at")} + 30 WHEN v.acked THEN ${day("v.ack_at")} + 30 END,
      CASE WHEN v.was_escalated THEN v.esc_at END,
      CASE WHEN v.status = 'resolved' THEN v.res_at END,
      CASE WHEN v.status IN ('resolved', 'reopened') THEN '已协调有关方面解决，并向党员本人答复。' END,
      CASE WHEN v.rated THEN CASE WHEN v.r4 % 100 < 75 THEN 'satisfied' WHEN v.r4 % 100 < 93 THEN 'partly_satisfied' ELSE 'not_satisfied' END END,
      CASE WHEN v.rated AND v.r4 % 100 >= 93 THEN '问题没有彻底解决' END,
      CASE WHEN v.rated THEN v.res_at + interval '3 days' END,
      CASE WHEN v.status = 'reopened' THEN 1 ELSE 0 END,
      CASE WHEN v.status = 'withdrawn' THEN v.filed_at + interval '2 days' END,
      v.filed_at, v.filed_at
    FROM v`);
}

/**
 * People recorded as cared for: long-ill members (one in 200), families of deceased members (one per
 * 300 members), two households of the masses per branch (with consent); one record in ten ended.
 */
async function insertRecipients(ctx: Ctx, rootPath: string, today: string) {
  const ended = (r: string) => sql.raw(`CASE WHEN ${r} % 10 = 0 THEN '${today}'::date - (${r} % 60) END`);
  const endReason = (r: string) => sql.raw(`CASE WHEN ${r} % 10 = 0 THEN '困难已解除' END`);
  await ctx.db.execute(sql`
    INSERT INTO care_recipients (org_id, kind, member_id, person_name, relation, address, difficulty, consent_on, consent_note, started_on, ended_on, end_reason)
    SELECT m.org_id, CASE WHEN h.r < 5 THEN 'long_ill_member' ELSE 'deceased_member_family' END, m.id,
      CASE WHEN h.r < 5 THEN m.name ELSE m.name || '家属' END, CASE WHEN h.r < 5 THEN NULL ELSE '配偶' END, NULL,
      CASE WHEN h.r < 5 THEN '长期患病，行动不便' ELSE '家庭收入较低' END, NULL, NULL, ${today}::date - 60 - h.r2, ${ended("h.r2")}, ${endReason("h.r2")}
    FROM members m JOIN orgs o ON o.id = m.org_id
    CROSS JOIN LATERAL (SELECT ${hash("m.id::text || 'c1'")} AS r, ${hash("m.id::text || 'c2'")} AS r2) h
    WHERE o.path LIKE ${`${rootPath}%`} AND m.standing = 'active' AND h.r < 8
    UNION ALL
    SELECT o.id, 'masses', NULL, '群众' || k || '号户', NULL, '本村（社区）', '因病致贫', ${today}::date - 60 - h.r2, '本人书面同意登记',
      ${today}::date - 60 - h.r2, ${ended("h.r2")}, ${endReason("h.r2")}
    FROM orgs o CROSS JOIN generate_series(1, 2) AS k
    CROSS JOIN LATERAL (SELECT ${hash("o.id::text || k")} AS r2) h
    WHERE o.path LIKE ${`${rootPath}%`} AND o.kind = 'branch'`);
}

export interface BenchCampaign {
  id: string;
  path: string;
}

/**
 * A campaign of the organization at `org`, with the targets its prefill would choose (struggling,
 * senior and long-ill members, and the families and masses cared for now under it), and the visits
 * of `visitedShare` thousandths of them dated inside its window (money, goods or a talk).
 */
async function insertCampaign(ctx: Ctx, org: { id: string; path: string }, c: { year: number; kind: string; title: string; startsOn: string; dueOn: string }, today: string, visitedShare: number) {
  const [{ id }] = (await rowsOf<{ id: string }>(ctx, sql`
    INSERT INTO care_campaigns (org_id, year, kind, title, starts_on, due_on) VALUES (${org.id}, ${c.year}, ${c.kind}, ${c.title}, ${c.startsOn}, ${c.dueOn})
    RETURNING id`)) as [{ id: string }];
  const seniorBorn = addYears(today, -ctx.config.seniorMinAge);
  const seniorJoined = addYears(today, -ctx.config.seniorMinPartyAge);
  const longIll = sql`m.id IN (SELECT r.member_id FROM care_recipients r WHERE r.kind = 'long_ill_member' AND r.ended_on IS NULL)`;
  await ctx.db.execute(sql`
    INSERT INTO care_campaign_targets (campaign_id, org_id, member_id, recipient_id, kind, visitor_name, due_on)
    SELECT ${id}::uuid, m.org_id, m.id, NULL, CASE WHEN m.is_struggling THEN 'struggling_member' WHEN ${longIll} THEN 'long_ill_member' ELSE 'senior_member' END,
      '支部书记', ${c.dueOn}::date
    FROM members m JOIN orgs o ON o.id = m.org_id
    WHERE o.path LIKE ${`${org.path}%`} AND m.standing = 'active' AND m.archived_at IS NULL
      AND (m.is_struggling OR m.birth_date <= ${seniorBorn} OR m.full_member_on <= ${seniorJoined} OR ${longIll})
    UNION ALL
    SELECT ${id}::uuid, r.org_id, NULL, r.id, r.kind, '支部书记', ${c.dueOn}::date
    FROM care_recipients r JOIN orgs o ON o.id = r.org_id
    WHERE o.path LIKE ${`${org.path}%`} AND r.kind IN ('deceased_member_family', 'masses') AND r.ended_on IS NULL`);
  await ctx.db.execute(sql`
    INSERT INTO care_visits (org_id, member_id, recipient_id, campaign_id, visited_on, visitors, kind, amount_fen, notes)
    SELECT t.org_id, t.member_id, t.recipient_id, t.campaign_id, LEAST(${c.startsOn}::date + h.r % (${c.dueOn}::date - ${c.startsOn}::date + 1), ${today}::date),
      ARRAY['支部书记', '支部委员'], (ARRAY['money', 'money', 'goods', 'talk'])[1 + h.r2 % 4],
      CASE h.r2 % 4 WHEN 0 THEN 50000 WHEN 1 THEN 80000 WHEN 2 THEN 20000 END, ''
    FROM care_campaign_targets t CROSS JOIN LATERAL (SELECT ${hash("t.id::text")} AS r, ${hash("t.id::text || 'k'")} AS r2) h
    WHERE t.campaign_id = ${id}::uuid AND h.r < ${visitedShare}`);
  return { id, path: org.path } satisfies BenchCampaign;
}

/**
 * The caring data under the synthetic root: needs, recorded people, this year's Spring Festival
 * campaign of the root (85% visited) and July First campaign of the mid committee (75%), and
 * routine visits outside campaigns: last year for 60% of the root's targets, this autumn for 15%.
 */
export async function buildCareData(ctx: Ctx, root: { id: string; path: string }, mid: { id: string; path: string }, now: Date, today: string) {
  const year = Number(today.slice(0, 4));
  await insertNeeds(ctx, root.path, now);
  await insertRecipients(ctx, root.path, today);
  await ctx.db.execute(sql`ANALYZE care_recipients`);
  const spring = await insertCampaign(ctx, root, { year, kind: "spring_festival", title: `${year}年春节走访慰问`, startsOn: `${year}-01-20`, dueOn: `${year}-02-16` }, today, 850);
  const july = await insertCampaign(ctx, mid, { year, kind: "july_first", title: `${year}年“七一”走访慰问`, startsOn: `${year}-06-10`, dueOn: `${year}-07-01` }, today, 750);
  await ctx.db.execute(sql`
    INSERT INTO care_visits (org_id, member_id, recipient_id, visited_on, visitors, kind, notes)
    SELECT t.org_id, t.member_id, t.recipient_id, d.visited_on, ARRAY['支部书记'], 'talk', '日常走访'
    FROM care_campaign_targets t CROSS JOIN LATERAL (SELECT ${hash("t.id::text || 'v'")} AS r) h
    CROSS JOIN LATERAL (SELECT CASE WHEN h.r < 600 THEN make_date(${year - 1}, 1, 1) + h.r % 360
      ELSE LEAST(make_date(${year}, 9, 1) + h.r % 60, ${today}::date) END AS visited_on) d
    WHERE t.campaign_id = ${spring.id}::uuid AND h.r < 750`);
  return { spring, july };
}
