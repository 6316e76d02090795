import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseListView, toSearchParams } from "./project-filters";

describe("the project list's view in the URL", () => {
  it("round-trips every filter and leaves the defaults out", () => {
    const view = {
      filters: { year: 2026, status: "approved" as const, category: "serving_masses" as const, overdue: "true" as const, awaitingMe: "true" as const, q: "美丽乡村" },
      page: 2,
      pageSize: 50,
    };
    const params = toSearchParams(view);
    expect(params.toString()).toBe(`year=2026&status=approved&category=serving_masses&overdue=true&awaitingMe=true&q=${encodeURIComponent("美丽乡村")}&page=2&pageSize=50`);
    expect(parseListView(params)).toEqual(view);
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe("");
  });

  it("drops what the contract refuses", () => {
    expect(parseListView(new URLSearchParams("year=abc&status=lost&category=x&overdue=maybe&orgId=nope&page=0"))).toEqual(DEFAULT_VIEW);
  });
});
