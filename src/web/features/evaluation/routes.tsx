import type { RouteObject } from "react-router";

/** The pages of this feature under /org-life (full paths, like developmentPlanningRoutes). */
export const evaluationRoutes: RouteObject[] = [
  { path: "org-life/evaluations", lazy: async () => ({ Component: (await import("./pages/EvaluationListPage")).EvaluationListPage }) },
  { path: "org-life/evaluations/mine", lazy: async () => ({ Component: (await import("./pages/MyEvaluationPage")).MyEvaluationPage }) },
  { path: "org-life/evaluations/:id", lazy: async () => ({ Component: (await import("./pages/EvaluationCampaignPage")).EvaluationCampaignPage }) },
];
