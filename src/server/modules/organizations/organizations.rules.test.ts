import { describe, expect, it } from "vitest";
import {
  type OrgSetupFacts,
  canContain,
  checkOrg01,
  checkOrg02,
  checkOrg03,
  checkOrg05,
  checkOrg06,
  checkOrg07,
  checkOrg08,
  checkOrgSetup,
  childPath,
  isPostAllowed,
  isSameOrDescendantPath,
} from "./organizations.rules";

describe("canContain (parent/child kinds, rules.md §2.1)", () => {
  it("puts party groups only inside branches", () => {
    expect(canContain("branch", "group")).toBe(true);
    expect(canContain("joint_branch", "group")).toBe(true);
    expect(canContain("committee", "group")).toBe(false);
    expect(canContain("general_branch", "group")).toBe(false);
  });
  it("lets a committee lead general branches and branches, and a general branch lead branches", () => {
    expect(canContain("committee", "general_branch")).toBe(true);
    expect(canContain("committee", "branch")).toBe(true);
    expect(canContain("general_branch", "branch")).toBe(true);
    expect(canContain("general_branch", "committee")).toBe(false);
    expect(canContain("branch", "branch")).toBe(false);
  });
  it("allows nothing under a group and only committees at the top", () => {
    expect(canContain("group", "group")).toBe(false);
    expect(canContain(null, "committee")).toBe(true);
    expect(canContain(null, "branch")).toBe(false);
  });
});

describe("childPath", () => {
  it("appends the id to the parent's path", () => {
    expect(childPath(null, "a")).toBe("/a/");
    expect(childPath("/a/", "b")).toBe("/a/b/");
  });
});

describe("isSameOrDescendantPath (a move may not make a cycle)", () => {
  it("catches the organization itself and everything under it, not a sibling sharing an id prefix", () => {
    expect(isSameOrDescendantPath("/c/b/", "/c/b/")).toBe(true);
    expect(isSameOrDescendantPath("/c/b/g/", "/c/b/")).toBe(true);
    expect(isSameOrDescendantPath("/c/bb/", "/c/b/")).toBe(false);
    expect(isSameOrDescendantPath("/c/", "/c/b/")).toBe(false);
  });
});

describe("officer posts", () => {
  it("gives a party group a leader only, and no one else a group leader (ORG-08)", () => {
    expect(isPostAllowed("group", "group_leader")).toBe(true);
    expect(isPostAllowed("group", "secretary")).toBe(false);
    expect(isPostAllowed("branch", "group_leader")).toBe(false);
    expect(isPostAllowed("committee", "secretary")).toBe(true);
  });
});

const facts = (overrides: Partial<OrgSetupFacts>): OrgSetupFacts => ({
  kind: "branch",
  memberCount: 10,
  fullMemberCount: 10,
  subtreeMemberCount: 10,
  currentPosts: ["secretary", "organization_officer", "publicity_officer"],
  ...overrides,
});
const rules = (warnings: { rule: string }[]) => warnings.map((w) => w.rule);

describe("ORG-01: fewer than 3 full members", () => {
  it("advises a joint branch for a branch with 2 full members, however many probationary ones", () => {
    const [warning] = checkOrg01(facts({ fullMemberCount: 2, memberCount: 6 }));
    expect(warning).toMatchObject({ rule: "ORG-01", level: "warning" });
    expect(warning!.message).toContain("联合党支部");
    expect(warning!.message).toContain("ORG-03");
  });
  it("is met at exactly 3 full members", () => {
    expect(checkOrg01(facts({ fullMemberCount: 3 }))).toEqual([]);
  });
  it("asks a joint branch to take in more units rather than to form one", () => {
    expect(checkOrg01(facts({ kind: "joint_branch", fullMemberCount: 1 }))[0]!.message).toContain("联合更多");
  });
  it("does not apply to a committee or a group", () => {
    expect(checkOrg01(facts({ kind: "committee", fullMemberCount: 0 }))).toEqual([]);
    expect(checkOrg01(facts({ kind: "group", fullMemberCount: 0 }))).toEqual([]);
  });
});

describe("ORG-02 and ORG-07: size of a branch, probationary members included", () => {
  it("is quiet at 50 members and suggests a general branch at 51", () => {
    expect(checkOrg02(facts({ memberCount: 50 }))).toEqual([]);
    expect(checkOrg02(facts({ memberCount: 51, fullMemberCount: 40 }))[0]).toMatchObject({ rule: "ORG-02", level: "warning" });
    expect(checkOrg02(facts({ memberCount: 51 }))[0]!.message).toContain("党总支");
  });
  it("suggests a primary committee from 100 members instead", () => {
    expect(checkOrg07(facts({ memberCount: 99 }))).toEqual([]);
    expect(checkOrg02(facts({ memberCount: 100 }))).toEqual([]);
    expect(checkOrg07(facts({ memberCount: 100 }))[0]).toMatchObject({ rule: "ORG-07" });
    expect(checkOrg07(facts({ memberCount: 100 }))[0]!.message).toContain("基层党委");
  });
  it("counts a general branch's whole subtree for ORG-07", () => {
    expect(checkOrg07(facts({ kind: "general_branch", memberCount: 0, subtreeMemberCount: 120 }))).toHaveLength(1);
    expect(checkOrg07(facts({ kind: "general_branch", memberCount: 0, subtreeMemberCount: 99 }))).toEqual([]);
  });
});

describe("ORG-03: a joint branch's units are not tracked", () => {
  it("says so on a joint branch only", () => {
    expect(checkOrg03(facts({ kind: "joint_branch" }))[0]).toMatchObject({ rule: "ORG-03", level: "info" });
    expect(checkOrg03(facts({ kind: "branch" }))).toEqual([]);
  });
});

describe("ORG-05: 7 or more full members need a branch committee", () => {
  it("is met by a secretary and two officers", () => {
    expect(checkOrg05(facts({ fullMemberCount: 7 }))).toEqual([]);
  });
  it("warns when fewer than 3 committee members are in office, and when the secretary is missing", () => {
    const warnings = checkOrg05(facts({ fullMemberCount: 7, currentPosts: ["organization_officer", "group_leader"] }));
    expect(warnings.map((w) => w.level)).toEqual(["warning", "warning"]);
    expect(warnings[0]!.message).toContain("当前在任委员 1 人");
    expect(warnings[1]!.message).toContain("书记");
  });
  it("notes a committee larger than 7", () => {
    const posts = ["secretary", "deputy_secretary", "organization_officer", "publicity_officer", "discipline_officer", "committee_member", "committee_member", "committee_member"] as const;
    expect(checkOrg05(facts({ fullMemberCount: 40, currentPosts: posts }))).toEqual([expect.objectContaining({ rule: "ORG-05", level: "info" })]);
  });
  it("does not apply below 7 full members", () => {
    expect(checkOrg05(facts({ fullMemberCount: 6, currentPosts: [] }))).toEqual([]);
  });
});

describe("ORG-06: fewer than 7 full members have a secretary only", () => {
  it("is met by a secretary and one deputy", () => {
    expect(checkOrg06(facts({ fullMemberCount: 6, currentPosts: ["secretary", "deputy_secretary"] }))).toEqual([]);
  });
  it("warns without a secretary", () => {
    expect(checkOrg06(facts({ fullMemberCount: 4, currentPosts: [] }))).toEqual([expect.objectContaining({ rule: "ORG-06", level: "warning" })]);
  });
  it("notes committee officers or a second deputy that such a branch does not have", () => {
    const [note] = checkOrg06(facts({ fullMemberCount: 5, currentPosts: ["secretary", "organization_officer", "deputy_secretary", "deputy_secretary"] }));
    expect(note).toMatchObject({ rule: "ORG-06", level: "info" });
    expect(note!.message).toContain("组织委员");
    expect(note!.message).toContain("副书记 2 名");
  });
  it("does not apply from 7 full members", () => {
    expect(checkOrg06(facts({ fullMemberCount: 7, currentPosts: [] }))).toEqual([]);
  });
});

describe("ORG-08: a party group has a leader", () => {
  it("notes a group without a current leader, and nothing once one is in office", () => {
    expect(checkOrg08(facts({ kind: "group", currentPosts: [] }))).toEqual([expect.objectContaining({ rule: "ORG-08", level: "info" })]);
    expect(checkOrg08(facts({ kind: "group", currentPosts: ["group_leader"] }))).toEqual([]);
    expect(checkOrg08(facts({ kind: "branch", currentPosts: [] }))).toEqual([]);
  });
});

describe("checkOrgSetup", () => {
  it("gathers the rules in order for a small new branch", () => {
    expect(rules(checkOrgSetup(facts({ fullMemberCount: 0, memberCount: 0, currentPosts: [] })))).toEqual(["ORG-01", "ORG-06"]);
  });
  it("has nothing to say about a committee", () => {
    expect(checkOrgSetup(facts({ kind: "committee", fullMemberCount: 0, memberCount: 0, subtreeMemberCount: 500, currentPosts: [] }))).toEqual([]);
  });
});
