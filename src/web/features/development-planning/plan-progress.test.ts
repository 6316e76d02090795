import { describe, expect, it } from "vitest";
import { toPlanProgress } from "./plan-progress";

describe("toPlanProgress", () => {
  it("counts admitted against the quota, and admitted plus forecast as what is expected", () => {
    expect(toPlanProgress({ quota: 4, actual: 3, forecast: 2 })).toEqual({ actualPercent: 75, expectedPercent: 125, gap: 0, state: "on_track" });
  });

  it("is met once the admitted reach the quota, even past it", () => {
    expect(toPlanProgress({ quota: 4, actual: 5, forecast: 0 })).toMatchObject({ actualPercent: 125, state: "met" });
  });

  it("names the gap the forecast cannot cover", () => {
    expect(toPlanProgress({ quota: 6, actual: 1, forecast: 2 })).toEqual({ actualPercent: 17, expectedPercent: 50, gap: 3, state: "short" });
  });

  it("has no percent without a quota", () => {
    expect(toPlanProgress({ quota: 0, actual: 2, forecast: 1 })).toEqual({ actualPercent: null, expectedPercent: null, gap: 0, state: "unplanned" });
  });
});
