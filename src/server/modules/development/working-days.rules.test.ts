import { describe, expect, it } from "vitest";
import { type WorkCalendar, countWorkingDays, isCalendarConfigured, isWorkingDay } from "./working-days.rules";

const none: WorkCalendar = { holidays: [], workingWeekendDays: [] };
/** National Day 2024: 1–7 October off; Sunday 29 September and Saturday 12 October worked (调休). */
const nationalDay2024: WorkCalendar = {
  holidays: ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07"],
  workingWeekendDays: ["2024-09-29", "2024-10-12"],
};

describe("isWorkingDay", () => {
  it("takes Monday to Friday as working days without a calendar", () => {
    // 2024-05-13 is a Monday.
    const week = ["2024-05-12", "2024-05-13", "2024-05-14", "2024-05-15", "2024-05-16", "2024-05-17", "2024-05-18"];
    expect(week.map((d) => isWorkingDay(d, none))).toEqual([false, true, true, true, true, true, false]);
  });

  it("knows the weekday across month, year and leap-day boundaries", () => {
    expect(isWorkingDay("2024-02-29", none)).toBe(true); // Thursday
    expect(isWorkingDay("2024-03-02", none)).toBe(false); // Saturday
    expect(isWorkingDay("2025-01-01", none)).toBe(true); // Wednesday
    expect(isWorkingDay("1970-01-01", none)).toBe(true); // Thursday
    expect(isWorkingDay("1970-01-03", none)).toBe(false); // Saturday
  });

  it("makes a holiday a day off even on a weekday, and a swapped weekend day a working day", () => {
    expect(isWorkingDay("2024-10-01", nationalDay2024)).toBe(false);
    expect(isWorkingDay("2024-09-29", nationalDay2024)).toBe(true);
    expect(isWorkingDay("2024-10-12", nationalDay2024)).toBe(true);
    expect(isWorkingDay("2024-10-13", nationalDay2024)).toBe(false);
  });
});

describe("countWorkingDays", () => {
  it("counts both ends", () => {
    expect(countWorkingDays("2024-05-13", "2024-05-17", none)).toBe(5);
    expect(countWorkingDays("2024-05-13", "2024-05-13", none)).toBe(1);
    expect(countWorkingDays("2024-05-11", "2024-05-12", none)).toBe(0);
  });

  it("counts nothing for a period that ends before it starts", () => {
    expect(countWorkingDays("2024-05-17", "2024-05-13", none)).toBe(0);
  });

  it("counts across a month end, a leap day and a weekend", () => {
    // Wed 28 Feb … Tue 5 Mar 2024: Wed, Thu (29th), Fri, Mon, Tue.
    expect(countWorkingDays("2024-02-28", "2024-03-05", none)).toBe(5);
  });

  it("follows a holiday calendar with 调休", () => {
    // Sat 28 Sep … Sat 12 Oct 2024: Sun 29 (worked), Mon 30, Tue 8 … Fri 11, Sat 12 (worked).
    expect(countWorkingDays("2024-09-28", "2024-10-12", nationalDay2024)).toBe(7);
    expect(countWorkingDays("2024-09-28", "2024-10-12", none)).toBe(10);
  });
});

describe("isCalendarConfigured", () => {
  it("is true only for a year the calendar names a day of", () => {
    expect(isCalendarConfigured("2024-05-13", nationalDay2024)).toBe(true);
    expect(isCalendarConfigured("2025-05-13", nationalDay2024)).toBe(false);
    expect(isCalendarConfigured("2024-05-13", none)).toBe(false);
    expect(isCalendarConfigured("2024-01-01", { holidays: [], workingWeekendDays: ["2024-02-04"] })).toBe(true);
  });
});
