import type { z } from "zod";
import { FindMeetingsQuerySchema, type FindMeetingsQuery } from "../../../shared/contracts/meetings.contract";
import type { FindMeetingsParams } from "./api";

// The list's view lives in the address bar: the compliance matrix drills down with
// ?orgId=…&type=…&from=…&to=…&status=signed_off (seam 1), and a copied link shows the same list.
// Each value is read with the contract's own schema; a value it refuses is left out.

export const FILTER_KEYS = ["orgId", "type", "tag", "from", "to", "status", "q"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

export type MeetingListFilters = Partial<Pick<FindMeetingsQuery, FilterKey>>;
export interface MeetingListView {
  filters: MeetingListFilters;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_VIEW: MeetingListView = { filters: {}, page: 1, pageSize: DEFAULT_PAGE_SIZE };

function readParam(params: URLSearchParams, key: keyof FindMeetingsQuery): unknown {
  const raw = params.get(key)?.trim();
  if (!raw) return undefined;
  const parsed = (FindMeetingsQuerySchema.shape[key] as z.ZodType).safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function parseListView(params: URLSearchParams): MeetingListView {
  const filters: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = readParam(params, key);
    if (value !== undefined) filters[key] = value;
  }
  return {
    filters: filters as MeetingListFilters,
    page: (readParam(params, "page") as number | undefined) ?? DEFAULT_VIEW.page,
    pageSize: (readParam(params, "pageSize") as number | undefined) ?? DEFAULT_VIEW.pageSize,
  };
}

/** Writes only what differs from the default view, in a fixed order, so equal views give equal links. */
export function toSearchParams(view: MeetingListView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value === undefined || value === "") continue;
    params.set(key, String(value));
  }
  if (view.page !== DEFAULT_VIEW.page) params.set("page", String(view.page));
  if (view.pageSize !== DEFAULT_VIEW.pageSize) params.set("pageSize", String(view.pageSize));
  return params;
}

export const toFindParams = (view: MeetingListView): FindMeetingsParams => ({ ...view.filters, page: view.page, pageSize: view.pageSize });
