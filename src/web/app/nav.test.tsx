import { describe, expect, it } from "vitest";
import { buildMenuItems, findMenuKey, findOpenKeys } from "./nav";

type Items = ReturnType<typeof buildMenuItems>;
const keysOf = (items: Items) => items.map((item) => item?.key);
const childKeysOf = (items: Items, key: string) => {
  const group = items.find((item) => item?.key === key);
  return group && "children" in group ? keysOf(group.children ?? []) : undefined;
};

describe("side menu", () => {
  it("leaves out the statistics a member may not read (the server answers 403)", () => {
    expect(keysOf(buildMenuItems("member"))).not.toContain("/statistics");
    expect(keysOf(buildMenuItems("member"))).toContain("/members");
    for (const role of ["admin", "org_admin", "branch_officer"] as const) expect(keysOf(buildMenuItems(role))).toContain("/statistics");
  });

  it("opens on the home page for everyone", () => {
    for (const role of ["admin", "org_admin", "branch_officer", "member"] as const) expect(keysOf(buildMenuItems(role))[0]).toBe("/home");
  });

  it("groups the development pages for officers and hides them from members, who are not shown development cases", () => {
    for (const role of ["admin", "org_admin", "branch_officer"] as const) {
      expect(childKeysOf(buildMenuItems(role), "development")).toEqual(["/development", "/development/pipeline", "/development/plans"]);
    }
    expect(keysOf(buildMenuItems("member"))).not.toContain("development");
  });

  it("offers the development rule sets only to the system administrator, who alone may change them", () => {
    expect(childKeysOf(buildMenuItems("admin"), "admin")).toContain("/admin/development-rules");
    expect(childKeysOf(buildMenuItems("org_admin"), "admin")).toEqual(["/admin/users", "/admin/audit"]);
  });

  it("marks the page a location lies in, the most specific one first, and opens its group", () => {
    expect(findMenuKey("/orgs/123")).toBe("/orgs");
    expect(findMenuKey("/development")).toBe("/development");
    expect(findMenuKey("/development/00000000-0000-4000-8000-000000000001")).toBe("/development");
    expect(findMenuKey("/development/plans")).toBe("/development/plans");
    expect(findMenuKey("/admin/development-rules")).toBe("/admin/development-rules");
    expect(findOpenKeys("/development/pipeline")).toEqual(["development"]);
    expect(findOpenKeys("/admin/audit")).toEqual(["admin"]);
    expect(findOpenKeys("/members")).toEqual([]);
  });
});
