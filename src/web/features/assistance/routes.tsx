import type { RouteObject } from "react-router";

/** The pages of help and visits (帮扶、走访慰问): three sections under one header, and the pages of one record. */
export const assistanceRoutes: RouteObject[] = [
  {
    path: "care/assistance",
    lazy: async () => ({ Component: (await import("./pages/AssistanceLayout")).AssistanceLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import("./pages/PeoplePage")).PeoplePage }) },
      { path: "visits", lazy: async () => ({ Component: (await import("./pages/VisitListPage")).VisitListPage }) },
      { path: "campaigns", lazy: async () => ({ Component: (await import("./pages/CampaignListPage")).CampaignListPage }) },
    ],
  },
  { path: "care/assistance/recipients/:id", lazy: async () => ({ Component: (await import("./pages/RecipientPage")).RecipientPage }) },
  { path: "care/assistance/visits/:id", lazy: async () => ({ Component: (await import("./pages/VisitPage")).VisitPage }) },
  { path: "care/assistance/campaigns/:id", lazy: async () => ({ Component: (await import("./pages/CampaignPage")).CampaignPage }) },
];
