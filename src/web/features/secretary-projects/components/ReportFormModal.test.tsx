import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import { afterEach, describe, expect, it, vi } from "vitest";
import { chinaToday } from "../../../../shared/dates";
import type { ProjectDetail } from "../../../../shared/contracts/secretary-projects.contract";
import { ReportFormModal } from "./ReportFormModal";

configure({ asyncUtilTimeout: 5000 });

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
// The form's "today" is China's (the server's), whatever the browser's time zone.
const today = chinaToday(new Date());
const year = Number(today.slice(0, 4));
const indicator = (id: string, name: string, unit: string, baseline: number, target: number) => ({
  id,
  name,
  unit,
  baseline,
  target,
  latestValue: null,
  latestOn: null,
  progress: 0,
  achieved: false,
});
const project = {
  id: "00000000-0000-4000-8000-000000000001",
  title: "党建引领美丽乡村建设",
  year,
  indicators: [indicator("00000000-0000-4000-8000-0000000000a1", "党员志愿服务参与率", "%", 40, 80), indicator("00000000-0000-4000-8000-0000000000a2", "群众投诉件数", "件", 30, 10)],
  milestones: [
    { id: "00000000-0000-4000-8000-0000000000b1", title: "制定方案", dueOn: `${year}-03-31`, ownerName: "书记", ownerMemberId: null, completedOn: `${year}-03-20`, state: "done", daysOverdue: 0 },
    { id: "00000000-0000-4000-8000-0000000000b2", title: "集中整治", dueOn: `${year}-12-31`, ownerName: "书记", ownerMemberId: null, completedOn: null, state: "pending", daysOverdue: 0 },
  ],
} as unknown as ProjectDetail;

afterEach(() => vi.unstubAllGlobals());

function renderForm(answer: () => Response) {
  const fetchMock = vi.fn<typeof fetch>(async () => answer());
  vi.stubGlobal("fetch", fetchMock);
  const onCreated = vi.fn();
  render(
    <App>
      <ReportFormModal project={project} onClose={() => {}} onCreated={onCreated} />
    </App>,
  );
  return { fetchMock, onCreated };
}

describe("ReportFormModal", { timeout: 20_000 }, () => {
  it("sends the date, the text, only the values filled in (by indicator) and “本节点已完成” only with a milestone", async () => {
    const { fetchMock, onCreated } = renderForm(() => json({ id: "00000000-0000-4000-8000-0000000000c1" }, 201));
    fireEvent.change(screen.getByLabelText("进展情况"), { target: { value: "召开支委会，划分党员责任区 12 个。" } });
    fireEvent.change(screen.getByLabelText("群众投诉件数"), { target: { value: "18" } });
    expect((screen.getByRole("checkbox", { name: "本节点已完成" }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: /提交报告/ }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe(`/api/secretary-projects/${project.id}/reports`);
    expect(JSON.parse(String(init!.body))).toEqual({
      milestoneId: null,
      reportedOn: today,
      body: "召开支委会，划分党员责任区 12 个。",
      completesMilestone: false,
      values: [{ indicatorId: "00000000-0000-4000-8000-0000000000a2", value: 18 }],
    });
  });

  it("shows a refusal of PROJ-08 under its field", async () => {
    renderForm(() =>
      json({ error: { code: "PROJ-08", message: "报告日期不能晚于今天", details: [{ field: "reportedOn", rule: "PROJ-08", message: "报告日期不能晚于今天（PROJ-08）" }] } }, 422),
    );
    fireEvent.change(screen.getByLabelText("进展情况"), { target: { value: "开展集中整治行动。" } });
    fireEvent.click(screen.getByRole("button", { name: /提交报告/ }));
    expect(await screen.findByText("报告日期不能晚于今天（PROJ-08）")).toBeTruthy();
  });
});
