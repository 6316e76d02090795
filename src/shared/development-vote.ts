/**
 * DEV-15: the branch general meeting on admission or conversion (rules.md §1.3 step 15, §1.5).
 * Counted against the full members with voting rights who should attend (应到会有表决权的正式党员):
 * probationary members never vote; members left out with a reason (§1.5) are not counted; a full
 * member who is absent but handed in a written opinion before the meeting counts in the tally.
 * Shared: the server decides with it, the web's vote form shows the same reading as it is filled in.
 */
export interface VoteCount {
  present: number;
  inFavour: number;
  against: number;
  abstaining: number;
  writtenInFavour: number;
  writtenAgainst: number;
  writtenAbstaining: number;
}

export type VoteCheck =
  /** The counts cannot be true (more votes than voters…): refused. */
  | { kind: "invalid"; field: string; message: string }
  /** DEV-15a: not more than half present — the meeting cannot vote; refused. */
  | { kind: "no_quorum"; needed: number }
  /** A valid vote: passed or not (a vote that fails is recorded, not refused). */
  | { kind: "counted"; isPassed: boolean; votesFor: number; needed: number };

/** The smallest count that is "more than half" of n. */
export const moreThanHalf = (n: number) => Math.floor(n / 2) + 1;

export function countVote(entitled: number, v: VoteCount): VoteCheck {
  if (entitled <= 0) return { kind: "invalid", field: "vote.entitledVoters", message: "应到会有表决权的正式党员人数为 0，不能召开支部大会表决" };
  if (v.present > entitled) return { kind: "invalid", field: "vote.present", message: `实到人数（${v.present}）不能超过应到会有表决权的正式党员人数（${entitled}）` };
  if (v.inFavour + v.against + v.abstaining > v.present) {
    return { kind: "invalid", field: "vote.inFavour", message: `赞成、反对、弃权合计（${v.inFavour + v.against + v.abstaining}）不能超过实到人数（${v.present}）` };
  }
  const written = v.writtenInFavour + v.writtenAgainst + v.writtenAbstaining;
  if (written > entitled - v.present) {
    return { kind: "invalid", field: "vote.writtenInFavour", message: `书面意见（${written} 份）只能来自未到会的有表决权党员（${entitled - v.present} 人）` };
  }
  const needed = moreThanHalf(entitled);
  if (v.present < needed) return { kind: "no_quorum", needed };
  const votesFor = v.inFavour + v.writtenInFavour;
  return { kind: "counted", isPassed: votesFor >= needed, votesFor, needed };
}
