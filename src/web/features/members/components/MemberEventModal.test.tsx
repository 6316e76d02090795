import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FileSummary } from "../../../../shared/contracts/common.contract";
import type { MemberDetail } from "../../../../shared/contracts/members.contract";
import { setCsrfToken } from "../../../lib/api-client";
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
    expect(labels()).toEqual(["变动类型", "发生日期", "原因或说明", "文书文件", "相关文书"]);

    await chooseType("组织关系转出");
    await waitFor(() => expect(labels()).toEqual(["变动类型", "发生日期", "接收组织", "介绍信编号", "原因或说明", "文书文件", "相关文书"]));

    await chooseType("流动党员登记");
    await waitFor(() => expect(labels()).toEqual(["变动类型", "发生日期", "流入地", "流动党员活动证编号", "原因或说明", "文书文件", "相关文书"]));

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
    expect(await screen.findByText("请选择接收组织，或按组织编码查找")).toBeTruthy();
    expect(screen.getByText("请填写介绍信编号")).toBeTruthy();
    expect(fetchMock.mock.calls.every(([url]) => !String(url).includes("/events"))).toBe(true);
  });

  it("looks up a receiving organization of another committee by its code and names it before recording", async () => {
    const target = { id: "9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a5b", code: "QS-CUN01", name: "青山村党支部", kind: "branch" };
    const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
      const url = String(input);
      if (url === "/api/orgs/lookup?code=QS-CUN01") return new Response(JSON.stringify(target));
      if (url.startsWith("/api/orgs/lookup")) return new Response(JSON.stringify({ error: { code: "orgs.not_found", message: "组织不存在或无权访问" } }), { status: 404 });
      if (url.endsWith("/events")) return new Response(JSON.stringify({ id: "e1", type: "transfer_out", body: JSON.parse(String(init?.body)) }), { status: 201 });
      return new Response(JSON.stringify({ items: [], total: 0, page: 1, pageSize: 200 }));
    });
    vi.stubGlobal("fetch", fetchMock);
    const onRecorded = vi.fn();
    render(
      <App>
        <MemberEventModal member={member} onClose={() => {}} onRecorded={onRecorded} />
      </App>,
    );
    await chooseType("组织关系转出");
    fireEvent.click(await screen.findByLabelText("按组织编码查找（其他党组织）"));
    const codeInput = await screen.findByLabelText("组织编码");
    const search = () => fireEvent.click(within(codeInput.closest(".ant-input-search") as HTMLElement).getByRole("button"));

    fireEvent.change(codeInput, { target: { value: "QS-NOPE" } });
    search();
    expect(await screen.findByText(/未找到编码为“QS-NOPE”的党支部或党小组/)).toBeTruthy();

    fireEvent.change(codeInput, { target: { value: "QS-CUN01" } });
    search();
    expect(await screen.findByText("青山村党支部（党支部，编码 QS-CUN01）")).toBeTruthy();
    expect(screen.queryByText(/未找到编码/)).toBeNull();

    fireEvent.change(screen.getByLabelText("介绍信编号"), { target: { value: "青组转〔2026〕12号" } });
    fireEvent.click(within(document.querySelector(".ant-modal-footer") as HTMLElement).getByRole("button", { name: /记\s*录/ }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    const posted = fetchMock.mock.calls.find(([url]) => String(url).endsWith("/events"));
    expect(JSON.parse(String(posted?.[1]?.body))).toMatchObject({ type: "transfer_out", toOrgId: target.id, letterNumber: "青组转〔2026〕12号" });
  });

  it("uploads files to the member, lists them, and attaches those still listed as documentIds", async () => {
    const uploads = stubUploads();
    setCsrfToken("csrf-test-token");
    const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
      if (String(input).endsWith("/events")) return new Response(JSON.stringify({ id: "e1", type: "death", body: JSON.parse(String(init?.body)) }), { status: 201 });
      return new Response(JSON.stringify({ items: [], total: 0, page: 1, pageSize: 200 }));
    });
    vi.stubGlobal("fetch", fetchMock);
    const onRecorded = vi.fn();
    render(
      <App>
        <MemberEventModal member={member} onClose={() => {}} onRecorded={onRecorded} />
      </App>,
    );
    await chooseType("去世");
    const input = document.querySelector<HTMLInputElement>(".ant-modal input[type=file]")!;
    expect(input.accept).toBe(".pdf,.jpg,.jpeg,.png,.docx,.xlsx");
    fireEvent.change(input, { target: { files: [pdf("死亡证明.pdf"), pdf("火化证明.pdf"), pdf("冒名.pdf")] } });

    // Each file goes to the member's documents endpoint with the session's CSRF header.
    await waitFor(() => expect(uploads.sent).toHaveLength(3));
    expect(uploads.sent[0]).toMatchObject({ method: "post", url: `/api/members/${member.id}/documents`, withCredentials: true, headers: { "x-csrf-token": "csrf-test-token" } });
    const list = () => [...document.querySelectorAll(".ant-upload-list-item-name")].map((node) => node.textContent);
    await waitFor(() => expect(list()).toEqual(["死亡证明.pdf", "火化证明.pdf"]));
    // The refused one leaves the list, with the server's reason.
    expect(await screen.findByText("文件内容与扩展名不符")).toBeTruthy();
    expect(screen.getByRole("link", { name: "死亡证明.pdf" }).getAttribute("href")).toBe(`/api/files/${uploads.ids["死亡证明.pdf"]}`);

    const second = screen.getByText("火化证明.pdf").closest(".ant-upload-list-item") as HTMLElement;
    fireEvent.click(second.querySelector(".ant-upload-list-item-action") as HTMLElement);
    await waitFor(() => expect(list()).toEqual(["死亡证明.pdf"]));

    fireEvent.click(within(document.querySelector(".ant-modal-footer") as HTMLElement).getByRole("button", { name: /记\s*录/ }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    const posted = fetchMock.mock.calls.find(([url]) => String(url).endsWith("/events"));
    expect(JSON.parse(String(posted?.[1]?.body))).toMatchObject({ type: "death", documents: [], documentIds: [uploads.ids["死亡证明.pdf"]] });
    setCsrfToken(null);
  });
});

const pdf = (name: string) => new File(["%PDF-1.4"], name, { type: "application/pdf" });

/**
 * antd's Upload posts with XMLHttpRequest: a stand-in that answers each file like the server would,
 * refusing "冒名.pdf" (415), and records what was sent.
 */
function stubUploads() {
  const sent: { method: string; url: string; withCredentials: boolean; headers: Record<string, string> }[] = [];
  const ids: Record<string, string> = {};
  class FakeXhr {
    upload = {};
    status = 0;
    responseText = "";
    withCredentials = false;
    onload?: () => void;
    onerror?: () => void;
    private request = { method: "", url: "", headers: {} as Record<string, string> };
    open(method: string, url: string) {
      this.request = { ...this.request, method, url };
    }
    setRequestHeader(name: string, value: string) {
      this.request.headers[name] = value;
    }
    send(body: FormData) {
      const file = body.get("file") as File;
      sent.push({ ...this.request, withCredentials: this.withCredentials });
      setTimeout(() => {
        if (file.name === "冒名.pdf") {
          this.status = 415;
          this.responseText = JSON.stringify({ error: { code: "files.type_not_allowed", message: "文件内容与扩展名不符" } });
        } else {
          const id = `0000000${sent.length}-0000-4000-8000-000000000000`;
          ids[file.name] = id;
          const summary: FileSummary = { id, name: file.name, sizeBytes: file.size, mimeType: "application/pdf", sha256: "0".repeat(64), createdAt: "2026-11-25T02:00:00.000Z", uploadedByName: "测试" };
          this.status = 201;
          this.responseText = JSON.stringify(summary);
        }
        this.onload?.();
      }, 10);
    }
    abort() {}
  }
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
  return { sent, ids };
}
