import type { RouteObject } from "react-router";

/**
 * The planning pages under /development. They are static paths, so react-router ranks them above the
 * person page's /development/:id wherever the two lists sit.
 */
export const developmentPlanningRoutes: RouteObject[] = [
  { path: "development/pipeline", lazy: async () => ({ Component: (await import("./pages/PipelinePage")).PipelinePage }) },
  { path: "development/plans", lazy: async () => ({ Component: (await import("./pages/PlansPage")).PlansPage }) },
];
