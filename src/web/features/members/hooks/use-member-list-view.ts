import { useCallback, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import {
  DEFAULT_VIEW,
  type MemberListFilters,
  type MemberListView,
  type MemberLookup,
  parseListView,
  toSearchParams,
} from "../member-filters";

/** The roster's view, read from and written to the URL; ID and phone lookups stay in memory. */
export function useMemberListView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [lookup, setLookup] = useState<MemberLookup>({});
  const view = useMemo(() => parseListView(searchParams), [searchParams]);

  const setView = useCallback(
    (change: Partial<MemberListView>) => setSearchParams(toSearchParams({ ...view, ...change })),
    [view, setSearchParams],
  );

  /** New filters start again from the first page. */
  const setFilters = useCallback(
    (filters: MemberListFilters, nextLookup: MemberLookup) => {
      setLookup(nextLookup);
      setView({ filters, page: 1 });
    },
    [setView],
  );

  const reset = useCallback(() => {
    setLookup({});
    setSearchParams(toSearchParams(DEFAULT_VIEW));
  }, [setSearchParams]);

  return { view, lookup, setView, setFilters, reset };
}
