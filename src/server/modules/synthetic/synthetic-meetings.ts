import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { pathPrefix } from "../access/access.repository";

/**
 * Synthetic organizational life for measuring (rules.md §2.3): for every organization under `path`,
 * the meetings its kind owes in each month from `from` to `to` (meeting-frequency.rules), most of
 * them held, a few missed, a few left as drafts — so a matrix shows green, amber and red as a province
 * would. One INSERT … SELECT in SQL, deterministic for a seed (hashtext, not random()), so no row
 * passes through Node. With `attendance`, every active member of a branch (and its groups) gets an
 * attendance row at the branch's general meetings, lectures, theme days and life meetings, and the
 * meeting's counts are set from them (a second statement); committee, group meetings and talks get none.
 */
export interface SyntheticMeetingsOptions {
  /** The subtree to fill: an organization's materialized path, "/" for everything. */
  path: string;
  from: string;
  to: string;
  seed?: number;
  attendance?: boolean;
}

/** [kind, type, unit, share of periods held (per mille)]: what each kind owes, and how often it is done. */
const PLAN = [
  ["branch", "general_meeting", "quarter", 880],
  ["branch", "committee_meeting", "month", 900],
  ["branch", "party_lecture", "quarter", 850],
  ["branch", "theme_day", "month", 920],
  ["branch", "life_meeting", "year", 800],
  ["branch", "one_on_one_talk", "year", 900],
  ["group", "group_meeting", "month", 850],
  ["committee", "committee_meeting", "month", 950],
  ["committee", "party_lecture", "year", 900],
  ["general_branch", "committee_meeting", "month", 900],
  ["general_branch", "party_lecture", "year", 850],
] as const;

const TOPICS: Record<string, string> = {
  general_meeting: "支部党员大会",
  committee_meeting: "委员会会议",
  group_meeting: "党小组会",
  party_lecture: "专题党课",
  theme_day: "主题党日活动",
  life_meeting: "年度组织生活会",
  one_on_one_talk: "谈心谈话",
};

const plan = sql.raw(
  `(VALUES ${PLAN.map(([kind, type, unit, share]) => `('${kind}', '${type}', '${unit}', ${share}, '${TOPICS[type]}')`).join(", ")}) AS k(kind, type, unit, share, topic)`,
);

export async function insertSyntheticMeetings(db: Executor, options: SyntheticMeetingsOptions): Promise<{ meetings: number; attendances: number }> {
  const seed = String(options.seed ?? 1);
  const prefix = pathPrefix(options.path);
  // One slot per organization, owed type and month; a quarterly type is held in one month of its
  // quarter and a yearly one in one month of its year (picked by hash), so each period gets at most
  // one meeting, held with the type's share.
  const h = (salt: string | ReturnType<typeof sql>) => sql`abs(hashtext(o.id::text || k.type || ${salt} || ${seed})::bigint)`;
  const slotMonth = sql`extract(month FROM s.month_start)::int`;
  // Drawn per meeting (the month is in the hash), not per organization and type: 3% of records unsigned.
  const isDraft = sql`${h(sql`'draft' || to_char(s.month_start, 'YYYY-MM')`)} % 100 < 3`;
  const inserted = sql`
    INSERT INTO meetings (org_id, type, topic, held_on, status, signed_off_at, expected_count, present_count, excused_count, absent_count)
    SELECT o.id, k.type, k.topic || '（' || to_char(s.month_start, 'YYYY年MM月') || '）',
      s.month_start + (${h("d")} % 28)::int,
      CASE WHEN ${isDraft} THEN 'draft' ELSE 'signed_off' END,
      CASE WHEN ${isDraft} THEN NULL ELSE (s.month_start + (${h("d")} % 28)::int + 2)::timestamptz END,
      0, 0, 0, 0
    FROM orgs o
    JOIN ${plan} ON k.kind = CASE WHEN o.kind IN ('joint_branch', 'temporary_branch') THEN 'branch' ELSE o.kind END
    CROSS JOIN (
      SELECT g::date AS month_start FROM generate_series(date_trunc('month', ${options.from}::date), date_trunc('month', ${options.to}::date), interval '1 month') g
    ) s
    WHERE o.path LIKE ${prefix} AND o.archived_at IS NULL
      AND ${h(sql`to_char(s.month_start, 'YYYY-MM')`)} % 1000 < k.share
      AND CASE k.unit
        WHEN 'month' THEN true
        WHEN 'quarter' THEN (${slotMonth} - 1) % 3 = ${h(sql`to_char(s.month_start, 'YYYY-Q') || 'm'`)} % 3
        ELSE ${slotMonth} = 1 + ${h(sql`to_char(s.month_start, 'YYYY') || 'm'`)} % 12
      END
      AND s.month_start + (${h("d")} % 28)::int BETWEEN ${options.from}::date AND ${options.to}::date
    RETURNING id, org_id, type, held_on, status`;
  if (!options.attendance) {
    const result = (await db.execute(sql`WITH ins AS (${inserted}) SELECT count(*)::int AS meetings FROM ins`)) as unknown as { rows: { meetings: number }[] };
    return { meetings: result.rows[0]?.meetings ?? 0, attendances: 0 };
  }
  const attended = sql`
    INSERT INTO meeting_attendances (meeting_id, member_id, org_id, held_on, status, reason, is_voter)
    SELECT ins.id, mb.id, mb.org_id, ins.held_on,
      CASE WHEN abs(hashtext(ins.id::text || mb.id::text)::bigint) % 100 < 84 THEN 'present'
           WHEN abs(hashtext(ins.id::text || mb.id::text)::bigint) % 100 < 93 THEN 'excused' ELSE 'absent' END,
      CASE WHEN abs(hashtext(ins.id::text || mb.id::text)::bigint) % 100 BETWEEN 84 AND 92 THEN '因事请假' END,
      mb.status = 'full'
    FROM ins
    JOIN mb ON mb.branch_id = ins.org_id
    WHERE ins.type IN ('general_meeting', 'party_lecture', 'theme_day', 'life_meeting')
    RETURNING meeting_id, status`;
  const result = (await db.execute(sql`
    WITH ins AS (${inserted}),
    mb AS (
      SELECT m.id, m.org_id, m.status, CASE WHEN mo.kind = 'group' THEN mo.parent_id ELSE mo.id END AS branch_id
      FROM members m JOIN orgs mo ON mo.id = m.org_id
      WHERE mo.path LIKE ${prefix} AND m.standing = 'active' AND m.archived_at IS NULL
    ),
    att AS (${attended})
    SELECT (SELECT count(*) FROM ins)::int AS meetings, (SELECT count(*) FROM att)::int AS attendances`)) as unknown as {
    rows: { meetings: number; attendances: number }[];
  };
  // A statement cannot update rows it inserted itself, so the counts on the meeting rows follow in a second one.
  await db.execute(sql`
    UPDATE meetings SET expected_count = c.expected, present_count = c.present, excused_count = c.excused, absent_count = c.absent
    FROM (
      SELECT a.meeting_id, count(*)::int AS expected, (count(*) FILTER (WHERE a.status = 'present'))::int AS present,
        (count(*) FILTER (WHERE a.status = 'excused'))::int AS excused, (count(*) FILTER (WHERE a.status = 'absent'))::int AS absent
      FROM meeting_attendances a JOIN meetings mt ON mt.id = a.meeting_id JOIN orgs o ON o.id = mt.org_id
      WHERE o.path LIKE ${prefix} AND mt.held_on BETWEEN ${options.from}::date AND ${options.to}::date AND mt.expected_count = 0
      GROUP BY a.meeting_id
    ) c
    WHERE meetings.id = c.meeting_id`);
  return { meetings: result.rows[0]?.meetings ?? 0, attendances: result.rows[0]?.attendances ?? 0 };
}
