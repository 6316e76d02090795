import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MeetingPlan, PlanItem } from "../../../../shared/contracts/compliance.contract";
import { MeetingPlansPage } from "./MeetingPlansPage";

configure({ asyncUtilTimeout: 20_000 });

const ORG = "00000000-0000-4000-8000-000000000002";
const item = (n: number, month: number, overrides: Partial<PlanItem> = {}): PlanItem => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  orgId: ORG,
  year: 2027,
  month,
  type: "theme_day",
  plannedOn: null,
  topic: null,
  tags: [],
  status: "planned",
  meetingId: null,
  cancelReason: null,
  ...overrides,
});
const planWith = (items: PlanItem[]): MeetingPlan => ({
  org: { id: ORG, name: "青山村党支部", kind: "branch" },
  year: 2027,
  months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, items: items.filter((x) => x.month === i + 1) })),
  requirements: [{ rule: "FREQ-05", type: "theme_day", unit: "month", count: 1, isConfigured: false, article: "条例第十六条" }],
  counts: { planned: items.length, held: 0, cancelled: 0 },
  canPlan: true,
});

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
afterEach(() => vi.unstubAllGlobals());

describe("MeetingPlansPage", { timeout: 60_000 }, () => {
  it("prefills the plan from the frequencies and links each planned item to the new-meeting form", async () => {
    let plan = planWith([]);
    const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
      const url = new URL(String(input), "http://test");
      if (url.pathname === "/api/meeting-plans/prefill") {
        plan = planWith([item(1, 1, { plannedOn: "2027-01-15", topic: "志愿服务进网格" }), item(2, 2)]);
        return json({ ...plan, added: 2 });
      }
      if (url.pathname === "/api/meeting-plans") return json(plan);
      throw new Error(`unexpected ${init?.method ?? "GET"} ${url.pathname}`);
    });
    vi.stubGlobal("fetch", fetchMock);
    const router = createMemoryRouter([{ path: "/org-life/plans", element: <MeetingPlansPage /> }], { initialEntries: [`/org-life/plans?orgId=${ORG}&year=2027`] });
    render(
      <App>
        <RouterProvider router={router} />
      </App>,
    );
    fireEvent.click((await screen.findByText("按规定频次生成计划")).closest("button")!);
    expect(await screen.findByText("已按规定频次补充 2 项计划")).toBeTruthy();
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === "POST").map(([, init]) => JSON.parse(String(init!.body)));
    expect(posts).toEqual([{ orgId: ORG, year: 2027 }]);
    await screen.findByText("志愿服务进网格");
    const links = () => [...document.querySelectorAll("a")].map((a) => a.getAttribute("href")).filter((href) => href?.startsWith("/org-life/meetings/new"));
    await waitFor(() => expect(links()).toHaveLength(2));
    expect(links()[0]).toBe(`/org-life/meetings/new?orgId=${ORG}&type=theme_day&planItemId=${item(1, 1).id}&heldOn=2027-01-15`);
  });
});
