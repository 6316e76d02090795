import type { RouteObject } from "react-router";

/** The pages of members' needs (党员诉求), full paths like secretaryProjectRoutes. */
export const memberNeedRoutes: RouteObject[] = [
  { path: "care/needs", lazy: async () => ({ Component: (await import("./pages/NeedListPage")).NeedListPage }) },
  { path: "care/needs/new", lazy: async () => ({ Component: (await import("./pages/NeedFormPage")).NeedFormPage }) },
  { path: "care/needs/figures", lazy: async () => ({ Component: (await import("./pages/NeedFiguresPage")).NeedFiguresPage }) },
  { path: "care/needs/:id", lazy: async () => ({ Component: (await import("./pages/NeedPage")).NeedPage }) },
];
