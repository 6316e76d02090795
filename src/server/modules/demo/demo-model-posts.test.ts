import { describe, expect, it } from "vitest";
import { SAFETY_KINDS } from "../../../shared/care";
import { checkEnd, checkEntry, checkPostContent } from "../model-posts/model-posts.rules";
import { DEMO_POSTS } from "./demo-model-posts";
import { DEMO_ORG_TREE, type OrgSpec } from "./demo-orgs";

const branches = (spec: OrgSpec): string[] => [
  ...(spec.kind === "branch" || spec.kind === "joint_branch" ? [spec.code] : []),
  ...(spec.children ?? []).flatMap(branches),
];
const REFERENCE_DAY = "2026-11-25";

describe("the demo's model posts and responsibility areas", () => {
  const of2026 = DEMO_POSTS.filter((p) => p.year === 2026);

  it("gives every branch of the town two to four posts for 2026, at least one a safety area", () => {
    const codes = branches(DEMO_ORG_TREE);
    expect(codes).toHaveLength(18);
    for (const code of codes) {
      const own = of2026.filter((p) => p.orgCode === code);
      expect({ code, count: own.length >= 2 && own.length <= 4 }).toEqual({ code, count: true });
      expect({ code, safety: own.some((p) => p.kind === "safety_area") }).toEqual({ code, safety: true });
    }
    expect(new Set(of2026.map((p) => p.orgCode))).toEqual(new Set(codes));
  });

  it("covers each of the three safeties, and all three in every enterprise", () => {
    for (const kind of SAFETY_KINDS) expect(of2026.filter((p) => p.safetyKind === kind).length).toBeGreaterThanOrEqual(4);
    for (const code of ["QS-JT-ZB1", "QS-FG01", "QS-FG02"]) {
      expect(new Set(of2026.filter((p) => p.orgCode === code && p.safetyKind).map((p) => p.safetyKind))).toEqual(new Set(SAFETY_KINDS));
    }
  });

  it("keeps every POST rule the services will check on the day each act is recorded", () => {
    for (const spec of DEMO_POSTS) {
      const day = (mmdd: string) => `${spec.year}-${mmdd}`;
      const startedOn = day(spec.startedOn);
      expect(checkPostContent({ ...spec, startedOn }, spec.year)).toEqual([]);
      const post = { year: spec.year, startedOn, endedOn: null };
      for (const [mmdd, content] of spec.entries) expect(checkEntry(post, { occurredOn: day(mmdd), content }, day(mmdd))).toEqual([]);
      const lastEntry = spec.entries.map(([mmdd]) => day(mmdd)).sort().at(-1) ?? null;
      if (spec.ended) expect(checkEnd(post, { endedOn: day(spec.ended[0]), reason: spec.ended[1] }, day(spec.ended[0]), lastEntry)).toEqual([]);
      expect(lastEntry === null || lastEntry <= REFERENCE_DAY).toBe(true);
    }
  });

  it("gives the demo member a post of their own, and ends one post with its reason", () => {
    expect(DEMO_POSTS.filter((p) => "username" in p.holder)).toEqual([expect.objectContaining({ orgCode: "QS-CUN01", holder: { username: "cun01_dangyuan" } })]);
    expect(DEMO_POSTS.filter((p) => p.ended)).toHaveLength(1);
  });
});
