import { describe, expect, it } from "vitest";
import {
  checkDecision,
  checkFindingOpen,
  checkHonourRecord,
  checkNominationYear,
  checkNomineeKind,
  checkNomineeMember,
  checkNomineeOrg,
  checkObjectionReceived,
  checkPublicityStart,
  checkRevocable,
  checkUnique,
  publicityEndsOn,
  publicityOf,
} from "./recognition.rules";

const TODAY = "2026-06-10";
const rules = (issues: { rule: string }[]) => issues.map((i) => i.rule);

describe("nominee and year (HON-01, HON-03, HON-04, HON-05)", () => {
  it("takes this year or the last", () => {
    expect(checkNominationYear(2026, TODAY)).toEqual([]);
    expect(checkNominationYear(2025, TODAY)).toEqual([]);
    expect(rules(checkNominationYear(2024, TODAY))).toEqual(["HON-05"]);
    expect(rules(checkNominationYear(2027, TODAY))).toEqual(["HON-05"]);
  });

  it("names a member for a person's honour and an organization for 先进基层党组织", () => {
    expect(checkNomineeKind("excellent_member", { memberId: "m" })).toEqual([]);
    expect(checkNomineeKind("advanced_org", { nomineeOrgId: "o" })).toEqual([]);
    expect(checkNomineeKind("excellent_party_worker", {})).toEqual([expect.objectContaining({ rule: "HON-01", field: "memberId" })]);
    expect(checkNomineeKind("advanced_org", { memberId: "m" })).toEqual([expect.objectContaining({ field: "nomineeOrgId" })]);
    expect(checkNomineeKind("excellent_member", { memberId: "m", nomineeOrgId: "o" })).toEqual([expect.objectContaining({ field: "nomineeOrgId" })]);
  });

  it("nominates only full members in good standing, never a probationary member", () => {
    expect(checkNomineeMember({ name: "张三", standing: "active", status: "full" })).toEqual([]);
    const [probationary] = checkNomineeMember({ name: "李四", standing: "active", status: "probationary" });
    expect(probationary).toMatchObject({ rule: "HON-03", field: "memberId" });
    expect(probationary!.message).toContain("预备党员");
    const [exited] = checkNomineeMember({ name: "王五", standing: "exited", status: "full" });
    expect(exited!.message).toContain("出党");
  });

  it("nominates a committee, general branch or branch, never a party group or a dissolved organization", () => {
    expect(checkNomineeOrg({ name: "甲村党支部", kind: "branch", isDissolved: false })).toEqual([]);
    expect(rules(checkNomineeOrg({ name: "第一党小组", kind: "group", isDissolved: false }))).toEqual(["HON-03"]);
    expect(rules(checkNomineeOrg({ name: "旧支部", kind: "branch", isDissolved: true }))).toEqual(["HON-03"]);
  });

  it("allows one standing nomination per nominee, honour and year, and none for an honour held", () => {
    expect(checkUnique("excellent_member", 2026, "张三", { hasStandingNomination: false, holdsHonour: false })).toEqual([]);
    expect(checkUnique("excellent_member", 2026, "张三", { hasStandingNomination: true, holdsHonour: false })).toEqual([
      expect.objectContaining({ rule: "HON-04", field: "memberId" }),
    ]);
    const [held] = checkUnique("advanced_org", 2026, "甲村党支部", { hasStandingNomination: false, holdsHonour: true });
    expect(held).toMatchObject({ rule: "HON-04", field: "nomineeOrgId" });
    expect(held!.message).toContain("已获得");
  });
});

describe("publicity (HON-07)", () => {
  it("counts the configured calendar days with the first day", () => {
    expect(publicityEndsOn("2026-06-10", 5)).toBe("2026-06-14");
    expect(publicityEndsOn("2026-06-28", 5)).toBe("2026-07-02");
    expect(publicityEndsOn("2026-06-10", 1)).toBe("2026-06-10");
  });

  it("begins today or on an announced later day within a month, never back-dated", () => {
    expect(checkPublicityStart(TODAY, TODAY)).toEqual([]);
    expect(checkPublicityStart("2026-06-15", TODAY)).toEqual([]);
    expect(rules(checkPublicityStart("2026-06-09", TODAY))).toEqual(["HON-07"]);
    expect(rules(checkPublicityStart("2026-07-11", TODAY))).toEqual(["HON-07"]);
  });

  it("says where publicity stands: upcoming, open with the days left (today included), ended", () => {
    expect(publicityOf("2026-06-10", "2026-06-14", "2026-06-08")).toMatchObject({ phase: "upcoming", daysLeft: 5 });
    expect(publicityOf("2026-06-10", "2026-06-14", "2026-06-10")).toMatchObject({ phase: "open", daysLeft: 5 });
    expect(publicityOf("2026-06-10", "2026-06-14", "2026-06-14")).toMatchObject({ phase: "open", daysLeft: 1 });
    expect(publicityOf("2026-06-10", "2026-06-14", "2026-06-15")).toEqual({
      startsOn: "2026-06-10",
      endsOn: "2026-06-14",
      phase: "ended",
      daysLeft: 0,
      decidableFrom: "2026-06-15",
    });
  });
});

describe("objections and the decision (HON-08…11)", () => {
  const window = { startsOn: "2026-06-10", endsOn: "2026-06-14" };

  it("records only objections received during publicity and not in the future", () => {
    expect(checkObjectionReceived("2026-06-12", window, "2026-06-12")).toEqual([]);
    expect(checkObjectionReceived("2026-06-14", window, "2026-06-16")).toEqual([]);
    expect(rules(checkObjectionReceived("2026-06-09", window, "2026-06-12"))).toEqual(["HON-08"]);
    expect(rules(checkObjectionReceived("2026-06-15", window, "2026-06-16"))).toEqual(["HON-08"]);
    expect(rules(checkObjectionReceived("2026-06-13", window, "2026-06-12"))).toEqual(["HON-08"]);
  });

  it("makes a finding once", () => {
    expect(checkFindingOpen({ finding: null })).toEqual([]);
    expect(rules(checkFindingOpen({ finding: "dismissed" }))).toEqual(["HON-09"]);
  });

  it("decides only after publicity has ended", () => {
    const facts = { decision: "awarded" as const, endsOn: "2026-06-14", objections: [] };
    const [during] = checkDecision(facts, "2026-06-14");
    expect(during).toMatchObject({ rule: "HON-10", field: "decision" });
    expect(during!.message).toContain("2026-06-15 起");
    expect(checkDecision(facts, "2026-06-15")).toEqual([]);
  });

  it("waits for every objection's finding", () => {
    const facts = { decision: "awarded" as const, endsOn: "2026-06-14", objections: [{ finding: "dismissed" }, { finding: null }] };
    expect(rules(checkDecision(facts, "2026-06-20"))).toEqual(["HON-10"]);
  });

  it("forbids the award after an objection found true, but allows not awarding it with a reason", () => {
    const objections = [{ finding: "upheld" }];
    expect(rules(checkDecision({ decision: "awarded", endsOn: "2026-06-14", objections }, "2026-06-20"))).toEqual(["HON-11"]);
    expect(checkDecision({ decision: "not_awarded", note: "反映属实", endsOn: "2026-06-14", objections }, "2026-06-20")).toEqual([]);
    expect(checkDecision({ decision: "not_awarded", note: " ", endsOn: "2026-06-14", objections }, "2026-06-20")).toEqual([
      expect.objectContaining({ rule: "HON-10", field: "note" }),
    ]);
  });
});

describe("honours recorded and revoked (HON-13, HON-14)", () => {
  const base = { honour: "excellent_member" as const, year: 2025, memberId: "m", conferredOn: "2025-06-28" };

  it("takes an honour conferred elsewhere for the right subject, dated not after today", () => {
    expect(checkHonourRecord(base, TODAY)).toEqual([]);
    expect(checkHonourRecord({ honour: "advanced_org", year: 2025, orgId: "o", conferredOn: "2025-06-28" }, TODAY)).toEqual([]);
    expect(checkHonourRecord({ ...base, memberId: null }, TODAY)).toEqual([expect.objectContaining({ rule: "HON-13", field: "memberId" })]);
    expect(checkHonourRecord({ honour: "advanced_org", year: 2025, memberId: "m", orgId: "o", conferredOn: "2025-06-28" }, TODAY)).toEqual([
      expect.objectContaining({ rule: "HON-13", field: "memberId" }),
    ]);
    expect(rules(checkHonourRecord({ ...base, conferredOn: "2026-06-11" }, TODAY))).toEqual(["HON-13"]);
    expect(rules(checkHonourRecord({ ...base, year: 2027, conferredOn: "2026-06-01" }, TODAY))).toEqual(["HON-05"]);
    expect(rules(checkHonourRecord({ ...base, year: 2026, conferredOn: "2025-12-30" }, TODAY))).toEqual(["HON-13"]);
  });

  it("revokes once", () => {
    expect(checkRevocable({ revokedAt: null })).toEqual([]);
    expect(rules(checkRevocable({ revokedAt: new Date() }))).toEqual(["HON-14"]);
  });
});
