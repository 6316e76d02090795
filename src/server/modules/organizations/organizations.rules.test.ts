import { describe, expect, it } from "vitest";
import { canContain, childPath } from "./organizations.rules";

describe("canContain (parent/child kinds, rules.md §2.1)", () => {
  it("puts party groups only inside branches", () => {
    expect(canContain("branch", "group")).toBe(true);
    expect(canContain("joint_branch", "group")).toBe(true);
    expect(canContain("committee", "group")).toBe(false);
    expect(canContain("general_branch", "group")).toBe(false);
  });
  it("lets a committee lead general branches and branches, and a general branch lead branches", () => {
    expect(canContain("committee", "general_branch")).toBe(true);
    expect(canContain("committee", "branch")).toBe(true);
    expect(canContain("general_branch", "branch")).toBe(true);
    expect(canContain("general_branch", "committee")).toBe(false);
    expect(canContain("branch", "branch")).toBe(false);
  });
  it("allows nothing under a group and only committees at the top", () => {
    expect(canContain("group", "group")).toBe(false);
    expect(canContain(null, "committee")).toBe(true);
    expect(canContain(null, "branch")).toBe(false);
  });
});

describe("childPath", () => {
  it("appends the id to the parent's path", () => {
    expect(childPath(null, "a")).toBe("/a/");
    expect(childPath("/a/", "b")).toBe("/a/b/");
  });
});
