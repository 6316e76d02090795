import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../test/db";
import type { DatabaseHandle } from "../../db/client";
import { buildMoveSubtreeQuery, buildRenewalsQuery } from "./org-structure.repository";
import { insertOrgRow } from "./organizations.repository";
import { termEndsOn } from "./org-terms.rules";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

// Snapshots of the two structural queries, so a change to them shows in review.
describe("structure SQL", () => {
  it("moves a subtree with one UPDATE on the path prefix, never a walk of the tree", () => {
    const query = buildMoveSubtreeQuery(handle.db, { id: "b", path: "/c/b/", depth: 1 }, { id: "g", path: "/c/g/", depth: 1 }).toSQL();
    expect(query).toMatchInlineSnapshot(`
      {
        "params": [
          "b",
          "g",
          "/c/g/b/",
          "/c/b/",
          1,
          "/c/b/%",
        ],
        "sql": "update "orgs" set "parent_id" = CASE WHEN "orgs"."id" = $1::uuid THEN $2::uuid ELSE "orgs"."parent_id" END, "path" = $3::text || substring("orgs"."path" from char_length($4::text) + 1), "depth" = "orgs"."depth" + $5::int, "updated_at" = now() where "orgs"."path" like $6 returning "id"",
      }
    `);
  });

  it("finds renewals with one SELECT: end date computed in SQL, scope by path, total by window", () => {
    const query = buildRenewalsQuery(handle.db, { kind: "subtree", orgId: "c", path: "/c/" }, { page: 1, pageSize: 20, status: "due" }, "2026-11-25", 3).toSQL();
    expect(query).toMatchInlineSnapshot(`
      {
        "params": [
          "2026-11-25",
          "/c/%",
          "2026-11-25",
          3,
          "2026-11-25",
          20,
        ],
        "sql": "select "orgs"."id", "orgs"."code", "orgs"."name", "orgs"."kind", "parent"."name", "orgs"."term_started_on", "orgs"."term_years", to_char(("orgs"."term_started_on" + make_interval(years => "orgs"."term_years"))::date, 'YYYY-MM-DD'), ("orgs"."term_started_on" + make_interval(years => "orgs"."term_years"))::date < $1::date, count(*) OVER () from "orgs" left join "orgs" "parent" on "parent"."id" = "orgs"."parent_id" where ("orgs"."archived_at" is null and "orgs"."path" like $2 and "orgs"."term_started_on" is not null and "orgs"."term_years" is not null and (("orgs"."term_started_on" + make_interval(years => "orgs"."term_years"))::date >= $3::date AND (("orgs"."term_started_on" + make_interval(years => "orgs"."term_years"))::date - make_interval(months => $4::int))::date <= $5::date)) order by ("orgs"."term_started_on" + make_interval(years => "orgs"."term_years"))::date asc, "orgs"."code" asc limit $6",
      }
    `);
  });
});

describe("renewal dates in SQL", () => {
  it("clamps 29 February exactly as termEndsOn does", async () => {
    const id = randomUUID();
    await insertOrgRow(handle.db, { id, code: "T-LEAP", name: "闰日党支部", kind: "branch", path: `/${id}/`, depth: 0, termStartedOn: "2024-02-29", termYears: 3 });
    const [row] = await buildRenewalsQuery(handle.db, { kind: "all" }, { page: 1, pageSize: 20, status: "overdue" }, "2027-03-01", 3);
    expect(row).toMatchObject({ id, termEndsOn: "2027-02-28", isOverdue: true, total: 1 });
    expect(row!.termEndsOn).toBe(termEndsOn("2024-02-29", 3));
    expect(await buildRenewalsQuery(handle.db, { kind: "all" }, { page: 1, pageSize: 20, status: "overdue" }, "2027-02-28", 3)).toEqual([]);
  });
});
