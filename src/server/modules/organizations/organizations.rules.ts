import type { OrgWarning } from "../../../shared/contracts/orgs.contract";
import { OFFICER_POST_LABELS, type OfficerPost, type OrgKind } from "../../../shared/domain";

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

/** Whether `path` is the organization at `ancestorPath` or lies under it (a move there would make a cycle). */
export const isSameOrDescendantPath = (path: string, ancestorPath: string) => path.startsWith(ancestorPath);

/** The kinds the branch rules (条例 ch.2, ch.6) apply to: every kind of 党支部. */
export const BRANCH_KINDS: readonly OrgKind[] = ["branch", "joint_branch", "temporary_branch"];
export const isBranchKind = (kind: OrgKind) => BRANCH_KINDS.includes(kind);

// ——— Officers ———

/** Posts of a branch committee (ORG-05): secretary, deputy and the officers; a group leader is not one. */
export const COMMITTEE_POSTS: readonly OfficerPost[] = ["secretary", "deputy_secretary", "organization_officer", "publicity_officer", "discipline_officer", "committee_member"];
/** Posts one person holds at a time: one secretary (ORG-05/06), one leader per party group (ORG-08). */
export const SINGLE_HOLDER_POSTS: readonly OfficerPost[] = ["secretary", "group_leader"];

/** A party group has a leader (ORG-08) and nothing else; every other organization has no group leader. */
export const isPostAllowed = (kind: OrgKind, post: OfficerPost) => (kind === "group" ? post === "group_leader" : post !== "group_leader");

// ——— Setup rules (rules.md §2.1), as advice on the detail page ———

export interface OrgSetupFacts {
  kind: OrgKind;
  /** Active members of the organization and its groups, probationary included (ORG-02, ORG-07 say "党员"). */
  memberCount: number;
  /** The full members among them (ORG-01, ORG-05 and ORG-06 count only these). */
  fullMemberCount: number;
  /** Active members of the whole subtree, for a general branch (ORG-07). */
  subtreeMemberCount: number;
  /** Posts of the organization's current officers. */
  currentPosts: readonly OfficerPost[];
}

const warning = (rule: string, message: string): OrgWarning => ({ rule, level: "warning", message });
const info = (rule: string, message: string): OrgWarning => ({ rule, level: "info", message });

/** ORG-01 (条例 §4), remedy ORG-03: fewer than 3 full members cannot form a branch of their own. */
export function checkOrg01(facts: OrgSetupFacts): OrgWarning[] {
  if (!isBranchKind(facts.kind) || facts.fullMemberCount >= 3) return [];
  return [
    warning(
      "ORG-01",
      facts.kind === "joint_branch"
        ? `正式党员仅 ${facts.fullMemberCount} 名，不足 3 名：联合党支部应联合更多邻近或同类单位（ORG-01、ORG-03）`
        : `正式党员仅 ${facts.fullMemberCount} 名，不足 3 名：应与邻近或同类单位成立联合党支部（ORG-01、ORG-03，支部工作条例第四条）`,
    ),
  ];
}

/** ORG-02 (条例 §4): a branch normally has no more than 50 members; 50–100 suggests a general branch (ORG-07). */
export function checkOrg02(facts: OrgSetupFacts): OrgWarning[] {
  if (!isBranchKind(facts.kind) || facts.memberCount <= 50 || facts.memberCount >= 100) return [];
  return [warning("ORG-02", `党员 ${facts.memberCount} 名（含预备党员），超过 50 名：党支部一般不超过 50 人，可考虑经上级党组织批准成立党总支（ORG-02、ORG-07）`)];
}

/**
 * ORG-03: a joint branch normally covers no more than 5 units. The units it covers are not recorded
 * (only one unit name per organization), so the rule cannot be checked: say so instead.
 */
export function checkOrg03(facts: OrgSetupFacts): OrgWarning[] {
  if (facts.kind !== "joint_branch") return [];
  return [info("ORG-03", "联合党支部覆盖的单位一般不超过 5 个（ORG-03）；系统未记录所覆盖的单位，请人工核对")];
}

const countCommitteePosts = (posts: readonly OfficerPost[]) => posts.filter((post) => COMMITTEE_POSTS.includes(post)).length;
const hasSecretary = (posts: readonly OfficerPost[]) => posts.includes("secretary");

/** ORG-05 (条例 ch.6): 7 or more full members → a branch committee of 3–5, normally no more than 7. */
export function checkOrg05(facts: OrgSetupFacts): OrgWarning[] {
  if (!isBranchKind(facts.kind) || facts.fullMemberCount < 7) return [];
  const committeeSize = countCommitteePosts(facts.currentPosts);
  const warnings: OrgWarning[] = [];
  if (committeeSize < 3) {
    warnings.push(warning("ORG-05", `正式党员 ${facts.fullMemberCount} 名（7 名以上），应设立支部委员会（委员 3—5 人），当前在任委员 ${committeeSize} 人（ORG-05）`));
  } else if (committeeSize > 7) {
    warnings.push(info("ORG-05", `支部委员会委员一般不超过 7 人，当前在任 ${committeeSize} 人（ORG-05）`));
  }
  if (!hasSecretary(facts.currentPosts)) warnings.push(warning("ORG-05", "未登记在任书记（ORG-05）"));
  return warnings;
}

/** ORG-06 (条例 ch.6): fewer than 7 full members → no committee, a secretary and at most one deputy. */
export function checkOrg06(facts: OrgSetupFacts): OrgWarning[] {
  if (!isBranchKind(facts.kind) || facts.fullMemberCount >= 7) return [];
  const warnings: OrgWarning[] = [];
  if (!hasSecretary(facts.currentPosts)) warnings.push(warning("ORG-06", "未登记在任书记（ORG-06）"));
  const committeePosts = facts.currentPosts.filter((post) => COMMITTEE_POSTS.includes(post) && post !== "secretary" && post !== "deputy_secretary");
  const deputies = facts.currentPosts.filter((post) => post === "deputy_secretary").length;
  if (committeePosts.length > 0 || deputies > 1) {
    const posts = [...new Set(committeePosts)].map((post) => OFFICER_POST_LABELS[post]);
    const extra = [...posts, ...(deputies > 1 ? [`副书记 ${deputies} 名`] : [])].join("、");
    warnings.push(info("ORG-06", `正式党员不足 7 名的党支部不设支部委员会，只设书记，必要时设副书记一名；当前登记了${extra}（ORG-06）`));
  }
  return warnings;
}

/** ORG-07 (机关基层组织工作条例 §5–7): 100 or more members (probationary included) suggests a primary committee. */
export function checkOrg07(facts: OrgSetupFacts): OrgWarning[] {
  const count = isBranchKind(facts.kind) ? facts.memberCount : facts.kind === "general_branch" ? facts.subtreeMemberCount : 0;
  if (count < 100) return [];
  return [warning("ORG-07", `党员 ${count} 名（含预备党员），已达 100 名：可考虑经上级党组织批准成立基层党委（ORG-07）`)];
}

/** ORG-08 (条例 §13): each party group has a leader. */
export function checkOrg08(facts: OrgSetupFacts): OrgWarning[] {
  if (facts.kind !== "group" || facts.currentPosts.includes("group_leader")) return [];
  return [info("ORG-08", "未登记在任党小组组长（ORG-08，支部工作条例第十三条）")];
}

/** Every setup rule that applies, in rule order. */
export const checkOrgSetup = (facts: OrgSetupFacts): OrgWarning[] => [
  ...checkOrg01(facts),
  ...checkOrg02(facts),
  ...checkOrg03(facts),
  ...checkOrg05(facts),
  ...checkOrg06(facts),
  ...checkOrg07(facts),
  ...checkOrg08(facts),
];
