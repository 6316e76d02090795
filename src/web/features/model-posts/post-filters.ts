import { type FindPostsQuery, FindPostsQuerySchema } from "../../../shared/contracts/model-posts.contract";
import { createListView, type ListView } from "../../lib/list-view";

// The list's view lives in the URL: a copied link, or a drill-down from the chart (?kind=…&safetyKind=…), shows the same list.
export const FILTER_KEYS = ["year", "orgId", "kind", "safetyKind", "active", "memberId", "q"] as const;

export type PostListFilters = Partial<Pick<FindPostsQuery, (typeof FILTER_KEYS)[number]>>;
export type PostListView = ListView<PostListFilters>;

export const { defaultView: DEFAULT_VIEW, parseListView, toSearchParams, toFindParams } = createListView(FindPostsQuerySchema, FILTER_KEYS);

/**
 * A click on the chart's bar: the list narrowed to that kind (and safety kind) for the chart's year,
 * the other filters kept, back to the first page.
 */
export function drillDown(view: PostListView, bar: { kind: FindPostsQuery["kind"]; safetyKind?: FindPostsQuery["safetyKind"] }, year: number): PostListView {
  return { ...view, page: 1, filters: { ...view.filters, year, kind: bar.kind, safetyKind: bar.safetyKind } };
}
