import "../../../test-setup";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ImportResult } from "../../../../shared/contracts/members.contract";
import { ImportResultView } from "./ImportResultView";


const refused: ImportResult = {
  ok: false,
  rows: 3,
  created: 0,
  updated: 0,
  errors: [
    { row: 4, column: "入党日期", code: "members.under_age", message: "入党时须年满十八岁" },
    { row: 2, column: "身份证号", code: "members.id_number_invalid", message: "身份证号校验位不正确（GB 11643-1999）" },
    { row: 2, column: "性别", code: "members.gender_mismatch", message: "性别与身份证号不符" },
  ],
};

function renderView(result: ImportResult) {
  const handlers = { onDownloadErrors: vi.fn(), onRetry: vi.fn(), onOpenRoster: vi.fn() };
  render(<ImportResultView result={result} isDownloadingErrors={false} {...handlers} />);
  return handlers;
}

describe("ImportResultView", () => {
  it("lists every refused cell by row, column, code and explanation, in sheet order", () => {
    const handlers = renderView(refused);
    expect(screen.getByRole("alert").textContent).toContain("共 3 行，其中 2 行有 3 处错误");
    expect(screen.getByRole("alert").textContent).toContain("本次未导入任何数据");

    const headers = screen.getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(headers).toEqual(["行", "列", "错误代码", "说明"]);
    const rows = screen.getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["2", "身份证号", "members.id_number_invalid", "身份证号校验位不正确（GB 11643-1999）"],
      ["2", "性别", "members.gender_mismatch", "性别与身份证号不符"],
      ["4", "入党日期", "members.under_age", "入党时须年满十八岁"],
    ]);

    fireEvent.click(screen.getByRole("button", { name: /下载错误清单/ }));
    fireEvent.click(screen.getByRole("button", { name: /修改后重新上传/ }));
    expect(handlers.onDownloadErrors).toHaveBeenCalledOnce();
    expect(handlers.onRetry).toHaveBeenCalledOnce();
  });

  it("sums up a successful import", () => {
    renderView({ ok: true, rows: 12, created: 10, updated: 2, errors: [] });
    expect(screen.getByText("导入成功")).toBeTruthy();
    const stat = (title: string) => screen.getByText(title).closest(".ant-statistic")?.querySelector(".ant-statistic-content-value")?.textContent;
    expect([stat("行数"), stat("新增"), stat("更新")]).toEqual(["12", "10", "2"]);
    expect(screen.queryByRole("table")).toBeNull();
  });
});
