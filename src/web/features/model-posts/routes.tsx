import type { RouteObject } from "react-router";

/** The pages of model posts and responsibility areas (党员示范岗、责任区). */
export const modelPostRoutes: RouteObject[] = [
  { path: "care/posts", lazy: async () => ({ Component: (await import("./pages/PostListPage")).PostListPage }) },
  { path: "care/posts/new", lazy: async () => ({ Component: (await import("./pages/PostFormPage")).PostFormPage }) },
  { path: "care/posts/:id", lazy: async () => ({ Component: (await import("./pages/PostPage")).PostPage }) },
  { path: "care/posts/:id/edit", lazy: async () => ({ Component: (await import("./pages/PostFormPage")).PostFormPage }) },
];
