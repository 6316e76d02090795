import type { OrgKind } from "../../../shared/domain";
import { type ComplianceStatus, MEETING_TYPE_LABELS, type MeetingType, type PlanItemStatus } from "../../../shared/org-life";

/** Tag colours of the meeting types (antd preset colours), the same on the plan and the matrix. */
export const MEETING_TYPE_COLORS: Record<MeetingType, string> = {
  general_meeting: "red",
  committee_meeting: "volcano",
  group_meeting: "orange",
  party_lecture: "gold",
  theme_day: "magenta",
  life_meeting: "purple",
  one_on_one_talk: "geekblue",
  study_session: "default",
};

export const PLAN_STATUS_COLORS: Record<PlanItemStatus, string> = { planned: "processing", held: "success", cancelled: "default" };

/** Matrix cells: a light fill and a darker text per status; `none` stays quiet. */
export const STATUS_STYLES: Record<ComplianceStatus, { background: string; color: string }> = {
  green: { background: "#d9f7be", color: "#237804" },
  amber: { background: "#fff1b8", color: "#ad6800" },
  red: { background: "#ffccc7", color: "#a8071a" },
  none: { background: "#fafafa", color: "#bfbfbf" },
};

/** The chart colours of the statuses, stronger than the cell fills. */
export const STATUS_CHART_COLORS: Record<Exclude<ComplianceStatus, "none">, string> = { green: "#52c41a", amber: "#faad14", red: "#f5222d" };

/** A type's name for an organization of this kind: a committee's or general branch's committee meeting is not a branch's. */
export function meetingTypeLabel(type: MeetingType, kind: OrgKind): string {
  if (type === "committee_meeting" && kind === "committee") return "党委会";
  if (type === "committee_meeting" && kind === "general_branch") return "党总支委员会会议";
  return MEETING_TYPE_LABELS[type];
}
