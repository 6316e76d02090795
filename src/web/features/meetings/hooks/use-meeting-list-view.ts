import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { DEFAULT_VIEW, type MeetingListFilters, type MeetingListView, parseListView, toSearchParams } from "../meeting-filters";

/** The meeting list's view, read from and written to the URL. */
export function useMeetingListView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseListView(searchParams), [searchParams]);

  const setView = useCallback(
    (change: Partial<MeetingListView>) => setSearchParams(toSearchParams({ ...view, ...change })),
    [view, setSearchParams],
  );

  /** New filters start again from the first page. */
  const setFilters = useCallback((filters: MeetingListFilters) => setView({ filters, page: 1 }), [setView]);
  const reset = useCallback(() => setSearchParams(toSearchParams(DEFAULT_VIEW)), [setSearchParams]);

  return { view, setView, setFilters, reset };
}
