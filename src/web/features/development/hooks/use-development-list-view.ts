import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { DEFAULT_VIEW, type DevelopmentListFilters, type DevelopmentListView, parseListView, toSearchParams } from "../development-filters";

/** The development list's view, read from and written to the URL. */
export function useDevelopmentListView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseListView(searchParams), [searchParams]);

  const setView = useCallback(
    (change: Partial<DevelopmentListView>) => setSearchParams(toSearchParams({ ...view, ...change })),
    [view, setSearchParams],
  );

  /** New filters start again from the first page. */
  const setFilters = useCallback((filters: DevelopmentListFilters) => setView({ filters, page: 1 }), [setView]);

  const reset = useCallback(() => setSearchParams(toSearchParams(DEFAULT_VIEW)), [setSearchParams]);

  return { view, setView, setFilters, reset };
}
