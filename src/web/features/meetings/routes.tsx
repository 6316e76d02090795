import type { RouteObject } from "react-router";

/**
 * The meeting pages under /org-life (full paths, like developmentPlanningRoutes). "new" is a static
 * segment, so react-router ranks it above ":id" wherever the two sit.
 */
export const meetingRoutes: RouteObject[] = [
  { path: "org-life/meetings", lazy: async () => ({ Component: (await import("./pages/MeetingListPage")).MeetingListPage }) },
  { path: "org-life/meetings/new", lazy: async () => ({ Component: (await import("./pages/MeetingNewPage")).MeetingNewPage }) },
  { path: "org-life/meetings/:id", lazy: async () => ({ Component: (await import("./pages/MeetingPage")).MeetingPage }) },
  { path: "org-life/meetings/:id/print", lazy: async () => ({ Component: (await import("./pages/MeetingPrintPage")).MeetingPrintPage }) },
];
