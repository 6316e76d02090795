import { describe, expect, it } from "vitest";
import {
  type NeedCaller,
  type NeedState,
  type NeedViewer,
  acknowledgeDueOn,
  allowedNeedActions,
  canUploadToNeed,
  checkNeedAction,
  checkRating,
  isNeedVisible,
  needOverdue,
  resolveDueOn,
} from "./member-needs.rules";

const noCalendar = { holidays: [], workingWeekendDays: [] };
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("deadlines (NEED-02, NEED-03)", () => {
  it("counts the working days after the filing day, skipping the weekend", () => {
    // 2026-11-25 is a Wednesday: Thursday, Friday, then Monday.
    expect(acknowledgeDueOn("2026-11-25", 3, noCalendar)).toBe("2026-11-30");
    expect(acknowledgeDueOn("2026-11-27", 1, noCalendar)).toBe("2026-11-30");
    expect(acknowledgeDueOn("2026-11-28", 3, noCalendar)).toBe("2026-12-02");
  });

  it("skips configured holidays and counts swapped working weekend days", () => {
    const calendar = { holidays: ["2026-10-01", "2026-10-02", "2026-10-05"], workingWeekendDays: ["2026-10-10"] };
    // Filed on Wednesday 30 September: 1–2 and 5 October are holidays, 6–7 work.
    expect(acknowledgeDueOn("2026-09-30", 3, calendar)).toBe("2026-10-08");
    // Filed Friday 9 October: Saturday the 10th is a working day.
    expect(acknowledgeDueOn("2026-10-09", 1, calendar)).toBe("2026-10-10");
  });

  it("gives the resolution deadline in calendar days", () => {
    expect(resolveDueOn("2026-11-25", 30)).toBe("2026-12-25");
  });

  it("flags an unacknowledged need after its acknowledgement day, and a worked one after its resolution day", () => {
    const need = { status: "submitted" as const, acknowledgeDueOn: "2026-11-30", resolveDueOn: null };
    expect(needOverdue(need, "2026-11-30")).toBeNull();
    expect(needOverdue(need, "2026-12-01")).toBe("acknowledge");
    for (const status of ["acknowledged", "escalated", "reopened"] as const) {
      expect(needOverdue({ status, acknowledgeDueOn: "2026-11-01", resolveDueOn: "2026-12-25" }, "2026-12-25")).toBeNull();
      expect(needOverdue({ status, acknowledgeDueOn: "2026-11-01", resolveDueOn: "2026-12-25" }, "2026-12-26")).toBe("resolve");
    }
  });

  it("never flags a closed or withdrawn need", () => {
    for (const status of ["resolved", "withdrawn"] as const) expect(needOverdue({ status, acknowledgeDueOn: "2026-01-01", resolveDueOn: "2026-02-01" }, "2026-11-25")).toBeNull();
  });
});

describe("who sees a need (NEED-06)", () => {
  const need = { isPrivate: false, memberId: "m1", orgId: "branch" };
  const privateNeed = { ...need, isPrivate: true };
  const officer: NeedViewer = { role: "branch_officer", canHandle: true, memberId: "m9", orgId: "branch", scopeCoversNeedOrg: true, isSecretaryOfNeedOrg: false };

  it("shows the member their own need, private or not, and no other member anything", () => {
    const member: NeedViewer = { role: "member", canHandle: false, memberId: "m1", orgId: "branch", scopeCoversNeedOrg: true, isSecretaryOfNeedOrg: false };
    expect(isNeedVisible(member, privateNeed)).toBe(true);
    expect(isNeedVisible({ ...member, memberId: "m2" }, need)).toBe(false);
    expect(isNeedVisible({ ...member, memberId: null }, need)).toBe(false);
  });

  it("shows an officer the needs of their scope, and nothing outside it", () => {
    expect(isNeedVisible(officer, need)).toBe(true);
    expect(isNeedVisible({ ...officer, scopeCoversNeedOrg: false }, need)).toBe(false);
  });

  it("hides a private need from every officer of the branch but its secretary", () => {
    expect(isNeedVisible(officer, privateNeed)).toBe(false);
    expect(isNeedVisible({ ...officer, isSecretaryOfNeedOrg: true }, privateNeed)).toBe(true);
    expect(isNeedVisible({ ...officer, isSecretaryOfNeedOrg: true, scopeCoversNeedOrg: false }, privateNeed)).toBe(false);
  });

  it("shows a private need to the committee's officers and administrators above the branch", () => {
    expect(isNeedVisible({ ...officer, role: "org_admin", orgId: "committee" }, privateNeed)).toBe(true);
    expect(isNeedVisible({ ...officer, role: "admin", orgId: "committee" }, privateNeed)).toBe(true);
    expect(isNeedVisible({ ...officer, role: "org_admin", orgId: "committee", scopeCoversNeedOrg: false }, privateNeed)).toBe(false);
  });
});

describe("the state machine (NEED-04, NEED-05, NEED-07, NEED-08)", () => {
  const state = (over: Partial<NeedState> = {}): NeedState => ({
    status: "submitted",
    rating: null,
    reopenCount: 0,
    resolvedOn: null,
    isEscalated: false,
    isHandledByOwnOrg: true,
    hasCommitteeAbove: true,
    ...over,
  });
  const branch: NeedCaller = { isMember: false, canHandle: true, isWorking: true, isBranchSide: true };
  const committee: NeedCaller = { ...branch, isBranchSide: false };
  const member: NeedCaller = { isMember: true, canHandle: false, isWorking: false, isBranchSide: false };
  const bystander: NeedCaller = { isMember: false, canHandle: true, isWorking: false, isBranchSide: false };
  const today = "2026-11-25";
  const check = (action: Parameters<typeof checkNeedAction>[0], s: NeedState, caller: NeedCaller) => codes(checkNeedAction(action, s, caller, today, 30));

  it("offers each side its own steps in each status", () => {
    expect(allowedNeedActions(state(), branch, today, 30)).toEqual(["acknowledge"]);
    expect(allowedNeedActions(state(), member, today, 30)).toEqual(["withdraw"]);
    expect(allowedNeedActions(state({ status: "acknowledged" }), branch, today, 30)).toEqual(["progress", "escalate", "resolve"]);
    expect(allowedNeedActions(state({ status: "escalated", isEscalated: true, isHandledByOwnOrg: false }), committee, today, 30)).toEqual(["progress", "resolve"]);
    expect(allowedNeedActions(state({ status: "resolved", resolvedOn: "2026-11-20" }), member, today, 30)).toEqual(["rate"]);
    expect(allowedNeedActions(state({ status: "resolved", resolvedOn: "2026-11-20", rating: "not_satisfied" }), member, today, 30)).toEqual(["reopen"]);
    expect(allowedNeedActions(state({ status: "withdrawn" }), member, today, 30)).toEqual([]);
    expect(allowedNeedActions(state({ status: "acknowledged" }), bystander, today, 30)).toEqual([]);
  });

  it("refuses the working side's steps to the member and the member's to officers", () => {
    expect(check("acknowledge", state(), member)).toEqual(["NEED-05"]);
    expect(check("rate", state({ status: "resolved", resolvedOn: today }), branch)).toEqual(["NEED-05"]);
    expect(check("withdraw", state(), branch)).toEqual(["NEED-05"]);
  });

  it("refuses an officer to work their own need", () => {
    const [issue] = checkNeedAction("acknowledge", state(), { isMember: true, canHandle: true, isWorking: false, isBranchSide: false }, today, 30);
    expect(issue).toMatchObject({ code: "NEED-05", field: "action" });
    expect(issue!.message).toContain("本人提出的诉求");
  });

  it("refuses a step out of its status", () => {
    expect(check("resolve", state(), branch)).toEqual(["NEED-05"]);
    expect(check("acknowledge", state({ status: "acknowledged" }), branch)).toEqual(["NEED-05"]);
    expect(check("withdraw", state({ status: "resolved", resolvedOn: today }), member)).toEqual(["NEED-05"]);
  });

  it("lets the branch escalate once, while it handles the need, when a committee stands above", () => {
    expect(check("escalate", state({ status: "acknowledged" }), branch)).toEqual([]);
    expect(check("escalate", state({ status: "escalated", isEscalated: true, isHandledByOwnOrg: false }), committee)).toEqual(["NEED-04"]);
    expect(check("escalate", state({ status: "reopened", isEscalated: true, isHandledByOwnOrg: false }), committee)).toEqual(["NEED-04"]);
    expect(check("escalate", state({ status: "acknowledged" }), committee)).toEqual(["NEED-04"]);
    expect(check("escalate", state({ status: "acknowledged", hasCommitteeAbove: false }), branch)).toEqual(["NEED-04"]);
    expect(check("escalate", state({ status: "reopened" }), branch)).toEqual([]);
  });

  it("takes one rating per closure, within the window, and asks why when not satisfied", () => {
    expect(check("rate", state({ status: "resolved", resolvedOn: "2026-10-26" }), member)).toEqual([]);
    expect(check("rate", state({ status: "resolved", resolvedOn: "2026-10-25" }), member)).toEqual(["NEED-07"]);
    expect(check("rate", state({ status: "resolved", resolvedOn: today, rating: "satisfied" }), member)).toEqual(["NEED-07"]);
    expect(codes(checkRating("not_satisfied", "  "))).toEqual(["NEED-07"]);
    expect(checkRating("not_satisfied", "没有解决实际问题")).toEqual([]);
    expect(checkRating("partly_satisfied", "")).toEqual([]);
  });

  it("reopens once, only after not satisfied, within the window", () => {
    const resolved = state({ status: "resolved", resolvedOn: "2026-11-20", rating: "not_satisfied" });
    expect(check("reopen", resolved, member)).toEqual([]);
    expect(check("reopen", { ...resolved, rating: "partly_satisfied" }, member)).toEqual(["NEED-08"]);
    expect(check("reopen", { ...resolved, rating: null }, member)).toEqual(["NEED-08"]);
    expect(check("reopen", { ...resolved, reopenCount: 1 }, member)).toEqual(["NEED-08"]);
    expect(check("reopen", { ...resolved, resolvedOn: "2026-10-01" }, member)).toEqual(["NEED-08"]);
  });

  it("takes files on an open need from the member or the working side only", () => {
    expect(canUploadToNeed("acknowledged", member)).toBe(true);
    expect(canUploadToNeed("escalated", committee)).toBe(true);
    expect(canUploadToNeed("acknowledged", bystander)).toBe(false);
    expect(canUploadToNeed("resolved", member)).toBe(false);
    expect(canUploadToNeed("withdrawn", branch)).toBe(false);
  });
});
