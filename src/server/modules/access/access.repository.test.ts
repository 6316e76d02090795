import { QueryBuilder } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { membersTable } from "../members/members.table";
import { orgsTable } from "../organizations/organizations.table";
import { orgInScope, orgRowInScope, pathPrefix } from "./access.repository";

const qb = new QueryBuilder();

// Snapshots of the scope filter every repository relies on, so a change to it shows in review.
describe("scope SQL", () => {
  it("filters a subtree with one prefix match on the indexed path, never a walk of the tree", () => {
    const query = qb
      .select({ id: membersTable.id })
      .from(membersTable)
      .where(orgInScope({ kind: "subtree", orgId: "c", path: "/c/" }, membersTable.orgId))
      .toSQL();
    expect(query).toEqual({
      sql: 'select "id" from "members" where "members"."org_id" IN (SELECT "orgs"."id" FROM "orgs" WHERE "orgs"."path" like $1)',
      params: ["/c/%"],
    });
  });

  it("filters the orgs table itself by path, by id for a member, and not at all for an admin", () => {
    expect(qb.select({ id: orgsTable.id }).from(orgsTable).where(orgRowInScope({ kind: "subtree", orgId: "b", path: "/c/b/" })).toSQL().params).toEqual(["/c/b/%"]);
    expect(qb.select({ id: orgsTable.id }).from(orgsTable).where(orgRowInScope({ kind: "self", orgId: "b", path: "/c/b/", memberId: null })).toSQL().sql).toContain('"orgs"."id" = $1');
    expect(orgRowInScope({ kind: "all" })).toBeUndefined();
  });

  it("escapes LIKE wildcards in a path", () => {
    expect(pathPrefix("/a_b%/")).toBe("/a\\_b\\%/%");
  });
});
