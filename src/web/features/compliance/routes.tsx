import type { RouteObject } from "react-router";

/** The pages of this feature under /org-life (full paths, like developmentPlanningRoutes). */
export const complianceRoutes: RouteObject[] = [];
