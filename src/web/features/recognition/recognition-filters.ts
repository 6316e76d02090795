import { FindHonoursQuerySchema, FindNominationsQuerySchema, type FindHonoursQuery, type FindNominationsQuery } from "../../../shared/contracts/recognition.contract";
import { createListView, type ListView } from "../../lib/list-view";

// Both lists keep their view in the URL: a copied link, or a drill-down (?awaitingMe=true, ?memberId=…),
// shows the same list.
export const NOMINATION_FILTER_KEYS = ["year", "honour", "status", "orgId", "awaitingMe"] as const;
export type NominationListFilters = Partial<Pick<FindNominationsQuery, (typeof NOMINATION_FILTER_KEYS)[number]>>;
export type NominationListView = ListView<NominationListFilters>;
export const nominationView = createListView(FindNominationsQuerySchema, NOMINATION_FILTER_KEYS);

export const HONOUR_FILTER_KEYS = ["year", "honour", "subject", "orgId", "memberId", "includeRevoked"] as const;
export type HonourListFilters = Partial<Pick<FindHonoursQuery, (typeof HONOUR_FILTER_KEYS)[number]>>;
export type HonourListView = ListView<HonourListFilters>;
export const honourView = createListView(FindHonoursQuerySchema, HONOUR_FILTER_KEYS);
