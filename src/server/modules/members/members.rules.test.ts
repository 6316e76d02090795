import { describe, expect, it } from "vitest";
import { ageOn } from "../../../shared/id-number";
import { type MemberFacts, birthDateRangeForAges, canHoldMembers, checkMemberFacts, isSenior, partyAge, reachedYearsBy } from "./members.rules";

const today = "2026-11-25";
// 11010519491231002X: born 1949-12-31, female (sequence 002).
const base: MemberFacts = { idNumber: "11010519491231002X", gender: "female", joinedOn: "1975-07-01", fullMemberOn: "1976-07-01", status: "full" };
const codes = (facts: Partial<MemberFacts>) =>
  checkMemberFacts({ ...base, ...facts }, today).map((i) => `${i.field}:${i.code}`);

describe("partyAge (DEV-23c: from full membership, not admission)", () => {
  it("counts whole years from the full-membership date", () => {
    expect(partyAge("1976-07-01", today)).toBe(50);
    expect(partyAge("2025-11-26", today)).toBe(0);
  });
  it("is null while probationary", () => expect(partyAge(null, today)).toBeNull());
});

describe("isSenior (configurable, UNVERIFIED)", () => {
  it("marks members by age or by party age", () => {
    expect(isSenior(70, 10)).toBe(true);
    expect(isSenior(69, 50)).toBe(true);
    expect(isSenior(69, 49)).toBe(false);
    expect(isSenior(60, null, { minAge: 60, minPartyAge: 40 })).toBe(true);
  });
});

describe("checkMemberFacts", () => {
  it("accepts a consistent full member", () => expect(codes({})).toEqual([]));
  it("refuses a bad check digit, naming the field", () => expect(codes({ idNumber: "110105194912310021" })).toEqual(["idNumber:members.id_number_invalid"]));
  it("refuses a gender that disagrees with the ID number", () => expect(codes({ gender: "male" })).toEqual(["gender:members.gender_mismatch"]));
  it("refuses joining before birth or before 18 (DEV-01)", () => {
    expect(codes({ joinedOn: "1949-01-01", fullMemberOn: "1950-01-01" })).toContain("joinedOn:members.date_order");
    expect(codes({ joinedOn: "1967-12-30", fullMemberOn: "1968-12-30" })).toEqual(["joinedOn:members.under_age"]);
    expect(codes({ joinedOn: "1967-12-31", fullMemberOn: "1968-12-31" })).toEqual([]);
  });
  it("refuses a probation shorter than one year (DEV-21)", () => {
    expect(codes({ fullMemberOn: "1976-06-30" })).toEqual(["fullMemberOn:members.probation_too_short"]);
  });
  it("needs a full-membership date for a full member and none for a probationary one", () => {
    expect(codes({ fullMemberOn: null })).toEqual(["fullMemberOn:members.full_member_on_required"]);
    expect(codes({ status: "probationary", joinedOn: "2026-03-01", fullMemberOn: "2027-03-01" })).toEqual(["fullMemberOn:members.full_member_on_forbidden"]);
    expect(codes({ status: "probationary", joinedOn: "2026-03-01", fullMemberOn: null })).toEqual([]);
  });
  it("refuses dates in the future", () => {
    expect(codes({ status: "probationary", joinedOn: "2026-12-01", fullMemberOn: null })).toEqual(["joinedOn:members.date_in_future"]);
  });
});

describe("reachedYearsBy and birthDateRangeForAges (the SQL filters' bounds)", () => {
  it("agrees with the age shown in lists, day by day, around birthdays and 29 February", () => {
    const birthDates = ["1956-11-25", "1956-11-26", "1956-11-24", "1956-02-29", "2000-02-29", "1999-03-01", "1990-12-31"];
    for (const on of ["2026-11-25", "2028-02-29", "2027-02-28", "2027-03-01", "2026-12-31"]) {
      for (const birth of birthDates) {
        for (const years of [18, 26, 27, 28, 30, 70]) {
          expect(birth <= reachedYearsBy(years, on), `${birth} on ${on}, ${years}`).toBe(ageOn(birth, on) >= years);
        }
        const { bornAfter, bornOnOrBefore } = birthDateRangeForAges(31, 35, on);
        const age = ageOn(birth, on);
        expect(birth > bornAfter && birth <= bornOnOrBefore, `${birth} on ${on}`).toBe(age >= 31 && age <= 35);
      }
    }
  });
  it("gives the senior bound of 70 years on the reference day", () => {
    expect(reachedYearsBy(70, today)).toBe("1956-11-25");
  });
});

describe("canHoldMembers (MEM-01)", () => {
  it("puts members in branches and groups, never directly in a committee or general branch", () => {
    expect(canHoldMembers("branch")).toBe(true);
    expect(canHoldMembers("joint_branch")).toBe(true);
    expect(canHoldMembers("temporary_branch")).toBe(true);
    expect(canHoldMembers("group")).toBe(true);
    expect(canHoldMembers("committee")).toBe(false);
    expect(canHoldMembers("general_branch")).toBe(false);
  });
});
