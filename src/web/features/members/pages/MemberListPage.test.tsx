import "../../../test-setup";
import { cleanup, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemberListPage } from "./MemberListPage";

// antd renders slowly in jsdom, the more so on a busy machine: give async queries room.
configure({ asyncUtilTimeout: 5000 });

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
const officerAbilities = { canCreate: true, canImport: true, canExport: true, canExportPii: true };
const emptyPage = { items: [], total: 0, page: 1, pageSize: 20, abilities: officerAbilities };

afterEach(() => vi.unstubAllGlobals());

function renderAt(path: string, abilities = officerAbilities) {
  const fetchMock = vi.fn<typeof fetch>(async () => json({ ...emptyPage, abilities }));
  vi.stubGlobal("fetch", fetchMock);
  const router = createMemoryRouter([{ path: "/members", element: <MemberListPage /> }], { initialEntries: [path] });
  render(
    <App>
      <RouterProvider router={router} />
    </App>,
  );
  const rosterCalls = () =>
    fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith("/api/members?"));
  const lastQuery = () => Object.fromEntries(new URLSearchParams(rosterCalls().at(-1)?.split("?")[1]));
  return { router, rosterCalls, lastQuery };
}

describe("MemberListPage and the URL", { timeout: 30_000 }, () => {
  it("asks the server for the view the link describes and shows it in the filter bar", async () => {
    const { rosterCalls, lastQuery } = renderAt("/members?gender=female&isMobile=true&sort=joinedOn&order=desc&page=2");
    await waitFor(() => expect(rosterCalls()).toHaveLength(1));
    expect(lastQuery()).toEqual({ standing: "active", gender: "female", isMobile: "true", sort: "joinedOn", order: "desc", page: "2", pageSize: "20" });
    expect(screen.getByTitle("女")).toBeTruthy();
    expect((screen.getByLabelText("流动党员") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTitle("正常")).toBeTruthy();
  });

  it("writes a picked filter into the URL and starts again from page one", async () => {
    const { router, rosterCalls, lastQuery } = renderAt("/members?page=3");
    await waitFor(() => expect(rosterCalls()).toHaveLength(1));
    fireEvent.click(screen.getByLabelText("困难党员"));
    await waitFor(() => expect(router.state.location.search).toBe("?isStruggling=true"));
    await waitFor(() => expect(lastQuery()).toMatchObject({ isStruggling: "true", standing: "active", page: "1" }));
  });

  it("refills the bar when the URL changes underneath it (back, forward, a pasted link)", async () => {
    const { router, rosterCalls } = renderAt("/members?gender=female&q=%E7%8E%8B");
    await waitFor(() => expect(rosterCalls()).toHaveLength(1));
    expect((screen.getByRole("textbox", { name: /姓名/ }) as HTMLInputElement).value).toBe("王");
    await router.navigate("/members?education=bachelor");
    await waitFor(() => expect(screen.getByTitle("大学本科")).toBeTruthy());
    expect(screen.queryByTitle("女")).toBeNull();
    expect((screen.getByRole("textbox", { name: /姓名/ }) as HTMLInputElement).value).toBe("");
  });

  it("searches by exact ID number without putting it in the URL", async () => {
    const { router, rosterCalls, lastQuery } = renderAt("/members?q=%E7%8E%8B");
    await waitFor(() => expect(rosterCalls()).toHaveLength(1));
    const input = screen.getByLabelText("身份证号");
    fireEvent.change(input, { target: { value: "11010519491231002x" } });
    fireEvent.keyDown(input, { key: "Enter", code: "Enter", keyCode: 13 });
    await waitFor(() => expect(lastQuery()).toMatchObject({ idNumber: "11010519491231002X", q: "王" }));
    expect(router.state.location.search).toBe("?q=%E7%8E%8B");
  });

  it("shows the roster's actions the server allows, and a plain member none of them", async () => {
    renderAt("/members");
    expect(await screen.findByRole("button", { name: /新增党员/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /导\s*入/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: "更多导出方式" })).toBeTruthy();
    cleanup();

    const { rosterCalls } = renderAt("/members", { canCreate: false, canImport: false, canExport: false, canExportPii: false });
    await waitFor(() => expect(rosterCalls()).toHaveLength(1));
    // The page has arrived once the table stops loading; the buttons would show by then.
    await waitFor(() => expect(document.querySelector(".ant-spin-spinning")).toBeNull());
    for (const name of [/新增党员/, /导\s*入/, /导\s*出/]) expect(screen.queryByRole("button", { name })).toBeNull();
  });

  it("offers full ID numbers in an export only to those allowed them", async () => {
    renderAt("/members", { canCreate: true, canImport: true, canExport: true, canExportPii: false });
    expect(await screen.findByRole("button", { name: /导\s*出/ })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "更多导出方式" })).toBeNull();
  });
});
