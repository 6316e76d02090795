import { describe, expect, it } from "vitest";
import type { NominationSide } from "../../../shared/contracts/recognition.contract";
import type { ActingActor } from "../access/acting-bodies.rules";
import { availableActions, availableWork, checkTransition, checkWork, nextStatus, nominationSides } from "./recognition-status.rules";

// top committee T ⊃ committee C ⊃ branch B ⊃ group G; B2 a sibling branch.
const PATH = { T: "/t/", C: "/t/c/", B: "/t/c/b/", B2: "/t/c/b2/", G: "/t/c/b/g/" };
const actor = (role: ActingActor["role"], org: keyof typeof PATH): ActingActor => ({ role, orgId: org.toLowerCase(), orgPath: PATH[org] });
const byB = { orgId: "b", orgPath: PATH.B, reviewingOrgId: "c" };
const byC = { orgId: "c", orgPath: PATH.C, reviewingOrgId: "t" };
const byT = { orgId: "t", orgPath: PATH.T, reviewingOrgId: null };

describe("nominationSides: who speaks for the nominating organization and who for the reviewing committee", () => {
  it("gives the nominator to the nominating organization's own officers only", () => {
    expect(nominationSides(actor("branch_officer", "B"), byB)).toEqual(["nominator"]);
    expect(nominationSides(actor("branch_officer", "B2"), byB)).toEqual([]);
    expect(nominationSides(actor("member", "B"), byB)).toEqual([]);
  });

  it("gives the committee to the reviewing committee's administrators, never the nominator to them", () => {
    expect(nominationSides(actor("org_admin", "C"), byB)).toEqual(["committee"]);
    expect(nominationSides(actor("org_admin", "T"), byB)).toEqual([]);
  });

  it("never lets an organization review its own nomination (separation of duties)", () => {
    expect(nominationSides(actor("org_admin", "C"), byC)).toEqual(["nominator"]);
    expect(nominationSides(actor("org_admin", "T"), byC)).toEqual(["committee"]);
  });

  it("leaves the top committee's nomination to the administrators", () => {
    expect(nominationSides(actor("org_admin", "T"), byT)).toEqual(["nominator"]);
    expect(nominationSides(actor("admin", "T"), byT)).toEqual(["committee"]);
    expect(nominationSides(actor("admin", "C"), byB)).toEqual(["committee"]);
    expect(nominationSides(actor("admin", "T"), byB)).toEqual([]);
  });
});

describe("checkTransition: the state machine (HON-06) and its sides", () => {
  const nominator: NominationSide[] = ["nominator"];
  const committee: NominationSide[] = ["committee"];

  it("lets the committee shortlist or reject a submitted nomination, decide in publicity and publish an award", () => {
    expect(checkTransition("shortlist", "submitted", committee, "确定公示对象")).toEqual([]);
    expect(checkTransition("reject", "submitted", committee, "不予通过")).toEqual([]);
    expect(checkTransition("decide", "in_publicity", committee, "决定")).toEqual([]);
    expect(checkTransition("publish", "awarded", committee, "发布")).toEqual([]);
  });

  it("refuses the nominating side the committee's steps with HON-02, and the committee the nominator's with HON-01", () => {
    expect(checkTransition("shortlist", "submitted", nominator, "确定公示对象")).toEqual([expect.objectContaining({ rule: "HON-02", field: "status" })]);
    expect(checkTransition("withdraw", "submitted", committee, "撤回推荐")).toEqual([expect.objectContaining({ rule: "HON-01" })]);
  });

  it("refuses a step out of its status with HON-06, naming the statuses it is taken in", () => {
    const [issue] = checkTransition("publish", "in_publicity", committee, "发布表彰决定");
    expect(issue).toMatchObject({ rule: "HON-06", code: "HON-06" });
    expect(issue!.message).toContain("已决定表彰（待发布）");
    expect(checkTransition("withdraw", "awarded", nominator, "撤回推荐")).toEqual([expect.objectContaining({ rule: "HON-06" })]);
    expect(checkTransition("shortlist", "rejected", committee, "确定公示对象")).toEqual([expect.objectContaining({ rule: "HON-06" })]);
  });

  it("leads decide to awarded or not awarded by its decision", () => {
    expect(nextStatus("decide", "awarded")).toBe("awarded");
    expect(nextStatus("decide", "not_awarded")).toBe("not_awarded");
    expect(nextStatus("shortlist")).toBe("in_publicity");
    expect(nextStatus("publish")).toBe("published");
  });

  it("offers each side only its own steps", () => {
    expect(availableActions("submitted", nominator)).toEqual(["withdraw"]);
    expect(availableActions("submitted", committee)).toEqual(["shortlist", "reject"]);
    expect(availableActions("in_publicity", committee)).toEqual(["decide"]);
    expect(availableActions("published", committee)).toEqual([]);
    expect(availableActions("in_publicity", [])).toEqual([]);
  });
});

describe("checkWork: objections are the committee's, while in publicity (HON-08, HON-09)", () => {
  it("allows recording and finding in publicity only", () => {
    expect(availableWork("in_publicity", ["committee"])).toEqual(["objection_record", "objection_find"]);
    expect(availableWork("submitted", ["committee"])).toEqual([]);
    expect(checkWork("objection_record", "awarded", ["committee"])).toEqual([expect.objectContaining({ rule: "HON-08" })]);
    expect(checkWork("objection_find", "awarded", ["committee"])).toEqual([expect.objectContaining({ rule: "HON-09" })]);
  });

  it("refuses the nominating organization with HON-02", () => {
    expect(checkWork("objection_record", "in_publicity", ["nominator"])).toEqual([expect.objectContaining({ rule: "HON-02" })]);
  });
});
