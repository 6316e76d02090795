// The demo town's officers (领导班子, rules.md §2.1–2.2): the committee of every committee, general branch
// and branch, and a leader for every party group. The seed appoints them through the organizations
// service, so they obey its rules: full members of the organization's subtree (TERM-04), one secretary.
import { ageOn } from "../../../shared/id-number";
import type { OfficerPost } from "../../../shared/domain";
import type { DemoMember, DemoOrg } from "./demo-dataset";

export interface DemoOfficer {
  orgCode: string;
  post: OfficerPost;
  /** The member holding the post, by ID number (unique in the dataset). */
  memberIdNumber: string;
  /** Elected with the organization's current term; a group leader since its branch's election. */
  startedOn: string;
}

/** A township committee's standing posts (党委书记, 镇长 as 副书记, 组织委员, 宣传委员, 纪委书记). */
export const COMMITTEE_POSTS: readonly OfficerPost[] = ["secretary", "deputy_secretary", "organization_officer", "publicity_officer", "discipline_officer"];
/** A general branch's committee, of the same five. */
export const GENERAL_BRANCH_POSTS = COMMITTEE_POSTS;

/**
 * A branch's posts by its full members: 7 or more set up a committee of 3–5 (ORG-05), the larger ones
 * with a deputy secretary; fewer have only a secretary (ORG-06).
 */
export function branchPosts(fullMemberCount: number): readonly OfficerPost[] {
  if (fullMemberCount < 7) return ["secretary"];
  if (fullMemberCount < 20) return ["secretary", "organization_officer", "publicity_officer"];
  if (fullMemberCount < 30) return ["secretary", "organization_officer", "publicity_officer", "discipline_officer"];
  return COMMITTEE_POSTS;
}

/** Ages (on the reference date) of the ordinary members who may be elected to a general branch's committee. */
const GENERAL_BRANCH_OFFICER_AGES = [30, 58] as const;
/** A party group's leader is anyone active enough to call the group together. */
const GROUP_LEADER_MAX_AGE = 75;

/**
 * The officers not chosen when the members were made: each group's leader, the first eligible member
 * of the group, and each general branch's committee, taken in turn from its branches' ordinary members.
 * Eligible: a full member since before the election (TERM-04) holding no other post.
 */
export function pickOrdinaryOfficers(orgs: DemoOrg[], members: DemoMember[], designated: DemoOfficer[], today: string): DemoOfficer[] {
  const officers: DemoOfficer[] = [];
  const taken = new Set(designated.map((o) => o.memberIdNumber));
  const termOf = new Map(orgs.map((o) => [o.code, o.termStartedOn]));
  const parentOf = new Map(orgs.map((o) => [o.code, o.parentCode]));
  const isEligible = (m: DemoMember, startedOn: string, [minAge, maxAge]: readonly [number, number]) => {
    const age = ageOn(m.birthDate, today);
    return m.status === "full" && m.fullMemberOn! <= startedOn && !taken.has(m.idNumber) && age >= minAge && age <= maxAge;
  };
  const appoint = (orgCode: string, post: OfficerPost, member: DemoMember | undefined, startedOn: string) => {
    if (!member) throw new Error(`demo dataset: no member for ${post} of ${orgCode}`);
    taken.add(member.idNumber);
    officers.push({ orgCode, post, memberIdNumber: member.idNumber, startedOn });
  };

  for (const group of orgs.filter((o) => o.kind === "group")) {
    const startedOn = termOf.get(group.parentCode!)!;
    const leader = members.find((m) => m.orgCode === group.code && isEligible(m, startedOn, [0, GROUP_LEADER_MAX_AGE]));
    appoint(group.code, "group_leader", leader, startedOn);
  }

  for (const general of orgs.filter((o) => o.kind === "general_branch")) {
    const startedOn = general.termStartedOn!;
    const branchCodes = orgs.filter((o) => o.parentCode === general.code).map((o) => o.code);
    const inBranch = (m: DemoMember, branchCode: string) => m.orgCode === branchCode || parentOf.get(m.orgCode) === branchCode;
    for (const [i, post] of GENERAL_BRANCH_POSTS.entries()) {
      // One from each branch in turn, so the committee speaks for all of them; a retirees' branch has none of working age.
      const turn = [...branchCodes.slice(i % branchCodes.length), ...branchCodes.slice(0, i % branchCodes.length)];
      const pick = turn
        .map((code) => members.find((m) => inBranch(m, code) && isEligible(m, startedOn, GENERAL_BRANCH_OFFICER_AGES)))
        .find(Boolean);
      appoint(general.code, post, pick, startedOn);
    }
  }
  return officers;
}
