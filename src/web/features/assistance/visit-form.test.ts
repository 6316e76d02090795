import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/api-client";
import { amountError, toVisitInput, withFieldAlias } from "./visit-form";

const values = { visitedOn: "2026-02-01", visitors: [" 张书记 ", "", "李委员"], kind: "money" as const, amountYuan: "100.10", notes: " 送去慰问金 " };

describe("the visit form's values for the API", () => {
  it("turns the yuan typed into exact fen and trims visitors and notes", () => {
    expect(toVisitInput(values)).toEqual({ visitedOn: "2026-02-01", visitors: ["张书记", "李委员"], kind: "money", amountFen: 10010, notes: "送去慰问金", campaignId: null });
  });

  it("drops an amount the kind cannot carry, and keeps goods without one", () => {
    expect(toVisitInput({ ...values, kind: "talk" }).amountFen).toBeNull();
    expect(toVisitInput({ ...values, kind: "goods", amountYuan: "" }).amountFen).toBeNull();
    expect(toVisitInput({ ...values, kind: "goods", amountYuan: "1,200.5" }).amountFen).toBe(120050);
    expect(toVisitInput({ ...values, campaignId: "c" }).campaignId).toBe("c");
  });

  it("checks the amount as AID-07 does: required and positive for money, optional for goods", () => {
    expect(amountError("money", "")).toBe("慰问金须填写金额");
    expect(amountError("money", "0")).toBe("金额须大于零");
    expect(amountError("money", "1.234")).toBe("金额最多精确到分（两位小数）");
    expect(amountError("money", "500")).toBeUndefined();
    expect(amountError("goods", "")).toBeUndefined();
    expect(amountError("talk", "abc")).toBeUndefined();
  });
});

describe("the server's field names on the form's fields", () => {
  it("renames amountFen to amountYuan and leaves the rest", () => {
    const error = new ApiError(422, "AID-07", "慰问金须填写金额", [
      { field: "amountFen", rule: "AID-07", message: "慰问金须填写金额" },
      { field: "visitors", rule: "AID-08", message: "请填写走访人" },
    ]);
    const renamed = withFieldAlias(error, { amountFen: "amountYuan" }) as ApiError;
    expect(renamed).toBeInstanceOf(ApiError);
    expect(renamed.details.map((d) => d.field)).toEqual(["amountYuan", "visitors"]);
    expect(renamed.code).toBe("AID-07");
    const other = new Error("x");
    expect(withFieldAlias(other, { amountFen: "amountYuan" })).toBe(other);
  });
});
