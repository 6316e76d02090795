import "../../../test-setup";
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Bucket, StructureStats } from "../../../../shared/contracts/stats.contract";
import { StatisticsPage } from "./StatisticsPage";

// jsdom has no canvas: the charts are checked in the browser, the figures here.
vi.mock("../components/StructureCharts", () => ({ StructureCharts: () => <div data-testid="charts" /> }));

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const b = (key: string, label: string, count: number, total = 8): Bucket => ({ key, label, count, share: count / total });

const stats: StructureStats = {
  org: { id: "00000000-0000-4000-8000-000000000002", name: "中共青山镇委员会" },
  asOf: "2026-11-25",
  total: 8,
  byStatus: [b("full", "正式党员", 7), b("probationary", "预备党员", 1)],
  byGender: [b("male", "男", 5), b("female", "女", 3)],
  byEthnicity: [b("han", "汉族", 6), b("minority", "少数民族", 2)],
  byMinority: [b("回族", "回族", 2)],
  byAgeBand: [b("under_30", "30岁及以下", 2), b("31_35", "31—35岁", 1), b("61_plus", "61岁及以上", 5)],
  byPartyAgeBand: [b("1_5", "1—5年", 7), b("probationary", "预备党员", 1)],
  byEducation: [b("bachelor", "大学本科", 3), b("unknown", "未填写", 4), b("unrecognized", "无法识别", 1)],
  byOccupation: [b("worker", "工人（工勤技能人员）", 8)],
  byDomain: [b("rural", "农村", 6), b("unknown", "未分类", 2)],
  youngUnder35: 3,
  focusGroups: [b("youngWorkers", "青年工人（35岁及以下）", 2), b("farmers", "农民（农牧渔民）", 0), b("intellectuals", "知识分子（大专及以上）", 3)],
  flags: [b("mobile", "流动党员", 1), b("senior", "老党员（年满70岁或党龄满50年）", 4)],
};

afterEach(() => vi.unstubAllGlobals());

function stubApi(statsResponse: Response) {
  const fetchMock = vi.fn<typeof fetch>(async (input) =>
    String(input).startsWith("/api/stats/structure") ? statsResponse : json(200, { items: [], total: 0, page: 1, pageSize: 200 }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** The table's body cells, row by row, as text (selectors: role queries crawl on a table this size). */
const tableRows = () =>
  [...document.querySelectorAll(".ant-table-tbody tr.ant-table-row")].map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent));

// The first render pulls in antd's table and tree select under jsdom: seconds on a busy machine.
describe("StatisticsPage", { timeout: 15_000 }, () => {
  it("lists every category of the answer in the table, with counts and shares", async () => {
    const fetchMock = stubApi(json(200, stats));
    render(<StatisticsPage />);

    await screen.findByText("分类统计表");
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain("/api/stats/structure");
    const rows = tableRows();
    // The first row of a category carries its (merged) name; the rows under it have one cell less.
    expect(rows[0]).toEqual(["合计", "在册党员", "8", "100.0%"]);
    expect(rows[1]).toEqual(["党员状态", "正式党员", "7", "87.5%"]);
    expect(rows[2]).toEqual(["预备党员", "1", "12.5%"]);
    expect(rows).toContainEqual(["少数民族构成", "回族", "2", "25.0%"]);
    expect(rows).toContainEqual(["青年党员", "35岁及以下", "3", "37.5%"]);
    expect(rows).toContainEqual(["无法识别", "1", "12.5%"]);
    expect(rows).toContainEqual(["老党员（年满70岁或党龄满50年）", "4", "50.0%"]);
    const bucketCount = Object.values(stats).filter(Array.isArray).reduce((n, list) => n + list.length, 0);
    expect(rows).toHaveLength(1 + bucketCount + 1);
    expect(await screen.findByTestId("charts")).toBeTruthy();
  });

  it("shows the headline figures and the date the ages count to", async () => {
    stubApi(json(200, stats));
    render(<StatisticsPage />);
    await screen.findByText("分类统计表");
    expect(screen.getByText("7 / 1")).toBeTruthy();
    expect(screen.getByText(/年龄与党龄计至 2026-11-25/)).toBeTruthy();
  });

  it("shows the server's refusal instead of figures", async () => {
    stubApi(json(403, { error: { code: "auth.forbidden", message: "党员角色无权查看党员队伍统计" } }));
    render(<StatisticsPage />);
    expect(await screen.findByText("党员角色无权查看党员队伍统计")).toBeTruthy();
    expect(screen.getByText("无权访问")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByText("统计范围")).toBeNull();
  });
});
