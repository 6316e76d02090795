import "../test-setup";
import { cleanup, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "../../shared/contracts/auth.contract";
import { AppProviders } from "./providers";
import { routes } from "./router";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const orgAdmin: CurrentUser = {
  id: "00000000-0000-4000-8000-000000000001",
  username: "qs_admin",
  displayName: "罗佳慧",
  role: "org_admin",
  org: { id: "00000000-0000-4000-8000-000000000002", code: "QS", name: "中共青山镇委员会", kind: "committee" },
};
const emptyPage = { items: [], total: 0, page: 1, pageSize: 20 };
const none = { items: [], total: 0 };
const noProjectAlerts = { today: "2026-11-25", secretary: { milestones: none }, committee: { milestones: none, decisions: none, checkpoints: none } };
const noNeedAlerts = { today: "2026-11-25", acknowledgeOverdue: 0, resolveOverdue: 0, awaitingMe: 0, items: [] };
const homeAnswers: Record<string, unknown> = { "/api/secretary-projects/alerts": noProjectAlerts, "/api/member-needs/alerts": noNeedAlerts };

afterEach(() => vi.unstubAllGlobals());
// Each page loads lazily and antd renders slowly in jsdom, the more so on a busy machine: give async queries room.
configure({ asyncUtilTimeout: 10_000 });

function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe("app routing", { timeout: 30_000 }, () => {
  it("sends a signed-out visitor to sign-in and back to the page they asked for", async () => {
    const fetchMock = vi.fn<typeof fetch>(async (input) => {
      const url = String(input);
      if (url === "/api/auth/me") return json(401, { error: { code: "auth.required", message: "请先登录" } });
      if (url === "/api/auth/login") return json(200, { user: orgAdmin, csrfToken: "tok" });
      if (url.startsWith("/api/")) return json(200, emptyPage);
      throw new Error(`unexpected ${url}`);
    });
    vi.stubGlobal("fetch", fetchMock);
    const router = renderApp("/admin/users");

    await screen.findByLabelText("用户名");
    expect(router.state.location.pathname).toBe("/login");
    expect(router.state.location.search).toBe("?next=%2Fadmin%2Fusers");

    fireEvent.change(screen.getByLabelText("用户名"), { target: { value: "qs_admin" } });
    fireEvent.change(screen.getByLabelText("密码"), { target: { value: "secret-123456" } });
    fireEvent.click(screen.getByRole("button", { name: /登\s*录/ }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/admin/users"));
    expect(await screen.findByText("用户管理", { selector: ".ant-card-head-title" })).toBeTruthy();
    expect(screen.getByText("党委管理员")).toBeTruthy();
  });

  it("lands on the home page: reminders for an officer, their own needs for a member", async () => {
    const fetchMock = vi.fn<typeof fetch>(async (input) =>
      String(input) === "/api/auth/me"
        ? json(200, { user: orgAdmin, csrfToken: "tok" })
        : json(200, homeAnswers[String(input)] ?? emptyPage),
    );
    vi.stubGlobal("fetch", fetchMock);
    const router = renderApp("/");
    expect(await screen.findByText("近30天到期的发展党员步骤")).toBeTruthy();
    expect(await screen.findByText("书记项目提醒")).toBeTruthy();
    expect(await screen.findByText("暂无超期或待办理的诉求")).toBeTruthy();
    expect(router.state.location.pathname).toBe("/home");
    // The card asks for its list in an effect, which may run just after the card shows.
    await waitFor(() => expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain("/api/development/due?days=30&page=1&pageSize=10"));
    cleanup();

    const member: CurrentUser = { ...orgAdmin, role: "member", displayName: "王建国" };
    fetchMock.mockImplementation(async (input) => (String(input) === "/api/auth/me" ? json(200, { user: member, csrfToken: "tok" }) : json(200, emptyPage)));
    fetchMock.mockClear();
    renderApp("/");
    // A member's home page shows their own needs (here none yet) and a way to file one.
    expect(await screen.findByText("我的诉求")).toBeTruthy();
    expect(await screen.findByText(/可以向党组织提出/)).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith("/api/development") || url.startsWith("/api/secretary-projects"))).toEqual([]);
  });

  it("hides system administration from a branch officer", async () => {
    const officer: CurrentUser = { ...orgAdmin, role: "branch_officer", displayName: "叶素芬" };
    vi.stubGlobal(
      "fetch",
      vi.fn<typeof fetch>(async (input) =>
        String(input) === "/api/auth/me" ? json(200, { user: officer, csrfToken: "tok" }) : json(200, emptyPage),
      ),
    );
    renderApp("/admin/users");

    expect(await screen.findByText("无权访问")).toBeTruthy();
    expect(screen.queryByText("系统管理")).toBeNull();
    expect(screen.getByText("组织生活")).toBeTruthy();
  });
});
