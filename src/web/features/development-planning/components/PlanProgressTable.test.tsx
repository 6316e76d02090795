import "../../../test-setup";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PlanProgress } from "../../../../shared/contracts/development.contract";
import { PlanProgressTable } from "./PlanProgressTable";

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const progress: PlanProgress = {
  plan: { id: id(9), orgId: id(1), orgName: "中共青山镇委员会", year: 2026, targets: {}, notes: null },
  rows: [
    { orgId: id(2), orgName: "青山村党支部", quota: 4, actual: 3, forecast: 2 },
    { orgId: id(3), orgName: "青山社区党支部", quota: 6, actual: 1, forecast: 2 },
    { orgId: id(4), orgName: "竹溪村党支部", quota: 2, actual: 2, forecast: 0 },
    { orgId: id(5), orgName: "机关党支部", quota: 0, actual: 1, forecast: 0 },
  ],
  totals: { quota: 12, actual: 7, forecast: 4 },
  targets: [],
  forecast: [],
  canManage: false,
};

/** Each body row's cells as text, the totals row last. */
const tableRows = () =>
  [...document.querySelectorAll(".ant-table-tbody tr.ant-table-row, .ant-table-summary tr")].map((row) =>
    [...row.querySelectorAll("td")].map((cell) => cell.textContent),
  );

describe("PlanProgressTable", { timeout: 15_000 }, () => {
  it("shows each line's admitted share of its quota, its state, and the gap the forecast leaves", () => {
    render(<PlanProgressTable progress={progress} />);
    expect(tableRows()).toEqual([
      ["青山村党支部", "4", "3", "2", "75%", "预计可完成"],
      ["青山社区党支部", "6", "1", "2", "17%", "预计缺口 3 名"],
      ["竹溪村党支部", "2", "2", "0", "100%", "已完成"],
      ["机关党支部", "0", "1", "0", "—", "未下达名额"],
      ["合计", "12", "7", "4", "58%", "预计缺口 1 名"],
    ]);
  });

  it("draws the admitted part solid and the forecast part after it, capped at a full bar", () => {
    render(<PlanProgressTable progress={progress} />);
    const bars = [...document.querySelectorAll<HTMLElement>("[role=progressbar]")];
    expect(bars).toHaveLength(4);
    const solidWidth = (bar: HTMLElement) => bar.querySelector<HTMLElement>(".ant-progress-track-success")?.style.width;
    // 青山村: 3 of 4 admitted (75%), with the forecast 5 of 4 (125%, drawn full).
    expect([bars[0]!.getAttribute("aria-valuenow"), solidWidth(bars[0]!)]).toEqual(["100", "75%"]);
    // 青山社区: 1 of 6 admitted (17%), 3 of 6 expected (50%).
    expect([bars[1]!.getAttribute("aria-valuenow"), solidWidth(bars[1]!)]).toEqual(["50", "17%"]);
  });

  it("says so when no quota was handed down", () => {
    render(<PlanProgressTable progress={{ ...progress, rows: [], totals: { quota: 0, actual: 0, forecast: 0 } }} />);
    expect(document.querySelector(".ant-table-tbody")?.textContent).toContain("尚未下达名额");
    expect(document.querySelector(".ant-table-summary")).toBeNull();
  });
});
