import "../test-setup";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PagedTable } from "./PagedTable";

interface Row {
  id: string;
  name: string;
}
const columns = [{ title: "姓名", dataIndex: "name" }];
const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: String(i), name: `第${i + 1}人` }));

describe("PagedTable", () => {
  it("shows the server's page with its total in the list's unit", () => {
    render(<PagedTable<Row> columns={columns} data={{ items: rows(2), total: 45 }} loading={false} page={1} pageSize={20} onPage={() => {}} unit="件" />);
    expect(screen.getByText("第2人")).toBeTruthy();
    expect(screen.getByText("共 45 件")).toBeTruthy();
  });

  it("asks for the page the user picks, keeping the page size", () => {
    const onPage = vi.fn();
    render(<PagedTable<Row> columns={columns} data={{ items: rows(20), total: 45 }} loading={false} page={1} pageSize={20} onPage={onPage} unit="人" />);
    fireEvent.click(screen.getByTitle("3"));
    expect(onPage).toHaveBeenCalledWith(3, 20);
  });

  it("lists nothing while the first page loads", () => {
    render(<PagedTable<Row> columns={columns} data={undefined} loading page={1} pageSize={20} onPage={() => {}} unit="项" />);
    expect(document.querySelectorAll("tr.ant-table-row")).toHaveLength(0);
    expect(document.querySelector(".ant-spin-spinning")).not.toBeNull();
  });
});
