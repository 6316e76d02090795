/**
 * Date arithmetic on YYYY-MM-DD strings in UTC, so no host time zone can shift a day. The one
 * shared module rules.md §1.4 asks for: "within N months" adds calendar months, clamped to the
 * last day of a shorter month (31 Jan + 1 month = 28/29 Feb); "one year" is +12 months.
 */
const DAY_MS = 86_400_000;

export const toDayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

export const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromDayNumber(toDayNumber(date) + days);

/** Calendar months later (or earlier), clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export const addYears = (date: string, years: number): string => addMonths(date, years * 12);

/** Whole years from `from` to `to` (an age, a party age): the anniversary counts on its day. */
export function wholeYearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

/** Today in China (UTC+8), whatever the host's time zone. */
export const chinaToday = (now: Date): string => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
