import "../../../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "../../../../shared/contracts/auth.contract";
import { AuthProvider } from "../../../app/auth-context";
import { detail, NEED_ID } from "../test-needs";
import { NeedFormPage } from "./NeedFormPage";

configure({ asyncUtilTimeout: 8000 });

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const user = (role: CurrentUser["role"]): CurrentUser => ({
  id: "00000000-0000-4000-8000-000000000001",
  username: role === "member" ? "cun01_dangyuan" : "cun01_shuji",
  displayName: "王建国",
  role,
  org: { id: "00000000-0000-4000-8000-000000000011", code: "QS-CUN01", name: "青山村党支部", kind: "branch" },
});
const MEMBER_ID = "00000000-0000-4000-8000-000000000021";

afterEach(() => vi.unstubAllGlobals());

function renderForm(role: CurrentUser["role"], answer: () => Response = () => json(detail(), 201)) {
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (url === "/api/auth/me") return json({ user: user(role), csrfToken: "tok" });
    if (url.startsWith("/api/members")) return json({ items: [{ id: MEMBER_ID, name: "李秀英", orgName: "青山村党支部" }], total: 1, page: 1, pageSize: 50 });
    if (url === "/api/member-needs") return answer();
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal("fetch", fetchMock);
  const router = createMemoryRouter(
    [
      { path: "/care/needs/new", element: <NeedFormPage /> },
      { path: "/care/needs/:id", element: <div>诉求详情页</div> },
    ],
    { initialEntries: ["/care/needs/new"] },
  );
  render(
    <App>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </App>,
  );
  return { fetchMock, router };
}

const filed = (fetchMock: ReturnType<typeof renderForm>["fetchMock"]) =>
  fetchMock.mock.calls.filter(([url]) => String(url) === "/api/member-needs").map(([, init]) => JSON.parse(String(init!.body)) as unknown);

async function fillNeed() {
  fireEvent.mouseDown(screen.getByLabelText("诉求类别"));
  fireEvent.click(await screen.findByTitle("生活"));
  fireEvent.change(screen.getByLabelText("诉求标题"), { target: { value: "老房屋顶漏雨需要修缮" } });
  fireEvent.change(screen.getByLabelText("诉求内容"), { target: { value: "家中老房屋顶漏雨，请组织帮助联系修缮。" } });
}

describe("NeedFormPage", { timeout: 40_000 }, () => {
  it("lets a member file for themself, private if they choose, then opens the new need", async () => {
    const { fetchMock, router } = renderForm("member");
    expect(await screen.findByText("提出诉求", { selector: "span" })).toBeTruthy();
    expect(screen.queryByLabelText("诉求党员")).toBeNull();
    expect(screen.getByText(/支部其他委员看不到/)).toBeTruthy();
    await fillNeed();
    fireEvent.click(screen.getByRole("switch", { name: "仅限书记和上级党委查看" }));
    fireEvent.click(screen.getByRole("button", { name: /提交诉求/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/care/needs/${NEED_ID}`));
    expect(filed(fetchMock)).toEqual([
      { category: "life", title: "老房屋顶漏雨需要修缮", description: "家中老房屋顶漏雨，请组织帮助联系修缮。", urgency: "normal", isPrivate: true },
    ]);
  });

  it("makes an officer choose the member, and shows the server's refusal under its field", async () => {
    const { fetchMock } = renderForm("branch_officer", () =>
      json({ error: { code: "NEED-01", message: "该党员不在您的管理范围内", details: [{ field: "memberId", rule: "NEED-01", message: "诉求党员须为本组织的在册党员（NEED-01）" }] } }, 422),
    );
    expect(await screen.findByLabelText("诉求党员")).toBeTruthy();
    await fillNeed();
    fireEvent.click(screen.getByRole("button", { name: /提交诉求/ }));
    expect(await screen.findByText("请选择提出诉求的党员")).toBeTruthy();
    expect(filed(fetchMock)).toEqual([]);

    fireEvent.mouseDown(screen.getByLabelText("诉求党员"));
    fireEvent.click(await screen.findByTitle("李秀英（青山村党支部）"));
    fireEvent.click(screen.getByRole("button", { name: /提交诉求/ }));
    expect(await screen.findByText("诉求党员须为本组织的在册党员（NEED-01）")).toBeTruthy();
    expect(filed(fetchMock)).toEqual([
      { memberId: MEMBER_ID, category: "life", title: "老房屋顶漏雨需要修缮", description: "家中老房屋顶漏雨，请组织帮助联系修缮。", urgency: "normal", isPrivate: false },
    ]);
  });
});
