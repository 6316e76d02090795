// Citizen ID numbers (公民身份号码), GB 11643-1999 — rules.md §7.1. Pure: shared by server and web.
// Also masking of ID and phone numbers for lists and exports (rules.md §7.2).
import type { Gender } from "./domain";

/** ISO 7064 MOD 11-2 weights for positions 1..17 (2^(18−i) mod 11), GB 11643-1999 via rules.md §7.1. */
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for remainder 0..10. */
const CHECK_CHARS = "10X98765432";

/**
 * Province-level prefixes of the address code (GB/T 2260): the 31 mainland provinces and regions,
 * plus 71/81/82/83 for Taiwan, Hong Kong and Macau residents' permits — those four are UNVERIFIED in
 * rules.md §7.1, accepted so that such members are not refused at the door.
 */
export const ID_PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15",
  "21", "22", "23",
  "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46",
  "50", "51", "52", "53", "54",
  "61", "62", "63", "64", "65",
  "71", "81", "82", "83",
]);

/** Our own sanity bound, not in the standard: no living person's ID carries an earlier year. */
const MIN_BIRTH_YEAR = 1800;

export type IdNumberFailure = "length" | "format" | "province" | "birth_date" | "future_birth_date" | "check_char";

export interface ParsedIdNumber {
  idNumber: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: Gender;
  provinceCode: string;
}

export type IdNumberParseResult =
  | { ok: true; value: ParsedIdNumber }
  | { ok: false; reason: IdNumberFailure; message: string };

const FAILURE_MESSAGES: Record<IdNumberFailure, string> = {
  length: "身份证号应为 18 位（GB 11643-1999）",
  format: "身份证号前 17 位应为数字，最后一位为数字或 X（GB 11643-1999）",
  province: "身份证号前两位不是有效的省级行政区划代码（GB/T 2260）",
  birth_date: "身份证号中的出生日期无效（GB 11643-1999）",
  future_birth_date: "身份证号中的出生日期晚于今天",
  check_char: "身份证号校验位不正确（GB 11643-1999）",
};

/** The 18th character for a 17-digit body (rules.md §7.1). Throws on anything but 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("idCheckChar expects exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * CHECK_WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Trim and upper-case, so a check character typed as x is stored as X (rules.md §7.1). */
export function normalizeIdNumber(input: string): string {
  return input.trim().toUpperCase();
}

/**
 * Validates an 18-character ID (rules.md §7.1 validation list) and derives birth date, gender
 * (odd 17th digit = male) and province. `today` (YYYY-MM-DD) is injectable; it defaults to the
 * current date in China, where the birth dates are recorded.
 */
export function parseIdNumber(input: string, today: string = todayInChina()): IdNumberParseResult {
  const idNumber = normalizeIdNumber(input);
  const fail = (reason: IdNumberFailure): IdNumberParseResult => ({ ok: false, reason, message: FAILURE_MESSAGES[reason] });

  if (idNumber.length !== 18) return fail("length");
  if (!/^\d{17}[\dX]$/.test(idNumber)) return fail("format");
  const provinceCode = idNumber.slice(0, 2);
  if (!ID_PROVINCE_CODES.has(provinceCode)) return fail("province");
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || Number(birthDate.slice(0, 4)) < MIN_BIRTH_YEAR) return fail("birth_date");
  if (birthDate > today) return fail("future_birth_date");
  if (idCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return fail("check_char");

  const gender: Gender = Number(idNumber[16]) % 2 === 1 ? "male" : "female";
  return { ok: true, value: { idNumber, birthDate, gender, provinceCode } };
}

/** "110105********002X": first 6 (the county) and last 4 kept, the birth date hidden (rules.md §7.2). */
export function maskIdNumber(id: string): string {
  const value = normalizeIdNumber(id);
  if (value.length <= 10) return "*".repeat(value.length);
  return `${value.slice(0, 6)}${"*".repeat(value.length - 10)}${value.slice(-4)}`;
}

/** "138****1234": carrier prefix and last 4 kept (rules.md §7.2). */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  if (value.length >= 11) return `${value.slice(0, 3)}${"*".repeat(value.length - 7)}${value.slice(-4)}`;
  if (value.length > 4) return `${"*".repeat(value.length - 4)}${value.slice(-4)}`;
  return "*".repeat(value.length);
}

/**
 * Age in whole years on `onDate` (both YYYY-MM-DD). A 29 February birthday is reached on 1 March in
 * common years, since the month-day comparison treats 02-28 as before it.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** True for a real Gregorian date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Today's date in China (Asia/Shanghai), YYYY-MM-DD, whatever the host's time zone. */
function todayInChina(): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
