import dayjs, { type Dayjs } from "dayjs";
import { UuidSchema, isoDate } from "../../../shared/contracts/common.contract";
import {
  type AttendanceInput,
  type AttendanceRow,
  type CreateMeeting,
  type MeetingDetail,
  MeetingTypeSchema,
  type ResolutionInput,
  type UpdateMeeting,
} from "../../../shared/contracts/meetings.contract";
import type { MeetingTag, MeetingType } from "../../../shared/org-life";

/** The record's fields as the form holds them (dates and times as dayjs). */
export interface RecordFormValues {
  topic: string;
  heldOn: Dayjs;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  place?: string | null;
  hostName?: string | null;
  recorderName?: string | null;
  lecturerName?: string | null;
  agenda?: string | null;
  minutes?: string | null;
  tags?: MeetingTag[];
  resolutions?: ResolutionInput[];
}

export interface NewMeetingFormValues extends RecordFormValues {
  orgId: string;
  type: MeetingType;
  participantIds?: string[];
}

/** What the plans page passes (seam 1): /org-life/meetings/new?orgId=…&type=…&planItemId=…&heldOn=… */
export interface MeetingPrefill {
  orgId?: string;
  type?: MeetingType;
  planItemId?: string;
  heldOn?: string;
}

const read = <T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T } }, raw: string | null): T | undefined => {
  if (!raw) return undefined;
  const parsed = schema.safeParse(raw.trim());
  return parsed.success ? parsed.data : undefined;
};

export function parsePrefill(params: URLSearchParams): MeetingPrefill {
  return {
    orgId: read<string>(UuidSchema, params.get("orgId")),
    type: read<MeetingType>(MeetingTypeSchema, params.get("type")),
    planItemId: read<string>(UuidSchema, params.get("planItemId")),
    heldOn: read<string>(isoDate("会议日期"), params.get("heldOn")),
  };
}

const time = (value: Dayjs | null | undefined) => (value ? value.format("HH:mm") : null);
const text = (value: string | null | undefined) => value?.trim() || null;

/** The record's fields for the API (create, update and amendments share them). */
export function toRecordInput(values: RecordFormValues, type: MeetingType): UpdateMeeting {
  return {
    topic: values.topic.trim(),
    heldOn: values.heldOn.format("YYYY-MM-DD"),
    startsAt: time(values.startsAt),
    endsAt: time(values.endsAt),
    place: text(values.place),
    hostName: text(values.hostName),
    recorderName: text(values.recorderName),
    lecturerName: type === "party_lecture" ? text(values.lecturerName) : null,
    agenda: text(values.agenda),
    minutes: text(values.minutes),
    tags: values.tags ?? [],
    resolutions: VOTES_COUNT(type) ? (values.resolutions ?? []).filter((r) => r.title?.trim()) : [],
  };
}
const VOTES_COUNT = (type: MeetingType) => type === "general_meeting" || type === "committee_meeting";

export function toCreateInput(values: NewMeetingFormValues, planItemId: string | undefined): CreateMeeting {
  return {
    orgId: values.orgId,
    type: values.type,
    ...(toRecordInput(values, values.type) as Required<Pick<UpdateMeeting, "topic" | "heldOn">> & UpdateMeeting),
    planItemId: planItemId ?? null,
    participantIds: values.type === "one_on_one_talk" ? values.participantIds ?? [] : undefined,
  };
}

/** A stored record back into the form. */
export function toFormValues(m: MeetingDetail): RecordFormValues {
  const at = (hhmm: string | null) => (hhmm ? dayjs(`${m.heldOn}T${hhmm}`) : null);
  return {
    topic: m.topic,
    heldOn: dayjs(m.heldOn),
    startsAt: at(m.startsAt),
    endsAt: at(m.endsAt),
    place: m.place,
    hostName: m.hostName,
    recorderName: m.recorderName,
    lecturerName: m.lecturerName,
    agenda: m.agenda,
    minutes: m.minutes,
    tags: m.tags,
    resolutions: m.resolutions.map(({ title, yes, no, abstain }) => ({ title, yes, no, abstain })),
  };
}

/** The record fields an amendment changes: only those that differ from the stored record (the server diffs again). */
export function changedRecordFields(m: MeetingDetail, values: RecordFormValues): UpdateMeeting {
  const next = toRecordInput(values, m.type);
  const current = toRecordInput(toFormValues(m), m.type) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(current[key]))) as UpdateMeeting;
}

/** The attendance entries that differ from the stored rows (what a save or an amendment sends). */
export function changedAttendance(stored: readonly AttendanceRow[], edited: readonly AttendanceRow[]): AttendanceInput[] {
  return edited
    .filter((row) => {
      const before = stored.find((s) => s.memberId === row.memberId);
      return (
        !before ||
        before.status !== row.status ||
        (before.reason ?? "") !== (row.reason ?? "") ||
        before.excludedFromQuorum !== row.excludedFromQuorum ||
        (before.exclusionReason ?? null) !== (row.exclusionReason ?? null)
      );
    })
    .map((row) => ({
      memberId: row.memberId,
      status: row.status,
      reason: row.status === "present" ? null : row.reason?.trim() || null,
      excludedFromQuorum: row.excludedFromQuorum,
      exclusionReason: row.excludedFromQuorum ? row.exclusionReason : null,
    }));
}
