import "../test-setup";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { FileSummary } from "../../shared/contracts/common.contract";
import { FileTable, formatFileSize } from "./FileTable";

const file = (over: Partial<FileSummary>): FileSummary => ({
  id: "00000000-0000-4000-8000-000000000001",
  name: "签到表.pdf",
  sizeBytes: 2048,
  mimeType: "application/pdf",
  sha256: "0".repeat(64),
  createdAt: "2026-11-20T02:30:00Z",
  uploadedByName: null,
  ...over,
});
const photo = file({ id: "00000000-0000-4000-8000-000000000002", name: "活动照片.png", mimeType: "image/png", uploadedByName: "唐子豪" });

describe("FileTable", () => {
  it("links each name to the stored file, with its size and uploader", () => {
    render(<FileTable files={[file({}), photo]} nameTitle="文件名" emptyText="暂无材料" />);
    expect(screen.getByRole("columnheader", { name: "文件名" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "签到表.pdf" }).getAttribute("href")).toBe("/api/files/00000000-0000-4000-8000-000000000001");
    expect(screen.queryByRole("img")).toBeNull();
    const row = screen.getByRole("link", { name: "活动照片.png" }).closest("tr")!;
    expect(within(row).getByText("2 KB")).toBeTruthy();
    expect(within(row).getByText("唐子豪")).toBeTruthy();
  });

  it("shows a picture before an image's name when asked, and names only when the caller may not download", () => {
    const { unmount } = render(<FileTable files={[file({}), photo]} emptyText="暂无照片和材料" thumbnails />);
    expect(screen.getByRole("img", { name: "活动照片.png" })).toBeTruthy();
    unmount();
    render(<FileTable files={[file({}), photo]} emptyText="暂无照片和材料" canDownload={false} thumbnails />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText("活动照片.png")).toBeTruthy();
  });

  it("says so when there is no file", () => {
    render(<FileTable files={[]} emptyText="暂无材料" />);
    expect(screen.getByText("暂无材料")).toBeTruthy();
  });

  it("sizes in KB (at least 1) below a megabyte, in MB above", () => {
    expect([100, 2048, 5 * 1024 * 1024 + 1].map(formatFileSize)).toEqual(["1 KB", "2 KB", "5.0 MB"]);
  });
});
