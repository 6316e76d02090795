import { MEETING_TYPES, type MeetingType } from "../../../shared/org-life";

/** The compliance page's choice as the URL carries it (seam 2: `?orgId=&year=&type=`). */
export interface ComplianceChoice {
  orgId: string | undefined;
  year: number;
  type: MeetingType | undefined;
}

const isMeetingType = (value: string | null): value is MeetingType => value !== null && (MEETING_TYPES as readonly string[]).includes(value);

/** Reads the URL; a missing or malformed year falls back to `thisYear`, an unknown type to all types. */
export function readChoice(params: URLSearchParams, thisYear: number): ComplianceChoice {
  const year = Number(params.get("year"));
  const type = params.get("type");
  return {
    orgId: params.get("orgId") || undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear,
    type: isMeetingType(type) ? type : undefined,
  };
}

/** The URL's search of a choice: only what is set. */
export function writeChoice(choice: ComplianceChoice): Record<string, string> {
  return {
    ...(choice.orgId ? { orgId: choice.orgId } : {}),
    year: String(choice.year),
    ...(choice.type ? { type: choice.type } : {}),
  };
}

/** The years offered: next year, this year and four before. */
export const yearOptions = (thisYear: number) =>
  [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4].map((year) => ({ value: year, label: `${year}年` }));
