import { QUORUM_EXCLUSION_LABELS, QUORUM_EXCLUSION_REASONS } from "../../../shared/development-steps";
import type { OrgKind } from "../../../shared/domain";
import {
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  MEETING_STATUS_LABELS,
  MEETING_TAG_LABELS,
  MEETING_TAGS,
  MEETING_TYPE_LABELS,
  MEETING_TYPES,
  type MeetingStatus,
  type MeetingTag,
  type MeetingType,
} from "../../../shared/org-life";
import { toOptions } from "../../components/person-options";

export { EMPTY } from "../../components/person-options";

export const TYPE_OPTIONS = toOptions(MEETING_TYPES, MEETING_TYPE_LABELS);
export const TAG_OPTIONS = toOptions(MEETING_TAGS, MEETING_TAG_LABELS);
export const ATTENDANCE_OPTIONS = toOptions(ATTENDANCE_STATUSES, ATTENDANCE_STATUS_LABELS);
export const EXCLUSION_OPTIONS = toOptions(QUORUM_EXCLUSION_REASONS, QUORUM_EXCLUSION_LABELS);
export const LIST_STATUS_OPTIONS = [
  { value: "draft", label: MEETING_STATUS_LABELS.draft },
  { value: "signed_off", label: MEETING_STATUS_LABELS.signed_off },
  { value: "archived", label: "已作废" },
];

export const STATUS_COLORS: Record<MeetingStatus, string> = { draft: "processing", signed_off: "success" };
export const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = { present: "green", excused: "orange", absent: "red" };
/** One colour per topic tag, so the chips read at a glance in the list. */
export const TAG_COLORS: Record<MeetingTag, string> = {
  production_safety: "volcano",
  economic_safety: "gold",
  political_safety: "red",
  integrity: "purple",
  key_issues: "magenta",
  member_development: "blue",
  theory_study: "geekblue",
  serving_masses: "green",
};

/**
 * The types an organization holds (server rule MTG-01, meeting-record.rules.ts): branches every type
 * but the group meeting, a party group its group meeting and study sessions, a committee or general
 * branch its committee's meetings, lectures, life meetings and study sessions. The server decides.
 */
const COMMITTEE_TYPES: readonly MeetingType[] = ["committee_meeting", "party_lecture", "life_meeting", "study_session"];
const BRANCH_TYPES = MEETING_TYPES.filter((t) => t !== "group_meeting");
export const TYPES_BY_ORG_KIND: Record<OrgKind, readonly MeetingType[]> = {
  branch: BRANCH_TYPES,
  joint_branch: BRANCH_TYPES,
  temporary_branch: BRANCH_TYPES,
  group: ["group_meeting", "study_session"],
  committee: COMMITTEE_TYPES,
  general_branch: COMMITTEE_TYPES,
};

export const typeOptionsFor = (kind: OrgKind | undefined) =>
  kind ? TYPE_OPTIONS.filter((o) => TYPES_BY_ORG_KIND[kind].includes(o.value)) : TYPE_OPTIONS;

/** Types whose votes count (MTG-06): the form shows the resolutions only for these. */
export const VOTING_TYPES: readonly MeetingType[] = ["general_meeting", "committee_meeting"];

/** Short descriptions of who is expected, shown by the type select. */
export const EXPECTED_HINTS: Partial<Record<MeetingType, string>> = {
  general_meeting: "应到会：本支部（含各党小组）全体在册党员；半数以上有表决权的党员到会方可召开（支部工作条例第十一条）",
  committee_meeting: "应到会：本组织在任委员；半数以上委员到会方可召开（支部工作条例第十二条）",
  group_meeting: "应到会：本党小组全体在册党员（支部工作条例第十三条）",
  party_lecture: "须填写授课人（支部工作条例第十六条）",
  one_on_one_talk: "选择参加谈话的党员（至少两人）",
};
