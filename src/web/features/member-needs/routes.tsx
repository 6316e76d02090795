import type { RouteObject } from "react-router";
import { UnderConstructionPage } from "../../app/placeholder-pages";

/** The pages of members' needs (党员诉求), full paths like secretaryProjectRoutes. */
export const memberNeedRoutes: RouteObject[] = [
  { path: "care/needs", element: <UnderConstructionPage title="党员诉求" /> },
  { path: "care/needs/figures", element: <UnderConstructionPage title="诉求统计" /> },
];
