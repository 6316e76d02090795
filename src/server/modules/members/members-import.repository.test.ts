import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { importUpdateSql } from "./members-import.repository";

const dialect = new PgDialect();

// The import's batched UPDATE, snapshotted so a change to its shape shows in review.
describe("importUpdateSql", () => {
  it("updates many members in one statement, each value cast to its column's type, within the scope", () => {
    const query = dialect.sqlToQuery(
      importUpdateSql({ kind: "subtree", orgId: "b", path: "/c/b/" }, ["workUnit", "isStruggling", "fullMemberOn"], [
        { id: "11111111-1111-4111-8111-111111111111", values: { workUnit: "新单位", isStruggling: true, fullMemberOn: null } },
        { id: "22222222-2222-4222-8222-222222222222", values: { workUnit: null, isStruggling: false, fullMemberOn: "2020-07-01" } },
      ]),
    );
    expect(query.sql).toBe(
      'UPDATE "members" SET "work_unit" = v."work_unit", "is_struggling" = v."is_struggling", "full_member_on" = v."full_member_on", updated_at = now() ' +
        "FROM (VALUES ($1::uuid, $2::text, $3::boolean, $4::date), ($5::uuid, $6::text, $7::boolean, $8::date)) " +
        'AS v(id, "work_unit", "is_struggling", "full_member_on") ' +
        'WHERE "members"."id" = v.id AND "members"."org_id" IN (SELECT "orgs"."id" FROM "orgs" WHERE "orgs"."path" like $9)',
    );
    expect(query.params).toEqual(["11111111-1111-4111-8111-111111111111", "新单位", true, null, "22222222-2222-4222-8222-222222222222", null, false, "2020-07-01", "/c/b/%"]);
  });
});
