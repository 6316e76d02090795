import { describe, expect, it } from "vitest";
import type { PostEntry } from "../../../shared/contracts/model-posts.contract";
import { drillDown } from "./post-filters";
import { entryDateBounds, entryTimeline } from "./post-record";
import { kindLabel } from "./post-display";

const entry = (id: string, occurredOn: string): PostEntry => ({ id, postId: "p", occurredOn, content: "记录", recordedByName: null, createdAt: "" });

describe("the year's record", () => {
  it("takes entries from the start to today, never past the year's end, none on an ended post", () => {
    const post = { year: 2026, startedOn: "2026-03-01", endedOn: null };
    expect(entryDateBounds(post, "2026-11-25")).toEqual({ first: "2026-03-01", last: "2026-11-25" });
    expect(entryDateBounds({ ...post, year: 2025, startedOn: "2025-02-01" }, "2026-11-25")).toEqual({ first: "2025-02-01", last: "2025-12-31" });
    expect(entryDateBounds({ ...post, startedOn: "2026-12-01" }, "2026-11-25")).toBeNull();
    expect(entryDateBounds({ ...post, endedOn: "2026-10-01" }, "2026-11-25")).toBeNull();
  });

  it("heads each month once, newest first as the server sends them", () => {
    const items = entryTimeline([entry("a", "2026-09-15"), entry("b", "2026-09-02"), entry("c", "2026-04-10")]);
    expect(items.map((i) => [i.entry.id, i.month])).toEqual([
      ["a", "2026年9月"],
      ["b", null],
      ["c", "2026年4月"],
    ]);
  });
});

describe("the list's drill-down and labels", () => {
  it("opens a chart bar as the list of that kind and safety kind for the chart's year, from page one", () => {
    const view = { filters: { orgId: "o", kind: "model_post" as const, q: "张" }, page: 3, pageSize: 50 };
    expect(drillDown(view, { kind: "safety_area", safetyKind: "political" }, 2026)).toEqual({
      filters: { orgId: "o", kind: "safety_area", safetyKind: "political", q: "张", year: 2026 },
      page: 1,
      pageSize: 50,
    });
    expect(drillDown(view, { kind: "responsibility_area" }, 2026).filters.safetyKind).toBeUndefined();
  });

  it("names a safety area with its safety", () => {
    expect(kindLabel({ kind: "safety_area", safetyKind: "economic" })).toBe("安全责任区（经济安全）");
    expect(kindLabel({ kind: "model_post", safetyKind: null })).toBe("党员示范岗");
  });
});
