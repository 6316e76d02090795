import type { AttendanceSummary, QuorumReading } from "./contracts/meetings.contract";
import { moreThanHalf } from "./development-vote";
import type { MeetingType } from "./org-life";

/**
 * The attendance reading of a meeting (rules.md §2.3, §1.5), shared: the server stores and decides
 * with it (meeting-attendance.rules.ts cites the rules), the web's attendance grid shows the same live
 * reading as it is filled in. "More than half" (a motion passes: 过半数) is development-vote's.
 */

export interface AttendanceFacts {
  status: "present" | "excused" | "absent";
  isVoter: boolean;
  excludedFromQuorum: boolean;
}

/** The least count that is "at least half" of n (条例 §11, §12: 半数以上 includes the half). */
export const atLeastHalf = (n: number) => Math.ceil(n / 2);

/** Which quorum a type has: voting members for the general meeting, committee members for the committee's. */
export const quorumBasisOf = (type: MeetingType): QuorumReading["basis"] =>
  type === "general_meeting" ? "voters" : type === "committee_meeting" ? "committee" : "none";

/**
 * The counts kept on the meeting row and the quorum reading. Excluded people (§1.5) are not in 应到会
 * and in no count; the general meeting's quorum counts voting (full) members only.
 */
export function summarizeAttendance(type: MeetingType, rows: readonly AttendanceFacts[]): AttendanceSummary {
  const counted = rows.filter((r) => !r.excludedFromQuorum);
  const voters = counted.filter((r) => r.isVoter);
  const present = counted.filter((r) => r.status === "present").length;
  const presentVoters = voters.filter((r) => r.status === "present").length;
  const basis = quorumBasisOf(type);
  const [expected, presentOfBasis] = basis === "voters" ? [voters.length, presentVoters] : [counted.length, present];
  const needed = basis === "none" ? 0 : Math.max(1, atLeastHalf(expected));
  return {
    expected: counted.length,
    present,
    excused: counted.filter((r) => r.status === "excused").length,
    absent: counted.filter((r) => r.status === "absent").length,
    excluded: rows.length - counted.length,
    expectedVoters: voters.length,
    presentVoters,
    quorum: {
      required: basis !== "none",
      basis,
      expected: basis === "none" ? 0 : expected,
      present: basis === "none" ? 0 : presentOfBasis,
      needed,
      met: basis === "none" ? null : expected > 0 && presentOfBasis >= needed,
    },
  };
}

/**
 * A motion passes with yes votes more than half of 应到会: the voting members for a general meeting
 * (条例 §11), the committee members for a committee meeting (条例 §12) — not of those present.
 */
export const resolutionPasses = (summary: AttendanceSummary, yes: number) =>
  summary.quorum.expected > 0 && yes >= moreThanHalf(summary.quorum.expected);
