import type { RouteObject } from "react-router";

/** The pages of this feature under /org-life (full paths, like developmentPlanningRoutes). */
export const handlingRoutes: RouteObject[] = [
  { path: "org-life/handling", lazy: async () => ({ Component: (await import("./pages/HandlingListPage")).HandlingListPage }) },
  { path: "org-life/handling/:id", lazy: async () => ({ Component: (await import("./pages/HandlingCasePage")).HandlingCasePage }) },
];
