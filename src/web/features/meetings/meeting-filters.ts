import { type FindMeetingsQuery, FindMeetingsQuerySchema } from "../../../shared/contracts/meetings.contract";
import { createListView, type ListView } from "../../lib/list-view";

// The compliance matrix drills down here with ?orgId=…&type=…&from=…&to=…&status=signed_off (seam 1).
export const FILTER_KEYS = ["orgId", "type", "tag", "from", "to", "status", "q"] as const;

export type MeetingListFilters = Partial<Pick<FindMeetingsQuery, (typeof FILTER_KEYS)[number]>>;
export type MeetingListView = ListView<MeetingListFilters>;

export const {
  defaultView: DEFAULT_VIEW,
  parseListView,
  toSearchParams,
  toFindParams,
} = createListView(FindMeetingsQuerySchema, FILTER_KEYS);
