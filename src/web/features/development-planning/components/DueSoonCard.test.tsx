import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import dayjs from "dayjs";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DueStep } from "../../../../shared/contracts/development.contract";
import { DueSoonCard } from "./DueSoonCard";

configure({ asyncUtilTimeout: 5000 });

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
const day = (offset: number) => dayjs().add(offset, "day").format("YYYY-MM-DD");
const due = (n: number, name: string, offset: number, label: string, rule: string): DueStep => ({
  personId: `00000000-0000-4000-8000-00000000000${n}`,
  name,
  orgId: "00000000-0000-4000-8000-000000000099",
  orgName: "青山村党支部",
  stage: "activist",
  nextDue: { code: "cultivation", label, dueOn: day(offset), rule, isOverdue: offset < 0 },
});

afterEach(() => vi.unstubAllGlobals());

function renderCard(items: DueStep[], total = items.length) {
  const fetchMock = vi.fn<typeof fetch>(async () => json({ items, total, page: 1, pageSize: 10 }));
  vi.stubGlobal("fetch", fetchMock);
  render(
    <MemoryRouter>
      <DueSoonCard />
    </MemoryRouter>,
  );
  return fetchMock;
}

const rows = () => [...document.querySelectorAll(".ant-table-tbody tr.ant-table-row")];

describe("DueSoonCard", { timeout: 15_000 }, () => {
  it("asks for the next 30 days and lists overdue steps first, each linking to the person's file", async () => {
    const fetchMock = renderCard([
      due(1, "王建国", 5, "培养教育考察", "DEV-06"),
      due(2, "李秀英", -3, "党组织派人谈话", "DEV-02"),
      due(3, "张伟", 0, "上级党委预审", "DEV-13"),
    ]);
    await screen.findByText("李秀英");
    expect(String(fetchMock.mock.calls[0]![0])).toBe("/api/development/due?days=30&page=1&pageSize=10");
    expect(rows().map((row) => row.querySelector("td")?.textContent)).toEqual(["李秀英", "王建国", "张伟"]);
    expect(screen.getByText("李秀英").closest("a")?.getAttribute("href")).toBe("/development/00000000-0000-4000-8000-000000000002");
    expect(rows()[0]!.textContent).toContain("已逾期 3 天");
    expect(rows()[0]!.textContent).toContain("依据 DEV-02");
    expect(rows()[1]!.textContent).toContain("5 天后到期");
    expect(rows()[2]!.textContent).toContain("今天到期");
  });

  it("says when nothing is due", async () => {
    renderCard([]);
    expect(await screen.findByText("近30天没有到期或逾期的步骤")).toBeTruthy();
  });

  it("pages through a long list", async () => {
    const items = Array.from({ length: 10 }, (_, i) => due(i % 10, `人员${i}`, i, "培养教育考察", "DEV-06"));
    const fetchMock = renderCard(items, 23);
    await screen.findByText("人员0");
    fireEvent.click(screen.getByTitle("2"));
    await waitFor(() => expect(String(fetchMock.mock.calls.at(-1)![0])).toContain("page=2"));
  });
});
