import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getCsrfToken, onUnauthorized, setCsrfToken } from "../../lib/api-client";
import { downloadFile, fileNameFromDisposition, uploadForm } from "./file-transfer";

describe("fileNameFromDisposition", () => {
  it("prefers the UTF-8 name, so the Chinese file name survives", () => {
    const header = `attachment; filename="members.xlsx"; filename*=UTF-8''%E5%85%9A%E5%91%98%E5%90%8D%E5%86%8C_20261126.xlsx`;
    expect(fileNameFromDisposition(header, "x.xlsx")).toBe("党员名册_20261126.xlsx");
  });

  it("falls back to the plain name, then to the caller's", () => {
    expect(fileNameFromDisposition(`attachment; filename="template.xlsx"`, "x.xlsx")).toBe("template.xlsx");
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E5%ZZ`, "x.xlsx")).toBe("x.xlsx");
    expect(fileNameFromDisposition(null, "党员名册.xlsx")).toBe("党员名册.xlsx");
  });
});

/** Just enough of XMLHttpRequest for uploadForm: records what is sent and answers 200. */
class FakeXhr {
  static sent: { url: string; headers: Record<string, string> }[] = [];
  private url = "";
  private headers: Record<string, string> = {};
  status = 200;
  responseText = JSON.stringify({ ok: true });
  withCredentials = false;
  upload: { onprogress?: unknown; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader() {
    return "application/json";
  }
  send() {
    FakeXhr.sent.push({ url: this.url, headers: this.headers });
    this.upload.onload?.();
    this.onload?.();
  }
}

describe("file transfers and the session", () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    FakeXhr.sent = [];
    vi.stubGlobal("fetch", fetchMock);
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:x");
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    setCsrfToken("tok-1");
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("sends the token it already holds with a POST download, in one request", async () => {
    fetchMock.mockResolvedValue(new Response(new Blob(["xlsx"]), { status: 200 }));
    await downloadFile("/api/members/import/errors.xlsx", { body: { errors: [] }, fallbackName: "e.xlsx" });
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(["/api/members/import/errors.xlsx"]);
    expect(fetchMock.mock.calls[0]?.[1]?.headers).toMatchObject({ "x-csrf-token": "tok-1" });
  });

  it("sends the token with an upload without asking the server for it first", async () => {
    const response = await uploadForm("/api/members/import", new FormData(), () => {});
    expect(response.status).toBe(200);
    expect(FakeXhr.sent).toEqual([{ url: "/api/members/import", headers: { accept: "application/json", "x-csrf-token": "tok-1" } }]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("ends the session in the app when a download answers 401", async () => {
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ error: { code: "auth.required", message: "请先登录" } }), { status: 401 }));
    await expect(downloadFile("/api/members/export", { fallbackName: "m.xlsx" })).rejects.toMatchObject({ status: 401 });
    expect(listener).toHaveBeenCalledOnce();
    expect(getCsrfToken()).toBeNull();
    unsubscribe();
  });
});
