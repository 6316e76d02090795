import type { z } from "zod";
import { FindNeedsQuerySchema } from "../../../shared/contracts/member-needs.contract";
import { createListView, type ListView } from "../../lib/list-view";

// The needs list's view lives in the URL, so the home page's alerts drill down to the same list
// (?overdue=acknowledge, ?handledByMe=true) and a copied link shows what its sender saw.
export const FILTER_KEYS = ["year", "orgId", "status", "category", "overdue", "handledByMe", "q"] as const;

/** The filters as parsed (handledByMe a boolean, year a number). */
export type NeedListFilters = Partial<Pick<z.infer<typeof FindNeedsQuerySchema>, (typeof FILTER_KEYS)[number]>>;
export type NeedListView = ListView<NeedListFilters>;

export const { defaultView: DEFAULT_VIEW, parseListView, toSearchParams, toFindParams } = createListView(FindNeedsQuerySchema, FILTER_KEYS);

/** The link to the list with these filters (the home page's counters). */
export const needListLink = (filters: NeedListFilters) => {
  const search = toSearchParams({ ...DEFAULT_VIEW, filters }).toString();
  return search ? `/care/needs?${search}` : "/care/needs";
};
