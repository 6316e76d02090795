import { describe, expect, it } from "vitest";
import { fileNameFromDisposition } from "./file-transfer";

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
