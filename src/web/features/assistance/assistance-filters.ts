import { FindCampaignsQuerySchema, FindPeopleQuerySchema, FindVisitsQuerySchema } from "../../../shared/contracts/assistance.contract";
import { createListView } from "../../lib/list-view";

// The lists' views live in the URL, so a link (or the coverage table's "未走访" drill-down) shows the same list.

export const PEOPLE_FILTER_KEYS = ["kind", "orgId", "q", "notVisitedThisYear", "status"] as const;
export const peopleView = createListView(FindPeopleQuerySchema, PEOPLE_FILTER_KEYS);

export const VISIT_FILTER_KEYS = ["year", "orgId", "kind", "campaignId", "memberId", "recipientId", "q"] as const;
export const visitView = createListView(FindVisitsQuerySchema, VISIT_FILTER_KEYS);

export const CAMPAIGN_FILTER_KEYS = ["year", "kind"] as const;
export const campaignView = createListView(FindCampaignsQuerySchema, CAMPAIGN_FILTER_KEYS);
