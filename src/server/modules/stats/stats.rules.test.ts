import { describe, expect, it } from "vitest";
import { AGE_BAND_BOUNDS, ageBandOf } from "../../../shared/member-bands";
import { AGE_BANDS, bucketsOf, minorityBuckets, shareOf } from "./stats.rules";

describe("structure statistics categories", () => {
  it("gives shares from exact counts, and 0 rather than NaN for an empty roster", () => {
    expect(shareOf(1, 3)).toBe(1 / 3);
    expect(shareOf(0, 0)).toBe(0);
  });

  it("takes the age bands from the roster's rules, each edge in the band ageBandOf gives", () => {
    expect(AGE_BANDS.map((b) => b.key)).toEqual(Object.keys(AGE_BAND_BOUNDS));
    for (const band of AGE_BANDS) {
      expect(ageBandOf(band.min)).toBe(band.key);
      expect(ageBandOf(band.max)).toBe(band.key);
    }
  });

  it("always lists the regular categories, and a catch-all for bad data only when someone falls in it", () => {
    const clean = bucketsOf("education", new Map([["bachelor", 2]]), 2);
    expect(clean.map((b) => b.key)).toEqual(["postgraduate", "bachelor", "college", "technical_secondary", "senior_high", "junior_high_or_below", "unknown"]);
    expect(clean.find((b) => b.key === "bachelor")).toEqual({ key: "bachelor", label: "大学本科", count: 2, share: 1 });
    const messy = bucketsOf("education", new Map([["unrecognized", 1]]), 4);
    expect(messy.at(-1)).toEqual({ key: "unrecognized", label: "无法识别", count: 1, share: 0.25 });
  });

  it("lists the minorities present, largest first, never 汉族 or 其他", () => {
    const counts = new Map([["汉族", 9], ["回族", 1], ["壮族", 3], ["其他", 2]]);
    expect(minorityBuckets(counts, 15).map((b) => [b.label, b.count])).toEqual([["壮族", 3], ["回族", 1]]);
  });
});
