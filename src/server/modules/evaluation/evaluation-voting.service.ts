import type { BallotReceipt, CastBallot, PaperBallots, Recount } from "../../../shared/contracts/evaluation.contract";
import type { BallotSource, EvaluationPhase } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { recordAudit } from "../audit/audit.service";
import { isUniqueViolation } from "../members/members.repository";
import { type CampaignView, requireCampaign, requireManage, requireWorkPhase, seesWholeCampaign } from "./evaluation-access";
import { hasReached } from "./evaluation-phases.rules";
import { type EvaluationIssue, issue } from "./evaluation-rule-catalogue";
import { type Ballot, type BallotRoll, type Tally, checkBallot, checkBallotCapacity, sameTally, tallyBallots } from "./evaluation-tally.rules";
import { createEntryInvalidError, createEvaluationRuleError, createRecountForbidden } from "./evaluation.errors";
import {
  VOTER_UNIQUE_INDEX,
  type EntryView,
  countBallots,
  findEntryRows,
  findVotedMemberIds,
  findVoterSource,
  insertBallotRows,
  insertVoterRows,
  readBallotsForTally,
  reshuffleBallots,
  storeEntryVotes,
} from "./evaluation.repository";
import { requireOwnEntry } from "./evaluation-entries.service";
import type { StoredTally } from "./evaluation-view";

/**
 * The secret vote (民主测评, rules.md §3.1 [S77]). A ballot row holds its campaign, its source and its
 * choices — no voter, no user, no time; `evaluation_voters` holds that a member voted, and no ballot.
 * The two are written in one transaction and nothing ever joins them. No route returns a ballot; the
 * audit log records that a ballot was cast (campaign, actor, source), never the ballot or its choices.
 */

const rollOf = (entries: readonly EntryView[]): BallotRoll => ({
  graded: new Set(entries.filter((v) => v.entry.isGraded).map((v) => v.entry.memberId)),
  ungraded: new Set(entries.filter((v) => !v.entry.isGraded).map((v) => v.entry.memberId)),
  names: new Map(entries.map((v) => [v.entry.memberId, v.memberName])),
});

const doubleVote = (): EvaluationIssue => issue("ballot", "EVAL-05", "您已经投过测评票，每人只能投一次");

/** A member's own ballot, online, once, while the vote is open. */
export async function castBallot(ctx: Ctx, campaignId: string, input: CastBallot): Promise<BallotReceipt> {
  return ctx.db.transaction(async (tx) => {
    // The campaign row is locked: ballots are counted against participants one transaction at a time.
    const view = await requireCampaign(tx, ctx, campaignId, { forUpdate: true });
    const entry = await requireOwnEntry(tx, ctx, view);
    requireWorkPhase("ballot", view.campaign.phase, "ballot");
    if ((await findVoterSource(tx, campaignId, entry.memberId)) !== null) throw createEvaluationRuleError([doubleVote()]);
    const entries = await findEntryRows(tx, campaignId);
    const issues = checkBallot(input.choices, rollOf(entries));
    const { online, paper } = await countBallots(tx, campaignId);
    issues.push(...checkBallotCapacity(online + paper, 1, entries.length, "ballot"));
    if (issues.length > 0) throw createEvaluationRuleError(issues);
    try {
      await insertVoterRows(tx, campaignId, [entry.memberId], "online");
    } catch (error) {
      if (isUniqueViolation(error, VOTER_UNIQUE_INDEX)) throw createEvaluationRuleError([doubleVote()]);
      throw error;
    }
    await insertBallotRows(tx, campaignId, [{ source: "online", choices: input.choices }]);
    await recordAudit(tx, ctx, {
      action: "evaluation.ballot_cast",
      entityType: "evaluation_campaign",
      entityId: campaignId,
      orgId: view.campaign.orgId,
      after: { source: "online", ballots: 1 },
    });
    return { accepted: 1, source: "online" as BallotSource, ballots: online + paper + 1, participants: entries.length };
  });
}

/**
 * Paper ballots typed in by the branch's officers, in bulk (each a grade for every graded member).
 * `voterIds`, when given, are the members who handed them in (the roll), so they cannot also vote
 * online; they are at most as many as the ballots, and none may have voted already.
 */
export async function enterPaperBallots(ctx: Ctx, campaignId: string, input: PaperBallots): Promise<BallotReceipt> {
  return ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, campaignId, { forUpdate: true });
    requireManage(ctx, view);
    requireWorkPhase("ballot", view.campaign.phase, "ballots");
    const entries = await findEntryRows(tx, campaignId);
    const roll = rollOf(entries);
    const issues = input.ballots.flatMap((b, i) => checkBallot(b.choices, roll, `ballots.${i}.choices`));
    const { online, paper } = await countBallots(tx, campaignId);
    issues.push(...checkBallotCapacity(online + paper, input.ballots.length, entries.length));
    const voterIds = [...new Set(input.voterIds ?? [])];
    const participants = new Set(entries.map((v) => v.entry.memberId));
    voterIds.forEach((id, i) => {
      if (!participants.has(id)) throw createEntryInvalidError(`voterIds.${i}`);
    });
    if (voterIds.length > input.ballots.length) {
      issues.push(issue("voterIds", "EVAL-05", `交票党员 ${voterIds.length} 人，多于录入的测评票 ${input.ballots.length} 张`));
    }
    const already = await findVotedMemberIds(tx, campaignId, voterIds);
    if (already.length > 0) {
      issues.push(issue("voterIds", "EVAL-05", `${already.map((id) => roll.names.get(id)).join("、")}已经投过测评票，每人只能投一次`));
    }
    if (issues.length > 0) throw createEvaluationRuleError(issues);
    await insertVoterRows(tx, campaignId, voterIds, "paper");
    await insertBallotRows(tx, campaignId, input.ballots.map((b) => ({ source: "paper", choices: b.choices })));
    await recordAudit(tx, ctx, {
      action: "evaluation.paper_ballots",
      entityType: "evaluation_campaign",
      entityId: campaignId,
      orgId: view.campaign.orgId,
      after: { source: "paper", ballots: input.ballots.length, namedVoters: voterIds.length },
    });
    return { accepted: input.ballots.length, source: "paper" as BallotSource, ballots: online + paper + input.ballots.length, participants: entries.length };
  });
}

async function countAll(tx: Executor, view: CampaignView): Promise<Tally> {
  const entries = await findEntryRows(tx, view.campaign.id);
  const ballots = (await readBallotsForTally(tx, view.campaign.id)) as Ballot[];
  return tallyBallots(view.campaign.id, entries.filter((v) => v.entry.isGraded).map((v) => v.entry.memberId), ballots);
}

/**
 * voting → grading: the vote closes and is counted. The tally (counts, ballots, hash) is stored on the
 * campaign and each member's counts on their entry, and the count is audited with its hash.
 */
export async function closeVotingIn(tx: Executor, ctx: Ctx, view: CampaignView) {
  await reshuffleBallots(tx, view.campaign.id);
  const tally = await countAll(tx, view);
  const stored: StoredTally = { ballots: tally.ballots, online: tally.online, paper: tally.paper, counts: tally.counts, hash: tally.hash };
  await storeEntryVotes(tx, view.campaign.id, tally.counts);
  await recordAudit(tx, ctx, {
    action: "evaluation.tally",
    entityType: "evaluation_campaign",
    entityId: view.campaign.id,
    orgId: view.campaign.orgId,
    after: { ballots: tally.ballots, online: tally.online, paper: tally.paper, hash: tally.hash },
  });
  return { tally: stored, tallyHash: tally.hash, votingClosedAt: ctx.clock() };
}

/**
 * A re-count: the ballots counted again and compared with the stored tally and hash. Officers of the
 * branch and the committees above it, once the vote has closed; audited.
 */
export async function recountEvaluation(ctx: Ctx, campaignId: string): Promise<Recount> {
  return ctx.db.transaction(async (tx) => {
    const view = await requireCampaign(tx, ctx, campaignId);
    if (!seesWholeCampaign(ctx, view)) throw createRecountForbidden();
    if (!hasReached(view.campaign.phase as EvaluationPhase, "grading")) {
      throw createEvaluationRuleError([issue("tally", "EVAL-02", "民主测评结束并统计后方可复核测评结果")]);
    }
    const recounted = await countAll(tx, view);
    const stored = view.campaign.tally as StoredTally | null;
    const reproducible = stored !== null && view.campaign.tallyHash === recounted.hash && sameTally({ ...stored }, recounted);
    await recordAudit(tx, ctx, {
      action: "evaluation.recount",
      entityType: "evaluation_campaign",
      entityId: campaignId,
      orgId: view.campaign.orgId,
      after: { reproducible, hash: recounted.hash, ballots: recounted.ballots },
    });
    return { reproducible, storedHash: view.campaign.tallyHash, recountedHash: recounted.hash, ballots: recounted.ballots, recountedAt: ctx.clock().toISOString() };
  });
}
