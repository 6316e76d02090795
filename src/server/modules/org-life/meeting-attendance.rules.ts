import type { AttendanceInput, AttendanceSummary, Resolution, ResolutionInput } from "../../../shared/contracts/meetings.contract";
import { type AttendanceFacts, resolutionPasses, summarizeAttendance } from "../../../shared/meeting-attendance";
import { MEETING_TYPE_LABELS, type MeetingType } from "../../../shared/org-life";
import { type MeetingIssue, issue } from "./meeting-record.rules";

/**
 * Attendance, quorum and votes of a meeting (rules.md §2.3, §1.5). The counting itself is shared with
 * the web (shared/meeting-attendance.ts `summarizeAttendance`); here are the checks that cite the rules.
 */

export interface AttendanceRowFacts extends AttendanceFacts {
  memberId: string;
  name: string;
  reason: string | null;
  exclusionReason: string | null;
}

/** A member of the roster as the expected-participant query finds them. */
export interface RosterFacts {
  status: string;
  fullMemberOn: string | null;
}

/**
 * §1.5: only full members vote, and only once full on the meeting's day; probationary members never
 * do. (Members under 留党察看 have no vote either; the roster does not record it yet.)
 */
export const isVoterOn = (member: RosterFacts, heldOn: string) =>
  member.status === "full" && (member.fullMemberOn === null || member.fullMemberOn <= heldOn);

/** MTG-03 (请假 needs a reason) and MTG-02 (an exclusion from 应到会 needs its reason), per entry. */
export function checkAttendanceEntries(entries: readonly AttendanceInput[], field = "attendance"): MeetingIssue[] {
  const issues: MeetingIssue[] = [];
  entries.forEach((entry, i) => {
    if (entry.status === "excused" && !entry.reason?.trim()) issues.push(issue(`${field}.${i}.reason`, "MTG-03", "请假须填写事由"));
    if (entry.excludedFromQuorum && !entry.exclusionReason) {
      issues.push(issue(`${field}.${i}.exclusionReason`, "MTG-02", "不计入应到会人数须选择原因"));
    }
  });
  return issues;
}

/** The rows after the entries are applied: status, reason and exclusion as given, the rest kept. */
export function applyAttendance<T extends AttendanceRowFacts>(rows: readonly T[], entries: readonly AttendanceInput[]): T[] {
  const byMember = new Map(entries.map((e) => [e.memberId, e]));
  return rows.map((row) => {
    const entry = byMember.get(row.memberId);
    if (!entry) return row;
    const excluded = entry.excludedFromQuorum ?? row.excludedFromQuorum;
    return {
      ...row,
      status: entry.status,
      reason: entry.status === "present" ? null : entry.reason?.trim() || null,
      excludedFromQuorum: excluded,
      exclusionReason: excluded ? (entry.exclusionReason ?? row.exclusionReason) : null,
    };
  });
}

/** The same checks over the stored rows, at sign-off (a row may have been saved before a rule applied). */
export function checkAttendanceRows(type: MeetingType, rows: readonly AttendanceRowFacts[], summary: AttendanceSummary): MeetingIssue[] {
  const issues: MeetingIssue[] = [];
  if (summary.expected === 0) issues.push(issue("attendance", "MTG-02", `${MEETING_TYPE_LABELS[type]}没有应到会人员，不能签发`));
  for (const row of rows) {
    if (row.status === "excused" && !row.reason?.trim()) issues.push(issue("attendance", "MTG-03", `${row.name}请假须填写事由`));
    if (row.excludedFromQuorum && !row.exclusionReason) issues.push(issue("attendance", "MTG-02", `${row.name}不计入应到会人数须选择原因`));
  }
  if (summary.expected > 0 && summary.present === 0) issues.push(issue("attendance", "MTG-08", "出席人数为 0，请登记出席情况"));
  return issues;
}

/** MTG-04 (general meeting, voting members) and MTG-05 (committee meeting, committee members). */
export function checkQuorum(summary: AttendanceSummary): MeetingIssue | null {
  const q = summary.quorum;
  if (!q.required || q.met) return null;
  if (q.basis === "voters") {
    return issue("attendance", "MTG-04", `应到会有表决权的党员 ${q.expected} 人，实到 ${q.present} 人，不足半数（至少 ${q.needed} 人），会议不能召开`);
  }
  return issue("attendance", "MTG-05", `应到会委员 ${q.expected} 人，实到 ${q.present} 人，不足半数（至少 ${q.needed} 人），会议不能召开`);
}

/**
 * MTG-06: votes only where they count (general and committee meetings); the votes cast no more than
 * the voters present; passed with yes votes more than half of 应到会 (not of those present). A motion
 * that fails is recorded as failed, not refused.
 */
export function decideResolutions(
  type: MeetingType,
  summary: AttendanceSummary,
  inputs: readonly ResolutionInput[],
): { resolutions: Resolution[]; issues: MeetingIssue[] } {
  const issues: MeetingIssue[] = [];
  if (inputs.length > 0 && !summary.quorum.required) {
    issues.push(issue("resolutions", "MTG-06", `${MEETING_TYPE_LABELS[type]}不进行表决，只有支部党员大会和委员会会议的表决事项记为决议`));
    return { resolutions: [], issues };
  }
  const voters = summary.quorum.present;
  const resolutions = inputs.map((r, i) => {
    const cast = r.yes + r.no + r.abstain;
    if (cast > voters) {
      const who = summary.quorum.basis === "voters" ? "到会有表决权的党员" : "到会委员";
      issues.push(issue(`resolutions.${i}`, "MTG-06", `“${r.title}”的表决票共 ${cast} 票，超过${who} ${voters} 人`));
    }
    return { title: r.title.trim(), yes: r.yes, no: r.no, abstain: r.abstain, passed: resolutionPasses(summary, r.yes) };
  });
  return { resolutions, issues };
}

/** Counts, quorum and the resolutions' outcomes for the rows: what the meeting row keeps. */
export function readAttendance(type: MeetingType, rows: readonly AttendanceFacts[], resolutions: readonly ResolutionInput[]) {
  const summary = summarizeAttendance(type, rows);
  const decided = decideResolutions(type, summary, resolutions);
  return { summary, ...decided };
}
