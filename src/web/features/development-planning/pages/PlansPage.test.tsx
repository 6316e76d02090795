import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PlanProgress } from "../../../../shared/contracts/development.contract";
import type { Org } from "../../../../shared/contracts/orgs.contract";
import { PlansPage } from "./PlansPage";

// jsdom has no canvas: the chart is checked in the browser.
vi.mock("../components/PlanCharts", () => ({ PlanCharts: () => <div data-testid="plan-charts" /> }));
configure({ asyncUtilTimeout: 20_000 });

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const org = (n: number, name: string, kind: Org["kind"], parentId: string | null): Org => ({
  id: id(n),
  code: `O${n}`,
  name,
  kind,
  domain: null,
  unitName: null,
  parentId,
  hasChildren: kind !== "branch",
  dissolvedAt: null,
});
const committee = org(1, "中共青山镇委员会", "committee", null);
const branches = [org(2, "青山村党支部", "branch", id(1)), org(3, "竹溪村党支部", "branch", id(1))];
const progress: PlanProgress = {
  plan: { id: id(9), orgId: id(1), orgName: committee.name, year: 2026, targets: { female: 3 }, notes: "控制总量" },
  rows: [
    { orgId: id(2), orgName: "青山村党支部", quota: 4, actual: 1, forecast: 1 },
    { orgId: id(3), orgName: "竹溪村党支部", quota: 2, actual: 0, forecast: 2 },
  ],
  totals: { quota: 6, actual: 1, forecast: 3 },
  targets: [{ key: "female", label: "女性", target: 3, actual: 1 }],
  forecast: [{ stage: "probationary", canReach: 3 }],
  canManage: true,
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 200 });

afterEach(() => vi.unstubAllGlobals());

// Role queries crawl the whole form (seconds per query under jsdom): find the button by its text.
const findSaveButton = async () => (await screen.findByText("保存计划")).closest("button")!;

function renderPage(saveResponse: () => Response) {
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const url = new URL(String(input), "http://test");
    if (url.pathname === "/api/orgs") return json(200, page(url.searchParams.get("parentId") === id(1) ? branches : url.searchParams.has("roots") ? [committee] : []));
    if (url.pathname === "/api/development/plans" && init?.method === "PUT") return saveResponse();
    if (url.pathname === "/api/development/plans") return json(200, progress);
    throw new Error(`unexpected ${url.pathname}`);
  });
  vi.stubGlobal("fetch", fetchMock);
  const router = createMemoryRouter([{ path: "/development/plans", element: <PlansPage /> }], { initialEntries: ["/development/plans?year=2026"] });
  render(
    <App>
      <RouterProvider router={router} />
    </App>,
  );
  const saves = () => fetchMock.mock.calls.filter(([, init]) => init?.method === "PUT").map(([, init]) => JSON.parse(String(init!.body)));
  return { fetchMock, saves };
}

// The page pulls in antd's form, table, tree select and descriptions under jsdom: many seconds on a busy machine.
describe("PlansPage", { timeout: 60_000 }, () => {
  it("opens the plan of the scope's committee, and saves targets and quotas as the contract has them", async () => {
    const { fetchMock, saves } = renderPage(() => json(200, progress));
    await findSaveButton();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(`/api/development/plans?orgId=${id(1)}&year=2026`);
    expect(screen.getByText("2026年度计划完成情况")).toBeTruthy();

    fireEvent.click(await findSaveButton());
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toEqual({
      orgId: id(1),
      year: 2026,
      targets: { female: 3 },
      notes: "控制总量",
      quotas: [
        { orgId: id(2), quota: 4 },
        { orgId: id(3), quota: 2 },
      ],
    });
    expect(await screen.findByText("已保存2026年度发展计划")).toBeTruthy();
  });

  it("shows a refusal under the quota line it names", async () => {
    const refusal = { error: { code: "development.plan_quota_org", message: "名额组织无效", details: [{ field: "quotas.1.orgId", rule: "PLAN", message: "竹溪村党支部不在青山镇党委之下" }] } };
    renderPage(() => json(422, refusal));
    fireEvent.click(await findSaveButton());
    const error = await screen.findByText("竹溪村党支部不在青山镇党委之下");
    expect(error.closest(".ant-form-item")?.textContent).toContain("竹溪村党支部");
  });
});
