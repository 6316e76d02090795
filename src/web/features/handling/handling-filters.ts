import type { z } from "zod";
import { FindHandlingCasesQuerySchema, type FindHandlingCasesQuery } from "../../../shared/contracts/handling.contract";
import type { FindHandlingCasesParams } from "./api";

// The list's view lives in the address bar, so a copied link (or a counter tile) shows the same list.
// Each value is read with the contract's own schema; a value it refuses is simply left out.

export const FILTER_KEYS = ["orgId", "q", "status", "method", "overdue", "awaitingApproval"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

export type HandlingListFilters = Partial<Pick<FindHandlingCasesQuery, FilterKey>>;
export interface HandlingListView {
  filters: HandlingListFilters;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_VIEW: HandlingListView = { filters: {}, page: 1, pageSize: DEFAULT_PAGE_SIZE };

function readParam(params: URLSearchParams, key: keyof FindHandlingCasesQuery): unknown {
  const raw = params.get(key)?.trim();
  if (!raw) return undefined;
  const parsed = (FindHandlingCasesQuerySchema.shape[key] as z.ZodType).safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function parseListView(params: URLSearchParams): HandlingListView {
  const filters: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = readParam(params, key);
    if (value !== undefined) filters[key] = value;
  }
  return {
    filters: filters as HandlingListFilters,
    page: (readParam(params, "page") as number | undefined) ?? DEFAULT_VIEW.page,
    pageSize: (readParam(params, "pageSize") as number | undefined) ?? DEFAULT_VIEW.pageSize,
  };
}

/** Writes only what differs from the default view, in a fixed order, so equal views give equal links. */
export function toSearchParams(view: HandlingListView): URLSearchParams {
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

export const toFindParams = (view: HandlingListView): FindHandlingCasesParams => ({ ...view.filters, page: view.page, pageSize: view.pageSize });
