import "../test-setup";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, api, apiRequest, buildUrl, onUnauthorized, setCsrfToken } from "./api-client";

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const fetchMock = vi.fn<typeof fetch>();
const lastInit = () => fetchMock.mock.calls.at(-1)?.[1] ?? {};
const lastHeaders = () => (lastInit().headers ?? {}) as Record<string, string>;

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
  setCsrfToken(null);
});
afterEach(() => vi.unstubAllGlobals());

describe("apiRequest", () => {
  it("returns the parsed body and sends cookies on the same origin only", async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { status: "ok" }));
    await expect(api.get("/api/health")).resolves.toEqual({ status: "ok" });
    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/health");
    expect(lastInit().credentials).toBe("same-origin");
  });

  it("parses the server's error body into an ApiError with code, message and details", async () => {
    const details = [{ field: "body.name", message: "组织名称至少 2 个字" }];
    fetchMock.mockResolvedValue(jsonResponse(400, { error: { code: "validation.failed", message: "请求参数有误：name", details } }));
    const error = await api.post("/api/orgs", { name: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "validation.failed", message: "请求参数有误：name", details });
  });

  it("turns a non-JSON error page into a generic Chinese message", async () => {
    fetchMock.mockResolvedValue(new Response("<html>Bad Gateway</html>", { status: 502 }));
    await expect(api.get("/api/orgs")).rejects.toMatchObject({ status: 502, code: "http.502", details: [] });
  });

  it("turns a network failure into status 0", async () => {
    fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
    await expect(api.get("/api/orgs")).rejects.toMatchObject({ status: 0, code: "network.error" });
  });

  it("sends the CSRF token on state-changing requests but not on reads", async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, {}));
    setCsrfToken("tok-123");
    await api.get("/api/orgs");
    expect(lastHeaders()["x-csrf-token"]).toBeUndefined();
    for (const method of ["POST", "PATCH", "PUT", "DELETE"]) {
      await apiRequest(method, "/api/orgs/1", { body: {} });
      expect(lastHeaders()["x-csrf-token"]).toBe("tok-123");
    }
    expect(lastInit().body).toBe("{}");
    expect(lastHeaders()["content-type"]).toBe("application/json");
  });

  it("notifies listeners on 401 and forgets the CSRF token", async () => {
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    setCsrfToken("tok-123");
    fetchMock.mockResolvedValueOnce(jsonResponse(401, { error: { code: "auth.required", message: "请先登录" } }));
    await expect(api.get("/api/orgs")).rejects.toMatchObject({ status: 401, code: "auth.required" });
    expect(listener).toHaveBeenCalledTimes(1);

    fetchMock.mockResolvedValueOnce(jsonResponse(200, {}));
    await api.post("/api/orgs", {});
    expect(lastHeaders()["x-csrf-token"]).toBeUndefined();
    unsubscribe();
  });

  it("does not treat a failed sign-in (401) as a lost session", async () => {
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    fetchMock.mockResolvedValue(jsonResponse(401, { error: { code: "auth.invalid_credentials", message: "用户名或密码错误" } }));
    await expect(api.post("/api/auth/login", {}, { isAuthProbe: true })).rejects.toMatchObject({ code: "auth.invalid_credentials" });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });
});

describe("buildUrl", () => {
  it("leaves out empty filters and encodes the rest", () => {
    expect(buildUrl("/api/users", { q: "张 三", orgId: undefined, isActive: false, page: 2, x: "" })).toBe(
      "/api/users?q=%E5%BC%A0+%E4%B8%89&isActive=false&page=2",
    );
    expect(buildUrl("/api/users", {})).toBe("/api/users");
  });
});
