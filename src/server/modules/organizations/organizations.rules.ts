import type { OrgKind } from "../../../shared/domain";

/**
 * Which kind of organization may sit under which (党章 ch.5; 支部工作条例 §4, §13 — rules.md §2.1):
 * a committee may lead committees, general branches and branches; a general branch leads branches;
 * party groups (ORG-08) exist only inside a branch; a group has no children.
 */
export const ALLOWED_CHILD_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  committee: ["committee", "general_branch", "branch", "joint_branch", "temporary_branch"],
  general_branch: ["branch", "joint_branch", "temporary_branch"],
  branch: ["group"],
  joint_branch: ["group"],
  temporary_branch: ["group"],
  group: [],
};

/** Top-level organizations are committees. */
export const ROOT_KINDS: readonly OrgKind[] = ["committee"];

export function canContain(parentKind: OrgKind | null, childKind: OrgKind): boolean {
  return parentKind === null ? ROOT_KINDS.includes(childKind) : ALLOWED_CHILD_KINDS[parentKind].includes(childKind);
}

/** Materialized path of a child: the parent's path plus the child's id. */
export const childPath = (parentPath: string | null, id: string) => `${parentPath ?? "/"}${id}/`;
