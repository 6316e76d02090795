import { describe, expect, it } from "vitest";
import { nominationYears, toCreateNomination } from "./recognition-form";

describe("toCreateNomination", () => {
  it("sends the member for a person's honour, dropping an organization picked before the switch", () => {
    expect(toCreateNomination({ year: 2026, honour: "excellent_member", memberId: "m1", nomineeOrgId: "o1", deeds: "  事迹  " })).toEqual({
      year: 2026,
      honour: "excellent_member",
      memberId: "m1",
      nomineeOrgId: null,
      deeds: "事迹",
    });
  });

  it("sends the organization for 先进基层党组织", () => {
    expect(toCreateNomination({ year: 2025, honour: "advanced_org", memberId: "m1", nomineeOrgId: "o1" })).toMatchObject({ memberId: null, nomineeOrgId: "o1", deeds: "" });
  });

  it("offers this year and the last (HON-05)", () => {
    expect(nominationYears("2026-01-05")).toEqual([2026, 2025]);
  });
});
