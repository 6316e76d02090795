import { type FindHandlingCasesQuery, FindHandlingCasesQuerySchema } from "../../../shared/contracts/handling.contract";
import { createListView, type ListView } from "../../lib/list-view";

// A copied link, or a click on a counter tile, shows the same list.
export const FILTER_KEYS = ["orgId", "q", "status", "method", "overdue", "awaitingApproval"] as const;

export type HandlingListFilters = Partial<Pick<FindHandlingCasesQuery, (typeof FILTER_KEYS)[number]>>;
export type HandlingListView = ListView<HandlingListFilters>;

export const {
  defaultView: DEFAULT_VIEW,
  parseListView,
  toSearchParams,
  toFindParams,
} = createListView(FindHandlingCasesQuerySchema, FILTER_KEYS);
