import { describe, expect, it } from "vitest";
import { CreateMemberSchema } from "../../../shared/contracts/members.contract";
import { EDUCATIONS, OCCUPATIONS, ORG_DOMAINS, type OrgKind } from "../../../shared/domain";
import { ageOn, parseIdNumber } from "../../../shared/id-number";
import { PasswordSchema, UsernameSchema } from "../../../shared/contracts/users.contract";
import { addMonths, addYears } from "../../../shared/dates";
import { checkMemberFacts } from "../members/members.rules";
import { DEMO_REFERENCE_DATE, buildDemoDataset } from "./demo-dataset";
import { DEMO_TRANSFER } from "./demo-lifecycle";

const data = buildDemoDataset();
const orgByCode = new Map(data.orgs.map((o) => [o.code, o]));
const BRANCH_KINDS: OrgKind[] = ["branch", "joint_branch", "temporary_branch"];
const branches = data.orgs.filter((o) => BRANCH_KINDS.includes(o.kind));

describe("buildDemoDataset", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(buildDemoDataset()).toEqual(data);
    expect(buildDemoDataset(20261125)).toEqual(data);
    expect(buildDemoDataset(7).members.map((m) => m.idNumber)).not.toEqual(data.members.map((m) => m.idNumber));
  });

  describe("organizations", () => {
    it("has one committee at the root, with valid, unique codes", () => {
      const roots = data.orgs.filter((o) => o.parentCode === null);
      expect(roots).toHaveLength(1);
      expect(roots[0]).toMatchObject({ kind: "committee", code: "QS", name: "中共青山镇委员会" });
      expect(orgByCode.size).toBe(data.orgs.length);
      for (const org of data.orgs) expect(org.code).toMatch(/^[A-Za-z0-9_-]{2,32}$/);
    });

    it("lists every parent before its children", () => {
      const seen = new Set<string>();
      for (const org of data.orgs) {
        if (org.parentCode !== null) expect(seen.has(org.parentCode), `${org.code} before its parent`).toBe(true);
        seen.add(org.code);
      }
    });

    it("has at least 10 branches covering all seven domains", () => {
      expect(branches.length).toBeGreaterThanOrEqual(10);
      expect(new Set(branches.map((b) => b.domain))).toEqual(new Set(ORG_DOMAINS));
      expect(data.orgs.filter((o) => o.kind === "general_branch").length).toBeGreaterThanOrEqual(2);
    });

    it("puts groups only under branches, inheriting the branch's domain", () => {
      const groups = data.orgs.filter((o) => o.kind === "group");
      expect(groups.length).toBeGreaterThan(20);
      for (const group of groups) {
        const parent = orgByCode.get(group.parentCode ?? "");
        expect(parent && BRANCH_KINDS.includes(parent.kind), group.code).toBe(true);
        expect(group.domain).toBe(parent?.domain);
      }
      const withGroups = branches.filter((b) => groups.some((g) => g.parentCode === b.code));
      expect(withGroups.length / branches.length).toBeGreaterThan(0.5);
    });
  });

  describe("members", () => {
    it("has at least 500 members, each in a known organization", () => {
      expect(data.members.length).toBeGreaterThanOrEqual(500);
      for (const m of data.members) expect(orgByCode.has(m.orgCode)).toBe(true);
    });

    it("sizes branches by the setup rules: 3 or more full members, at most 50, one small branch, general branches under 100", () => {
      // A branch's members sit on the branch itself or in one of its groups; the active roster leaves out
      // the suspended member and the one transferring out.
      const isActive = (m: (typeof data.members)[number]) => !m.events.some((e) => e.type === "suspended" || e.type === "transfer_out");
      const membersOf = (code: string) => data.members.filter((m) => isActive(m) && (m.orgCode === code || orgByCode.get(m.orgCode)?.parentCode === code));
      const fullOf = (code: string) => membersOf(code).filter((m) => m.status === "full").length;
      for (const org of data.orgs.filter((o) => o.kind === "committee" || o.kind === "general_branch")) {
        expect(data.members.filter((m) => m.orgCode === org.code), org.code).toHaveLength(0);
      }
      for (const branch of branches) {
        expect(fullOf(branch.code), branch.code).toBeGreaterThanOrEqual(3); // ORG-01
        expect(membersOf(branch.code).length, branch.code).toBeLessThanOrEqual(50); // ORG-02
      }
      // ORG-06's case: one small company's branch, just above ORG-01's minimum.
      expect(branches.filter((b) => fullOf(b.code) < 7).map((b) => [b.code, fullOf(b.code)])).toEqual([["QS-FG02", 4]]);
      for (const general of data.orgs.filter((o) => o.kind === "general_branch")) {
        const size = branches.filter((b) => b.parentCode === general.code).reduce((sum, b) => sum + membersOf(b.code).length, 0);
        expect(size, general.code).toBeGreaterThanOrEqual(50); // ORG-07: 50–100 members make a general branch
        expect(size, general.code).toBeLessThan(100);
      }
    });

    it("has valid, unique ID numbers agreeing with birth date and gender", () => {
      for (const m of data.members) {
        const parsed = parseIdNumber(m.idNumber, DEMO_REFERENCE_DATE);
        expect(parsed.ok, m.idNumber).toBe(true);
        if (!parsed.ok) continue;
        expect(parsed.value).toMatchObject({ idNumber: m.idNumber, birthDate: m.birthDate, gender: m.gender, provinceCode: "33" });
      }
      expect(new Set(data.members.map((m) => m.idNumber)).size).toBe(data.members.length);
    });

    it("has unique 11-digit mobile numbers and unique names", () => {
      for (const m of data.members) expect(m.phone).toMatch(/^1(3\d|5[0-35-9]|8\d)\d{8}$/);
      expect(new Set(data.members.map((m) => m.phone)).size).toBe(data.members.length);
      expect(new Set(data.members.map((m) => m.name)).size).toBe(data.members.length);
      for (const m of data.members) expect(m.name).toMatch(/^\p{Script=Han}{2,3}$/u);
    });

    it("uses the statistics codes for education and occupation (rules.md §6.1)", () => {
      for (const m of data.members) {
        expect(EDUCATIONS, m.education).toContain(m.education);
        expect(OCCUPATIONS, m.occupation).toContain(m.occupation);
      }
      const villagers = data.members.filter((m) => orgByCode.get(m.orgCode)?.domain === "rural");
      expect(villagers.filter((m) => m.occupation === "farmer").length / villagers.length).toBeGreaterThan(0.5);
    });

    it("is valid input for the member service: the contract's schema and checkMemberFacts", () => {
      for (const { orgCode: _org, birthDate: _birth, events: _events, ...m } of data.members) {
        const parsed = CreateMemberSchema.safeParse({ ...m, orgId: "00000000-0000-4000-8000-000000000000" });
        expect(parsed.success, `${m.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        expect(checkMemberFacts(m, DEMO_REFERENCE_DATE), m.name).toEqual([]);
      }
    });

    it("records native place, address, work unit and post, with none of the last two for farmers and retirees", () => {
      for (const m of data.members) {
        expect(m.nativePlace).toMatch(/^\p{Script=Han}{4}$/u);
        expect(m.address).toMatch(/^安吉县青山镇/);
        if (m.occupation === "farmer" || m.occupation === "retiree") expect([m.workUnit, m.post], m.name).toEqual([null, null]);
      }
      expect(data.members.filter((m) => m.workUnit !== null).length / data.members.length).toBeGreaterThan(0.5);
      expect(data.members.filter((m) => m.nativePlace === "浙江安吉").length / data.members.length).toBeGreaterThan(0.7);
    });

    it("places the committee's officers in a branch, never on the committee itself (MEM-01)", () => {
      for (const m of data.members) expect(["committee", "general_branch"]).not.toContain(orgByCode.get(m.orgCode)?.kind);
    });

    it("has some struggling members, mostly old", () => {
      const struggling = data.members.filter((m) => m.isStruggling);
      expect(struggling.length).toBeGreaterThanOrEqual(5);
      expect(struggling.filter((m) => ageOn(m.birthDate, DEMO_REFERENCE_DATE) >= 75).length / struggling.length).toBeGreaterThan(0.5);
    });

    it("has mobile and lost-contact members, one suspended after six months, and one transfer pending", () => {
      const withEvent = (type: string) => data.members.filter((m) => m.events.some((e) => e.type === type));
      expect(withEvent("mobile_registered").length).toBeGreaterThanOrEqual(5);
      expect(withEvent("lost_contact")).toHaveLength(3);
      const [suspended] = withEvent("suspended");
      const lost = suspended?.events.find((e) => e.type === "lost_contact");
      expect(lost && addMonths(lost.occurredOn, 6) <= suspended!.events[1]!.occurredOn).toBe(true);
      const [mover] = withEvent("transfer_out");
      expect(mover?.orgCode.startsWith(`${DEMO_TRANSFER.fromBranch}-`)).toBe(true);
      for (const m of data.members) {
        for (const e of m.events) expect(e.occurredOn >= m.joinedOn && e.occurredOn <= DEMO_REFERENCE_DATE).toBe(true);
      }
      // No demo account belongs to a member who is away, unreachable or leaving.
      const accounts = new Set(data.users.map((u) => u.memberIdNumber));
      expect(data.members.filter((m) => m.events.length > 0 && accounts.has(m.idNumber))).toEqual([]);
    });

    it("is mostly 汉族 with some minorities", () => {
      const han = data.members.filter((m) => m.ethnicity === "汉族").length;
      expect(han / data.members.length).toBeGreaterThan(0.9);
      expect(han).toBeLessThan(data.members.length);
    });

    it("has ages 20–90 and senior members with more than 50 years of party age", () => {
      const ages = data.members.map((m) => ageOn(m.birthDate, DEMO_REFERENCE_DATE));
      expect(Math.min(...ages)).toBeGreaterThanOrEqual(20);
      expect(Math.max(...ages)).toBeLessThanOrEqual(90);
      const seniors = data.members.filter(
        (m) => ageOn(m.birthDate, DEMO_REFERENCE_DATE) > 70 && m.fullMemberOn !== null && ageOn(m.fullMemberOn, DEMO_REFERENCE_DATE) > 50,
      );
      expect(seniors.length).toBeGreaterThanOrEqual(10);
    });

    it("admits members at 18 or older and keeps status and dates consistent", () => {
      const yearBefore = addYears(DEMO_REFERENCE_DATE, -1);
      for (const m of data.members) {
        expect(ageOn(m.birthDate, m.joinedOn), m.idNumber).toBeGreaterThanOrEqual(18);
        expect(m.joinedOn <= DEMO_REFERENCE_DATE).toBe(true);
        if (m.status === "probationary") {
          expect(m.fullMemberOn).toBeNull();
          expect(m.joinedOn > yearBefore, m.joinedOn).toBe(true);
        } else {
          expect(m.fullMemberOn).toBe(addYears(m.joinedOn, 1));
          expect(m.fullMemberOn! <= DEMO_REFERENCE_DATE, m.joinedOn).toBe(true);
        }
      }
    });

    it("has about 3–5% probationary members", () => {
      const share = data.members.filter((m) => m.status === "probationary").length / data.members.length;
      expect(share).toBeGreaterThanOrEqual(0.03);
      expect(share).toBeLessThanOrEqual(0.05);
    });
  });

  describe("users", () => {
    it("has every role, valid usernames and passwords, bound to existing organizations", () => {
      expect(new Set(data.users.map((u) => u.role))).toEqual(new Set(["admin", "org_admin", "branch_officer", "member"]));
      expect(new Set(data.users.map((u) => u.username)).size).toBe(data.users.length);
      for (const u of data.users) {
        expect(UsernameSchema.safeParse(u.username).success, u.username).toBe(true);
        expect(PasswordSchema.safeParse(u.password).success).toBe(true);
        expect(orgByCode.has(u.orgCode)).toBe(true);
        expect(u.note).toMatch(/\p{Script=Han}/u);
      }
    });

    it("binds branch officers to two different branches and links accounts to their members", () => {
      const officers = data.users.filter((u) => u.role === "branch_officer");
      expect(new Set(officers.map((u) => u.orgCode)).size).toBeGreaterThanOrEqual(2);
      for (const u of officers) expect(BRANCH_KINDS).toContain(orgByCode.get(u.orgCode)?.kind);
      const memberUser = data.users.find((u) => u.role === "member");
      const member = data.members.find((m) => m.idNumber === memberUser?.memberIdNumber);
      expect(member).toMatchObject({ orgCode: memberUser?.orgCode, name: memberUser?.displayName, status: "full" });
      for (const u of data.users.filter((x) => x.memberIdNumber)) {
        expect(data.members.find((m) => m.idNumber === u.memberIdNumber)?.name).toBe(u.displayName);
      }
      expect(data.users.find((u) => u.role === "admin")).toMatchObject({ username: "admin", orgCode: "QS" });
      expect(data.users.find((u) => u.role === "org_admin")).toMatchObject({ username: "qs_admin", orgCode: "QS" });
    });
  });
});
