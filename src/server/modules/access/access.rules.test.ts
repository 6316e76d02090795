import { describe, expect, it } from "vitest";
import { canGrantRole, isPathInScope, resolveScope } from "./access.rules";
import { can } from "./access.policy";

const committee = { id: "c", path: "/c/" };
const branch = { id: "b", path: "/c/b/" };

describe("resolveScope", () => {
  it("gives an admin every organization", () => {
    expect(resolveScope("admin", committee, null)).toEqual({ kind: "all" });
  });
  it("gives an org admin and a branch officer the subtree of their organization", () => {
    expect(resolveScope("org_admin", committee, null)).toEqual({ kind: "subtree", orgId: "c", path: "/c/" });
    expect(resolveScope("branch_officer", branch, null)).toEqual({ kind: "subtree", orgId: "b", path: "/c/b/" });
  });
  it("gives a member only their own record", () => {
    expect(resolveScope("member", branch, "m1")).toEqual({ kind: "self", orgId: "b", path: "/c/b/", memberId: "m1" });
  });
});

describe("isPathInScope", () => {
  const officer = resolveScope("branch_officer", branch, null);
  it("includes the branch itself and its groups", () => {
    expect(isPathInScope(officer, "/c/b/")).toBe(true);
    expect(isPathInScope(officer, "/c/b/g1/")).toBe(true);
  });
  it("excludes the parent committee and sibling branches, even with a shared id prefix", () => {
    expect(isPathInScope(officer, "/c/")).toBe(false);
    expect(isPathInScope(officer, "/c/b2/")).toBe(false);
    expect(isPathInScope(officer, "/c/bb/")).toBe(false);
  });
  it("lets a member see only their own organization, not its groups", () => {
    const member = resolveScope("member", branch, "m1");
    expect(isPathInScope(member, "/c/b/")).toBe(true);
    expect(isPathInScope(member, "/c/b/g1/")).toBe(false);
  });
});

describe("roles", () => {
  it("never lets a user grant a role above their own", () => {
    expect(canGrantRole("org_admin", "branch_officer")).toBe(true);
    expect(canGrantRole("org_admin", "org_admin")).toBe(true);
    expect(canGrantRole("org_admin", "admin")).toBe(false);
    expect(canGrantRole("branch_officer", "org_admin")).toBe(false);
  });
  it("keeps personal information from ordinary members and the audit log from branch officers", () => {
    expect(can({ role: "member" }, "member.read_pii")).toBe(false);
    expect(can({ role: "branch_officer" }, "member.read_pii")).toBe(true);
    expect(can({ role: "branch_officer" }, "audit.read")).toBe(false);
    expect(can({ role: "org_admin" }, "audit.read")).toBe(true);
  });
});
