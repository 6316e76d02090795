import type { z } from "zod";
import { FindDevelopmentPeopleQuerySchema, type FindDevelopmentPeopleQuery } from "../../../shared/contracts/development.contract";
import type { FindDevelopmentPeopleParams } from "./api";

// The list's view lives in the address bar, so a copied link (or a stage tile) shows the same list.
// Each value is read with the contract's own schema; a value it refuses is simply left out.

export const FILTER_KEYS = ["orgId", "q", "stage", "status", "due"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

export type DevelopmentListFilters = Partial<Pick<FindDevelopmentPeopleQuery, FilterKey>>;
export interface DevelopmentListView {
  filters: DevelopmentListFilters;
  page: number;
  pageSize: number;
}

/** The server lists open cases when no status is given; the bar shows that as 进行中. */
export const DEFAULT_STATUS = "open";
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_VIEW: DevelopmentListView = { filters: {}, page: 1, pageSize: DEFAULT_PAGE_SIZE };

function readParam(params: URLSearchParams, key: keyof FindDevelopmentPeopleQuery): unknown {
  const raw = params.get(key)?.trim();
  if (!raw) return undefined;
  const parsed = (FindDevelopmentPeopleQuerySchema.shape[key] as z.ZodType).safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function parseListView(params: URLSearchParams): DevelopmentListView {
  const filters: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = readParam(params, key);
    if (value !== undefined && !(key === "status" && value === DEFAULT_STATUS)) filters[key] = value;
  }
  return {
    filters: filters as DevelopmentListFilters,
    page: (readParam(params, "page") as number | undefined) ?? DEFAULT_VIEW.page,
    pageSize: (readParam(params, "pageSize") as number | undefined) ?? DEFAULT_VIEW.pageSize,
  };
}

/** Writes only what differs from the default view, in a fixed order, so equal views give equal links. */
export function toSearchParams(view: DevelopmentListView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value === undefined || value === "" || (key === "status" && value === DEFAULT_STATUS)) continue;
    params.set(key, String(value));
  }
  if (view.page !== DEFAULT_VIEW.page) params.set("page", String(view.page));
  if (view.pageSize !== DEFAULT_VIEW.pageSize) params.set("pageSize", String(view.pageSize));
  return params;
}

export const toFindParams = (view: DevelopmentListView): FindDevelopmentPeopleParams => ({
  ...view.filters,
  page: view.page,
  pageSize: view.pageSize,
});
