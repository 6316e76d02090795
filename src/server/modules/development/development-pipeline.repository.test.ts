import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/db";
import type { DatabaseHandle } from "../../db/client";
import { dueItemsQuery, pipelineQuery } from "./development-pipeline.repository";

/** One clause or output column a line, so a review diff points at the part that changed. */
const readable = (text: string) => text.replace(/ (from|where|group by) /g, "\n$1 ").replace(/, (?=\(count)/g, ",\n  ");

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const explain = (query: { getSQL(): unknown }) =>
  handle.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_seqscan = off`);
    const result = (await tx.execute(sql`EXPLAIN (COSTS OFF) ${query}`)) as unknown as { rows: Record<string, string>[] };
    return result.rows.map((r) => Object.values(r)[0]).join("\n");
  });

describe("pipeline SQL", () => {
  // The hot query of the development home page: a change to its shape shows in review (style.md).
  it("counts a subtree's stages, deferred, overdue, due soon and overdue by rule in one aggregate", () => {
    const scope = { kind: "subtree" as const, orgId: "c", path: "/c/" };
    const query = pipelineQuery(handle.db, scope, { orgId: "b", path: "/c/b/" }, "2026-11-25", "2026-12-25").toSQL();
    expect({ sql: readable(query.sql), params: query.params.join(" | ") }).toMatchSnapshot();
    expect(query.sql).toMatch(/group by 1$/);
    // The subtree lies inside the caller's scope, so it alone filters: one prefix match, not two.
    expect(query.params).toContain("/c/b/%");
    expect(query.params).not.toContain("/c/%");
  });

  it("keeps the scope's own filter when the subtree does not lie inside it", () => {
    const query = pipelineQuery(handle.db, { kind: "subtree", orgId: "c", path: "/c/" }, { orgId: "d", path: "/d/" }, "2026-11-25", "2026-12-25").toSQL();
    expect(query.params).toEqual(expect.arrayContaining(["/c/%", "/d/%"]));
  });

  it("can count from development_people_org_idx and page reminders from development_people_due_idx", async () => {
    const subtree = { orgId: randomUUID(), path: `/${randomUUID()}/` };
    expect(await explain(pipelineQuery(handle.db, { kind: "all" }, subtree, "2026-11-25", "2026-12-25"))).toContain("development_people_org_idx");
    // The reminders of an admin's whole scope: the partial index gives the order, so a page stops early.
    expect(await explain(dueItemsQuery(handle.db, { kind: "all" }, undefined, "2026-12-25", { page: 1, pageSize: 20 }))).toContain("development_people_due_idx");
  });
});
