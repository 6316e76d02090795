import "../test-setup";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App, Form, Input } from "antd";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-client";
import { type FormSubmitOptions, useFormSubmit } from "./use-form-submit";

// antd renders slowly in jsdom, the more so on a busy machine: give async queries room.
configure({ asyncUtilTimeout: 5000 });

interface Values {
  name?: string;
}

function Harness({ submit, options }: { submit: (values: Values) => Promise<string>; options?: FormSubmitOptions<Values, string> }) {
  const [form] = Form.useForm<Values>();
  const { isSaving, handleFinish } = useFormSubmit(form, submit, options);
  return (
    <Form form={form} onFinish={handleFinish}>
      <Form.Item label="名称" name="name">
        <Input />
      </Form.Item>
      <output aria-label="saving">{String(isSaving)}</output>
      <button type="button" onClick={() => form.submit()}>
        提交
      </button>
    </Form>
  );
}

const renderHarness = (submit: (values: Values) => Promise<string>, options?: FormSubmitOptions<Values, string>) =>
  render(
    <App>
      <Harness submit={submit} options={options} />
    </App>,
  );

const saving = () => screen.getByLabelText("saving").textContent;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("useFormSubmit", { timeout: 30_000 }, () => {
  it("is saving while the request runs, then shows the success message and hands over the result", async () => {
    const request = deferred<string>();
    const submit = vi.fn(() => request.promise);
    const onDone = vi.fn();
    renderHarness(submit, { success: (result, values) => `已保存“${values.name}”（${result}）`, onDone });
    fireEvent.change(screen.getByLabelText("名称"), { target: { value: "第一支部" } });
    expect(saving()).toBe("false");

    fireEvent.click(screen.getByText("提交"));
    await waitFor(() => expect(saving()).toBe("true"));
    expect(submit).toHaveBeenCalledWith({ name: "第一支部" });
    expect(onDone).not.toHaveBeenCalled();

    request.resolve("r1");
    expect(await screen.findByText("已保存“第一支部”（r1）")).toBeTruthy();
    expect(onDone).toHaveBeenCalledWith("r1");
    await waitFor(() => expect(saving()).toBe("false"));
  });

  it("puts the server's field errors under the field, with no message", async () => {
    const error = new ApiError(400, "validation.failed", "请求参数有误", [{ field: "body.name", message: "名称已被使用" }]);
    const onDone = vi.fn();
    renderHarness(() => Promise.reject(error), { success: "已保存", onDone });

    fireEvent.click(screen.getByText("提交"));
    const fieldError = await screen.findByText("名称已被使用");
    expect(fieldError.closest(".ant-form-item-explain")).toBeTruthy();
    expect(screen.queryByText("请求参数有误")).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
    await waitFor(() => expect(saving()).toBe("false"));
  });

  it("shows any other error as a message", async () => {
    renderHarness(() => Promise.reject(new ApiError(409, "orgs.code_taken", "组织编码已存在")));
    fireEvent.click(screen.getByText("提交"));
    expect(await screen.findByText("组织编码已存在")).toBeTruthy();
    await waitFor(() => expect(saving()).toBe("false"));
  });

  it("shows the generic message for an error that is not the server's", async () => {
    renderHarness(() => Promise.reject(new TypeError("boom")));
    fireEvent.click(screen.getByText("提交"));
    expect(await screen.findByText("操作失败，请稍后重试")).toBeTruthy();
  });

  it("hands an error no field took to onError instead of the message", async () => {
    const error = new ApiError(409, "orgs.has_members", "组织下仍有党员", [{ field: "body.other", message: "不在表单上" }]);
    const onError = vi.fn();
    renderHarness(() => Promise.reject(error), { onError });
    fireEvent.click(screen.getByText("提交"));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(error));
    expect(screen.queryByText("组织下仍有党员")).toBeNull();
    await waitFor(() => expect(saving()).toBe("false"));
  });
});
