import { describe, expect, it } from "vitest";
import {
  type ProgressReportFacts,
  checkProgressReport,
  checkpointOpensOn,
  indicatorProgress,
  milestoneState,
  quarterEndsOn,
  quarterOf,
  suggestQuarterRating,
  suggestRating,
} from "./secretary-project-progress.rules";

const open = (dueOn: string) => ({ dueOn, completedOn: null });

describe("PROJ-09: a milestone's state on a given day", () => {
  const today = "2026-06-15";

  it("is done once completed, whatever its due date", () => {
    expect(milestoneState({ dueOn: "2026-03-31", completedOn: "2026-05-01" }, today, 14)).toEqual({ state: "done", daysOverdue: 0 });
    expect(milestoneState({ dueOn: "2026-12-31", completedOn: "2026-06-01" }, today, 14)).toEqual({ state: "done", daysOverdue: 0 });
  });

  it("is not overdue on its due date, overdue by one day the day after", () => {
    expect(milestoneState(open("2026-06-15"), today, 14).state).toBe("due_soon");
    expect(milestoneState(open("2026-06-14"), today, 14)).toEqual({ state: "overdue", daysOverdue: 1 });
    expect(milestoneState(open("2026-03-31"), today, 14)).toEqual({ state: "overdue", daysOverdue: 76 });
  });

  it("is due soon up to and including `dueSoonDays` ahead, pending after", () => {
    expect(milestoneState(open("2026-06-29"), today, 14).state).toBe("due_soon");
    expect(milestoneState(open("2026-06-30"), today, 14).state).toBe("pending");
    expect(milestoneState(open("2026-06-16"), today, 0).state).toBe("pending");
  });
});

describe("indicator progress, for goals that go up and goals that go down", () => {
  const up = { baseline: 40, target: 80 };
  const down = { baseline: 30, target: 10 };

  it("is 0 before any value is reported", () => {
    expect(indicatorProgress(up, null)).toEqual({ progress: 0, achieved: false });
  });

  it("measures the way from baseline to target going up", () => {
    expect(indicatorProgress(up, 60)).toEqual({ progress: 0.5, achieved: false });
    expect(indicatorProgress(up, 80)).toEqual({ progress: 1, achieved: true });
    expect(indicatorProgress(up, 90)).toEqual({ progress: 1.25, achieved: true });
  });

  it("measures the way from baseline to target going down", () => {
    expect(indicatorProgress(down, 20)).toEqual({ progress: 0.5, achieved: false });
    expect(indicatorProgress(down, 10)).toEqual({ progress: 1, achieved: true });
    expect(indicatorProgress(down, 5)).toEqual({ progress: 1.25, achieved: true });
  });

  it("never goes below 0 when things get worse, and rounds to three places", () => {
    expect(indicatorProgress(up, 30)).toEqual({ progress: 0, achieved: false });
    expect(indicatorProgress(down, 35)).toEqual({ progress: 0, achieved: false });
    expect(indicatorProgress({ baseline: 0, target: 3 }, 1).progress).toBe(0.333);
  });

  it("reports nothing for an indicator whose target equals its baseline", () => {
    expect(indicatorProgress({ baseline: 5, target: 5 }, 9)).toEqual({ progress: 0, achieved: false });
  });
});

describe("quarters", () => {
  it("puts each month in its quarter, at both ends of the quarter", () => {
    expect(["2026-01-01", "2026-03-31", "2026-04-01", "2026-06-30", "2026-07-01", "2026-09-30", "2026-10-01", "2026-12-31"].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("ends each quarter on its last day", () => {
    expect([1, 2, 3, 4].map((q) => quarterEndsOn(2026, q as 1 | 2 | 3 | 4))).toEqual(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]);
  });
});

describe("PROJ-10: the check point opens on the first day of the quarter's last month", () => {
  it("opens Q1 on 1 March … Q4 on 1 December", () => {
    expect([1, 2, 3, 4].map((q) => checkpointOpensOn(2026, q as 1 | 2 | 3 | 4))).toEqual(["2026-03-01", "2026-06-01", "2026-09-01", "2026-12-01"]);
  });

  it("suggests nothing the day before a quarter opens, and a rating on the day it opens", () => {
    expect(suggestQuarterRating([], 2026, 2, "2026-05-31", 30)).toBeNull();
    expect(suggestQuarterRating([], 2026, 2, "2026-06-01", 30)).toBe("on_track");
  });
});

describe("PROJ-10: the suggested rating", () => {
  it("is on track with nothing overdue (a milestone due today is not overdue)", () => {
    expect(suggestRating([open("2026-06-15"), open("2026-09-30")], "2026-06-15", 30)).toBe("on_track");
    expect(suggestRating([{ dueOn: "2026-03-31", completedOn: "2026-04-10" }], "2026-06-15", 30)).toBe("on_track");
  });

  it("is at risk with one milestone overdue up to the limit", () => {
    expect(suggestRating([open("2026-06-14")], "2026-06-15", 30)).toBe("at_risk");
    expect(suggestRating([open("2026-05-16")], "2026-06-15", 30)).toBe("at_risk"); // 30 days overdue
  });

  it("is off track with one milestone overdue past the limit, or two overdue", () => {
    expect(suggestRating([open("2026-05-15")], "2026-06-15", 30)).toBe("off_track"); // 31 days overdue
    expect(suggestRating([open("2026-06-13"), open("2026-06-14")], "2026-06-15", 30)).toBe("off_track");
  });

  it("judges a past quarter as at its end: a milestone completed later was still overdue then", () => {
    const late = { dueOn: "2026-03-15", completedOn: "2026-05-10" };
    expect(suggestQuarterRating([late], 2026, 1, "2026-11-25", 30)).toBe("at_risk"); // 16 days overdue on 31 March
    expect(suggestQuarterRating([late], 2026, 2, "2026-11-25", 30)).toBe("on_track");
    expect(suggestQuarterRating([open("2026-03-15")], 2026, 2, "2026-11-25", 30)).toBe("off_track");
  });

  it("judges the quarter under way as of today", () => {
    expect(suggestQuarterRating([open("2026-11-20")], 2026, 4, "2026-12-05", 30)).toBe("at_risk");
    expect(suggestQuarterRating([open("2026-12-20")], 2026, 4, "2026-12-05", 30)).toBe("on_track");
  });
});

describe("PROJ-08: a progress report's date, milestone and indicator values", () => {
  const facts = (over: Partial<ProgressReportFacts> = {}): ProgressReportFacts => ({
    year: 2026,
    milestone: { id: "m1", title: "制定方案", completedOn: null },
    indicatorIds: new Set(["i1", "i2"]),
    ...over,
  });
  const report = (over: object = {}) => ({ milestoneId: "m1", reportedOn: "2026-11-20", completesMilestone: false, values: [{ indicatorId: "i1" }], ...over });
  const today = "2026-11-25";

  it("accepts a report on one of the project's milestones, dated today, with its own indicators", () => {
    expect(checkProgressReport(report({ reportedOn: today, completesMilestone: true, values: [{ indicatorId: "i1" }, { indicatorId: "i2" }] }), facts(), today)).toEqual([]);
    expect(checkProgressReport(report({ milestoneId: null, values: [] }), facts({ milestone: undefined }), today)).toEqual([]);
  });

  it("refuses a date in the future or outside the project's year", () => {
    expect(checkProgressReport(report({ reportedOn: "2026-11-26" }), facts(), today)).toMatchObject([{ field: "reportedOn", rule: "PROJ-08", message: expect.stringContaining("不能晚于今天") }]);
    expect(checkProgressReport(report({ reportedOn: "2025-12-31" }), facts(), today)).toMatchObject([{ field: "reportedOn", rule: "PROJ-08", message: expect.stringContaining("2026 年") }]);
    expect(checkProgressReport(report({ reportedOn: "2025-12-31" }), facts({ year: 2025 }), today)).toEqual([]);
    expect(checkProgressReport(report({ reportedOn: "2026-01-05" }), facts({ year: 2025 }), today)).toMatchObject([{ field: "reportedOn", code: "PROJ-08" }]);
  });

  it("refuses a milestone of another project", () => {
    expect(checkProgressReport(report({ milestoneId: "other" }), facts({ milestone: undefined }), today)).toMatchObject([{ field: "milestoneId", rule: "PROJ-08" }]);
  });

  it("refuses “本节点已完成” without a milestone, or on one already completed", () => {
    expect(checkProgressReport(report({ milestoneId: null, completesMilestone: true }), facts({ milestone: undefined }), today)).toMatchObject([{ field: "completesMilestone" }]);
    const done = facts({ milestone: { id: "m1", title: "制定方案", completedOn: "2026-03-30" } });
    expect(checkProgressReport(report({ completesMilestone: true }), done, today)).toMatchObject([{ field: "completesMilestone", message: expect.stringContaining("2026-03-30") }]);
    expect(checkProgressReport(report(), done, today)).toEqual([]);
  });

  it("refuses an indicator of another project, and the same indicator twice, naming the value", () => {
    const issues = checkProgressReport(report({ values: [{ indicatorId: "i1" }, { indicatorId: "x" }, { indicatorId: "i1" }] }), facts(), today);
    expect(issues).toMatchObject([
      { field: "values.1.indicatorId", rule: "PROJ-08", message: expect.stringContaining("不是本项目的指标") },
      { field: "values.2.indicatorId", rule: "PROJ-08", message: expect.stringContaining("只能填写一个数值") },
    ]);
  });

  it("cites the rule in every message", () => {
    const [issue] = checkProgressReport(report({ reportedOn: "2027-01-01" }), facts(), today);
    expect(issue!.message).toMatch(/PROJ-08）$/);
  });
});
