import type { RouteObject } from "react-router";

/**
 * The development pages under /development, each loaded when first visited. Planning and pipeline
 * pages (features/development-planning) sit beside these in app/router.tsx.
 */
export const developmentRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("./pages/DevelopmentListPage")).DevelopmentListPage }) },
  { path: ":id", lazy: async () => ({ Component: (await import("./pages/DevelopmentPersonPage")).DevelopmentPersonPage }) },
];
