import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MemberDetail } from "../../../../shared/contracts/members.contract";
import { MemberEventModal } from "./MemberEventModal";

// antd renders slowly in jsdom, the more so on a busy machine: give async queries room.
configure({ asyncUtilTimeout: 5000 });

const member = {
  id: "3f2b8c1e-0a4d-4e6b-9c2f-7d1e5a9b4c30",
  name: "王建国",
  standing: "active",
  isMobile: false,
  isLostContact: false,
} as MemberDetail;

afterEach(() => vi.unstubAllGlobals());

async function chooseType(label: string) {
  fireEvent.mouseDown(screen.getByLabelText("变动类型"));
  const option = await screen.findByTitle(label);
  fireEvent.click(option);
}

const labels = () => [...document.querySelectorAll(".ant-modal .ant-form-item-label label")].map((node) => node.textContent);

describe("MemberEventModal", { timeout: 30_000 }, () => {
  it("shows the fields of the chosen event type and no others", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ items: [], total: 0, page: 1, pageSize: 200 }))));
    render(
      <App>
        <MemberEventModal member={member} onClose={() => {}} onRecorded={() => {}} />
      </App>,
    );
    expect(labels()).toEqual(["变动类型", "发生日期", "原因或说明", "相关文书"]);

    await chooseType("组织关系转出");
    await waitFor(() => expect(labels()).toEqual(["变动类型", "发生日期", "接收组织", "介绍信编号", "原因或说明", "相关文书"]));

    await chooseType("流动党员登记");
    await waitFor(() => expect(labels()).toEqual(["变动类型", "发生日期", "流入地", "流动党员活动证编号", "原因或说明", "相关文书"]));

    await chooseType("出党");
    await waitFor(() => expect(labels()).toContain("出党方式"));
    expect(labels()).not.toContain("流入地");
  });

  it("refuses to record a transfer without the receiving organization and letter", async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ items: [], total: 0, page: 1, pageSize: 200 })));
    vi.stubGlobal("fetch", fetchMock);
    render(
      <App>
        <MemberEventModal member={member} onClose={() => {}} onRecorded={() => {}} />
      </App>,
    );
    await chooseType("组织关系转出");
    await screen.findByLabelText("介绍信编号");
    fireEvent.click(within(document.querySelector(".ant-modal-footer") as HTMLElement).getByRole("button", { name: /记\s*录/ }));
    expect(await screen.findByText("请选择或输入接收组织")).toBeTruthy();
    expect(screen.getByText("请填写介绍信编号")).toBeTruthy();
    expect(fetchMock.mock.calls.every(([url]) => !String(url).includes("/events"))).toBe(true);
  });
});
