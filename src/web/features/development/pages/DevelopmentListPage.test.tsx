import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import dayjs from "dayjs";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DevelopmentPersonListItem, Pipeline } from "../../../../shared/contracts/development.contract";
import { DevelopmentListPage } from "./DevelopmentListPage";

// antd renders slowly in jsdom, the more so on a busy machine: give async queries room.
configure({ asyncUtilTimeout: 5000 });

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
const day = (offset: number) => dayjs().add(offset, "day").format("YYYY-MM-DD");

const basePerson: DevelopmentPersonListItem = {
  id: "6d0f3f7e-5b7c-4d1a-9e2b-1c3d5e7f9a0b",
  orgId: "0c8e2a4b-6d1f-4a3c-8e5b-7f9a1b3c5d7e",
  orgName: "青山村党支部",
  name: "李晓红",
  gender: "female",
  idNumberMasked: "330102********0021",
  phoneMasked: null,
  birthDate: "2000-01-01",
  age: 26,
  education: "bachelor",
  occupation: "farmer",
  focusGroup: "young_farmer",
  stage: "applicant",
  status: "open",
  closeReason: null,
  applicationReceivedOn: "2026-01-05",
  activistOn: null,
  candidateOn: null,
  admittedOn: null,
  probationEndsOn: null,
  fullMemberOn: null,
  nextDue: { code: "applicantTalk", label: "党组织派人谈话", dueOn: day(-3), rule: "DEV-02", isOverdue: true },
};
const people: DevelopmentPersonListItem[] = [
  basePerson,
  {
    ...basePerson,
    id: "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
    name: "王小明",
    gender: "male",
    stage: "activist",
    activistOn: "2025-05-10",
    focusGroup: null,
    nextDue: { code: "determineCandidate", label: "确定发展对象", dueOn: day(10), rule: "DEV-07", isOverdue: false },
  },
];
const pipeline: Pipeline = {
  stages: [
    { stage: "applicant", count: 4 },
    { stage: "activist", count: 7 },
    { stage: "candidate", count: 2 },
    { stage: "probationary", count: 1 },
    { stage: "full_member", count: 0 },
  ],
  deferred: 0,
  overdue: 3,
  dueSoon: 5,
  overdueByRule: [],
};

afterEach(() => vi.unstubAllGlobals());

function renderAt(path: string, canCreate = true) {
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (url.startsWith("/api/development/people")) return json({ items: people, total: 2, page: 1, pageSize: 20, abilities: { canCreate } });
    if (url.startsWith("/api/development/pipeline")) return json(pipeline);
    if (url.startsWith("/api/orgs")) return json({ items: [], total: 0, page: 1, pageSize: 200 });
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal("fetch", fetchMock);
  const router = createMemoryRouter([{ path: "/development", element: <DevelopmentListPage /> }], { initialEntries: [path] });
  render(
    <App>
      <RouterProvider router={router} />
    </App>,
  );
  const listCalls = () => fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith("/api/development/people"));
  const lastQuery = () => Object.fromEntries(new URLSearchParams(listCalls().at(-1)?.split("?")[1]));
  return { router, listCalls, lastQuery };
}

describe("DevelopmentListPage", { timeout: 30_000 }, () => {
  it("lists the cases with their stage, key date and next step, marking overdue and due-soon steps", async () => {
    renderAt("/development");
    const first = (await screen.findByRole("link", { name: "李晓红" })).closest("tr") as HTMLElement;
    expect(within(first).getByText("入党申请人")).toBeTruthy();
    expect(within(first).getByText("2026-01-05")).toBeTruthy();
    expect(within(first).getByText("党组织派人谈话")).toBeTruthy();
    expect(within(first).getByText("超期")).toBeTruthy();
    expect(within(first).queryByText("即将到期")).toBeNull();

    const second = screen.getByRole("link", { name: "王小明" }).closest("tr") as HTMLElement;
    expect(within(second).getByText("入党积极分子")).toBeTruthy();
    expect(within(second).getByText("2025-05-10")).toBeTruthy();
    expect(within(second).getByText("即将到期")).toBeTruthy();
    expect(within(second).queryByText("超期")).toBeNull();
    expect(screen.getByRole("link", { name: "李晓红" }).getAttribute("href")).toBe(`/development/${basePerson.id}`);
    expect(screen.getByRole("button", { name: /登记入党申请/ })).toBeTruthy();
  });

  it("shows the count of each stage and filters by a tile", async () => {
    const { router, lastQuery } = renderAt("/development");
    const tiles = await screen.findByRole("list", { name: "各阶段人数" });
    const activistTile = (await within(tiles).findByText("入党积极分子")).closest(".ant-card") as HTMLElement;
    expect(within(activistTile).getByText("7")).toBeTruthy();
    const overdueTile = within(tiles).getByText("已超期").closest(".ant-card") as HTMLElement;
    expect(within(overdueTile).getByText("3")).toBeTruthy();

    fireEvent.click(activistTile);
    await waitFor(() => expect(router.state.location.search).toBe("?stage=activist"));
    await waitFor(() => expect(lastQuery()).toMatchObject({ stage: "activist", page: "1" }));
  });

  it("asks the server for the view the link describes", async () => {
    const { listCalls, lastQuery } = renderAt("/development?stage=candidate&due=overdue&status=deferred&page=2");
    await waitFor(() => expect(listCalls()).toHaveLength(1));
    expect(lastQuery()).toEqual({ stage: "candidate", due: "overdue", status: "deferred", page: "2", pageSize: "20" });
    expect(screen.getByTitle("发展对象")).toBeTruthy();
    expect(screen.getByTitle("已超期")).toBeTruthy();
  });

  it("hides 登记入党申请 from a user who may not create", async () => {
    renderAt("/development", false);
    await screen.findByRole("link", { name: "李晓红" });
    expect(screen.queryByRole("button", { name: /登记入党申请/ })).toBeNull();
  });
});
