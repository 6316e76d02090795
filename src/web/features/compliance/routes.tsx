import type { RouteObject } from "react-router";

/** The pages of this feature under /org-life (full paths, like developmentPlanningRoutes). */
export const complianceRoutes: RouteObject[] = [
  { path: "org-life/plans", lazy: async () => ({ Component: (await import("./pages/MeetingPlansPage")).MeetingPlansPage }) },
  { path: "org-life/compliance", lazy: async () => ({ Component: (await import("./pages/CompliancePage")).CompliancePage }) },
];
