import { describe, expect, it } from "vitest";
import { ageOn, idCheckChar, maskIdNumber, maskPhone, normalizeIdNumber, parseIdNumber } from "./id-number";

const TODAY = "2026-11-25";

describe("idCheckChar (ISO 7064 MOD 11-2, rules.md §7.1)", () => {
  it("matches the spec's test vectors", () => {
    expect(idCheckChar("11010519491231002")).toBe("X");
    expect(idCheckChar("44052418800101001")).toBe("4");
    expect(idCheckChar("33052320000229123")).toBe("0");
  });
  it("refuses a body that is not 17 digits", () => {
    expect(() => idCheckChar("1101051949123100")).toThrow(RangeError);
    expect(() => idCheckChar("1101051949123100A")).toThrow(RangeError);
  });
});

describe("parseIdNumber (GB 11643-1999, rules.md §7.1)", () => {
  it("accepts the spec's vectors and derives birth date, gender and province", () => {
    expect(parseIdNumber("11010519491231002X", TODAY)).toEqual({
      ok: true,
      value: { idNumber: "11010519491231002X", birthDate: "1949-12-31", gender: "female", provinceCode: "11" },
    });
    expect(parseIdNumber("440524188001010014", TODAY)).toEqual({
      ok: true,
      value: { idNumber: "440524188001010014", birthDate: "1880-01-01", gender: "male", provinceCode: "44" },
    });
  });

  it("accepts a lower-case x and surrounding spaces, and stores X", () => {
    const result = parseIdNumber(" 11010519491231002x ", TODAY);
    expect(result.ok && result.value.idNumber).toBe("11010519491231002X");
    expect(normalizeIdNumber(" 11010519491231002x")).toBe("11010519491231002X");
  });

  it("reads the gender from the parity of the 17th digit", () => {
    const result = parseIdNumber("330523194912310017", TODAY);
    expect(result.ok && result.value.gender).toBe("male");
    const female = parseIdNumber("330523198808080029", TODAY);
    expect(female.ok && female.value.gender).toBe("female");
  });

  it("accepts 29 February in a leap year only", () => {
    expect(parseIdNumber("330523200002291230", TODAY).ok).toBe(true);
    const body = (date: string) => `330523${date}123`;
    expect(parseIdNumber(body("20010229") + idCheckChar(body("20010229")), TODAY)).toMatchObject({ ok: false, reason: "birth_date" });
    // 1900 is not a leap year (divisible by 100, not by 400).
    expect(parseIdNumber(body("19000229") + idCheckChar(body("19000229")), TODAY)).toMatchObject({ ok: false, reason: "birth_date" });
  });

  it.each([
    ["length", "11010519491231002"],
    ["length", "11010519491231002X1"],
    ["format", "1101051949123100XX"],
    ["format", "11010519491231002Y"],
    ["province", "99010519491231002X"],
    ["province", "01010519491231002X"],
    ["birth_date", "110105194913310021"],
    ["birth_date", "110105194902300021"],
    ["check_char", "110105194912310021"],
  ] as const)("fails with %s for %s", (reason, input) => {
    const result = parseIdNumber(input, TODAY);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message).toMatch(/身份证号/);
  });

  it("gives the check-character message in Chinese", () => {
    expect(parseIdNumber("110105194912310021", TODAY)).toEqual({
      ok: false,
      reason: "check_char",
      message: "身份证号校验位不正确（GB 11643-1999）",
    });
  });

  it("refuses a birth date after today but accepts one born today", () => {
    const body = "33052320261126123";
    expect(parseIdNumber(body + idCheckChar(body), TODAY)).toMatchObject({ ok: false, reason: "future_birth_date" });
    const bornToday = "33052320261125123";
    expect(parseIdNumber(bornToday + idCheckChar(bornToday), TODAY).ok).toBe(true);
  });

  it("accepts the Taiwan, Hong Kong and Macau permit prefixes (UNVERIFIED in rules.md §7.1)", () => {
    for (const prefix of ["710000", "810000", "820000", "830000"]) {
      const body = `${prefix}19900101123`;
      expect(parseIdNumber(body + idCheckChar(body), TODAY).ok).toBe(true);
    }
  });
});

describe("masking (rules.md §7.2)", () => {
  it("keeps the first 6 and last 4 characters of an ID number", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
    expect(maskIdNumber("11010519491231002x")).toBe("110105********002X");
  });
  it("keeps the first 3 and last 4 digits of a mobile number", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
  });
  it("never shows a short value in full", () => {
    expect(maskIdNumber("123")).toBe("***");
    expect(maskPhone("1234")).toBe("****");
    expect(maskPhone("5551234")).toBe("***1234");
  });
});

describe("ageOn", () => {
  it("counts whole years, turning a year older on the birthday", () => {
    expect(ageOn("1949-12-31", "2026-12-30")).toBe(76);
    expect(ageOn("1949-12-31", "2026-12-31")).toBe(77);
    expect(ageOn("2008-11-25", "2026-11-24")).toBe(17);
    expect(ageOn("2008-11-25", "2026-11-25")).toBe(18);
  });
  it("treats a 29 February birthday as reached on 1 March in common years", () => {
    expect(ageOn("2000-02-29", "2018-02-28")).toBe(17);
    expect(ageOn("2000-02-29", "2018-03-01")).toBe(18);
    expect(ageOn("2000-02-29", "2024-02-29")).toBe(24);
  });
});
