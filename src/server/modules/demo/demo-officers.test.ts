import { describe, expect, it } from "vitest";
import type { OfficerPost, OrgDomain, OrgKind } from "../../../shared/domain";
import { defaultTermYears, termStatus } from "../organizations/org-terms.rules";
import { DEMO_REFERENCE_DATE, type DemoMember, buildDemoDataset } from "./demo-dataset";

const data = buildDemoDataset();
const orgByCode = new Map(data.orgs.map((o) => [o.code, o]));
const memberByIdNumber = new Map(data.members.map((m) => [m.idNumber, m]));
const BRANCH_KINDS: OrgKind[] = ["branch", "joint_branch", "temporary_branch"];
const branches = data.orgs.filter((o) => BRANCH_KINDS.includes(o.kind));
const groups = data.orgs.filter((o) => o.kind === "group");
const elected = data.orgs.filter((o) => o.kind !== "group");
const postsOf = (code: string) => data.officers.filter((o) => o.orgCode === code).map((o) => o.post);
const holderOf = (code: string, post: OfficerPost) => {
  const officer = data.officers.find((o) => o.orgCode === code && o.post === post);
  return officer && memberByIdNumber.get(officer.memberIdNumber);
};
const isIn = (member: DemoMember, code: string) => {
  for (let at: string | null = member.orgCode; at; at = orgByCode.get(at)?.parentCode ?? null) if (at === code) return true;
  return false;
};
/** Full members of a branch and its groups, as ORG-05/06 count them. */
const fullMembersOf = (code: string) =>
  data.members.filter((m) => m.status === "full" && (m.orgCode === code || orgByCode.get(m.orgCode)?.parentCode === code)).length;

describe("the demo's officers", () => {
  it("gives every committee, general branch and branch exactly one secretary, and every group one leader and nothing else", () => {
    for (const org of elected) expect(postsOf(org.code).filter((p) => p === "secretary"), org.code).toHaveLength(1);
    for (const group of groups) expect(postsOf(group.code), group.code).toEqual(["group_leader"]);
    for (const org of elected) expect(postsOf(org.code), org.code).not.toContain("group_leader");
  });

  it("sets up a branch committee of 3–5 where there are 7 or more full members (ORG-05), else a secretary only (ORG-06)", () => {
    for (const branch of branches) {
      const posts = postsOf(branch.code);
      if (fullMembersOf(branch.code) >= 7) {
        expect(posts.length, branch.code).toBeGreaterThanOrEqual(3);
        expect(posts.length, branch.code).toBeLessThanOrEqual(5);
        expect(posts, branch.code).toContain("organization_officer");
      } else {
        expect(posts, branch.code).toEqual(["secretary"]);
      }
      expect(posts.filter((p) => p === "deputy_secretary").length, branch.code).toBeLessThanOrEqual(1);
    }
    expect(branches.some((b) => postsOf(b.code).includes("deputy_secretary"))).toBe(true);
    expect(branches.some((b) => postsOf(b.code).length === 1)).toBe(true);
  });

  it("appoints full members of the organization's subtree, converted before the election, one post each (TERM-04)", () => {
    for (const officer of data.officers) {
      const member = memberByIdNumber.get(officer.memberIdNumber);
      const where = `${officer.orgCode} ${officer.post}`;
      expect(member, where).toBeDefined();
      expect(isIn(member!, officer.orgCode), where).toBe(true);
      expect(member!.status, where).toBe("full");
      expect(member!.fullMemberOn! <= officer.startedOn, where).toBe(true);
      // Not away, unreachable, suspended or leaving: every officer is on the active roster.
      expect(member!.events, where).toEqual([]);
    }
    expect(new Set(data.officers.map((o) => o.memberIdNumber)).size).toBe(data.officers.length);
  });

  it("dates each post from the organization's election, a group leader's from its branch's", () => {
    for (const officer of data.officers) {
      const org = orgByCode.get(officer.orgCode)!;
      const termOrg = org.kind === "group" ? orgByCode.get(org.parentCode!)! : org;
      expect(officer.startedOn, officer.orgCode).toBe(termOrg.termStartedOn);
    }
  });

  it("links the officers' accounts to the members holding the posts", () => {
    const account = (username: string) => data.users.find((u) => u.username === username)!;
    expect(account("cun01_shuji").memberIdNumber).toBe(holderOf("QS-CUN01", "secretary")?.idNumber);
    expect(account("sq01_shuji").memberIdNumber).toBe(holderOf("QS-SQ-ZB1", "secretary")?.idNumber);
    expect(account("qs_admin").memberIdNumber).toBe(holderOf("QS", "organization_officer")?.idNumber);
    expect(data.officers.map((o) => o.memberIdNumber)).not.toContain(account("cun01_dangyuan").memberIdNumber);
  });
});

describe("the demo's terms", () => {
  const statusOf = (code: string) => {
    const org = orgByCode.get(code)!;
    return termStatus({ startedOn: org.termStartedOn, years: defaultTermYears(org.kind, org.domain as OrgDomain | null) }, DEMO_REFERENCE_DATE, 3);
  };

  it("records a past election day for every committee, general branch and branch, and none for a group", () => {
    for (const org of elected) expect(org.termStartedOn! <= DEMO_REFERENCE_DATE, org.code).toBe(true);
    for (const group of groups) expect(group.termStartedOn).toBeNull();
  });

  it("has most organizations in term, three due within three months and one overdue on the reference date (TERM-03)", () => {
    const codesWith = (status: string) => elected.filter((o) => statusOf(o.code) === status).map((o) => o.code).sort();
    expect(codesWith("due")).toEqual(["QS", "QS-WSY", "QS-XX"]);
    expect(codesWith("overdue")).toEqual(["QS-FG01"]);
    expect(codesWith("in_term")).toHaveLength(elected.length - 4);
  });
});
