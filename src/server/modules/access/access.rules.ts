import { MEMBER_ORG_KINDS, type OrgKind, type Role } from "../../../shared/domain";

/**
 * Who sees what. The caller's scope is resolved once per request (auth hook) from their role and
 * organization; every repository puts it in its WHERE clause. Pure: no database here.
 */
export type Scope =
  /** admin: every organization. */
  | { kind: "all" }
  /** org_admin (a committee's whole subtree) and branch_officer (a branch and its groups). */
  | { kind: "subtree"; orgId: string; path: string }
  /** member: their own record, and the name of their own organization. */
  | { kind: "self"; orgId: string; path: string; memberId: string | null };

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  org: { id: string; code: string; name: string; kind: OrgKind; path: string };
  memberId: string | null;
  scope: Scope;
}

export function resolveScope(role: Role, org: { id: string; path: string }, memberId: string | null): Scope {
  switch (role) {
    case "admin":
      return { kind: "all" };
    case "org_admin":
    case "branch_officer":
      return { kind: "subtree", orgId: org.id, path: org.path };
    case "member":
      return { kind: "self", orgId: org.id, path: org.path, memberId };
  }
}

/** Whether an organization, given by its materialized path, lies in the scope. */
export function isPathInScope(scope: Scope, path: string): boolean {
  switch (scope.kind) {
    case "all":
      return true;
    case "subtree":
      return path.startsWith(scope.path);
    case "self":
      return path === scope.path;
  }
}

/** Roles ordered by power: a user may only hand out roles at or below their own. */
const ROLE_RANK: Record<Role, number> = { member: 0, branch_officer: 1, org_admin: 2, admin: 3 };
export const canGrantRole = (granter: Role, role: Role) => ROLE_RANK[granter] >= ROLE_RANK[role];

/** The org kinds a role is bound to: an org admin to a committee or general branch, and so on. */
export const ROLE_ORG_KINDS: Record<Role, readonly OrgKind[]> = {
  admin: ["committee"],
  org_admin: ["committee", "general_branch"],
  branch_officer: ["branch", "joint_branch", "temporary_branch", "general_branch"],
  member: MEMBER_ORG_KINDS,
};
