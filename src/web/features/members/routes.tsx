import type { RouteObject } from "react-router";

/** The members pages under /members, each loaded when first visited. */
export const memberRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("./pages/MemberListPage")).MemberListPage }) },
  { path: "import", lazy: async () => ({ Component: (await import("./pages/MemberImportPage")).MemberImportPage }) },
  { path: ":id", lazy: async () => ({ Component: (await import("./pages/MemberDetailPage")).MemberDetailPage }) },
];
