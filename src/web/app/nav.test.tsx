import { describe, expect, it } from "vitest";
import { buildMenuItems } from "./nav";

const keysOf = (items: ReturnType<typeof buildMenuItems>) => items.map((item) => item?.key);

describe("side menu", () => {
  it("leaves out the statistics a member may not read (the server answers 403)", () => {
    expect(keysOf(buildMenuItems("member"))).not.toContain("/statistics");
    expect(keysOf(buildMenuItems("member"))).toContain("/members");
    for (const role of ["admin", "org_admin", "branch_officer"] as const) expect(keysOf(buildMenuItems(role))).toContain("/statistics");
  });
});
