import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { HandlingCaseDetail, HandlingCaseListItem } from "../../../../shared/contracts/handling.contract";
import { HandlingCasePage } from "./HandlingCasePage";
import { HandlingListPage } from "./HandlingListPage";

configure({ asyncUtilTimeout: 5000 });

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

const item: HandlingCaseListItem = {
  id: "6d0f3f7e-5b7c-4d1a-9e2b-1c3d5e7f9a0b",
  memberId: "0c8e2a4b-6d1f-4a3c-8e5b-7f9a1b3c5d7e",
  memberName: "张峰",
  orgId: "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
  orgName: "青山村党支部",
  method: "rectify_by_deadline",
  phase: "rectifying",
  status: "open",
  outcome: null,
  decidedOn: "2025-10-28",
  deadlineOn: "2026-11-10",
  daysToDeadline: -15,
  lastStepOn: "2026-05-12",
  closedOn: null,
  overdue: { isOverdue: true, reasons: ["deadline_passed"] },
  evaluation: { campaignId: "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", title: "2025年度民主评议党员", year: 2025, entryId: "3d4e5f6a-7b8c-4d9e-8f1a-2b3c4d5e6f7a" },
};

const detail: HandlingCaseDetail = {
  ...item,
  grounds: "长期不参加组织生活",
  approvingCommittee: { id: "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b", name: "中共青山镇委员会" },
  entitledVotersToday: 9,
  exit: null,
  steps: [
    { id: "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c", kind: "education_talk", occurredOn: "2025-11-03", decision: null, notes: "谈心谈话", facts: {}, body: "branch", orgName: "青山村党支部", recordedByName: "唐子豪", createdAt: "2025-11-03T02:00:00Z" },
    { id: "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d", kind: "meeting_decision", occurredOn: "2025-11-10", decision: "passed", notes: null, facts: { method: "rectify_by_deadline" }, body: "branch", orgName: "青山村党支部", recordedByName: "唐子豪", createdAt: "2025-11-10T02:00:00Z" },
  ],
  createdAt: "2025-10-28T02:00:00Z",
  abilities: { recordableSteps: [{ kind: "education_talk" }, { kind: "follow_up", results: ["improved", "not_improved"] }, { kind: "conclusion" }], waitingFor: [] },
};

afterEach(() => vi.unstubAllGlobals());

function renderAt(path: string, responses: { list?: unknown; detail?: unknown }) {
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (url.startsWith("/api/handling/cases/")) return json(responses.detail);
    if (url.startsWith("/api/handling/cases")) return json(responses.list);
    if (url.startsWith("/api/orgs")) return json({ items: [], total: 0, page: 1, pageSize: 200 });
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal("fetch", fetchMock);
  const router = createMemoryRouter(
    [
      { path: "/org-life/handling", element: <HandlingListPage /> },
      { path: "/org-life/handling/:id", element: <HandlingCasePage /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <App>
      <RouterProvider router={router} />
    </App>,
  );
  const lastListQuery = () => {
    const calls = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith("/api/handling/cases?") || url === "/api/handling/cases");
    return Object.fromEntries(new URLSearchParams(calls.at(-1)?.split("?")[1]));
  };
  return { router, lastListQuery };
}

const page = (canCreate: boolean) => ({ items: [item], total: 1, page: 1, pageSize: 20, counts: { open: 4, overdue: 2, awaitingApproval: 1 }, abilities: { canCreate } });

describe("HandlingListPage", { timeout: 60_000 }, () => {
  it("lists the cases with the method, the countdown and the overdue tag", async () => {
    renderAt("/org-life/handling", { list: page(true) });
    const row = (await screen.findByRole("link", { name: "张峰" })).closest("tr") as HTMLElement;
    expect(within(row).getByText("逾期")).toBeTruthy();
    expect(within(row).getAllByText("限期改正").length).toBeGreaterThan(0);
    expect(within(row).getByText("已到期 15 天")).toBeTruthy();
    expect(within(row).getByText("2025年度民主评议党员")).toBeTruthy();
    expect(screen.getByRole("link", { name: "张峰" }).getAttribute("href")).toBe(`/org-life/handling/${item.id}`);
    expect(screen.getByRole("button", { name: /新建处置/ })).toBeTruthy();
  });

  it("shows the counters and filters by a tile", async () => {
    const { router, lastListQuery } = renderAt("/org-life/handling", { list: page(false) });
    const tiles = await screen.findByRole("list", { name: "处置统计" });
    const overdue = (await within(tiles).findByText("已逾期")).closest(".ant-card") as HTMLElement;
    expect(within(overdue).getByText("2")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /新建处置/ })).toBeNull();
    fireEvent.click(overdue);
    await waitFor(() => expect(router.state.location.search).toBe("?overdue=true"));
    await waitFor(() => expect(lastListQuery()).toMatchObject({ overdue: "true", page: "1" }));
  });
});

describe("HandlingCasePage", { timeout: 60_000 }, () => {
  it("shows the timeline, the deadline and only the steps the server allows", async () => {
    renderAt(`/org-life/handling/${item.id}`, { detail });
    expect(await screen.findByText("不合格党员处置 · 张峰")).toBeTruthy();
    expect(screen.getByText("党支部决定：限期改正")).toBeTruthy();
    expect(screen.getByText(/逾期：限期改正已到期未结论/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "2025年度民主评议党员" }).getAttribute("href")).toBe(`/org-life/evaluations/${item.evaluation!.campaignId}`);
    expect(screen.getByRole("button", { name: "登记跟踪考察" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "上级党委审批" })).toBeNull();
    expect(screen.queryByRole("button", { name: "作出处置决定" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "登记跟踪考察" }));
    expect(await screen.findByLabelText("期满已改正")).toBeTruthy();
    expect(screen.getByLabelText("期满仍无转变")).toBeTruthy();
  });

  it("shows the exit with a link to the member's profile", async () => {
    const exited: HandlingCaseDetail = {
      ...detail,
      method: "persuade_to_leave",
      phase: "closed",
      status: "closed",
      outcome: "persuaded_to_leave",
      deadlineOn: null,
      daysToDeadline: null,
      overdue: { isOverdue: false, reasons: [] },
      closedOn: "2026-11-20",
      exit: { eventId: "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e", occurredOn: "2026-11-20", exitKind: "persuaded_to_leave" },
      abilities: { recordableSteps: [], waitingFor: [] },
    };
    renderAt(`/org-life/handling/${item.id}`, { detail: exited });
    expect(await screen.findByText(/已按“劝退”出党（2026-11-20）/)).toBeTruthy();
    const links = screen.getAllByRole("link", { name: "查看党员档案" });
    expect(links.every((link) => link.getAttribute("href") === `/members/${item.memberId}`)).toBe(true);
    expect(screen.queryByRole("button", { name: "登记教育谈话" })).toBeNull();
  });
});
