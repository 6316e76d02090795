import type { z } from "zod";
import { FindMembersQuerySchema, type FindMembersQuery } from "../../../shared/contracts/members.contract";
import type { FindMembersParams } from "./api";

// The roster's view (filters, sort, page) lives in the address bar, so a copied link shows the same
// list. Each value is read with the contract's own schema; a value it refuses is simply left out.
// The exact ID and phone numbers are the exception: full personal numbers do not belong in browser
// history, bookmarks or shared links (rules.md §7.2), so they stay in the page's memory only.

export const FILTER_KEYS = [
  "orgId",
  "q",
  "status",
  "standing",
  "gender",
  "education",
  "occupation",
  "ageBand",
  "isMobile",
  "isStruggling",
  "isLostContact",
  "isSenior",
] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

export type MemberListFilters = Partial<Pick<FindMembersQuery, FilterKey>>;
/** Searches by full personal numbers, kept out of the URL. */
export type MemberLookup = Partial<Pick<FindMembersQuery, "idNumber" | "phone">>;

export interface MemberListView {
  filters: MemberListFilters;
  sort: FindMembersQuery["sort"];
  order: FindMembersQuery["order"];
  page: number;
  pageSize: number;
}

/** The roster opens on members in good standing (正常), by name. */
export const DEFAULT_STANDING = "active";
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_VIEW: MemberListView = {
  filters: { standing: DEFAULT_STANDING },
  sort: "name",
  order: "asc",
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

const FLAG_KEYS = new Set<FilterKey>(["isMobile", "isStruggling", "isLostContact", "isSenior"]);

function readParam(params: URLSearchParams, key: keyof FindMembersQuery): unknown {
  const raw = params.get(key)?.trim();
  if (!raw) return undefined;
  const parsed = (FindMembersQuerySchema.shape[key] as z.ZodType).safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function parseListView(params: URLSearchParams): MemberListView {
  const filters: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = readParam(params, key);
    // A flag filter means "only those with the mark"; "false" is not a view the bar can show.
    if (value === undefined || (FLAG_KEYS.has(key) && value !== true)) continue;
    filters[key] = value;
  }
  filters.standing ??= DEFAULT_STANDING;
  return {
    filters: filters as MemberListFilters,
    sort: (readParam(params, "sort") as MemberListView["sort"] | undefined) ?? DEFAULT_VIEW.sort,
    order: (readParam(params, "order") as MemberListView["order"] | undefined) ?? DEFAULT_VIEW.order,
    page: (readParam(params, "page") as number | undefined) ?? DEFAULT_VIEW.page,
    pageSize: (readParam(params, "pageSize") as number | undefined) ?? DEFAULT_VIEW.pageSize,
  };
}

/** Writes only what differs from the default view, in a fixed order, so equal views give equal links. */
export function toSearchParams(view: MemberListView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value === undefined || value === "" || value === false) continue;
    if (key === "standing" && value === DEFAULT_STANDING) continue;
    params.set(key, String(value));
  }
  if (view.sort !== DEFAULT_VIEW.sort) params.set("sort", view.sort);
  if (view.order !== DEFAULT_VIEW.order) params.set("order", view.order);
  if (view.page !== DEFAULT_VIEW.page) params.set("page", String(view.page));
  if (view.pageSize !== DEFAULT_VIEW.pageSize) params.set("pageSize", String(view.pageSize));
  return params;
}

export function toFindParams(view: MemberListView, lookup: MemberLookup = {}): FindMembersParams {
  return { ...view.filters, ...lookup, sort: view.sort, order: view.order, page: view.page, pageSize: view.pageSize };
}

/** Table columns that sort; age and party age sort by the date they count from, the other way round. */
export type SortableColumn = "name" | "age" | "joinedOn" | "partyAge";
const COLUMN_SORTS: Record<SortableColumn, { sort: MemberListView["sort"]; isInverted: boolean }> = {
  name: { sort: "name", isInverted: false },
  age: { sort: "birthDate", isInverted: true },
  joinedOn: { sort: "joinedOn", isInverted: false },
  partyAge: { sort: "fullMemberOn", isInverted: true },
};
type AntdSortOrder = "ascend" | "descend" | null;
const flip = (order: "asc" | "desc") => (order === "asc" ? "desc" : "asc");

/** The arrow a column shows for the current view. */
export function columnSortOrder(view: Pick<MemberListView, "sort" | "order">, column: SortableColumn): AntdSortOrder {
  const { sort, isInverted } = COLUMN_SORTS[column];
  if (view.sort !== sort) return null;
  const order = isInverted ? flip(view.order) : view.order;
  return order === "asc" ? "ascend" : "descend";
}

/** The view's sort after a click on a column header; clearing the sort returns to the default. */
export function sortFromColumn(column: SortableColumn | undefined, order: AntdSortOrder): Pick<MemberListView, "sort" | "order"> {
  if (!column || !order) return { sort: DEFAULT_VIEW.sort, order: DEFAULT_VIEW.order };
  const spec = COLUMN_SORTS[column];
  const asked = order === "ascend" ? "asc" : "desc";
  return { sort: spec.sort, order: spec.isInverted ? flip(asked) : asked };
}
