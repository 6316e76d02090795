import type { RouteObject } from "react-router";

/** The pages of secretary projects (书记项目), full paths like evaluationRoutes. */
export const secretaryProjectRoutes: RouteObject[] = [
  { path: "secretary-projects", lazy: async () => ({ Component: (await import("./pages/ProjectListPage")).ProjectListPage }) },
  { path: "secretary-projects/new", lazy: async () => ({ Component: (await import("./pages/ProjectFormPage")).ProjectFormPage }) },
  { path: "secretary-projects/board", lazy: async () => ({ Component: (await import("./pages/ProjectBoardPage")).ProjectBoardPage }) },
  { path: "secretary-projects/rubric", lazy: async () => ({ Component: (await import("./pages/RubricPage")).RubricPage }) },
  { path: "secretary-projects/:id", lazy: async () => ({ Component: (await import("./pages/ProjectPage")).ProjectPage }) },
  { path: "secretary-projects/:id/edit", lazy: async () => ({ Component: (await import("./pages/ProjectFormPage")).ProjectFormPage }) },
  { path: "secretary-projects/:id/print", lazy: async () => ({ Component: (await import("./pages/ProjectPrintPage")).ProjectPrintPage }) },
];
