import { QueryBuilder } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { FindMembersQuerySchema } from "../../../shared/contracts/members.contract";
import { memberInScope, memberListWhere } from "./members.repository";
import { membersTable } from "./members.table";

const qb = new QueryBuilder();
const where = (condition: ReturnType<typeof memberInScope>) => qb.select({ id: membersTable.id }).from(membersTable).where(condition).toSQL();

// Snapshots of the roster's hot query, so a change to its shape shows in review.
describe("roster SQL", () => {
  it("filters by scope, subtree, hashes and date bounds on plain columns, reckoned on today", () => {
    const query = FindMembersQuerySchema.parse({ q: "王", ageBand: "31_35", isSenior: "false" });
    const sql = where(
      memberListWhere({ kind: "subtree", orgId: "c", path: "/c/" }, query, {
        subtree: { orgId: "b", path: "/c/b/" },
        idNumberHash: "h",
        today: "2026-11-25",
        senior: { minAge: 70, minPartyAge: 50 },
      }),
    );
    expect(sql).toEqual({
      sql:
        'select "id" from "members" where ("members"."archived_at" is null' +
        ' and "members"."org_id" IN (SELECT "orgs"."id" FROM "orgs" WHERE "orgs"."path" like $1)' +
        ' and "members"."org_id" IN (SELECT "orgs"."id" FROM "orgs" WHERE "orgs"."path" like $2)' +
        ' and "members"."standing" = $3 and "members"."name" like $4 and "members"."id_number_hash" = $5' +
        ' and ("members"."birth_date" > $6 and "members"."birth_date" <= $7)' +
        ' and NOT coalesce(("members"."birth_date" <= $8 or "members"."full_member_on" <= $9), false))',
      params: ["/c/%", "/c/b/%", "active", "%王%", "h", "1990-11-25", "1995-11-25", "1956-11-25", "1976-11-25"],
    });
  });

  it("gives a member account its own record only, and an unlinked one nothing", () => {
    expect(where(memberInScope({ kind: "self", orgId: "b", path: "/c/b/", memberId: "m" }))).toEqual({
      sql: 'select "id" from "members" where ("members"."org_id" = $1 and "members"."id" = $2)',
      params: ["b", "m"],
    });
    expect(where(memberInScope({ kind: "self", orgId: "b", path: "/c/b/", memberId: null })).sql).toContain("and false");
    expect(memberInScope({ kind: "all" })).toBeUndefined();
  });

  it("escapes LIKE wildcards in a name search", () => {
    const query = FindMembersQuerySchema.parse({ q: "50%_王" });
    const { params } = where(memberListWhere({ kind: "all" }, query, { today: "2026-11-25", senior: { minAge: 70, minPartyAge: 50 } }));
    expect(params).toContain("%50\\%\\_王%");
  });
});
