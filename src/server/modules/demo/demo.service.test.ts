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
    expect((counts as { rows: unknown[] }).rows[0]).toEqual({ members: summary.members, audited: summary.members });
    expect(await describeDemoAccounts(t.deps.db)).toContain("cun01_shuji");
  });

  it("stores ID numbers encrypted, never in plain text", async () => {
    const rows = await t.deps.db.execute(sql`SELECT id_number_cipher, id_number_masked FROM members LIMIT 5`);
    for (const row of (rows as { rows: unknown[] }).rows as { id_number_cipher: string; id_number_masked: string }[]) {
      expect(row.id_number_cipher).toMatch(/^v1:/);
      expect(row.id_number_masked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(t.deps.pii.decrypt(row.id_number_cipher)).toMatch(/^\d{17}[\dX]$/);
    }
  });

  it("gives the demo branch secretary their branch and not a sibling", async () => {
    const session = await signIn(t.app, "cun01_shuji", DEMO_PASSWORD);
    const orgs = (await t.app.inject({ method: "GET", url: "/api/orgs?pageSize=200", headers: session.headers })).json();
    const codes = orgs.items.map((o: { code: string }) => o.code);
    expect(codes).toContain("QS-CUN01");
    expect(codes.every((c: string) => c.startsWith("QS-CUN01"))).toBe(true);
  });

  it("refuses to seed twice, leaving the data as it was", async () => {
    await expect(seedDemo(t.system)).rejects.toThrow();
    const count = await t.deps.db.execute(sql`SELECT count(*)::int AS n FROM orgs`);
    expect(((count as { rows: unknown[] }).rows[0] as { n: number }).n).toBe(buildDemoDataset().orgs.length);
  });
});
