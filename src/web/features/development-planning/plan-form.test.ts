import { describe, expect, it } from "vitest";
import type { Org } from "../../../shared/contracts/orgs.contract";
import { missingQuotaOrgs, toSavePlan } from "./plan-form";

const org = (id: string, kind: Org["kind"], parentId: string): Org => ({
  id,
  code: id,
  name: id,
  kind,
  domain: null,
  unitName: null,
  parentId,
  hasChildren: kind === "general_branch",
  dissolvedAt: null,
});

describe("toSavePlan", () => {
  it("leaves out targets not set, drops lines without an organization and counts an empty quota as 0", () => {
    const values = {
      targets: { female: 3, young: null, college: 0 },
      notes: "  ",
      quotas: [{ orgId: "a", quota: 2 }, { orgId: "b", quota: null }, { quota: 5 }],
    };
    expect(toSavePlan("plan", 2026, values)).toEqual({
      orgId: "plan",
      year: 2026,
      targets: { female: 3, college: 0 },
      notes: null,
      quotas: [
        { orgId: "a", quota: 2 },
        { orgId: "b", quota: 0 },
      ],
    });
  });
});

describe("missingQuotaOrgs", () => {
  // plan ─┬─ gb (general branch) ─┬─ b1
  //       │                       └─ b2
  //       └─ b3
  const orgs = [org("gb", "general_branch", "plan"), org("b3", "branch", "plan"), org("b1", "branch", "gb"), org("b2", "branch", "gb")];

  it("adds the plan organization's direct children not yet listed", () => {
    expect(missingQuotaOrgs("plan", orgs, new Set()).map((o) => o.id)).toEqual(["gb", "b3"]);
    expect(missingQuotaOrgs("plan", orgs, new Set(["b3"])).map((o) => o.id)).toEqual(["gb"]);
  });

  it("leaves out a general branch whose branches already hold quotas (no one counted twice)", () => {
    expect(missingQuotaOrgs("plan", orgs, new Set(["b1"])).map((o) => o.id)).toEqual(["b3"]);
  });
});
