import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseListView, toSearchParams } from "./handling-filters";

describe("the handling list's view in the URL", () => {
  it("round-trips filters, booleans included, and leaves defaults out", () => {
    const view = { filters: { status: "open" as const, method: "rectify_by_deadline" as const, overdue: true }, page: 2, pageSize: 50 };
    const params = toSearchParams(view);
    expect(params.toString()).toBe("status=open&method=rectify_by_deadline&overdue=true&page=2&pageSize=50");
    expect(parseListView(params)).toEqual(view);
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe("");
  });

  it("drops values the contract refuses", () => {
    expect(parseListView(new URLSearchParams("status=lost&method=x&overdue=maybe&page=0"))).toEqual(DEFAULT_VIEW);
  });
});
