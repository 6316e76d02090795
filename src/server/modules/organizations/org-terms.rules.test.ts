import { describe, expect, it } from "vitest";
import { checkTermRules, defaultTermYears, termEndsOn, termStatus } from "./org-terms.rules";

describe("defaultTermYears (TERM-02)", () => {
  it("gives a primary committee 5 years, whatever its domain", () => {
    expect(defaultTermYears("committee", "agency")).toBe(5);
    expect(defaultTermYears("committee", null)).toBe(5);
  });
  it("gives general branches and branches 3 years", () => {
    expect(defaultTermYears("general_branch", "state_enterprise")).toBe(3);
    expect(defaultTermYears("branch", "agency")).toBe(3);
    expect(defaultTermYears("joint_branch", "social_organization")).toBe(3);
    expect(defaultTermYears("branch", null)).toBe(3);
  });
  it("gives those of villages and communities 5 years", () => {
    expect(defaultTermYears("branch", "rural")).toBe(5);
    expect(defaultTermYears("general_branch", "community")).toBe(5);
  });
  it("gives a party group no term", () => {
    expect(defaultTermYears("group", "rural")).toBeNull();
  });
});

describe("termEndsOn", () => {
  it("adds whole years, clamping 29 February", () => {
    expect(termEndsOn("2023-06-01", 3)).toBe("2026-06-01");
    expect(termEndsOn("2024-02-29", 3)).toBe("2027-02-28");
  });
});

describe("termStatus (TERM-03), due 3 months before the end", () => {
  const term = { startedOn: "2023-06-01", years: 3 }; // ends 2026-06-01
  it("is in term until the day before the 3 months start", () => {
    expect(termStatus(term, "2026-02-28", 3)).toBe("in_term");
  });
  it("is due from 3 months before the end through the end day itself", () => {
    expect(termStatus(term, "2026-03-01", 3)).toBe("due");
    expect(termStatus(term, "2026-06-01", 3)).toBe("due");
  });
  it("is overdue from the day after the end", () => {
    expect(termStatus(term, "2026-06-02", 3)).toBe("overdue");
  });
  it("follows the configured number of months", () => {
    expect(termStatus(term, "2026-03-01", 1)).toBe("in_term");
    expect(termStatus(term, "2026-05-01", 1)).toBe("due");
  });
  it("is unknown without a start date or a length", () => {
    expect(termStatus({ startedOn: null, years: 3 }, "2026-01-01", 3)).toBe("unknown");
    expect(termStatus({ startedOn: "2023-06-01", years: null }, "2026-01-01", 3)).toBe("unknown");
  });
});

describe("checkTermRules", () => {
  const term = { startedOn: "2023-06-01", years: 3 };
  it("warns when overdue, and says so when the delay passes the one year TERM-03 allows", () => {
    expect(checkTermRules(term, "overdue", "2026-07-01")).toEqual([expect.objectContaining({ rule: "TERM-03", level: "warning" })]);
    expect(checkTermRules(term, "overdue", "2026-07-01")[0]!.message).not.toContain("已超过一年");
    expect(checkTermRules(term, "overdue", "2027-06-02")[0]!.message).toContain("已超过一年");
  });
  it("notes a term that is due, and one not recorded", () => {
    expect(checkTermRules(term, "due", "2026-05-01")).toEqual([expect.objectContaining({ rule: "TERM-03", level: "info" })]);
    expect(checkTermRules({ startedOn: null, years: null }, "unknown", "2026-05-01")[0]!.message).toContain("未登记");
  });
  it("notes a length outside TERM-01's 3 to 5 years", () => {
    expect(checkTermRules({ startedOn: "2025-01-01", years: 2 }, "in_term", "2025-06-01")).toEqual([expect.objectContaining({ rule: "TERM-01", level: "info" })]);
    expect(checkTermRules({ startedOn: "2025-01-01", years: 5 }, "in_term", "2025-06-01")).toEqual([]);
  });
});
