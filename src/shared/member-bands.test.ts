import { describe, expect, it } from "vitest";
import { AGE_BANDS, AGE_BAND_BOUNDS, PARTY_AGE_BANDS, ageBandOf } from "./member-bands";

/** Each band starts the year after the previous one ends: no age falls between two bands or into two. */
const expectContiguous = (bounds: (readonly [number, number])[]) => {
  expect(bounds[0]![0]).toBe(0);
  for (let i = 1; i < bounds.length; i++) expect(bounds[i]![0]).toBe(bounds[i - 1]![1] + 1);
};

describe("member bands", () => {
  it("covers every age exactly once, in the bulletin's order", () => {
    expectContiguous(AGE_BANDS.map((band) => AGE_BAND_BOUNDS[band]));
    expectContiguous(PARTY_AGE_BANDS.map((band) => [band.min, band.max] as const));
  });

  it("puts ages in the bulletin's bands, each edge in its own", () => {
    expect([18, 30, 31, 35, 60, 61, 105].map(ageBandOf)).toEqual(["under_30", "under_30", "31_35", "31_35", "56_60", "61_plus", "61_plus"]);
  });
});
