import { describe, expect, it } from "vitest";
import type { RuleSetSettings } from "../../../shared/contracts/development.contract";
import { periodStates } from "./rule-set-periods";

const period = (id: string, ruleSet: "2014" | "2026", effectiveFrom: string): RuleSetSettings["periods"][number] => ({
  id,
  ruleSet,
  effectiveFrom,
  note: "已核对",
  createdByName: "系统管理员",
  createdAt: `${effectiveFrom}T08:00:00.000Z`,
});

describe("periodStates", () => {
  it("puts in force the latest period already begun; later ones wait, earlier ones are superseded", () => {
    const states = periodStates([period("c", "2014", "2027-01-01"), period("a", "2014", "2020-01-01"), period("b", "2026", "2026-06-01")], "2026-11-25");
    expect(Object.fromEntries(states)).toEqual({ a: "superseded", b: "in_force", c: "scheduled" });
  });

  it("begins a period on its own day", () => {
    expect(Object.fromEntries(periodStates([period("a", "2026", "2026-11-25")], "2026-11-25"))).toEqual({ a: "in_force" });
  });

  it("has none in force before the first period (the 2014 baseline applies)", () => {
    expect([...periodStates([period("a", "2026", "2026-12-01")], "2026-11-25").values()]).toEqual(["scheduled"]);
  });
});
