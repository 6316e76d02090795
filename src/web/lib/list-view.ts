import type { z } from "zod";

// A list's view (filters, page, page size) lives in the address bar, so a copied link — or a
// drill-down from another page — shows the same list. Each value is read with the contract's own
// query schema; a value it refuses is simply left out.

export interface ListView<F> {
  filters: F;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;

/** The view helpers of one list, from its query schema and the keys that are filters. */
export function createListView<S extends z.ZodObject, K extends keyof z.infer<S> & string>(schema: S, filterKeys: readonly K[]) {
  type Filters = Partial<Pick<z.infer<S>, K>>;
  const defaultView: ListView<Filters> = { filters: {} as Filters, page: 1, pageSize: DEFAULT_PAGE_SIZE };

  const readParam = (params: URLSearchParams, key: string): unknown => {
    const raw = params.get(key)?.trim();
    const field = schema.shape[key] as z.ZodType | undefined;
    if (!raw || !field) return undefined;
    const parsed = field.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  };

  const parseListView = (params: URLSearchParams): ListView<Filters> => {
    const filters: Record<string, unknown> = {};
    for (const key of filterKeys) {
      const value = readParam(params, key);
      if (value !== undefined) filters[key] = value;
    }
    return {
      filters: filters as Filters,
      page: (readParam(params, "page") as number | undefined) ?? defaultView.page,
      pageSize: (readParam(params, "pageSize") as number | undefined) ?? defaultView.pageSize,
    };
  };

  /** Writes only what differs from the default view, in a fixed order, so equal views give equal links. */
  const toSearchParams = (view: ListView<Filters>): URLSearchParams => {
    const params = new URLSearchParams();
    for (const key of filterKeys) {
      const value = (view.filters as Record<string, unknown>)[key];
      if (value === undefined || value === "") continue;
      params.set(key, String(value));
    }
    if (view.page !== defaultView.page) params.set("page", String(view.page));
    if (view.pageSize !== defaultView.pageSize) params.set("pageSize", String(view.pageSize));
    return params;
  };

  const toFindParams = (view: ListView<Filters>) => ({ ...view.filters, page: view.page, pageSize: view.pageSize });

  return { defaultView, parseListView, toSearchParams, toFindParams };
}
