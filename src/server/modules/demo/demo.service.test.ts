import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { DEMO_PASSWORD, buildDemoDataset } from "./demo-dataset";
import { describeDemoAccounts, hasAnyOrg, seedDemo } from "./demo.service";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe("seedDemo", () => {
  it("writes the demo town through the services, audited, and lists the demo accounts", async () => {
    expect(await hasAnyOrg(t.deps.db)).toBe(false);
    expect(await describeDemoAccounts(t.deps.db)).toBeNull();
    const summary = await seedDemo(t.system);
    expect(summary.orgs).toBeGreaterThanOrEqual(11);
    expect(summary.members).toBeGreaterThanOrEqual(500);
    const counts = await t.deps.db.execute(sql`SELECT (SELECT count(*) FROM members)::int AS members, (SELECT count(*) FROM audit_log WHERE action = 'member.create')::int AS audited`);
    expect((counts as { rows: unknown[] }).rows[0]).toEqual({ members: summary.members + summary.development.admitted, audited: summary.members + summary.development.admitted });
    expect(await describeDemoAccounts(t.deps.db)).toContain("cun01_shuji");
    // The whole town through the services: minutes on a loaded machine, not a figure to assert.
  }, 180_000);

  it("stores ID numbers encrypted, never in plain text", async () => {
    const rows = await t.deps.db.execute(sql`SELECT id_number_cipher, id_number_masked FROM members LIMIT 5`);
    for (const row of (rows as { rows: unknown[] }).rows as { id_number_cipher: string; id_number_masked: string }[]) {
      expect(row.id_number_cipher).toMatch(/^v1:/);
      expect(row.id_number_masked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(t.deps.pii.decrypt(row.id_number_cipher)).toMatch(/^\d{17}[\dX]$/);
    }
  });

  it("stores phone numbers with their lookup hash, and education and occupation as statistics codes", async () => {
    const rows = await t.deps.db.execute(sql`SELECT count(*)::int AS n, count(phone_hash)::int AS hashed, count(*) FILTER (WHERE education IN ('postgraduate','bachelor','college','technical_secondary','senior_high','junior_high_or_below'))::int AS coded FROM members`);
    const { n, hashed, coded } = (rows as { rows: unknown[] }).rows[0] as { n: number; hashed: number; coded: number };
    expect(hashed).toBe(n);
    expect(coded).toBe(n);
    const session = await signIn(t.app, "cun01_shuji", DEMO_PASSWORD);
    const [member] = (await t.app.inject({ method: "GET", url: "/api/members?pageSize=1", headers: session.headers })).json().items;
    const pii = (await t.app.inject({ method: "GET", url: `/api/members/${member.id}/pii`, headers: session.headers })).json();
    const found = (await t.app.inject({ method: "GET", url: `/api/members?phone=${pii.phone}`, headers: session.headers })).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([member.id]);
  });

  it("records the lifecycle events through the events service: mobility, lost contact, a suspension, a pending transfer", async () => {
    const rows = await t.deps.db.execute(sql`SELECT
      (SELECT count(*) FROM members WHERE is_mobile)::int AS mobile,
      (SELECT count(*) FROM members WHERE is_lost_contact)::int AS lost,
      (SELECT count(*) FROM members WHERE standing = 'suspended')::int AS suspended,
      (SELECT count(*) FROM members WHERE standing = 'transferring')::int AS transferring,
      (SELECT count(*) FROM member_events)::int AS events,
      (SELECT count(*) FROM audit_log WHERE action = 'member.record_event')::int AS audited`);
    const counts = (rows as { rows: unknown[] }).rows[0] as Record<string, number>;
    expect(counts).toMatchObject({ lost: 3, suspended: 1, transferring: 1 });
    expect(counts.mobile).toBeGreaterThanOrEqual(5);
    expect(counts.audited).toBe(counts.events);
    const session = await signIn(t.app, "cun01_shuji", DEMO_PASSWORD);
    const incoming = (await t.app.inject({ method: "GET", url: "/api/members/incoming-transfers", headers: session.headers })).json();
    expect(incoming.items).toHaveLength(1);
    expect(incoming.items[0]).toMatchObject({ fromOrg: { name: expect.stringContaining("溪口村") }, toOrg: { name: "青山村党支部" }, letterNumber: "青组转〔2026〕018号" });
  });

  it("gives the demo branch secretary their branch and not a sibling", async () => {
    const session = await signIn(t.app, "cun01_shuji", DEMO_PASSWORD);
    const orgs = (await t.app.inject({ method: "GET", url: "/api/orgs?pageSize=200", headers: session.headers })).json();
    const codes = orgs.items.map((o: { code: string }) => o.code);
    expect(codes).toContain("QS-CUN01");
    expect(codes.every((c: string) => c.startsWith("QS-CUN01"))).toBe(true);
  });

  it("appoints the officers through the organizations service: full active members of the subtree, audited", async () => {
    const data = buildDemoDataset();
    const rows = await t.deps.db.execute(sql`SELECT
      (SELECT count(*) FROM org_officers WHERE ended_on IS NULL)::int AS officers,
      (SELECT count(*) FROM audit_log WHERE action = 'org.officer_create')::int AS audited,
      (SELECT count(*) FROM org_officers o JOIN orgs g ON g.id = o.org_id JOIN members m ON m.id = o.member_id JOIN orgs mo ON mo.id = m.org_id
        WHERE m.status = 'full' AND m.standing = 'active' AND m.name = o.name AND mo.path LIKE g.path || '%')::int AS eligible`);
    expect((rows as { rows: unknown[] }).rows[0]).toEqual({ officers: data.officers.length, audited: data.officers.length, eligible: data.officers.length });
    const secretaries = await t.deps.db.execute(sql`SELECT g.code, count(o.id)::int AS n FROM orgs g
      LEFT JOIN org_officers o ON o.org_id = g.id AND o.post = 'secretary' AND o.ended_on IS NULL
      WHERE g.kind <> 'group' GROUP BY g.code HAVING count(o.id) <> 1`);
    expect((secretaries as { rows: unknown[] }).rows).toEqual([]);
  });

  it("links the demo secretaries' accounts to the members holding the secretary's post", async () => {
    const rows = await t.deps.db.execute(sql`SELECT u.username, g.code FROM users u
      JOIN org_officers o ON o.member_id = u.member_id AND o.post = 'secretary' AND o.ended_on IS NULL
      JOIN orgs g ON g.id = o.org_id ORDER BY u.username`);
    expect((rows as { rows: unknown[] }).rows).toEqual([{ username: "cun01_shuji", code: "QS-CUN01" }, { username: "sq01_shuji", code: "QS-SQ-ZB1" }]);
  });

  it("shows only the warnings a real town would have: the joint branch's units to check, and the terms to renew", async () => {
    const session = await signIn(t.app, "admin", DEMO_PASSWORD);
    const orgs = (await t.app.inject({ method: "GET", url: "/api/orgs?pageSize=200", headers: session.headers })).json();
    expect(orgs.total).toBe(buildDemoDataset().orgs.length);
    const warnings: Record<string, string[]> = {};
    for (const org of orgs.items as { id: string; code: string }[]) {
      const detail = (await t.app.inject({ method: "GET", url: `/api/orgs/${org.id}`, headers: session.headers })).json();
      const found = (detail.warnings as { rule: string; level: string }[]).map((w) => `${w.rule} ${w.level}`);
      if (found.length > 0) warnings[org.code] = found;
    }
    expect(warnings).toEqual({
      QS: ["TERM-03 info"],
      "QS-FG01": ["TERM-03 warning"],
      "QS-XX": ["TERM-03 info"],
      "QS-WSY": ["TERM-03 info"],
      "QS-SHZZ": ["ORG-03 info"],
    });
  });

  it("fills the renewals tab: one branch past its term, three terms ending within three months", async () => {
    const session = await signIn(t.app, "qs_admin", DEMO_PASSWORD);
    const renewals = (await t.app.inject({ method: "GET", url: "/api/orgs/renewals", headers: session.headers })).json();
    expect(renewals.items.map((r: { code: string; termStatus: string; termEndsOn: string }) => [r.code, r.termStatus, r.termEndsOn])).toEqual([
      ["QS-FG01", "overdue", "2026-08-18"],
      ["QS-XX", "due", "2026-12-28"],
      ["QS", "due", "2027-01-14"],
      ["QS-WSY", "due", "2027-02-06"],
    ]);
  });

  it("records member development at every stage through the services, with one overdue case per deadline", async () => {
    const rows = await t.deps.db.execute(sql`SELECT stage, status, close_reason, count(*)::int AS n FROM development_people GROUP BY 1, 2, 3`);
    const byCase = Object.fromEntries(
      ((rows as { rows: unknown[] }).rows as { stage: string; status: string; close_reason: string | null; n: number }[]).map((r) => [
        [r.stage, r.status, r.close_reason].filter(Boolean).join("/"),
        r.n,
      ]),
    );
    expect(byCase).toEqual({
      "applicant/open": 7,
      "activist/open": 6,
      "activist/closed/withdrawn": 1,
      "candidate/open": 6,
      "candidate/deferred": 1,
      "candidate/closed/not_admitted": 1,
      "probationary/open": 4,
      "full_member/completed": 2,
    });
    const session = await signIn(t.app, "qs_admin", DEMO_PASSWORD);
    const pipeline = (await t.app.inject({ method: "GET", url: "/api/development/pipeline", headers: session.headers })).json();
    expect(pipeline.overdueByRule.map((r: { rule: string; count: number }) => [r.rule, r.count])).toEqual([["DEV-02", 1], ["DEV-06", 1], ["DEV-23", 1]]);
    expect(pipeline.dueSoon).toBeGreaterThanOrEqual(3);
  });

  it("has each step recorded by its own body: the branch secretary, or the committee's officer (SOD-01/02), all audited", async () => {
    const rows = await t.deps.db.execute(sql`SELECT s.body, u.username, count(*)::int AS n FROM development_steps s
      JOIN users u ON u.id = s.recorded_by GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(((rows as { rows: unknown[] }).rows as { body: string; username: string }[]).map((r) => `${r.body} ${r.username}`)).toEqual([
      "branch cun01_shuji",
      "branch sq01_shuji",
      "committee qs_admin",
    ]);
    const audit = await t.deps.db.execute(sql`SELECT
      (SELECT count(*) FROM development_steps WHERE code NOT IN ('submitApplication', 'outcome'))::int AS steps,
      (SELECT count(*) FROM audit_log WHERE action = 'development.record_step')::int AS audited,
      (SELECT count(*) FROM members m JOIN development_people p ON p.member_id = m.id WHERE m.status = 'full')::int AS converted`);
    const counts = (audit as { rows: unknown[] }).rows[0] as { steps: number; audited: number; converted: number };
    expect(counts.audited).toBe(counts.steps);
    expect(counts.converted).toBe(2);
  });

  it("saves the committee's 2026 plan with a quota for each branch with cases", async () => {
    const session = await signIn(t.app, "qs_admin", DEMO_PASSWORD);
    const orgs = (await t.app.inject({ method: "GET", url: "/api/orgs?pageSize=200", headers: session.headers })).json();
    const qs = orgs.items.find((o: { code: string }) => o.code === "QS");
    const plan = (await t.app.inject({ method: "GET", url: `/api/development/plans?orgId=${qs.id}&year=2026`, headers: session.headers })).json();
    expect(plan.rows.map((r: { orgName: string; quota: number; actual: number }) => [r.orgName, r.quota, r.actual])).toEqual([
      ["青山村党支部", 2, 0],
      ["青山社区第一党支部", 3, 2],
    ]);
    expect(plan.targets.find((x: { key: string }) => x.key === "young_farmer").target).toBe(1);
  });

  it("refuses to seed twice, leaving the data as it was", async () => {
    const before = await t.deps.db.execute(sql`SELECT (SELECT count(*) FROM development_people)::int AS people, (SELECT count(*) FROM development_steps)::int AS steps`);
    await expect(seedDemo(t.system)).rejects.toThrow();
    const count = await t.deps.db.execute(sql`SELECT count(*)::int AS n FROM orgs`);
    expect(((count as { rows: unknown[] }).rows[0] as { n: number }).n).toBe(buildDemoDataset().orgs.length);
    const after = await t.deps.db.execute(sql`SELECT (SELECT count(*) FROM development_people)::int AS people, (SELECT count(*) FROM development_steps)::int AS steps`);
    expect((after as { rows: unknown[] }).rows[0]).toEqual((before as { rows: unknown[] }).rows[0]);
  });

  it("holds a year of organizational life: every quarter's general meeting in the village, gaps where the story has them", async () => {
    const rows = await t.deps.db.execute(sql`SELECT o.code, m.type, to_char(m.held_on, 'YYYY-"Q"Q') AS quarter, m.status, m.expected_count, m.present_count + m.excused_count + m.absent_count AS counted,
        (SELECT count(*) FROM meeting_attendances a WHERE a.meeting_id = m.id)::int AS attendances
      FROM meetings m JOIN orgs o ON o.id = m.org_id`);
    const meetings = (rows as { rows: unknown[] }).rows as { code: string; type: string; quarter: string; status: string; expected_count: number; counted: number; attendances: number }[];
    expect(meetings.length).toBeGreaterThan(500);
    for (const m of meetings) expect([m.counted, m.attendances]).toEqual([m.expected_count, m.expected_count]);
    const villageGeneral = meetings.filter((m) => m.code === "QS-CUN01" && m.type === "general_meeting").map((m) => m.quarter);
    expect(new Set(villageGeneral)).toEqual(new Set(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]));
    // The company branch past its term skipped its second-quarter general meeting; the joint branch began in April.
    expect(meetings.some((m) => m.code === "QS-FG01" && m.type === "general_meeting" && m.quarter === "2026-Q2")).toBe(false);
    expect(meetings.filter((m) => m.code === "QS-SHZZ" && m.quarter === "2026-Q1")).toEqual([]);
    expect(meetings.some((m) => m.status === "draft")).toBe(true);
  });

  it("has two villagers drifting away from organizational life, one past the six-month limit", async () => {
    const rows = await t.deps.db.execute(sql`SELECT a.member_id, max(a.held_on) FILTER (WHERE a.status = 'present')::text AS last_present
      FROM meeting_attendances a JOIN orgs o ON o.id = a.org_id JOIN members mb ON mb.id = a.member_id
      WHERE o.code LIKE 'QS-CUN01%' AND NOT mb.is_mobile GROUP BY a.member_id`);
    const last = ((rows as { rows: unknown[] }).rows as { last_present: string | null }[]).map((r) => r.last_present ?? "");
    expect(last.filter((d) => d < "2026-05-25")).toHaveLength(1);
    expect(last.filter((d) => d >= "2026-05-25" && d < "2026-07-25")).toHaveLength(1);
  });

  it("publishes the community branch's 2026 evaluation, with a handling case for its unqualified member, and keeps an overdue 限期改正 in the village", async () => {
    const committee = await signIn(t.app, "qs_admin", DEMO_PASSWORD);
    const campaigns = (await t.app.inject({ method: "GET", url: "/api/evaluations?year=2026", headers: committee.headers })).json();
    expect(campaigns.items).toEqual([expect.objectContaining({ year: 2026, phase: "published" })]);
    const cases = (await t.app.inject({ method: "GET", url: "/api/handling/cases", headers: committee.headers })).json();
    expect(cases.items).toHaveLength(2);
    expect(cases.items.filter((c: { overdue: { isOverdue: boolean } }) => c.overdue.isOverdue)).toHaveLength(1);
  });

  it("seeds the secretary projects: 2025 evaluated and published by the rules, 2026 at every stage, none for 青山村 in 2026", async () => {
    const committee = await signIn(t.app, "qs_admin", DEMO_PASSWORD);
    const list = (year: number, extra = "") => t.app.inject({ method: "GET", url: `/api/secretary-projects?year=${year}&pageSize=50${extra}`, headers: committee.headers }).then((r) => r.json());
    const past = await list(2025);
    // The town committee's own project is reviewed by the administrators, so qs_admin sees it as its own organization's.
    expect(past.total).toBe(18);
    expect(new Set(past.items.map((p: { status: string }) => p.status))).toEqual(new Set(["published"]));
    const grades = past.items.map((p: { grade: string }) => p.grade);
    expect(grades).toContain("good");
    expect(grades).toContain("poor");
    const now = await list(2026);
    const byStatus = (status: string) => now.items.filter((p: { status: string }) => p.status === status).length;
    // The draft of the company branch stays with that branch; the committee sees everything submitted.
    expect(byStatus("draft")).toBe(0);
    expect(byStatus("submitted")).toBe(1);
    expect(byStatus("returned")).toBe(1);
    expect(byStatus("reported")).toBe(2);
    expect(now.items.some((p: { orgCode: string }) => p.orgCode === "QS-CUN01")).toBe(false);
    expect(now.items.filter((p: { overdueMilestones: number }) => p.overdueMilestones > 0).length).toBeGreaterThanOrEqual(2);
    expect(now.items.filter((p: { hasPendingChange: boolean }) => p.hasPendingChange)).toHaveLength(1);
    // The community branch's project went through the services: approved, reported on, guided and checked.
    const community = await signIn(t.app, "sq01_shuji", DEMO_PASSWORD);
    const own = (await t.app.inject({ method: "GET", url: "/api/secretary-projects?year=2026", headers: community.headers })).json();
    expect(own.items).toEqual([expect.objectContaining({ orgCode: "QS-SQ-ZB1", status: "approved", milestonesDone: 3, latestRating: "on_track" })]);
  });
});
