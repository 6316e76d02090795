import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, chinaToday, wholeYearsBetween } from "./dates";

describe("dates (rules.md §1.4 date arithmetic)", () => {
  it("adds calendar months, clamping to the end of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-03-15", 1)).toBe("2026-04-15");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });
  it("makes one year twelve months: a probation from 2025-06-01 ends 2026-06-01", () => {
    expect(addYears("2025-06-01", 1)).toBe("2026-06-01");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
  });
  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
  it("counts whole years, the anniversary on its day", () => {
    expect(wholeYearsBetween("2000-11-25", "2026-11-24")).toBe(25);
    expect(wholeYearsBetween("2000-11-25", "2026-11-25")).toBe(26);
  });
  it("takes today in China, eight hours ahead of UTC", () => {
    expect(chinaToday(new Date("2026-11-25T16:30:00Z"))).toBe("2026-11-26");
    expect(chinaToday(new Date("2026-11-25T15:59:00Z"))).toBe("2026-11-25");
  });
});
