import { describe, expect, it } from "vitest";
import { cellText, compliancePageLink, drillDownLink, formatRate, recordMeetingLink, shortPeriodLabel } from "./compliance-links";
import { readChoice, writeChoice } from "./compliance-params";

const ORG = "00000000-0000-4000-8000-000000000001";

describe("links between plans, the matrix and the meetings (seams 1 and 2)", () => {
  it("opens the new-meeting form with the plan item's organization, type, id and day", () => {
    expect(recordMeetingLink({ id: "p1", orgId: ORG, type: "theme_day", plannedOn: "2026-12-05" })).toBe(
      `/org-life/meetings/new?orgId=${ORG}&type=theme_day&planItemId=p1&heldOn=2026-12-05`,
    );
    expect(recordMeetingLink({ id: "p1", orgId: ORG, type: "theme_day", plannedOn: null })).toBe(`/org-life/meetings/new?orgId=${ORG}&type=theme_day&planItemId=p1`);
  });

  it("drills a cell down to the signed-off records of its period", () => {
    expect(drillDownLink(ORG, "general_meeting", { from: "2026-10-01", to: "2026-12-31" })).toBe(
      `/org-life/meetings?orgId=${ORG}&type=general_meeting&from=2026-10-01&to=2026-12-31&status=signed_off`,
    );
  });

  it("writes and reads the compliance page's URL", () => {
    expect(compliancePageLink(ORG, 2026, "theme_day")).toBe(`/org-life/compliance?orgId=${ORG}&year=2026&type=theme_day`);
    expect(readChoice(new URLSearchParams(`orgId=${ORG}&year=2025&type=theme_day`), 2026)).toEqual({ orgId: ORG, year: 2025, type: "theme_day" });
    expect(readChoice(new URLSearchParams("year=abc&type=dinner"), 2026)).toEqual({ orgId: undefined, year: 2026, type: undefined });
    expect(writeChoice({ orgId: undefined, year: 2026, type: undefined })).toEqual({ year: "2026" });
  });

  it("labels cells, periods and rates briefly", () => {
    expect(cellText({ status: "green", done: 2, required: 1 })).toBe("2/1");
    expect(cellText({ status: "none", done: 2, required: 0 })).toBe("—");
    expect(shortPeriodLabel({ key: "2026-03", unit: "month" })).toBe("3月");
    expect(shortPeriodLabel({ key: "2026-Q4", unit: "quarter" })).toBe("Q4");
    expect(shortPeriodLabel({ key: "2026", unit: "year" })).toBe("全年");
    expect(formatRate(0.8333)).toBe("83.3%");
    expect(formatRate(1)).toBe("100.0%");
    expect(formatRate(null)).toBe("—");
  });
});
