import "../../../test-setup";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../lib/api-client";
import { login } from "../api";
import { LoginPage } from "./LoginPage";

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText("用户名"), { target: { value: username } });
  fireEvent.change(screen.getByLabelText("密码"), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: /登\s*录/ }));
}

describe("LoginPage", () => {
  it("shows the server's message when sign-in fails", async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(
      jsonResponse(401, { error: { code: "auth.invalid_credentials", message: "用户名或密码错误" } }),
    );
    vi.stubGlobal("fetch", fetchMock);
    render(<LoginPage onSignIn={login} />);

    fillAndSubmit("zhangsan", "wrong-password-1");

    expect((await screen.findByRole("alert")).textContent).toContain("用户名或密码错误");
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe("/api/auth/login");
    expect(JSON.parse(String(init?.body))).toEqual({ username: "zhangsan", password: "wrong-password-1" });
  });

  it("shows the throttling message as the server words it", async () => {
    const onSignIn = vi.fn(async () => {
      throw new ApiError(429, "auth.throttled", "登录失败次数过多，请 15 分钟后再试");
    });
    render(<LoginPage onSignIn={onSignIn} />);
    fillAndSubmit("zhangsan", "x");
    expect((await screen.findByRole("alert")).textContent).toContain("请 15 分钟后再试");
  });

  it("asks for both fields before calling the server", async () => {
    const onSignIn = vi.fn(async () => {});
    render(<LoginPage onSignIn={onSignIn} />);
    fireEvent.click(screen.getByRole("button", { name: /登\s*录/ }));
    await waitFor(() => expect(screen.getByText("请输入用户名")).toBeTruthy());
    expect(screen.getByText("请输入密码")).toBeTruthy();
    expect(onSignIn).not.toHaveBeenCalled();
  });
});
