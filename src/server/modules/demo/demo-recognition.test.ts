import { describe, expect, it } from "vitest";
import { PERSON_HONOURS } from "../../../shared/care";
import { DEMO_HONOURS_2025, DEMO_NOMINATIONS } from "./demo-recognition";

const REFERENCE_DAY = "2026-11-25";

/** Where the story leaves each nomination on the demo date. */
const stateOf = (n: (typeof DEMO_NOMINATIONS)[number]) => {
  if (!n.review) return "submitted";
  if ("rejectedOn" in n.review) return "rejected";
  if (!n.decision) return "in_publicity";
  if (n.decision.decision === "not_awarded") return "not_awarded";
  return n.publishedOn ? "published" : "awarded";
};

describe("the demo's recognition", () => {
  it("has a nomination in every state the pages show, one in publicity with an objection still to check", () => {
    expect(new Set(DEMO_NOMINATIONS.map(stateOf))).toEqual(new Set(["submitted", "rejected", "in_publicity", "awarded", "not_awarded", "published"]));
    const open = DEMO_NOMINATIONS.filter((n) => stateOf(n) === "in_publicity");
    expect(open.some((n) => n.objection && !n.objection.finding)).toBe(true);
    expect(DEMO_NOMINATIONS.filter((n) => n.objection?.finding?.finding === "upheld").every((n) => n.decision?.decision === "not_awarded")).toBe(true);
  });

  it("names a member for a person's honour and an organization for 先进基层党组织", () => {
    for (const spec of [...DEMO_NOMINATIONS, ...DEMO_HONOURS_2025]) expect("org" in spec.nominee).toBe(!PERSON_HONOURS.includes(spec.honour));
  });

  it("nominates each nominee once per honour, every act in order and not after the demo date", () => {
    const keys = DEMO_NOMINATIONS.map((n) => `${n.orgCode}|${JSON.stringify(n.nominee)}|${n.honour}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const n of DEMO_NOMINATIONS) {
      const reviewedOn = n.review ? ("rejectedOn" in n.review ? n.review.rejectedOn : n.review.shortlistedOn) : n.submittedOn;
      expect(n.submittedOn <= reviewedOn).toBe(true);
      expect(reviewedOn <= REFERENCE_DAY).toBe(true);
      if (n.publishedOn) expect(n.publishedOn > reviewedOn).toBe(true);
    }
  });
});
