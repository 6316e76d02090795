import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "../../../shared/permissions";
import { type ActingActor, type BodyPermissions, type DutyBody, actingBodies, checkDuty } from "./acting-bodies.rules";

// committee C (approving) ⊃ branch B (the case) ⊃ group P; B2 a sibling branch; X another committee.
const PATH = { C: "/c/", B: "/c/b/", B2: "/c/b2/", P: "/c/b/p/", X: "/x/" };
const actor = (role: ActingActor["role"], org: keyof typeof PATH): ActingActor => ({ role, orgId: org.toLowerCase(), orgPath: PATH[org] });
const BODIES: BodyPermissions = { branch: "handling.record", committee: "handling.approve" };
const bodies = (a: ActingActor, approvingCommitteeId: string | null = "c", permissions = BODIES) => actingBodies(a, PATH.B, approvingCommitteeId, permissions);

describe("actingBodies: whom the actor speaks for in a case", () => {
  it("gives the branch to a holder of the branch permission on the case's path, at or above the branch", () => {
    expect(bodies(actor("branch_officer", "B"))).toEqual(["branch"]);
    expect(bodies(actor("branch_officer", "C"))).toEqual(["branch"]);
    expect(bodies(actor("branch_officer", "B2"))).toEqual([]);
    expect(bodies(actor("branch_officer", "P"))).toEqual([]);
  });

  it("gives the committee only to a holder of the committee permission in the approving committee itself", () => {
    expect(bodies(actor("org_admin", "C"))).toEqual(["committee"]);
    expect(bodies(actor("admin", "C"))).toEqual(["committee"]);
    expect(bodies(actor("org_admin", "X"))).toEqual([]);
    expect(bodies(actor("org_admin", "C"), null)).toEqual([]);
  });

  it("follows the permissions it is given, not the role's name", () => {
    const both: BodyPermissions = { branch: "member.update", committee: "member.update" };
    expect(bodies(actor("org_admin", "C"), "c", both)).toEqual(["branch", "committee"]);
    expect(bodies(actor("member", "B"), "c", both)).toEqual([]);
  });

  it("gives development and handling the same roles for each body", () => {
    expect(PERMISSIONS["development.record_branch_step"]).toEqual(PERMISSIONS["handling.record"]);
    expect([...PERMISSIONS["development.record_committee_step"]].sort()).toEqual([...PERMISSIONS["handling.approve"]].sort());
  });
});

describe("checkDuty: which body records a step, or the module's refusal", () => {
  const refusals = { branch: { reason: "branch only" }, committee: { reason: "committee only" } };
  const all: DutyBody[] = ["branch", "committee", "branch_or_committee"];

  it("answers for each kind of step", () => {
    expect(all.map((s) => checkDuty(s, ["branch"], refusals))).toEqual([
      { ok: true, body: "branch" },
      { ok: false, reason: "committee only" },
      { ok: true, body: "branch" },
    ]);
    expect(all.map((s) => checkDuty(s, ["committee"], refusals))).toEqual([
      { ok: false, reason: "branch only" },
      { ok: true, body: "committee" },
      { ok: true, body: "committee" },
    ]);
  });

  it("refuses a caller with no body by the step's refusal (the branch's for either)", () => {
    expect(all.map((s) => checkDuty(s, [], refusals))).toEqual([
      { ok: false, reason: "branch only" },
      { ok: false, reason: "committee only" },
      { ok: false, reason: "branch only" },
    ]);
  });

  it("records a step open to both as the branch when the caller is both", () => {
    expect(checkDuty("branch_or_committee", ["branch", "committee"], refusals)).toEqual({ ok: true, body: "branch" });
    expect(checkDuty("committee", ["branch", "committee"], refusals)).toEqual({ ok: true, body: "committee" });
  });
});
