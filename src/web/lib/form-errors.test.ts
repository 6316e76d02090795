import "../test-setup";
import type { FormInstance } from "antd";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-client";
import { applyFieldErrors, groupFieldErrors, toFieldName } from "./form-errors";

const fakeForm = (fieldNames: string[][]) => {
  const setFields = vi.fn();
  const form = {
    getFieldsError: () => fieldNames.map((name) => ({ name, errors: [], warnings: [] })),
    setFields,
  } as unknown as FormInstance;
  return { form, setFields };
};

describe("toFieldName", () => {
  it("strips the request part and turns indexes into numbers", () => {
    expect(toFieldName("body.name")).toEqual(["name"]);
    expect(toFieldName("query.pageSize")).toEqual(["pageSize"]);
    expect(toFieldName("name")).toEqual(["name"]);
    expect(toFieldName("body.items.0.title")).toEqual(["items", 0, "title"]);
    expect(toFieldName("body")).toEqual([]);
    expect(toFieldName("bodyText")).toEqual(["bodyText"]);
  });
});

describe("groupFieldErrors", () => {
  it("keeps every message of a field together", () => {
    expect(
      groupFieldErrors([
        { field: "body.password", message: "密码至少 10 位" },
        { field: "body.username", message: "用户名已被占用" },
        { field: "password", message: "密码须包含数字" },
      ]),
    ).toEqual([
      { name: ["password"], errors: ["密码至少 10 位", "密码须包含数字"] },
      { name: ["username"], errors: ["用户名已被占用"] },
    ]);
  });
});

describe("applyFieldErrors", () => {
  it("sets errors on the form's own fields only", () => {
    const { form, setFields } = fakeForm([["code"], ["name"]]);
    const error = new ApiError(400, "validation.failed", "请求参数有误", [
      { field: "body.code", message: "组织编码已被使用" },
      { field: "body.parentId", message: "必须是有效的 UUID" },
    ]);
    expect(applyFieldErrors(form, error)).toBe(true);
    expect(setFields).toHaveBeenCalledWith([{ name: ["code"], errors: ["组织编码已被使用"] }]);
  });

  it("returns false when no detail matches a field, so the caller shows the message", () => {
    const { form, setFields } = fakeForm([["name"]]);
    expect(applyFieldErrors(form, new ApiError(400, "x", "m", [{ field: "parentId", message: "m" }]))).toBe(false);
    expect(applyFieldErrors(form, new ApiError(409, "x", "m"))).toBe(false);
    expect(applyFieldErrors(form, new Error("boom"))).toBe(false);
    expect(setFields).not.toHaveBeenCalled();
  });
});
