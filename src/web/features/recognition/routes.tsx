import type { RouteObject } from "react-router";

/** The pages of recognition (创先争优), full paths like the other care features. */
export const recognitionRoutes: RouteObject[] = [
  { path: "care/recognition", lazy: async () => ({ Component: (await import("./pages/NominationListPage")).NominationListPage }) },
  { path: "care/recognition/new", lazy: async () => ({ Component: (await import("./pages/NominationFormPage")).NominationFormPage }) },
  { path: "care/recognition/honours", lazy: async () => ({ Component: (await import("./pages/HonoursPage")).HonoursPage }) },
  { path: "care/recognition/:id", lazy: async () => ({ Component: (await import("./pages/NominationPage")).NominationPage }) },
];
