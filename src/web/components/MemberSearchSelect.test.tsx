import "../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../lib/api-client";
import { type MemberSearch, type MemberSearchItem, MemberSearchSelect } from "./MemberSearchSelect";

configure({ asyncUtilTimeout: 5000 });

const WANG = { id: "00000000-0000-4000-8000-000000000021", name: "王建国", orgName: "青山村党支部" };
const LI = { id: "00000000-0000-4000-8000-000000000022", name: "李秀英", orgName: "第一党小组" };

/** Answers the empty search with both members, a typed name with those whose name contains it. */
const searchOf = () =>
  vi.fn<MemberSearch<MemberSearchItem>>(async (q) => ({ items: [WANG, LI].filter((m) => m.name.includes(q)) }));

const open = (label = "党员") => fireEvent.mouseDown(screen.getByRole("combobox", { name: label }));

function renderSelect(props: Partial<Parameters<typeof MemberSearchSelect<MemberSearchItem>>[0]> = {}) {
  const search = searchOf();
  const onChange = vi.fn();
  const view = render(
    <>
      <label htmlFor="member">党员</label>
      <MemberSearchSelect id="member" search={search} placeholder="输入姓名搜索党员" notFoundText="没有符合的党员" onChange={onChange} {...props} />
    </>,
  );
  return { search, onChange, view };
}

describe("MemberSearchSelect", { timeout: 30_000 }, () => {
  it("shows the first page, searches the typed name on the server, and passes the chosen id on", async () => {
    const { search, onChange } = renderSelect();
    open();
    expect(await screen.findByTitle("李秀英（第一党小组）")).toBeTruthy();
    expect(search).toHaveBeenCalledWith("", expect.any(AbortSignal));

    fireEvent.change(screen.getByRole("combobox", { name: "党员" }), { target: { value: "王" } });
    await waitFor(() => expect(search).toHaveBeenLastCalledWith("王", expect.any(AbortSignal)));
    await waitFor(() => expect(screen.queryByTitle("李秀英（第一党小组）")).toBeNull());
    fireEvent.click(screen.getByTitle("王建国（青山村党支部）"));
    expect(onChange).toHaveBeenCalledWith(WANG.id);
  });

  it("labels options its own way and says when nobody matches", async () => {
    renderSelect({ optionLabel: (m) => `${m.name}·${m.orgName}` });
    open();
    expect(await screen.findByTitle("王建国·青山村党支部")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "党员" }), { target: { value: "赵" } });
    expect(await screen.findByText("没有符合的党员")).toBeTruthy();
  });

  it("keeps a chosen member labelled when a later search no longer returns them", async () => {
    const { search, view } = renderSelect({ mode: "multiple" });
    open();
    expect(await screen.findByTitle("李秀英（第一党小组）")).toBeTruthy();
    view.rerender(
      <>
        <label htmlFor="member">党员</label>
        <MemberSearchSelect id="member" search={search} placeholder="输入姓名搜索党员" notFoundText="没有符合的党员" mode="multiple" value={[LI.id]} />
      </>,
    );
    fireEvent.change(screen.getByRole("combobox", { name: "党员" }), { target: { value: "王" } });
    await waitFor(() => expect(search).toHaveBeenLastCalledWith("王", expect.any(AbortSignal)));
    // The chosen tag keeps its name, not the raw id.
    await waitFor(() => expect(document.querySelector(".ant-select-selection-item")?.textContent).toBe("李秀英（第一党小组）"));
  });

  it("searches again when its key changes", async () => {
    const { search, view } = renderSelect({ searchKey: "org-a" });
    await waitFor(() => expect(search).toHaveBeenCalledTimes(1));
    const other = searchOf();
    view.rerender(<MemberSearchSelect id="member" search={other} searchKey="org-b" placeholder="输入姓名搜索党员" notFoundText="没有符合的党员" />);
    await waitFor(() => expect(other).toHaveBeenCalledWith("", expect.any(AbortSignal)));
    expect(search).toHaveBeenCalledTimes(1);
  });

  it("does not search while disabled or with nothing to search, and shows the given label for the value", async () => {
    const { search } = renderSelect({ disabled: true, value: WANG.id, valueLabel: "王建国（现任）" });
    expect(screen.getByTitle("王建国（现任）")).toBeTruthy();
    render(<MemberSearchSelect search={undefined} placeholder="请先选择设岗组织" notFoundText="没有符合的党员" />);
    expect(screen.getByText("请先选择设岗组织")).toBeTruthy();
    // An enabled select beside them has searched by now, so theirs would have too.
    const enabled = searchOf();
    render(<MemberSearchSelect search={enabled} placeholder="输入姓名搜索党员" notFoundText="没有符合的党员" />);
    await waitFor(() => expect(enabled).toHaveBeenCalled());
    expect(search).not.toHaveBeenCalled();
  });

  it("shows a failed search in the placeholder", async () => {
    const failing = vi.fn<MemberSearch<MemberSearchItem>>(async () => {
      throw new ApiError(403, "forbidden", "没有权限查看党员");
    });
    renderSelect({ search: failing });
    expect(await screen.findByText("没有权限查看党员")).toBeTruthy();
  });
});
