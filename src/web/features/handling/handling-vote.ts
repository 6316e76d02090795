import { countVote } from "../../../shared/development-vote";

/**
 * A live reading of the general meeting's vote on 劝退 or 除名 as it is filled in (HANDLE-05: more than
 * half of 应到会 present; yes votes more than half of 应到会), by the function the server counts with.
 * Advice only: the server counts the entitled voters from the roster.
 */
export interface HandlingVoteInput {
  entitledVoters?: number | null;
  present?: number | null;
  inFavour?: number | null;
  against?: number | null;
  abstaining?: number | null;
}

export type HandlingVoteHint = { kind: "incomplete" } | { kind: "invalid" | "no_quorum"; message: string } | { kind: "counted"; isPassed: boolean; message: string };

const isCount = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;

export function describeHandlingVote(vote: HandlingVoteInput): HandlingVoteHint {
  const { entitledVoters: entitled, present } = vote;
  if (!isCount(entitled) || !isCount(present)) return { kind: "incomplete" };
  const n = (value: number | null | undefined) => (isCount(value) ? value : 0);
  const result = countVote(entitled, { present, inFavour: n(vote.inFavour), against: n(vote.against), abstaining: n(vote.abstaining), writtenInFavour: 0, writtenAgainst: 0, writtenAbstaining: 0 });
  switch (result.kind) {
    case "invalid":
      return { kind: "invalid", message: result.message };
    case "no_quorum":
      return { kind: "no_quorum", message: `实到 ${present} 人，未超过应到会 ${entitled} 人的半数（至少需 ${result.needed} 人），不能表决（HANDLE-05）` };
    case "counted": {
      const head = `实到 ${present}/${entitled} 人；赞成 ${result.votesFor} 票，`;
      return result.isPassed
        ? { kind: "counted", isPassed: true, message: `${head}超过应到会人数的半数（需 ${result.needed} 票），决定通过（HANDLE-05）` }
        : { kind: "counted", isPassed: false, message: `${head}未超过应到会人数的半数（需 ${result.needed} 票），决定不通过，将如实记录（HANDLE-05）` };
    }
  }
}
