import { describe, expect, it } from "vitest";
import { findChangedFields, formatJson } from "./audit-diff";

describe("findChangedFields", () => {
  it("lists fields added, removed or changed, deep values compared by content", () => {
    expect(
      findChangedFields(
        { name: "一支部", domain: null, tags: ["a"], same: { x: 1 } },
        { name: "第一支部", unitName: "某厂", tags: ["a"], same: { x: 1 } },
      ),
    ).toEqual(["domain", "name", "unitName"]);
  });

  it("has nothing to compare when a side is missing (a creation)", () => {
    expect(findChangedFields(null, { name: "一支部" })).toEqual([]);
  });
});

describe("formatJson", () => {
  it("indents for reading", () => {
    expect(formatJson({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});
