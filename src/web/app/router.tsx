import { createBrowserRouter, Navigate, type RouteObject } from "react-router";
import { developmentRoutes } from "../features/development/routes";
import { developmentPlanningRoutes } from "../features/development-planning/routes";
import { memberRoutes } from "../features/members/routes";
import { meetingRoutes } from "../features/meetings/routes";
import { complianceRoutes } from "../features/compliance/routes";
import { evaluationRoutes } from "../features/evaluation/routes";
import { handlingRoutes } from "../features/handling/routes";
import { secretaryProjectRoutes } from "../features/secretary-projects/routes";
import { memberNeedRoutes } from "../features/member-needs/routes";
import { assistanceRoutes } from "../features/assistance/routes";
import { modelPostRoutes } from "../features/model-posts/routes";
import { recognitionRoutes } from "../features/recognition/routes";
import { AppLayout } from "./AppLayout";
import { DEFAULT_PATH, FullPageSpin, RequireAuth, RequireRole } from "./guards";
import { LoginRoute } from "./LoginRoute";
import { ADMIN_ROLES, NAV_MODULES } from "./nav";
import { NotFoundPage, RouteErrorPage, UnderConstructionPage } from "./placeholder-pages";

// Modules whose pages are real; every other menu entry shows the under-construction page.
const BUILT_PATHS = new Set(["/home", "/orgs", "/members", "/development", "/org-life", "/secretary-projects", "/care", "/statistics"]);

const placeholderRoutes: RouteObject[] = NAV_MODULES.filter((m) => !BUILT_PATHS.has(m.path)).map((m) => ({
  path: m.path.slice(1),
  element: <UnderConstructionPage title={m.label} />,
}));

// Feature pages load on demand so the sign-in page does not download every module.
export const routes: RouteObject[] = [
  { path: "/login", element: <LoginRoute />, errorElement: <RouteErrorPage /> },
  {
    path: "/",
    element: <RequireAuth />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <FullPageSpin />,
    children: [
      {
        element: <AppLayout />,
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <Navigate to={DEFAULT_PATH} replace /> },
          { path: "home", lazy: async () => ({ Component: (await import("./HomeRoute")).HomeRoute }) },
          { path: "orgs", lazy: async () => ({ Component: (await import("../features/orgs/pages/OrgsPage")).OrgsPage }) },
          { path: "members", children: memberRoutes },
          { path: "statistics", lazy: async () => ({ Component: (await import("../features/stats/pages/StatisticsPage")).StatisticsPage }) },
          { path: "development", children: developmentRoutes },
          ...developmentPlanningRoutes,
          { path: "org-life", element: <Navigate to="/org-life/meetings" replace /> },
          ...meetingRoutes,
          ...complianceRoutes,
          ...evaluationRoutes,
          ...handlingRoutes,
          ...secretaryProjectRoutes,
          { path: "care", element: <Navigate to="/care/needs" replace /> },
          ...memberNeedRoutes,
          ...assistanceRoutes,
          ...modelPostRoutes,
          ...recognitionRoutes,
          ...placeholderRoutes,
          {
            path: "admin",
            element: <RequireRole roles={ADMIN_ROLES} />,
            children: [
              { index: true, element: <Navigate to="users" replace /> },
              { path: "users", lazy: async () => ({ Component: (await import("../features/users/pages/UsersPage")).UsersPage }) },
              { path: "audit", lazy: async () => ({ Component: (await import("../features/audit/pages/AuditPage")).AuditPage }) },
              {
                path: "development-rules",
                lazy: async () => ({ Component: (await import("../features/settings/pages/DevelopmentRulesPage")).DevelopmentRulesPage }),
              },
            ],
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
