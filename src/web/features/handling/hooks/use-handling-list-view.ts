import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { DEFAULT_VIEW, type HandlingListFilters, type HandlingListView, parseListView, toSearchParams } from "../handling-filters";

/** The handling list's view, read from and written to the URL. */
export function useHandlingListView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseListView(searchParams), [searchParams]);
  const setView = useCallback((change: Partial<HandlingListView>) => setSearchParams(toSearchParams({ ...view, ...change })), [view, setSearchParams]);
  /** New filters start again from the first page. */
  const setFilters = useCallback((filters: HandlingListFilters) => setView({ filters, page: 1 }), [setView]);
  const reset = useCallback(() => setSearchParams(toSearchParams(DEFAULT_VIEW)), [setSearchParams]);
  return { view, setView, setFilters, reset };
}
