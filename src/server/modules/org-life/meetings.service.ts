import type { FastifyRequest } from "fastify";
import type { FileSummary } from "../../../shared/contracts/common.contract";
import type {
  ArchiveMeeting,
  AttendanceRow,
  CreateMeeting,
  FindMeetingsQuery,
  MeetingDetail,
  MeetingDocuments,
  MeetingListItem,
  MeetingPage,
  Resolution,
  SaveAttendance,
  UpdateMeeting,
} from "../../../shared/contracts/meetings.contract";
import type { QuorumExclusionReason } from "../../../shared/development-steps";
import type { OrgKind } from "../../../shared/domain";
import type { AttendanceStatus, MeetingStatus, MeetingTag, MeetingType } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { findOwnerFiles, storeUpload, toFileSummary } from "../files/files.service";
import { createOrgNotFoundError } from "../organizations/organizations.errors";
import { getOrgRow } from "../organizations/organizations.repository";
import { requireOrgInScope, todayOf } from "../organizations/organizations.service";
import {
  type AttendanceRowFacts,
  applyAttendance,
  checkAttendanceEntries,
  checkAttendanceRows,
  checkQuorum,
  decideResolutions,
  isVoterOn,
  readAttendance,
} from "./meeting-attendance.rules";
import {
  type MeetingIssue,
  checkIsDraft,
  checkNamedParticipants,
  checkOrgHoldsType,
  checkRecordComplete,
  checkTimes,
  issue,
  participantSourceOf,
} from "./meeting-record.rules";
import {
  createAttendeeInvalidError,
  createMeetingNotFoundError,
  createMeetingReadForbidden,
  createMeetingRecordForbidden,
  createMeetingRuleError,
  createParticipantInvalidError,
  createPlanItemInvalidError,
} from "./meetings.errors";
import {
  type AttendanceView,
  type MeetingRow,
  type MeetingView,
  appendMeetingDocument,
  findAmendmentRows,
  findAttendanceRows,
  findCommitteeMembers,
  findMeetingRows,
  findNamedMembers,
  findSubtreeMembers,
  getMeetingView,
  getPlanItemRow,
  insertAttendanceRows,
  insertMeetingRow,
  updateAttendanceHeldOn,
  updateAttendanceRow,
  updateMeetingRow,
} from "./meetings.repository";

/** Meetings are an owner of uploaded documents and photos (files module). */
export const MEETING_FILE_OWNER = "meeting";

export const requireMeetingRead = (ctx: Ctx) => {
  if (!can(ctx.actor, "meeting.read")) throw createMeetingReadForbidden();
};

/** A meeting the caller reaches (404 otherwise), locked for a change when asked. */
export async function reachMeeting(db: Executor, ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}): Promise<MeetingView> {
  requireMeetingRead(ctx);
  const view = await getMeetingView(db, ctx.actor.scope, id, options);
  if (!view) throw createMeetingNotFoundError();
  return view;
}

/** Reached, then recorded only by those who record meetings (403), then only while a draft (MTG-09). */
async function reachDraft(tx: Executor, ctx: Ctx, id: string, action: string): Promise<MeetingView> {
  const view = await reachMeeting(tx, ctx, id, { forUpdate: true });
  if (!can(ctx.actor, "meeting.record")) throw createMeetingRecordForbidden();
  const locked = checkIsDraft(view.meeting, action);
  if (locked) throw createMeetingRuleError([locked]);
  return view;
}

export const refuseIfAny = (issues: readonly MeetingIssue[]) => {
  if (issues.length > 0) throw createMeetingRuleError(issues);
};

// ---------------------------------------------------------------------------------------------
// Views

export function toListItem(m: MeetingRow, orgName: string): MeetingListItem {
  return {
    id: m.id,
    orgId: m.orgId,
    orgName,
    type: m.type as MeetingType,
    topic: m.topic,
    heldOn: m.heldOn,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    place: m.place,
    hostName: m.hostName,
    tags: m.tags as MeetingTag[],
    status: m.status as MeetingStatus,
    expectedCount: m.expectedCount,
    presentCount: m.presentCount,
    excusedCount: m.excusedCount,
    absentCount: m.absentCount,
    quorumMet: m.quorumMet,
    signedOffAt: m.signedOffAt?.toISOString() ?? null,
    signedOffName: m.signedOffName,
    archivedAt: m.archivedAt?.toISOString() ?? null,
  };
}

/** The rules' view of the stored attendance. */
export const toRowFacts = (v: AttendanceView): AttendanceRowFacts & { id: string } => ({
  id: v.attendance.id,
  memberId: v.attendance.memberId,
  name: v.name,
  status: v.attendance.status as AttendanceStatus,
  reason: v.attendance.reason,
  isVoter: v.attendance.isVoter,
  excludedFromQuorum: v.attendance.excludedFromQuorum,
  exclusionReason: v.attendance.exclusionReason,
});

export const storedResolutions = (m: MeetingRow) => m.resolutions as Resolution[];

/** The row's counts and quorum from its attendance: kept on the meeting for compliance's index scans. */
export const countColumns = (summary: ReturnType<typeof readAttendance>["summary"]) => ({
  expectedCount: summary.expected,
  presentCount: summary.present,
  excusedCount: summary.excused,
  absentCount: summary.absent,
  quorumMet: summary.quorum.met,
});

/** What the audit log keeps of a meeting (names only: no personal numbers). */
export const meetingSnapshot = (m: MeetingRow) => ({
  orgId: m.orgId,
  type: m.type,
  topic: m.topic,
  heldOn: m.heldOn,
  startsAt: m.startsAt,
  endsAt: m.endsAt,
  place: m.place,
  hostName: m.hostName,
  recorderName: m.recorderName,
  lecturerName: m.lecturerName,
  agenda: m.agenda,
  minutes: m.minutes,
  tags: m.tags,
  resolutions: m.resolutions,
  expectedCount: m.expectedCount,
  presentCount: m.presentCount,
  excusedCount: m.excusedCount,
  absentCount: m.absentCount,
  quorumMet: m.quorumMet,
  status: m.status,
  signedOffName: m.signedOffName,
  planItemId: m.planItemId,
  archiveReason: m.archiveReason,
});

/** Everything that stops a draft's sign-off now (MTG-02…08), in the order the form shows them. */
export function signOffIssues(m: MeetingRow, rows: readonly AttendanceRowFacts[], today: string): MeetingIssue[] {
  const type = m.type as MeetingType;
  const { summary, issues: voteIssues } = readAttendance(type, rows, storedResolutions(m));
  const quorum = checkQuorum(summary);
  return [
    ...checkRecordComplete({ ...m, type }, today),
    ...checkAttendanceRows(type, rows, summary),
    ...(quorum ? [quorum] : []),
    ...voteIssues,
  ];
}

export async function findMeetings(ctx: Ctx, query: FindMeetingsQuery): Promise<MeetingPage> {
  requireMeetingRead(ctx);
  let subtree: { path?: string; orgId?: string } = {};
  if (query.orgId && ctx.actor.scope.kind === "self") subtree = { orgId: query.orgId };
  else if (query.orgId) {
    const org = await getOrgRow(ctx.db, ctx.actor.scope, query.orgId, { includeDissolved: true });
    if (!org) throw createOrgNotFoundError();
    subtree = { path: org.path };
  }
  const { items, total } = await findMeetingRows(ctx.db, ctx.actor.scope, query, subtree);
  return {
    items: items.map((r) => toListItem(r.meeting, r.orgName)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    abilities: { canCreate: can(ctx.actor, "meeting.record") },
  };
}

/** A member reads who came, not why others stayed away (a leave reason may be about health). */
function toAttendanceRow(v: AttendanceView, ctx: Ctx): AttendanceRow {
  const isOthersRow = ctx.actor.role === "member" && v.attendance.memberId !== ctx.actor.memberId;
  return {
    memberId: v.attendance.memberId,
    name: v.name,
    orgName: v.orgName,
    status: v.attendance.status as AttendanceStatus,
    reason: isOthersRow ? null : v.attendance.reason,
    isVoter: v.attendance.isVoter,
    excludedFromQuorum: v.attendance.excludedFromQuorum,
    exclusionReason: isOthersRow ? null : (v.attendance.exclusionReason as QuorumExclusionReason | null),
  };
}

/** The record with its attendance, amendments, documents, what stops its sign-off, and what the caller may do. */
export async function getMeeting(ctx: Ctx, id: string): Promise<MeetingDetail> {
  const view = await reachMeeting(ctx.db, ctx, id);
  const m = view.meeting;
  const [attendance, amendmentRows, files] = [
    await findAttendanceRows(ctx.db, id),
    await findAmendmentRows(ctx.db, id),
    await findOwnerFiles(ctx.db, MEETING_FILE_OWNER, id),
  ];
  const facts = attendance.map(toRowFacts);
  const type = m.type as MeetingType;
  const { summary } = readAttendance(type, facts, []);
  const isLiveDraft = m.status === "draft" && !m.archivedAt;
  const canEdit = isLiveDraft && can(ctx.actor, "meeting.record");
  return {
    ...toListItem(m, view.orgName),
    orgKind: view.orgKind,
    agenda: m.agenda,
    minutes: m.minutes,
    recorderName: m.recorderName,
    lecturerName: m.lecturerName,
    resolutions: storedResolutions(m),
    planItemId: m.planItemId,
    archiveReason: m.archiveReason,
    recordedByName: view.recordedByName,
    createdAt: m.createdAt.toISOString(),
    attendance: attendance.map((v) => toAttendanceRow(v, ctx)),
    summary,
    amendments: amendmentRows.map((a) => ({
      id: a.id,
      reason: a.reason,
      changes: a.changes as Record<string, { before: unknown; after: unknown }>,
      amendedByName: a.amendedByName,
      createdAt: a.createdAt.toISOString(),
    })),
    documents: files.map(toFileSummary),
    signOffIssues: isLiveDraft ? signOffIssues(m, facts, todayOf(ctx)).map(({ field, rule, message }) => ({ field, rule, message })) : [],
    abilities: {
      canEdit,
      canSignOff: isLiveDraft && can(ctx.actor, "meeting.sign_off"),
      canAmend: m.status === "signed_off" && !m.archivedAt && can(ctx.actor, "meeting.record"),
      canArchive: canEdit,
      canUpload: canEdit && can(ctx.actor, "file.upload"),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Create a draft

/** Seam 5: who should attend, derived from the organization and the type (MTG-02, MTG-11). */
async function expectedParticipants(tx: Executor, org: { id: string; path: string; kind: OrgKind }, input: CreateMeeting) {
  const source = participantSourceOf(org.kind, input.type);
  if (source === "members") return findSubtreeMembers(tx, org.path, input.heldOn);
  if (source === "officers") return findCommitteeMembers(tx, org.id, input.heldOn);
  const ids = [...new Set(input.participantIds ?? [])];
  const named = await findNamedMembers(tx, org.path, input.heldOn, ids);
  ids.forEach((memberId, i) => {
    if (!named.some((m) => m.id === memberId)) throw createParticipantInvalidError(`participantIds.${i}`);
  });
  const tooFew = checkNamedParticipants(input.type, ids.length);
  if (tooFew) throw createMeetingRuleError([tooFew]);
  return ids.map((memberId) => named.find((m) => m.id === memberId)!);
}

/** Seam 1: a plan item of the same organization and type, still to be held. */
async function checkPlanItem(tx: Executor, planItemId: string, org: { id: string }, type: MeetingType) {
  const item = await getPlanItemRow(tx, planItemId);
  if (!item || item.orgId !== org.id || item.type !== type || item.status !== "planned") throw createPlanItemInvalidError();
}

/**
 * A new draft record. The server derives the expected participants (seam 5) and stores each as an
 * attendance row, present by default; the officer then records who was excused or absent.
 */
export async function createMeeting(ctx: Ctx, input: CreateMeeting): Promise<MeetingDetail> {
  const id = await ctx.db.transaction((tx) => createMeetingIn(tx, ctx, input));
  return getMeeting(ctx, id);
}

export async function createMeetingIn(tx: Executor, ctx: Ctx, input: CreateMeeting): Promise<string> {
  requireMeetingRead(ctx);
  const org = await requireOrgInScope(tx, ctx.actor.scope, input.orgId);
  if (!can(ctx.actor, "meeting.record")) throw createMeetingRecordForbidden();
  const kind = org.kind as OrgKind;
  const wrongKind = checkOrgHoldsType(kind, input.type);
  if (wrongKind) throw createMeetingRuleError([wrongKind]);
  refuseIfAny(checkTimes({ startsAt: input.startsAt ?? null, endsAt: input.endsAt ?? null }));
  if (input.planItemId) await checkPlanItem(tx, input.planItemId, org, input.type);

  const people = await expectedParticipants(tx, { id: org.id, path: org.path, kind }, input);
  if (people.length === 0) {
    throw createMeetingRuleError([issue("type", "MTG-02", participantSourceOf(kind, input.type) === "officers" ? "该组织没有在任的委员，无法确定应到会人员" : "该组织没有在册党员，无法确定应到会人员")]);
  }
  const rows = people.map((p) => ({ memberId: p.id, orgId: p.orgId, isVoter: isVoterOn(p, input.heldOn), status: "present" as const, excludedFromQuorum: false }));
  const { summary, resolutions, issues } = readAttendance(input.type, rows, input.resolutions ?? []);
  refuseIfAny(issues);

  const meeting = await insertMeetingRow(tx, {
    orgId: org.id,
    type: input.type,
    topic: input.topic,
    heldOn: input.heldOn,
    startsAt: input.startsAt ?? null,
    endsAt: input.endsAt ?? null,
    place: input.place ?? null,
    hostName: input.hostName ?? null,
    recorderName: input.recorderName ?? null,
    lecturerName: input.lecturerName ?? null,
    agenda: input.agenda ?? null,
    minutes: input.minutes ?? null,
    tags: [...new Set(input.tags ?? [])],
    resolutions,
    ...countColumns(summary),
    status: "draft",
    planItemId: input.planItemId ?? null,
    recordedBy: userIdOf(ctx),
  });
  await insertAttendanceRows(
    tx,
    rows.map((r) => ({ meetingId: meeting.id, memberId: r.memberId, orgId: r.orgId, heldOn: input.heldOn, status: r.status, isVoter: r.isVoter })),
  );
  await recordAudit(tx, ctx, {
    action: "meeting.create",
    entityType: "meeting",
    entityId: meeting.id,
    orgId: org.id,
    after: { ...meetingSnapshot(meeting), expected: people.map((p) => p.name) },
  });
  return meeting.id;
}

// ---------------------------------------------------------------------------------------------
// Change a draft

export async function updateMeeting(ctx: Ctx, id: string, patch: UpdateMeeting): Promise<MeetingDetail> {
  await ctx.db.transaction((tx) => updateMeetingIn(tx, ctx, id, patch));
  return getMeeting(ctx, id);
}

export async function updateMeetingIn(tx: Executor, ctx: Ctx, id: string, patch: UpdateMeeting): Promise<void> {
  const { meeting: before } = await reachDraft(tx, ctx, id, "修改");
  const type = before.type as MeetingType;
  const { resolutions: resolutionInputs, tags, ...fields } = patch;
  const changes: Partial<MeetingRow> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(changes, { [key]: value });
  if (tags !== undefined) changes.tags = [...new Set(tags)];
  refuseIfAny(checkTimes({ startsAt: changes.startsAt ?? before.startsAt, endsAt: changes.endsAt ?? before.endsAt }));
  if (resolutionInputs !== undefined) {
    const rows = (await findAttendanceRows(tx, id)).map(toRowFacts);
    const { resolutions, issues } = readAttendance(type, rows, resolutionInputs);
    refuseIfAny(issues);
    changes.resolutions = resolutions;
  }
  const after = await updateMeetingRow(tx, id, changes);
  if (after.heldOn !== before.heldOn) await updateAttendanceHeldOn(tx, id, after.heldOn);
  await recordAudit(tx, ctx, { action: "meeting.update", entityType: "meeting", entityId: id, orgId: after.orgId, before: meetingSnapshot(before), after: meetingSnapshot(after) });
}

const attendanceSnapshot = (r: AttendanceRowFacts) => ({
  memberId: r.memberId,
  name: r.name,
  status: r.status,
  reason: r.reason,
  excludedFromQuorum: r.excludedFromQuorum,
  exclusionReason: r.exclusionReason,
});

/** The rows the entries change, before and after (the amendment and the audit keep these). */
export function changedAttendance<T extends AttendanceRowFacts>(before: readonly T[], after: readonly T[]) {
  const changed = after.map((row, i) => [before[i]!, row] as const).filter(([b, a]) => JSON.stringify(attendanceSnapshot(b)) !== JSON.stringify(attendanceSnapshot(a)));
  return { before: changed.map(([b]) => attendanceSnapshot(b)), after: changed.map(([, a]) => attendanceSnapshot(a)), rows: changed.map(([, a]) => a) };
}

/** Checks entries against the meeting's rows (each must be an expected participant), then the rules. */
export function resolveAttendanceEntries<T extends AttendanceRowFacts>(rows: readonly T[], entries: SaveAttendance["attendance"], field: string): T[] {
  entries.forEach((entry, i) => {
    if (!rows.some((r) => r.memberId === entry.memberId)) throw createAttendeeInvalidError(`${field}.${i}.memberId`);
  });
  refuseIfAny(checkAttendanceEntries(entries, field));
  return applyAttendance(rows, entries);
}

/** 出席 / 请假 (with reason) / 缺席 and exclusions from 应到会, for a draft; counts and quorum follow. */
export async function saveAttendance(ctx: Ctx, id: string, input: SaveAttendance): Promise<MeetingDetail> {
  await ctx.db.transaction((tx) => saveAttendanceIn(tx, ctx, id, input));
  return getMeeting(ctx, id);
}

export async function saveAttendanceIn(tx: Executor, ctx: Ctx, id: string, input: SaveAttendance): Promise<void> {
  const { meeting } = await reachDraft(tx, ctx, id, "登记出席情况");
  const rows = (await findAttendanceRows(tx, id)).map(toRowFacts);
  const after = resolveAttendanceEntries(rows, input.attendance, "attendance");
  const changed = changedAttendance(rows, after);
  for (const row of changed.rows) {
    await updateAttendanceRow(tx, row.id, { status: row.status, reason: row.reason, excludedFromQuorum: row.excludedFromQuorum, exclusionReason: row.exclusionReason });
  }
  // The votes are checked at sign-off; here only their outcome follows the new 应到会.
  const { summary, resolutions } = recount(meeting, after);
  await updateMeetingRow(tx, id, { ...countColumns(summary), resolutions });
  await recordAudit(tx, ctx, {
    action: "meeting.attendance",
    entityType: "meeting",
    entityId: id,
    orgId: meeting.orgId,
    before: { attendance: changed.before, presentCount: meeting.presentCount, quorumMet: meeting.quorumMet },
    after: { attendance: changed.after, presentCount: summary.present, quorumMet: summary.quorum.met },
  });
}

/** Counts, quorum and the stored motions' outcomes over `rows` (vote-count issues are left to sign-off). */
export function recount(m: MeetingRow, rows: readonly AttendanceRowFacts[]) {
  const type = m.type as MeetingType;
  const { summary } = readAttendance(type, rows, []);
  const { resolutions } = decideResolutions(type, summary, storedResolutions(m));
  return { summary, resolutions };
}

/** A draft withdrawn: kept with its reason (never a signed-off record, MTG-09). */
export async function archiveMeeting(ctx: Ctx, id: string, input: ArchiveMeeting): Promise<MeetingDetail> {
  await ctx.db.transaction(async (tx) => {
    const { meeting: before } = await reachDraft(tx, ctx, id, "作废");
    const after = await updateMeetingRow(tx, id, { archivedAt: ctx.clock(), archiveReason: input.reason });
    await recordAudit(tx, ctx, { action: "meeting.archive", entityType: "meeting", entityId: id, orgId: after.orgId, before: meetingSnapshot(before), after: meetingSnapshot(after) });
  });
  return getMeeting(ctx, id);
}

// ---------------------------------------------------------------------------------------------
// Photos and files

/** A photo or file of a draft (sign-in sheet, slides, photos), through the file store. */
export async function uploadMeetingDocument(ctx: Ctx, request: FastifyRequest, id: string): Promise<FileSummary> {
  const { meeting } = await ctx.db.transaction((tx) => reachDraft(tx, ctx, id, "上传材料"));
  const row = await storeUpload(ctx, request, { ownerType: MEETING_FILE_OWNER, ownerId: meeting.id, orgId: meeting.orgId });
  await appendMeetingDocument(ctx.db, meeting.id, { fileId: row.id, name: row.name });
  return toFileSummary({ ...row, uploadedByName: ctx.actor.displayName });
}

export async function listMeetingDocuments(ctx: Ctx, id: string): Promise<MeetingDocuments> {
  const { meeting } = await reachMeeting(ctx.db, ctx, id);
  const files = await findOwnerFiles(ctx.db, MEETING_FILE_OWNER, meeting.id);
  return { items: files.map(toFileSummary) };
}
