import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NeedDetail } from "../../../../shared/contracts/member-needs.contract";
import { detail, NEED_ID } from "../test-needs";
import { NeedPage } from "./NeedPage";

configure({ asyncUtilTimeout: 5000 });

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const FILE_ID = "00000000-0000-4000-8000-0000000000f1";

afterEach(() => vi.unstubAllGlobals());

function renderNeed(need: NeedDetail | null, afterAction: (body: unknown) => Response = () => json(need)) {
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const url = String(input);
    if (url === `/api/member-needs/${NEED_ID}/actions`) return afterAction(JSON.parse(String(init!.body)));
    if (url === `/api/member-needs/${NEED_ID}`) return need ? json(need) : json({ error: { code: "member_needs.not_found", message: "诉求不存在" } }, 404);
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal("fetch", fetchMock);
  const router = createMemoryRouter([{ path: "/care/needs/:id", element: <NeedPage /> }], { initialEntries: [`/care/needs/${NEED_ID}`] });
  render(
    <App>
      <RouterProvider router={router} />
    </App>,
  );
  return fetchMock;
}

const actionCalls = (fetchMock: ReturnType<typeof renderNeed>) =>
  fetchMock.mock.calls.filter(([url]) => String(url).endsWith("/actions")).map(([, init]) => JSON.parse(String(init!.body)) as unknown);

describe("NeedPage", { timeout: 40_000 }, () => {
  it("offers the working side only the steps the server allows, and sends the note of the one taken", async () => {
    const fetchMock = renderNeed(
      detail({
        overdue: "acknowledge",
        actions: ["acknowledge", "escalate", "progress"],
        steps: [{ id: "00000000-0000-4000-8000-0000000000s1", kind: "filed", occurredAt: "2026-11-16T02:00:00Z", actingOrgName: "青山村党支部", actedByName: "王建国", note: "" }],
      }),
    );
    expect(await screen.findByRole("button", { name: /^受\s*理$/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: "登记进展" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "提交上级党委" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^办\s*结$/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "撤回诉求" })).toBeNull();
    expect(screen.queryByText("评价办理结果")).toBeNull();
    expect(screen.getAllByText("受理超期").length).toBeGreaterThan(0);
    expect(within(screen.getByTestId("need-step")).getByText("青山村党支部 · 王建国")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: /^受\s*理$/ }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText("受理意见"), { target: { value: "已受理，由组织委员联系修缮队。" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /受\s*理/ }));
    await waitFor(() => expect(actionCalls(fetchMock)).toEqual([{ action: "acknowledge", note: "已受理，由组织委员联系修缮队。" }]));
  });

  it("shows a rule refusal under the note", async () => {
    renderNeed(detail({ status: "acknowledged", actions: ["escalate"] }), () =>
      json({ error: { code: "NEED-04", message: "诉求已提交过上级党委", details: [{ field: "note", rule: "NEED-04", message: "每条诉求只能提交上级党委一次（NEED-04）" }] } }, 422),
    );
    fireEvent.click(await screen.findByRole("button", { name: "提交上级党委" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText("提交上级党委的理由"), { target: { value: "涉及镇级协调，支部无法解决。" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /提交上级党委/ }));
    expect(await within(dialog).findByText("每条诉求只能提交上级党委一次（NEED-04）")).toBeTruthy();
  });

  it("lets the member rate a resolved need, asking why when not satisfied", async () => {
    const fetchMock = renderNeed(detail({ status: "resolved", resolvedAt: "2026-11-24T02:00:00Z", resolution: "已联系修缮队完成屋顶修缮。", actions: ["rate"] }));
    expect(await screen.findByText("评价办理结果")).toBeTruthy();
    expect(screen.getByText("已联系修缮队完成屋顶修缮。")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "不满意" }));
    fireEvent.click(screen.getByRole("button", { name: /提交评价/ }));
    expect(await screen.findByText("评价为不满意的，请写明原因")).toBeTruthy();
    expect(actionCalls(fetchMock)).toEqual([]);
    fireEvent.change(screen.getByLabelText("评价意见"), { target: { value: "屋顶仍有渗漏" } });
    fireEvent.click(screen.getByRole("button", { name: /提交评价/ }));
    await waitFor(() => expect(actionCalls(fetchMock)).toEqual([{ action: "rate", rating: "not_satisfied", note: "屋顶仍有渗漏" }]));
  });

  it("downloads files through the need's own route and offers upload only when allowed", async () => {
    const file = { id: FILE_ID, name: "房屋照片.jpg", sizeBytes: 204_800, mimeType: "image/jpeg", sha256: "0".repeat(64), createdAt: "2026-11-16T02:10:00Z", uploadedByName: "王建国" };
    renderNeed(detail({ files: [file], canUpload: false, actions: ["reopen", "withdraw"] }));
    const link = await screen.findByRole("link", { name: "房屋照片.jpg" });
    expect(link.getAttribute("href")).toBe(`/api/member-needs/${NEED_ID}/files/${FILE_ID}`);
    expect(screen.queryByRole("button", { name: /上传材料/ })).toBeNull();
    expect(screen.getByRole("button", { name: "申请重新办理" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "撤回诉求" })).toBeTruthy();
  });

  it("says the need is not there when the server answers 404 (out of reach or private)", async () => {
    renderNeed(null);
    expect(await screen.findByText("未找到该诉求")).toBeTruthy();
  });
});
