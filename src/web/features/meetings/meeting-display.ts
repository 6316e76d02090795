import { AMENDABLE_FIELD_LABELS, type AmendableField, type Resolution } from "../../../shared/contracts/meetings.contract";
import { QUORUM_EXCLUSION_LABELS, type QuorumExclusionReason } from "../../../shared/development-steps";
import { ATTENDANCE_STATUS_LABELS, type AttendanceStatus, MEETING_TAG_LABELS, type MeetingTag } from "../../../shared/org-life";
import { EMPTY } from "./meeting-options";

// How the record's values read in the amendment history and on the printed record.

interface AttendanceSnapshot {
  name: string;
  status: AttendanceStatus;
  reason: string | null;
  excludedFromQuorum: boolean;
  exclusionReason: QuorumExclusionReason | null;
}

/** "出席", "请假（外出务工）", "缺席；不计入应到会（卧床不起）". */
export function describeAttendance(a: Pick<AttendanceSnapshot, "status" | "reason" | "excludedFromQuorum" | "exclusionReason">): string {
  const status = `${ATTENDANCE_STATUS_LABELS[a.status]}${a.reason ? `（${a.reason}）` : ""}`;
  return a.excludedFromQuorum ? `${status}；不计入应到会（${a.exclusionReason ? QUORUM_EXCLUSION_LABELS[a.exclusionReason] : "未选原因"}）` : status;
}

/** "同意修建村道：赞成 4、反对 1、弃权 0，通过". */
export const describeResolution = (r: Resolution) => `${r.title}：赞成 ${r.yes}、反对 ${r.no}、弃权 ${r.abstain}，${r.passed ? "通过" : "未通过"}`;

/** One side (before or after) of a changed field, as text. */
export function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (field === "tags" && Array.isArray(value)) return value.length ? value.map((t) => MEETING_TAG_LABELS[t as MeetingTag] ?? String(t)).join("、") : EMPTY;
  if (field === "resolutions" && Array.isArray(value)) return value.length ? (value as Resolution[]).map(describeResolution).join("；") : EMPTY;
  if (field === "attendance" && Array.isArray(value)) return (value as AttendanceSnapshot[]).map((a) => `${a.name}：${describeAttendance(a)}`).join("；");
  return String(value);
}

export const fieldLabel = (field: string) => AMENDABLE_FIELD_LABELS[field as AmendableField] ?? field;

/** "09:00—11:00", "09:00", or nothing. */
export const describeTimes = (startsAt: string | null, endsAt: string | null) => (startsAt && endsAt ? `${startsAt}—${endsAt}` : (startsAt ?? endsAt ?? ""));
