import { addDays, toDayNumber } from "../../../shared/dates";

/**
 * Working days for DEV-X2 (publicity of at least 5 working days). China moves working days around
 * public holidays (调休), so the calendar is configuration: holidays are off even on weekdays, and the
 * swapped weekend days are working days. Without a configured year the count is provisional
 * (rules.md §1.4): Monday to Friday only.
 */
export interface WorkCalendar {
  holidays: readonly string[];
  workingWeekendDays: readonly string[];
}

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (calendar.holidays.includes(date)) return false;
  if (calendar.workingWeekendDays.includes(date)) return true;
  const weekday = (toDayNumber(date) + 4) % 7; // 1970-01-01 was a Thursday (4)
  return weekday >= 1 && weekday <= 5;
}

/** Working days from `from` to `to`, both included. */
export function countWorkingDays(from: string, to: string, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}

/** Whether the calendar covers the year of the date (else a count is provisional). */
export const isCalendarConfigured = (date: string, calendar: WorkCalendar) =>
  [...calendar.holidays, ...calendar.workingWeekendDays].some((d) => d.slice(0, 4) === date.slice(0, 4));
