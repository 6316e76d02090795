import "../../../test-setup";
import { configure, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NeedAlerts } from "../../../../shared/contracts/member-needs.contract";
import { listItem } from "../test-needs";
import { NeedAlertsCard } from "./NeedAlertsCard";

configure({ asyncUtilTimeout: 5000 });

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

function renderCard(alerts: NeedAlerts) {
  const fetchMock = vi.fn<typeof fetch>(async () => json(alerts));
  vi.stubGlobal("fetch", fetchMock);
  render(
    <MemoryRouter>
      <NeedAlertsCard />
    </MemoryRouter>,
  );
  return fetchMock;
}

describe("NeedAlertsCard", { timeout: 15_000 }, () => {
  it("counts what is overdue and waiting, each counter opening the filtered list, each line its need", async () => {
    const fetchMock = renderCard({
      today: "2026-11-25",
      acknowledgeOverdue: 1,
      resolveOverdue: 2,
      awaitingMe: 3,
      items: [
        listItem({ overdue: "acknowledge", acknowledgeDueOn: "2026-11-19", isPrivate: true }),
        listItem({ id: "00000000-0000-4000-8000-0000000000a2", title: "子女入学咨询", status: "acknowledged", overdue: "resolve", resolveDueOn: "2026-11-15" }),
      ],
    });
    expect(await screen.findByText("受理超期 6 天")).toBeTruthy();
    expect(String(fetchMock.mock.calls[0]![0])).toBe("/api/member-needs/alerts");
    expect(screen.getByText("办理超期 10 天")).toBeTruthy();
    expect(screen.getByText("仅限书记和上级党委")).toBeTruthy();
    const hrefOf = (name: RegExp) => screen.getByRole("link", { name }).getAttribute("href");
    expect(hrefOf(/受理超期/)).toBe("/care/needs?overdue=acknowledge");
    expect(hrefOf(/办理超期/)).toBe("/care/needs?overdue=resolve");
    expect(hrefOf(/待我办理/)).toBe("/care/needs?handledByMe=true");
    expect(screen.getByRole("link", { name: "子女入学咨询" }).getAttribute("href")).toBe("/care/needs/00000000-0000-4000-8000-0000000000a2");
  });

  it("says when there is nothing to do", async () => {
    renderCard({ today: "2026-11-25", acknowledgeOverdue: 0, resolveOverdue: 0, awaitingMe: 0, items: [] });
    expect(await screen.findByText("暂无超期或待办理的诉求")).toBeTruthy();
    expect(screen.queryByTestId("need-alert-items")).toBeNull();
  });
});
