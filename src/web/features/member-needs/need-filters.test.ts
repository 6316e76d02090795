import { describe, expect, it } from "vitest";
import { needListLink, parseListView, toFindParams } from "./need-filters";

describe("the needs list's view in the URL", () => {
  it("reads the filters with the contract's schema, leaving out what it refuses", () => {
    const view = parseListView(new URLSearchParams("overdue=resolve&handledByMe=true&year=2026&status=bogus&page=2"));
    expect(view.filters).toEqual({ overdue: "resolve", handledByMe: true, year: 2026 });
    expect(toFindParams(view)).toEqual({ overdue: "resolve", handledByMe: true, year: 2026, page: 2, pageSize: 20 });
  });

  it("links the home page's counters to the same list", () => {
    expect(needListLink({ overdue: "acknowledge" })).toBe("/care/needs?overdue=acknowledge");
    expect(needListLink({ handledByMe: true })).toBe("/care/needs?handledByMe=true");
    expect(needListLink({})).toBe("/care/needs");
    expect(parseListView(new URLSearchParams(needListLink({ handledByMe: true }).split("?")[1])).filters).toEqual({ handledByMe: true });
  });
});
