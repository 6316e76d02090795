import "../../../test-setup";
import { configure, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProjectAlerts } from "../../../../shared/contracts/secretary-project-progress.contract";
import { ProjectAlertsCard } from "./ProjectAlertsCard";

configure({ asyncUtilTimeout: 5000 });

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
const none = { items: [], total: 0 };
const project = { projectId: "00000000-0000-4000-8000-000000000001", projectTitle: "党建引领美丽乡村建设", orgName: "青山村党支部", year: 2026 };
const milestone = (title: string, dueOn: string, state: "overdue" | "due_soon", daysOverdue: number) => ({
  ...project,
  milestoneId: `00000000-0000-4000-8000-0000000000${title.length}${daysOverdue % 10}`,
  title,
  dueOn,
  ownerName: "唐子豪",
  state,
  daysOverdue,
});

afterEach(() => vi.unstubAllGlobals());

function renderCard(alerts: ProjectAlerts) {
  const fetchMock = vi.fn<typeof fetch>(async () => json(alerts));
  vi.stubGlobal("fetch", fetchMock);
  render(
    <MemoryRouter>
      <ProjectAlertsCard />
    </MemoryRouter>,
  );
  return fetchMock;
}

describe("ProjectAlertsCard", { timeout: 15_000 }, () => {
  it("lists each side's reminders, each opening its project, and says when a list is cut short", async () => {
    const fetchMock = renderCard({
      today: "2026-11-25",
      secretary: { milestones: { total: 2, items: [milestone("开展环境整治集中行动", "2026-06-30", "overdue", 148), milestone("建立长效管理机制", "2026-11-30", "due_soon", 0)] } },
      committee: {
        milestones: { total: 14, items: [milestone("制定方案", "2026-03-31", "overdue", 239)] },
        decisions: { total: 1, items: [{ ...project, versionId: "00000000-0000-4000-8000-000000000077", kind: "change", versionNo: 2, submittedAt: "2026-11-20T02:00:00Z" }] },
        checkpoints: { total: 1, items: [{ ...project, quarter: 3, opensOn: "2026-09-01" }] },
      },
    });
    expect(await screen.findByText("本组织项目的逾期和即将到期节点")).toBeTruthy();
    expect(String(fetchMock.mock.calls[0]![0])).toBe("/api/secretary-projects/alerts");
    expect(screen.getByText("逾期 148 天")).toBeTruthy();
    expect(screen.getByText("即将到期")).toBeTruthy();
    expect(screen.getByText("变更申请")).toBeTruthy();
    expect(screen.getByText("2026年第三季度")).toBeTruthy();
    expect(screen.getByText("共 14 项，显示前 1 项")).toBeTruthy();
    const links = screen.getAllByRole("link", { name: "党建引领美丽乡村建设" });
    expect(links).toHaveLength(5);
    expect(links.every((a) => a.getAttribute("href") === `/secretary-projects/${project.projectId}`)).toBe(true);
  });

  it("says when there is nothing to do", async () => {
    renderCard({ today: "2026-11-25", secretary: { milestones: none }, committee: { milestones: none, decisions: none, checkpoints: none } });
    expect(await screen.findByText("暂无逾期或即将到期的节点，也没有待办的审批和督查")).toBeTruthy();
    expect(screen.queryByTestId("project-alert-section")).toBeNull();
  });
});
