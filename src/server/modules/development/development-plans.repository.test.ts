import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/db";
import { insertDevelopmentPerson } from "../../../../test/development-fixtures";
import type { DatabaseHandle } from "../../db/client";
import { orgsTable } from "../organizations/organizations.table";
import { type PlanWindow, insertPlanRow, planOrgQuery, quotaProgressQuery } from "./development-plans.repository";

/** One clause a line, so a review diff points at the part that changed. */
const readable = (text: string) => text.replace(/ (from|where|group by|inner join|cross join lateral|order by) /g, "\n$1 ").replace(/, (?=\(count)/g, ",\n  ");

const WINDOW: PlanWindow = { yearStart: "2026-01-01", yearEnd: "2026-12-31", candidateActivistOnBy: "2025-12-31", probationActivistOnBy: "2025-09-30" };

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

/** An organization at a hand-made path, so the prefix edges can be placed exactly. */
async function insertOrgAt(path: string) {
  const [org] = await handle.db
    .insert(orgsTable)
    .values({ code: `P-${randomBytes(4).toString("hex")}`, name: `路径${path}`, kind: "branch", path, depth: path.split("/").length - 2 })
    .returning();
  return org!;
}

describe("plan progress SQL", () => {
  // The hot queries of the plan page: a change to their shape shows in review (style.md).
  it("counts each quota organization's subtree in one statement, by an indexable path range", () => {
    const query = quotaProgressQuery(handle.db, { kind: "all" }, "00000000-0000-4000-8000-000000000000", WINDOW).toSQL();
    expect({ sql: readable(query.sql), params: query.params.join(" | ") }).toMatchSnapshot();
    expect(query.sql).toContain(`"person_org"."path" ~>=~ "orgs"."path"`);
    expect(query.sql).not.toMatch(/\blike\b/i);
  });

  it("counts the plan organization as a whole in one scan over the indexed path prefix", () => {
    const query = planOrgQuery(handle.db, { kind: "all" }, { orgId: "c", path: "/c/" }, WINDOW).toSQL();
    expect({ sql: readable(query.sql), params: query.params.join(" | ") }).toMatchSnapshot();
    expect(query.sql.match(/\bselect\b/gi)).toHaveLength(2); // the aggregate and the subtree's org ids
    expect(query.params).toContain("/c/%");
  });

  it("takes exactly the organizations under a quota organization's path, itself included, not a sibling sharing its prefix", async () => {
    const root = `/${randomUUID()}/`;
    const quotaOrg = await insertOrgAt(`${root}x/`);
    const orgs = await Promise.all([`${root}x/`, `${root}x/y/`, `${root}x0/`, `${root}xy/`, root, `${root}x`].map(insertOrgAt));
    for (const org of orgs) await insertDevelopmentPerson(handle, { orgId: org.id, stage: "probationary", approvedOn: "2026-05-01" });
    const plan = await insertPlanRow(handle.db, { orgId: orgs[4]!.id, year: 2026 }, [{ orgId: quotaOrg.id, quota: 3 }]);
    const rows = await quotaProgressQuery(handle.db, { kind: "all" }, plan.id, WINDOW);
    expect(rows).toEqual([{ orgId: quotaOrg.id, orgName: quotaOrg.name, quota: 3, actual: 2, forecast: 0 }]);
  });

  it("answers 0 for a quota organization with no cases in its subtree", async () => {
    const root = `/${randomUUID()}/`;
    const [planOrg, empty] = await Promise.all([root, `${root}e/`].map(insertOrgAt));
    const plan = await insertPlanRow(handle.db, { orgId: planOrg!.id, year: 2026 }, [{ orgId: empty!.id, quota: 1 }]);
    const rows = await quotaProgressQuery(handle.db, { kind: "all" }, plan.id, WINDOW);
    expect(rows).toEqual([{ orgId: empty!.id, orgName: empty!.name, quota: 1, actual: 0, forecast: 0 }]);
  });

  it("can serve each quota's subtree from orgs_path_idx (the range operators are the index's own)", async () => {
    const query = quotaProgressQuery(handle.db, { kind: "all" }, randomUUID(), WINDOW);
    const plan = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const result = (await tx.execute(sql`EXPLAIN (COSTS OFF) ${query}`)) as unknown as { rows: Record<string, string>[] };
      return result.rows.map((r) => Object.values(r)[0]).join("\n");
    });
    expect(plan).toContain("orgs_path_idx");
  });
});
