import { countVote } from "../../../shared/development-vote";

/**
 * A live reading of a general meeting's vote as the form is filled in (DEV-15, rules.md §1.3 step 15,
 * §1.5), by the very function the server counts with (shared/development-vote.ts). Advice only: the
 * server counts the entitled voters from the roster and has the last word.
 */
export interface VoteInput {
  entitledVoters?: number | null;
  present?: number | null;
  inFavour?: number | null;
  against?: number | null;
  abstaining?: number | null;
  writtenInFavour?: number | null;
  writtenAgainst?: number | null;
  writtenAbstaining?: number | null;
}

export type VoteHint =
  /** Nothing to say until the entitled voters and the attendance are known. */
  | { kind: "incomplete" }
  | { kind: "invalid"; message: string }
  | { kind: "no_quorum"; message: string }
  | { kind: "counted"; isPassed: boolean; message: string };

const isCount = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;
const n = (value: number | null | undefined) => (isCount(value) ? value : 0);

export function describeVote(vote: VoteInput): VoteHint {
  const entitled = vote.entitledVoters;
  if (!isCount(entitled) || !isCount(vote.present)) return { kind: "incomplete" };
  const present = vote.present;
  const result = countVote(entitled, {
    present,
    inFavour: n(vote.inFavour),
    against: n(vote.against),
    abstaining: n(vote.abstaining),
    writtenInFavour: n(vote.writtenInFavour),
    writtenAgainst: n(vote.writtenAgainst),
    writtenAbstaining: n(vote.writtenAbstaining),
  });
  switch (result.kind) {
    case "invalid":
      return { kind: "invalid", message: result.message };
    case "no_quorum":
      return { kind: "no_quorum", message: `实到 ${present} 人，未超过应到会 ${entitled} 人的半数（至少需 ${result.needed} 人），会议不能表决（DEV-15a）` };
    case "counted": {
      const head = `实到 ${present}/${entitled} 人，超过半数；赞成 ${result.votesFor} 票（含书面），`;
      return result.isPassed
        ? { kind: "counted", isPassed: true, message: `${head}超过应到会人数的半数（需 ${result.needed} 票），决议通过（DEV-15b）` }
        : { kind: "counted", isPassed: false, message: `${head}未超过应到会人数的半数（需 ${result.needed} 票），决议不通过（DEV-15b）` };
    }
  }
}
