import { describe, expect, it } from "vitest";
import { NEED_STATUSES, type NeedRating, type NeedStatus } from "../../../shared/care";
import { loadConfig } from "../../config";
import { type NeedState, acknowledgeDueOn, checkNeedAction, checkRating, needOverdue, resolveDueOn } from "../member-needs/member-needs.rules";
import { DEMO_NEEDS, type DemoNeedSpec } from "./demo-member-needs";

const REFERENCE_DAY = "2026-11-25";
const { care, development: calendar } = loadConfig({});

/** A demo need replayed through the pure rules as the seed's services will judge it, step by step on its day. */
function replay(spec: DemoNeedSpec) {
  let state: NeedState = { status: "submitted", rating: null, reopenCount: 0, resolvedOn: null, isEscalated: false, isHandledByOwnOrg: true, hasCommitteeAbove: true };
  const due = { acknowledgeDueOn: acknowledgeDueOn(spec.filedOn, care.needAcknowledgeWorkingDays, calendar), resolveDueOn: null as string | null };
  let last = spec.filedOn;
  const issues: string[] = [];
  for (const step of spec.steps) {
    if (step.on < last || step.on > REFERENCE_DAY) issues.push(`${spec.title}: ${step.do} on ${step.on} out of order`);
    last = step.on;
    const isMember = step.do === "rate" || step.do === "reopen" || step.do === "withdraw";
    const caller = { isMember, canHandle: !isMember, isWorking: !isMember, isBranchSide: !isMember && state.isHandledByOwnOrg };
    issues.push(...checkNeedAction(step.do, state, caller, step.on, care.needRateWithinDays).map((i) => `${spec.title}: ${i.message}`));
    if (step.do === "rate") issues.push(...checkRating(step.rating, step.note ?? "").map((i) => `${spec.title}: ${i.message}`));
    const next: Partial<NeedState> & { status?: NeedStatus } = {};
    switch (step.do) {
      case "acknowledge":
        Object.assign(next, { status: "acknowledged" });
        due.resolveDueOn = resolveDueOn(step.on, care.needResolveDays);
        break;
      case "escalate":
        Object.assign(next, { status: "escalated", isEscalated: true, isHandledByOwnOrg: false });
        due.resolveDueOn = resolveDueOn(step.on, care.needResolveDays);
        break;
      case "resolve":
        Object.assign(next, { status: "resolved", resolvedOn: step.on });
        break;
      case "rate":
        Object.assign(next, { rating: step.rating as NeedRating });
        break;
      case "reopen":
        Object.assign(next, { status: "reopened", reopenCount: state.reopenCount + 1, rating: null, resolvedOn: null });
        due.resolveDueOn = resolveDueOn(step.on, care.needResolveDays);
        break;
      case "withdraw":
        Object.assign(next, { status: "withdrawn" });
        break;
    }
    state = { ...state, ...next };
  }
  return { state, issues, overdue: needOverdue({ status: state.status, ...due }, REFERENCE_DAY) };
}

describe("the demo's members' needs", () => {
  const replayed = DEMO_NEEDS.map((spec) => ({ spec, ...replay(spec) }));

  it("keeps every NEED rule the services will check on each step's day", () => {
    expect(replayed.flatMap((r) => r.issues)).toEqual([]);
    for (const spec of DEMO_NEEDS) expect({ title: spec.title, inYear: spec.filedOn >= "2026-01-01" && spec.filedOn <= REFERENCE_DAY }).toEqual({ title: spec.title, inYear: true });
  });

  it("stands in every status on the demo date, with overdue acknowledgements and resolutions", () => {
    expect(DEMO_NEEDS.length).toBeGreaterThanOrEqual(25);
    expect(DEMO_NEEDS.length).toBeLessThanOrEqual(40);
    expect(new Set(replayed.map((r) => r.state.status))).toEqual(new Set(NEED_STATUSES));
    expect(replayed.filter((r) => r.overdue === "acknowledge").length).toBeGreaterThanOrEqual(2);
    expect(replayed.filter((r) => r.overdue === "resolve").length).toBeGreaterThanOrEqual(2);
    expect(replayed.filter((r) => r.overdue === "resolve" && r.state.isEscalated).length).toBeGreaterThanOrEqual(1);
  });

  it("has escalations, every rating, one reopened need and two private ones", () => {
    expect(replayed.filter((r) => r.state.isEscalated).length).toBeGreaterThanOrEqual(5);
    const ratings = DEMO_NEEDS.flatMap((s) => s.steps.flatMap((step) => (step.do === "rate" ? [step.rating] : [])));
    expect(new Set(ratings)).toEqual(new Set(["satisfied", "partly_satisfied", "not_satisfied"]));
    expect(replayed.filter((r) => r.state.reopenCount > 0)).toHaveLength(1);
    expect(DEMO_NEEDS.filter((s) => s.isPrivate).map((s) => s.orgCode).sort()).toEqual(["QS-CUN01", "QS-SQ-ZB1"]);
  });

  it("leaves cun01_dangyuan with no open need, so the e2e files a fresh one", () => {
    const own = replayed.filter((r) => r.spec.member === "account");
    expect(own.length).toBeGreaterThan(0);
    expect(own.map((r) => r.state.status).filter((s) => s !== "resolved" && s !== "withdrawn")).toEqual([]);
  });

  it("names each ordinary member of a branch once", () => {
    const keys = DEMO_NEEDS.filter((s) => s.member !== "account").map((s) => `${s.orgCode}#${String(s.member)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
