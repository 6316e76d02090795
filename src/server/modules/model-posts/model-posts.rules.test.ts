import { describe, expect, it } from "vitest";
import { checkEnd, checkEntry, checkMemberFound, checkPostContent, checkPostYear, checkSettingOrg, postState } from "./model-posts.rules";

const TODAY = "2026-11-25";
const content = { kind: "model_post" as const, safetyKind: null, commitment: "带头服务群众，办好实事", startedOn: "2026-03-01" };
const post = { year: 2026, startedOn: "2026-03-01", endedOn: null };
const rules = (issues: { rule: string; field: string }[]) => issues.map((i) => `${i.field}:${i.rule}`);

describe("who holds a post (POST-01)", () => {
  it("lets committees and branches set posts up, never a party group", () => {
    expect(checkSettingOrg({ kind: "branch", name: "甲村党支部" })).toEqual([]);
    expect(checkSettingOrg({ kind: "committee", name: "测试镇党委" })).toEqual([]);
    const [issue] = checkSettingOrg({ kind: "group", name: "甲村第一党小组" });
    expect(issue).toMatchObject({ field: "orgId", rule: "POST-01", code: "POST-01" });
    expect(issue!.message).toContain("甲村第一党小组是党小组");
  });

  it("refuses a member not active in the organization's subtree, naming the organization and citing the rule", () => {
    expect(checkMemberFound(true, "甲村党支部")).toEqual([]);
    const [issue] = checkMemberFound(false, "甲村党支部");
    expect(issue).toMatchObject({ field: "memberId", rule: "POST-01" });
    expect(issue!.message).toMatch(/甲村党支部及其下级组织的在册党员.*POST-01/);
  });
});

describe("a post's year and content (POST-02…05)", () => {
  it("accepts last year, this year and next year only", () => {
    expect([2024, 2025, 2026, 2027, 2028].map((y) => checkPostYear(y, TODAY).length)).toEqual([1, 0, 0, 0, 1]);
    expect(checkPostYear(2028, TODAY)[0]).toMatchObject({ field: "year", rule: "POST-04" });
  });

  it("needs a safety kind on a safety area and none on the other kinds", () => {
    expect(rules(checkPostContent({ ...content, kind: "safety_area" }, 2026))).toEqual(["safetyKind:POST-02"]);
    expect(checkPostContent({ ...content, kind: "safety_area", safetyKind: "production" }, 2026)).toEqual([]);
    expect(rules(checkPostContent({ ...content, kind: "responsibility_area", safetyKind: "political" }, 2026))).toEqual(["safetyKind:POST-02"]);
  });

  it("needs a commitment of a few characters, blanks not counted", () => {
    expect(rules(checkPostContent({ ...content, commitment: "   " }, 2026))).toEqual(["commitment:POST-03"]);
    expect(rules(checkPostContent({ ...content, commitment: "带头" }, 2026))).toEqual(["commitment:POST-03"]);
  });

  it("starts within the post's year and not after its first record", () => {
    expect(rules(checkPostContent({ ...content, startedOn: "2025-12-31" }, 2026))).toEqual(["startedOn:POST-05"]);
    expect(checkPostContent({ ...content, startedOn: "2026-03-01" }, 2026, "2026-03-01")).toEqual([]);
    const [issue] = checkPostContent({ ...content, startedOn: "2026-04-01" }, 2026, "2026-03-15");
    expect(issue).toMatchObject({ field: "startedOn", rule: "POST-05" });
    expect(issue!.message).toContain("2026-03-15");
  });

  it("names every field at fault at once", () => {
    expect(rules(checkPostContent({ kind: "safety_area", safetyKind: null, commitment: "", startedOn: "2027-01-01" }, 2026))).toEqual([
      "safetyKind:POST-02",
      "commitment:POST-03",
      "startedOn:POST-05",
    ]);
  });
});

describe("the year's record (POST-06, POST-07)", () => {
  const entry = { occurredOn: "2026-06-01", content: "走访责任区内农户 12 户" };

  it("takes an entry dated within the period and not in the future", () => {
    expect(checkEntry(post, entry, TODAY)).toEqual([]);
    expect(checkEntry(post, { ...entry, occurredOn: "2026-03-01" }, TODAY)).toEqual([]);
    expect(checkEntry(post, { ...entry, occurredOn: TODAY }, TODAY)).toEqual([]);
    expect(rules(checkEntry(post, { ...entry, occurredOn: "2026-02-28" }, TODAY))).toEqual(["occurredOn:POST-06"]);
    expect(rules(checkEntry(post, { ...entry, occurredOn: "2026-11-26" }, TODAY))).toEqual(["occurredOn:POST-06"]);
  });

  it("keeps last year's record to last year, recorded late", () => {
    const lastYear = { year: 2025, startedOn: "2025-02-01", endedOn: null };
    expect(checkEntry(lastYear, { ...entry, occurredOn: "2025-12-30" }, TODAY)).toEqual([]);
    expect(rules(checkEntry(lastYear, { ...entry, occurredOn: "2026-01-05" }, TODAY))).toEqual(["occurredOn:POST-06"]);
  });

  it("needs what was done", () => {
    expect(rules(checkEntry(post, { ...entry, content: " " }, TODAY))).toEqual(["content:POST-06"]);
  });

  it("takes nothing on an ended post", () => {
    expect(rules(checkEntry({ ...post, endedOn: "2026-09-30" }, { ...entry, occurredOn: "2026-09-01" }, TODAY))).toEqual(["id:POST-07"]);
  });
});

describe("ending a post (POST-08)", () => {
  const end = { endedOn: "2026-10-31", reason: "调任镇机关工作" };

  it("ends from the start to today, within the year, with a reason", () => {
    expect(checkEnd(post, end, TODAY)).toEqual([]);
    expect(rules(checkEnd(post, { ...end, endedOn: "2026-11-26" }, TODAY))).toEqual(["endedOn:POST-08"]);
    expect(rules(checkEnd(post, { ...end, endedOn: "2026-02-01" }, TODAY))).toEqual(["endedOn:POST-08"]);
    expect(rules(checkEnd(post, { ...end, reason: "" }, TODAY))).toEqual(["reason:POST-08"]);
  });

  it("never ends before the last record", () => {
    expect(rules(checkEnd(post, end, TODAY, "2026-11-02"))).toEqual(["endedOn:POST-08"]);
    expect(checkEnd(post, end, TODAY, "2026-10-31")).toEqual([]);
  });

  it("calls off a post not started yet today, whatever its year", () => {
    const planned = { year: 2027, startedOn: "2027-01-01", endedOn: null };
    expect(checkEnd(planned, { ...end, endedOn: TODAY }, TODAY)).toEqual([]);
    expect(rules(checkEnd(planned, { ...end, endedOn: "2026-11-20" }, TODAY))).toEqual(["endedOn:POST-08"]);
  });

  it("ends an expired post within its year only", () => {
    const lastYear = { year: 2025, startedOn: "2025-02-01", endedOn: null };
    expect(checkEnd(lastYear, { ...end, endedOn: "2025-12-31" }, TODAY)).toEqual([]);
    expect(rules(checkEnd(lastYear, { ...end, endedOn: "2026-01-02" }, TODAY))).toEqual(["endedOn:POST-08"]);
  });

  it("ends a post once", () => {
    expect(rules(checkEnd({ ...post, endedOn: "2026-10-01" }, end, TODAY))).toEqual(["id:POST-07"]);
  });
});

describe("a post's state", () => {
  it("is active through its year, expired after it, ended once ended", () => {
    expect(postState(post, TODAY)).toBe("active");
    expect(postState({ ...post, year: 2025 }, TODAY)).toBe("expired");
    expect(postState({ ...post, endedOn: "2026-10-01" }, TODAY)).toBe("ended");
  });
});
