import type { AmendMeeting, AmendableField, MeetingDetail } from "../../../shared/contracts/meetings.contract";
import type { MeetingType } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { todayOf } from "../organizations/organizations.service";
import { checkAttendanceRows, checkQuorum, readAttendance } from "./meeting-attendance.rules";
import { checkAmendment, checkHasChanges, checkIsDraft, checkRecordComplete, describeChangedFields, diffFields } from "./meeting-record.rules";
import { createMeetingRecordForbidden, createMeetingRuleError, createMeetingSignOffForbidden } from "./meetings.errors";
import { type MeetingRow, findAttendanceRows, insertAmendmentRow, markPlanItemHeld, updateAttendanceHeldOn, updateAttendanceRow, updateMeetingRow } from "./meetings.repository";
import {
  changedAttendance,
  countColumns,
  getMeeting,
  meetingSnapshot,
  reachMeeting,
  refuseIfAny,
  resolveAttendanceEntries,
  signOffIssues,
  storedResolutions,
  toRowFacts,
} from "./meetings.service";

/**
 * 签发: the secretary signs the record off and it is locked (MTG-09); later corrections are
 * amendments. Refused (422, the rule and its article) unless it is complete (MTG-07, MTG-08), the
 * attendance is recorded (MTG-02, MTG-03) and the quorum met where the type has one (MTG-04, MTG-05).
 * In the same transaction the plan item it fulfils becomes held (seam 1).
 */
export async function signOffMeeting(ctx: Ctx, id: string): Promise<MeetingDetail> {
  await ctx.db.transaction((tx) => signOffMeetingIn(tx, ctx, id));
  return getMeeting(ctx, id);
}

export async function signOffMeetingIn(tx: Executor, ctx: Ctx, id: string): Promise<void> {
  const { meeting: before } = await reachMeeting(tx, ctx, id, { forUpdate: true });
  if (!can(ctx.actor, "meeting.sign_off")) throw createMeetingSignOffForbidden();
  const locked = checkIsDraft(before, "签发");
  if (locked) throw createMeetingRuleError([locked]);
  const rows = (await findAttendanceRows(tx, id)).map(toRowFacts);
  refuseIfAny(signOffIssues(before, rows, todayOf(ctx)));

  const { summary } = readAttendance(before.type as MeetingType, rows, []);
  const after = await updateMeetingRow(tx, id, {
    ...countColumns(summary),
    status: "signed_off",
    signedOffAt: ctx.clock(),
    signedOffBy: userIdOf(ctx),
    signedOffName: ctx.actor.displayName,
  });
  const planItemHeld = after.planItemId ? await markPlanItemHeld(tx, after.planItemId, id) : false;
  await recordAudit(tx, ctx, {
    action: "meeting.sign_off",
    entityType: "meeting",
    entityId: id,
    orgId: after.orgId,
    before: meetingSnapshot(before),
    after: { ...meetingSnapshot(after), ...(planItemHeld ? { planItemHeld: after.planItemId } : {}) },
  });
}

/**
 * 更正: a correction of a signed-off record (MTG-10), with its reason. Only the amendable fields; each
 * change is kept as { field: { before, after } } in an append-only amendment, and audited. Counts,
 * quorum and the motions' outcomes are recomputed; the corrected record must still hold every rule a
 * sign-off checks (a correction cannot leave a general meeting without its quorum).
 */
export async function amendMeeting(ctx: Ctx, id: string, input: AmendMeeting): Promise<MeetingDetail> {
  await ctx.db.transaction((tx) => amendMeetingIn(tx, ctx, id, input));
  return getMeeting(ctx, id);
}

export async function amendMeetingIn(tx: Executor, ctx: Ctx, id: string, input: AmendMeeting): Promise<string> {
  const { meeting: before } = await reachMeeting(tx, ctx, id, { forUpdate: true });
  if (!can(ctx.actor, "meeting.record")) throw createMeetingRecordForbidden();
  const { attendance: entries, ...fieldChanges } = input.changes;
  refuseIfAny(checkAmendment(before, input.reason, input.changes));
  const type = before.type as MeetingType;

  const rows = (await findAttendanceRows(tx, id)).map(toRowFacts);
  const afterRows = entries ? resolveAttendanceEntries(rows, entries, "changes.attendance") : rows;
  const attendanceDiff = changedAttendance(rows, afterRows);
  const { summary, resolutions, issues: voteIssues } = readAttendance(type, afterRows, fieldChanges.resolutions ?? storedResolutions(before));

  const proposed: Partial<Record<AmendableField, unknown>> = { ...fieldChanges, resolutions };
  if (fieldChanges.tags) proposed.tags = [...new Set(fieldChanges.tags)];
  const diff = diffFields(before, proposed);
  if (attendanceDiff.rows.length > 0) diff.attendance = { before: attendanceDiff.before, after: attendanceDiff.after };
  const none = checkHasChanges(diff);
  if (none) throw createMeetingRuleError([none]);

  const record = { ...before, ...Object.fromEntries(Object.entries(diff).map(([field, change]) => [field, change.after])) };
  const quorum = checkQuorum(summary);
  refuseIfAny([
    ...checkRecordComplete({ ...record, type }, todayOf(ctx)),
    ...checkAttendanceRows(type, afterRows, summary),
    ...(quorum ? [quorum] : []),
    ...voteIssues,
  ]);

  for (const row of attendanceDiff.rows) {
    await updateAttendanceRow(tx, row.id, { status: row.status, reason: row.reason, excludedFromQuorum: row.excludedFromQuorum, exclusionReason: row.exclusionReason });
  }
  const { attendance: _attendance, ...recordChanges } = Object.fromEntries(Object.entries(diff).map(([field, change]) => [field, change.after]));
  const after = await updateMeetingRow(tx, id, { ...(recordChanges as Partial<MeetingRow>), ...countColumns(summary) });
  if (after.heldOn !== before.heldOn) await updateAttendanceHeldOn(tx, id, after.heldOn);
  const amendment = await insertAmendmentRow(tx, {
    meetingId: id,
    reason: input.reason!.trim(),
    changes: diff,
    amendedBy: userIdOf(ctx),
    amendedByName: ctx.actor.displayName,
  });
  await recordAudit(tx, ctx, {
    action: "meeting.amend",
    entityType: "meeting",
    entityId: id,
    orgId: after.orgId,
    before: meetingSnapshot(before),
    after: { ...meetingSnapshot(after), amendment: { id: amendment.id, reason: amendment.reason, fields: describeChangedFields(diff), changes: diff } },
  });
  return amendment.id;
}
