import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Matrix } from "../../../../shared/contracts/compliance.contract";
import type { Org } from "../../../../shared/contracts/orgs.contract";
import { CompliancePage } from "./CompliancePage";

// jsdom has no canvas: the charts are checked in the browser.
vi.mock("../components/ComplianceCharts", () => ({ ComplianceCharts: () => <div data-testid="compliance-charts" /> }));
configure({ asyncUtilTimeout: 20_000 });

const ORG = "00000000-0000-4000-8000-000000000001";
const BRANCH = "00000000-0000-4000-8000-000000000002";
const committee: Org = { id: ORG, code: "QS", name: "中共青山镇委员会", kind: "committee", domain: null, unitName: null, parentId: null, hasChildren: true, dissolvedAt: null };
const quarters = [1, 2, 3, 4].map((q) => ({
  key: `2026-Q${q}`,
  unit: "quarter" as const,
  label: `第${q}季度`,
  from: `2026-${String(q * 3 - 2).padStart(2, "0")}-01`,
  to: `2026-${String(q * 3).padStart(2, "0")}-${q === 1 || q === 4 ? 31 : 30}`,
  state: q < 4 ? ("closed" as const) : ("open" as const),
}));
const matrix: Matrix = {
  org: { id: ORG, name: committee.name, kind: "committee" },
  year: 2026,
  today: "2026-11-25",
  partialPeriodOwed: false,
  columns: [{ type: "general_meeting", label: "支部党员大会", periods: quarters }],
  rows: [
    {
      orgId: BRANCH,
      code: "QS-CUN01",
      name: "青山村党支部",
      kind: "branch",
      depth: 1,
      establishedOn: null,
      dissolvedOn: null,
      fullMembers: 47,
      cells: [
        { type: "general_meeting", period: "2026-Q1", status: "green", required: 1, done: 2 },
        { type: "general_meeting", period: "2026-Q2", status: "red", required: 1, done: 0 },
        { type: "general_meeting", period: "2026-Q3", status: "green", required: 1, done: 1 },
        { type: "general_meeting", period: "2026-Q4", status: "amber", required: 1, done: 0 },
      ],
      counts: { green: 2, amber: 1, red: 1 },
    },
  ],
  total: 1,
  page: 1,
  pageSize: 20,
  summary: {
    orgs: 1,
    byType: [{ type: "general_meeting", green: 2, amber: 1, red: 1, rate: 2 / 3 }],
    overall: { green: 2, amber: 1, red: 1, rate: 2 / 3 },
    monthly: [],
  },
  rules: [],
};

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
afterEach(() => vi.unstubAllGlobals());

function renderPage(initial: string) {
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = new URL(String(input), "http://test");
    if (url.pathname === "/api/orgs") return json({ items: [committee], total: 1, page: 1, pageSize: 200 });
    if (url.pathname === "/api/compliance/matrix") return json(matrix);
    throw new Error(`unexpected ${url.pathname}`);
  });
  vi.stubGlobal("fetch", fetchMock);
  const router = createMemoryRouter(
    [
      { path: "/org-life/compliance", element: <CompliancePage /> },
      { path: "/org-life/meetings", element: <div>会议记录列表</div> },
    ],
    { initialEntries: [initial] },
  );
  render(
    <App>
      <RouterProvider router={router} />
    </App>,
  );
  return { fetchMock, router };
}

describe("CompliancePage", { timeout: 60_000 }, () => {
  it("reads organization, year and type from the URL and gives every cell the seam-2 attributes", async () => {
    const { fetchMock } = renderPage(`/org-life/compliance?orgId=${ORG}&year=2026&type=general_meeting`);
    await screen.findByText("青山村党支部");
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls).toContain(`/api/compliance/matrix?orgId=${ORG}&year=2026&types=general_meeting&page=1&pageSize=20`);
    const cells = document.querySelectorAll('[data-testid="compliance-cell"]');
    expect([...cells].map((c) => [c.getAttribute("data-org-id"), c.getAttribute("data-type"), c.getAttribute("data-period"), c.getAttribute("data-status"), c.textContent])).toEqual([
      [BRANCH, "general_meeting", "2026-Q1", "green", "2/1"],
      [BRANCH, "general_meeting", "2026-Q2", "red", "0/1"],
      [BRANCH, "general_meeting", "2026-Q3", "green", "1/1"],
      [BRANCH, "general_meeting", "2026-Q4", "amber", "0/1"],
    ]);
  });

  it("drills a cell down to the signed-off meetings of its organization, type and period", async () => {
    const { router } = renderPage(`/org-life/compliance?orgId=${ORG}&year=2026`);
    await screen.findByText("青山村党支部");
    fireEvent.click(document.querySelector('[data-period="2026-Q2"]')!);
    await waitFor(() => expect(router.state.location.pathname).toBe("/org-life/meetings"));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      orgId: BRANCH,
      type: "general_meeting",
      from: "2026-04-01",
      to: "2026-06-30",
      status: "signed_off",
    });
  });
});
