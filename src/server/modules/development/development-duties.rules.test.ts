import { describe, expect, it } from "vitest";
import type { StepBody } from "../../../shared/development-steps";
import { type DutyActor, actingBodies, checkDuty } from "./development-duties.rules";

// A tree: committee C (approving) ⊃ general branch G ⊃ branch B (the case); B2 a sibling branch;
// a group P under B; T a committee above C; X another committee.
const PATH = { T: "/t/", C: "/t/c/", G: "/t/c/g/", B: "/t/c/g/b/", B2: "/t/c/g/b2/", P: "/t/c/g/b/p/", X: "/x/" };
const CASE = PATH.B;
const actor = (role: DutyActor["role"], org: keyof typeof PATH): DutyActor => ({ role, orgId: org.toLowerCase(), orgPath: PATH[org] });
const bodies = (a: DutyActor, approvingCommitteeId: string | null = "c") => actingBodies(a, CASE, approvingCommitteeId);

describe("actingBodies: whom the actor speaks for in a case", () => {
  it("lets an officer of the branch, or of an organization above it, speak for the branch", () => {
    expect(bodies(actor("branch_officer", "B"))).toEqual(["branch"]);
    expect(bodies(actor("branch_officer", "G"))).toEqual(["branch"]);
  });

  it("gives no body to an officer of a sibling branch, or of a group below the branch", () => {
    expect(bodies(actor("branch_officer", "B2"))).toEqual([]);
    expect(bodies(actor("branch_officer", "P"))).toEqual([]);
  });

  it("lets only the approving committee's own org_admin or admin speak for the committee", () => {
    expect(bodies(actor("org_admin", "C"))).toEqual(["committee"]);
    expect(bodies(actor("admin", "C"))).toEqual(["committee"]);
    expect(bodies(actor("org_admin", "T"))).toEqual([]);
    expect(bodies(actor("admin", "T"))).toEqual([]);
    expect(bodies(actor("org_admin", "X"))).toEqual([]);
  });

  it("gives no committee body when the branch has no approving committee", () => {
    expect(bodies(actor("org_admin", "C"), null)).toEqual([]);
  });

  it("gives nothing to a member", () => {
    expect(bodies(actor("member", "B"))).toEqual([]);
  });
});

describe("checkDuty (SOD-01 branch steps, SOD-02 committee steps)", () => {
  const all: StepBody[] = ["branch", "committee", "branch_or_committee"];
  it("answers which body records each kind of step", () => {
    expect(all.map((s) => checkDuty(s, ["branch"]))).toEqual([
      { ok: true, body: "branch" },
      expect.objectContaining({ ok: false, rule: "SOD-02" }),
      { ok: true, body: "branch" },
    ]);
    expect(all.map((s) => checkDuty(s, ["committee"]))).toEqual([
      expect.objectContaining({ ok: false, rule: "SOD-01" }),
      { ok: true, body: "committee" },
      { ok: true, body: "committee" },
    ]);
  });

  it("refuses a caller with no body by the step's own rule", () => {
    expect(checkDuty("branch", [])).toMatchObject({ ok: false, rule: "SOD-01", message: expect.stringContaining("党支部") });
    expect(checkDuty("committee", [])).toMatchObject({ ok: false, rule: "SOD-02", message: expect.stringContaining("具有审批权限的基层党委") });
    expect(checkDuty("branch_or_committee", [])).toMatchObject({ ok: false, rule: "SOD-01" });
  });

  it("records a step open to both as the branch when the caller is both", () => {
    expect(checkDuty("branch_or_committee", ["branch", "committee"])).toEqual({ ok: true, body: "branch" });
    expect(checkDuty("committee", ["branch", "committee"])).toEqual({ ok: true, body: "committee" });
  });
});
