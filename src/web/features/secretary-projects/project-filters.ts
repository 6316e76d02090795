import { type FindProjectsQuery, FindProjectsQuerySchema } from "../../../shared/contracts/secretary-projects.contract";
import { createListView, type ListView } from "../../lib/list-view";

// The project list's view lives in the URL: a copied link, or a drill-down from the board or the home
// page's alerts (?awaitingMe=true, ?overdue=true), shows the same list.
export const FILTER_KEYS = ["year", "orgId", "status", "category", "overdue", "awaitingMe", "q"] as const;

export type ProjectListFilters = Partial<Pick<FindProjectsQuery, (typeof FILTER_KEYS)[number]>>;
export type ProjectListView = ListView<ProjectListFilters>;

export const { defaultView: DEFAULT_VIEW, parseListView, toSearchParams, toFindParams } = createListView(FindProjectsQuerySchema, FILTER_KEYS);
