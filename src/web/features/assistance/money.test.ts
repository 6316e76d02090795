import { describe, expect, it } from "vitest";
import { fenToYuanInput, formatFenAsYuan, parseYuanToFen, yuanLabel } from "./money";

const fen = (input: string) => {
  const parsed = parseYuanToFen(input);
  return parsed.ok ? parsed.fen : parsed.error;
};

describe("yuan typed into exact fen", () => {
  it("reads whole yuan, one and two decimals", () => {
    expect(fen("500")).toBe(50000);
    expect(fen("100.1")).toBe(10010);
    expect(fen("100.10")).toBe(10010);
    expect(fen("0.01")).toBe(1);
    expect(fen(".5")).toBe(50);
    expect(fen("12.")).toBe(1200);
    expect(fen("007.20")).toBe(720);
  });

  it("never drifts where floats do", () => {
    // 0.29 * 100 is 28.999999999999996 and 1.005 * 100 is 100.49999999999999 in floating point.
    expect(fen("0.29")).toBe(29);
    expect(fen("1.15")).toBe(115);
    expect(fen("4.35")).toBe(435);
    expect(fen("19.99")).toBe(1999);
    const three = ["100.10", "100.10", "100.10"].map((y) => fen(y) as number);
    expect(three.reduce((a, b) => a + b, 0)).toBe(30030);
  });

  it("takes separators, the yuan sign and the word 元", () => {
    expect(fen("1,234.56")).toBe(123456);
    expect(fen(" ¥ 2,000 ")).toBe(200000);
    expect(fen("￥88.8")).toBe(8880);
    expect(fen("300元")).toBe(30000);
    expect(fen("1，000")).toBe(100000);
  });

  it("refuses fractions of a cent, negatives, words and the empty", () => {
    expect(fen("1.005")).toBe("金额最多精确到分（两位小数）");
    expect(fen("-5")).toBe("金额不能为负数");
    expect(fen("五百")).toMatch(/格式不正确/);
    expect(fen("1.2.3")).toMatch(/格式不正确/);
    expect(fen(".")).toMatch(/格式不正确/);
    expect(fen("1e3")).toMatch(/格式不正确/);
    expect(fen("")).toBe("请填写金额");
  });

  it("allows up to the single-amount limit of 1 亿元 and no more", () => {
    expect(fen("100000000")).toBe(10_000_000_000);
    expect(fen("100000000.01")).toMatch(/上限/);
    expect(fen("999999999")).toMatch(/上限/);
    expect(fen("1000000000")).toMatch(/上限/);
    expect(fen("99999999.99")).toBe(9_999_999_999);
  });
});

describe("fen shown as yuan", () => {
  it("always has two decimals and thousands separators", () => {
    expect(formatFenAsYuan(0)).toBe("0.00");
    expect(formatFenAsYuan(1)).toBe("0.01");
    expect(formatFenAsYuan(10010)).toBe("100.10");
    expect(formatFenAsYuan(30030)).toBe("300.30");
    expect(formatFenAsYuan(123456789)).toBe("1,234,567.89");
    expect(formatFenAsYuan(-2550)).toBe("-25.50");
  });

  it("refuses what is not a whole number of fen", () => {
    expect(() => formatFenAsYuan(1.5)).toThrow(RangeError);
  });

  it("gives a form's text back that parses to the same fen", () => {
    for (const amount of [1, 99, 10010, 123456789, 10_000_000_000]) expect(fen(fenToYuanInput(amount))).toBe(amount);
    expect(fenToYuanInput(null)).toBe("");
    expect(yuanLabel(123456)).toBe("¥1,234.56");
    expect(yuanLabel(null)).toBe("—");
  });
});
