import { describe, expect, it } from "vitest";
import {
  MAX_AMOUNT_FEN,
  checkAmount,
  checkCampaign,
  checkRecipient,
  checkRecipientEnd,
  checkTargetDue,
  checkVisit,
  checkVisitSubject,
  checkVisitors,
  coverageShare,
  isTargetOverdue,
  isVisitedInWindow,
} from "./assistance.rules";

const TODAY = "2026-11-25";
const rules = (issues: { rule: string; field: string }[]) => issues.map((i) => `${i.rule}:${i.field}`);

describe("recording a person cared for (AID-01/02/04)", () => {
  const masses = { kind: "masses" as const, orgId: "org", personName: "王某", consentOn: "2026-03-01", consentNote: "书面同意", startedOn: "2026-03-02" };

  it("records the masses with consent given on or before the first day, and how it was given", () => {
    expect(checkRecipient(masses, TODAY)).toEqual([]);
    expect(checkRecipient({ ...masses, consentOn: "2026-03-02" }, TODAY)).toEqual([]);
    expect(rules(checkRecipient({ ...masses, consentOn: null }, TODAY))).toEqual(["AID-02:consentOn"]);
    expect(rules(checkRecipient({ ...masses, consentOn: "2026-03-03" }, TODAY))).toEqual(["AID-02:consentOn"]);
    expect(rules(checkRecipient({ ...masses, consentNote: " " }, TODAY))).toEqual(["AID-02:consentNote"]);
    expect(rules(checkRecipient({ ...masses, memberId: "m", member: { standing: "active" } }, TODAY))).toEqual(["AID-01:memberId"]);
  });

  it("cites the rule and its source in the message", () => {
    const [issue] = checkRecipient({ ...masses, consentOn: null }, TODAY);
    expect(issue!.message).toMatch(/同意登记日期.*个人信息保护法.*AID-02/);
  });

  it("needs an active member of the roster for the member kinds", () => {
    expect(checkRecipient({ kind: "long_ill_member", memberId: "m", member: { standing: "active" }, startedOn: "2026-01-01" }, TODAY)).toEqual([]);
    expect(rules(checkRecipient({ kind: "long_ill_member", startedOn: "2026-01-01" }, TODAY))).toEqual(["AID-01:memberId"]);
    expect(rules(checkRecipient({ kind: "struggling_member", memberId: "m", member: null, startedOn: "2026-01-01" }, TODAY))).toEqual(["AID-01:memberId"]);
    expect(rules(checkRecipient({ kind: "senior_member", memberId: "m", member: { standing: "deceased" }, startedOn: "2026-01-01" }, TODAY))).toEqual(["AID-01:memberId"]);
  });

  it("needs the relation for a family, and a deceased member when one is named", () => {
    const family = { kind: "deceased_member_family" as const, personName: "李某", relation: "配偶", orgId: "org", startedOn: "2026-01-01" };
    expect(checkRecipient(family, TODAY)).toEqual([]);
    expect(checkRecipient({ ...family, orgId: null, memberId: "m", member: { standing: "deceased" } }, TODAY)).toEqual([]);
    expect(rules(checkRecipient({ ...family, relation: "" }, TODAY))).toEqual(["AID-01:relation"]);
    expect(rules(checkRecipient({ ...family, memberId: "m", member: { standing: "active" } }, TODAY))).toEqual(["AID-01:memberId"]);
    expect(rules(checkRecipient({ ...family, orgId: null }, TODAY))).toEqual(["AID-01:orgId"]);
  });

  it("starts no later than today and ends between the start and today, once (AID-04)", () => {
    expect(rules(checkRecipient({ ...masses, consentOn: "2026-11-26", startedOn: "2026-11-26" }, TODAY))).toEqual(["AID-02:consentOn", "AID-04:startedOn"]);
    const open = { startedOn: "2026-03-02", endedOn: null };
    expect(checkRecipientEnd(open, "2026-03-02", TODAY)).toEqual([]);
    expect(rules(checkRecipientEnd(open, "2026-03-01", TODAY))).toEqual(["AID-04:endedOn"]);
    expect(rules(checkRecipientEnd(open, "2026-11-26", TODAY))).toEqual(["AID-04:endedOn"]);
    expect(rules(checkRecipientEnd({ ...open, endedOn: "2026-05-01" }, "2026-06-01", TODAY))).toEqual(["AID-04:endedOn"]);
  });
});

describe("a visit (AID-05…08, AID-11)", () => {
  const visit = { visitedOn: "2026-02-01", visitors: ["张书记"], kind: "money" as const, amountFen: 50000 };
  const roster = { startedOn: null, endedOn: null };

  it("names exactly one person", () => {
    expect(checkVisitSubject("m", null)).toEqual([]);
    expect(checkVisitSubject(null, "r")).toEqual([]);
    expect(rules(checkVisitSubject(null, undefined))).toEqual(["AID-05:memberId"]);
    expect(rules(checkVisitSubject("m", "r"))).toEqual(["AID-05:recipientId"]);
  });

  it("takes money only as a positive whole number of fen", () => {
    expect(checkAmount("money", 1)).toEqual([]);
    expect(checkAmount("money", MAX_AMOUNT_FEN)).toEqual([]);
    for (const amount of [null, undefined, 0, -100, 100.5, 0.1, MAX_AMOUNT_FEN + 1]) expect(rules(checkAmount("money", amount))).toEqual(["AID-07:amountFen"]);
  });

  it("lets goods carry their value and other kinds none", () => {
    expect(checkAmount("goods", null)).toEqual([]);
    expect(checkAmount("goods", 12_345)).toEqual([]);
    expect(rules(checkAmount("goods", 12.5))).toEqual(["AID-07:amountFen"]);
    for (const kind of ["talk", "services", "job_help"] as const) {
      expect(checkAmount(kind, null)).toEqual([]);
      expect(rules(checkAmount(kind, 100))).toEqual(["AID-07:amountFen"]);
    }
  });

  it("needs a visitor, each named once", () => {
    expect(checkVisitors(["张书记", "李委员"])).toEqual([]);
    expect(rules(checkVisitors([]))).toEqual(["AID-08:visitors"]);
    expect(rules(checkVisitors([" "]))).toEqual(["AID-08:visitors"]);
    expect(rules(checkVisitors(["张书记", "张书记"]))).toEqual(["AID-08:visitors"]);
  });

  it("is dated no later than today and within the person's period of help", () => {
    expect(checkVisit(visit, roster, TODAY)).toEqual([]);
    expect(checkVisit({ ...visit, visitedOn: TODAY }, roster, TODAY)).toEqual([]);
    expect(rules(checkVisit({ ...visit, visitedOn: "2026-11-26" }, roster, TODAY))).toEqual(["AID-06:visitedOn"]);
    const period = { startedOn: "2026-03-02", endedOn: "2026-10-31" };
    expect(checkVisit({ ...visit, visitedOn: "2026-03-02" }, period, TODAY)).toEqual([]);
    expect(checkVisit({ ...visit, visitedOn: "2026-10-31" }, period, TODAY)).toEqual([]);
    expect(rules(checkVisit({ ...visit, visitedOn: "2026-03-01" }, period, TODAY))).toEqual(["AID-06:visitedOn"]);
    expect(rules(checkVisit({ ...visit, visitedOn: "2026-11-01" }, period, TODAY))).toEqual(["AID-06:visitedOn"]);
  });

  it("falls in its campaign's window when recorded under one", () => {
    const campaign = { startsOn: "2026-01-20", dueOn: "2026-02-16", title: "春节走访" };
    expect(checkVisit(visit, roster, TODAY, campaign)).toEqual([]);
    expect(checkVisit({ ...visit, visitedOn: "2026-01-20" }, roster, TODAY, campaign)).toEqual([]);
    expect(checkVisit({ ...visit, visitedOn: "2026-02-16" }, roster, TODAY, campaign)).toEqual([]);
    expect(rules(checkVisit({ ...visit, visitedOn: "2026-02-17" }, roster, TODAY, campaign))).toEqual(["AID-11:campaignId"]);
    expect(rules(checkVisit({ ...visit, visitedOn: "2026-01-19" }, roster, TODAY, campaign))).toEqual(["AID-11:campaignId"]);
  });
});

describe("campaigns and coverage (AID-09/10/12)", () => {
  it("runs within its year, starting no later than it is due", () => {
    expect(checkCampaign({ year: 2026, startsOn: "2026-01-20", dueOn: "2026-02-16" })).toEqual([]);
    expect(checkCampaign({ year: 2026, startsOn: "2026-07-01", dueOn: "2026-07-01" })).toEqual([]);
    expect(rules(checkCampaign({ year: 2026, startsOn: "2025-12-20", dueOn: "2026-01-10" }))).toEqual(["AID-09:startsOn"]);
    expect(rules(checkCampaign({ year: 2026, startsOn: "2026-12-20", dueOn: "2027-01-10" }))).toEqual(["AID-09:dueOn"]);
    expect(rules(checkCampaign({ year: 2026, startsOn: "2026-02-01", dueOn: "2026-01-31" }))).toEqual(["AID-09:dueOn"]);
  });

  it("keeps a target's due day in the campaign's window", () => {
    const window = { startsOn: "2026-06-15", dueOn: "2026-07-01" };
    expect(checkTargetDue("2026-06-15", window)).toEqual([]);
    expect(checkTargetDue("2026-07-01", window)).toEqual([]);
    expect(rules(checkTargetDue("2026-07-02", window))).toEqual(["AID-10:dueOn"]);
    expect(rules(checkTargetDue("2026-06-14", window))).toEqual(["AID-10:dueOn"]);
  });

  it("counts a target visited by any visit dated in the window, its bounds included", () => {
    const window = { startsOn: "2026-06-15", dueOn: "2026-07-01" };
    expect(isVisitedInWindow([], window)).toBe(false);
    expect(isVisitedInWindow(["2026-06-14", "2026-07-02"], window)).toBe(false);
    expect(isVisitedInWindow(["2026-06-15"], window)).toBe(true);
    expect(isVisitedInWindow(["2026-03-01", "2026-07-01"], window)).toBe(true);
  });

  it("calls an unvisited target overdue only after its own due day", () => {
    expect(isTargetOverdue(null, "2026-11-24", TODAY)).toBe(true);
    expect(isTargetOverdue(null, TODAY, TODAY)).toBe(false);
    expect(isTargetOverdue("2026-11-01", "2026-11-24", TODAY)).toBe(false);
  });

  it("gives the share visited to four places, and 0 for no targets", () => {
    expect(coverageShare(0, 0)).toBe(0);
    expect(coverageShare(3, 2)).toBe(0.6667);
    expect(coverageShare(4, 4)).toBe(1);
  });
});
