import type { EvaluationCampaignDetail, EvaluationEntry, EvaluationEntryDetail, GradeCounts, Tally } from "../../../shared/contracts/evaluation.contract";
import type { EvaluationGrade, EvaluationPhase } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import type { Ctx } from "../../http/context";
import { can } from "../access/access.policy";
import { type CampaignView, canManage, seesWholeCampaign } from "./evaluation-access";
import { countGrade, excellentCap, type GradedEntryFacts } from "./evaluation-grades.rules";
import { type CampaignFacts, advanceBlockers, hasReached, nextPhaseOf } from "./evaluation-phases.rules";
import type { GradeCounts as RuleGradeCounts } from "./evaluation-tally.rules";
import { type EntryView, countBallots, findEntryRows, findHandlingCaseIds, findVoterSource, getMeetingSummary } from "./evaluation.repository";

/** How a stored tally looks (campaign.tally). */
export interface StoredTally {
  ballots: number;
  online: number;
  paper: number;
  counts: Record<string, RuleGradeCounts>;
  hash: string;
}

export const gradeOf = (value: string | null) => value as EvaluationGrade | null;

export const toGradedFacts = (v: EntryView): GradedEntryFacts & { feedback: string | null } => ({
  entryId: v.entry.id,
  memberName: v.memberName,
  isGraded: v.entry.isGraded,
  proposedGrade: gradeOf(v.entry.proposedGrade),
  finalGrade: gradeOf(v.entry.finalGrade),
  gradeReason: v.entry.gradeReason,
  feedback: v.entry.feedback,
});

export function campaignFacts(view: CampaignView, entries: readonly EntryView[], ballots: number): CampaignFacts {
  return {
    phase: view.campaign.phase as EvaluationPhase,
    studyNotes: view.campaign.studyNotes,
    reportNotes: view.campaign.reportNotes,
    ballots,
    entries: entries.map(toGradedFacts),
  };
}

export function finalGradeCounts(entries: readonly EntryView[]): GradeCounts {
  const facts = entries.map(toGradedFacts);
  return {
    excellent: countGrade(facts, "finalGrade", "excellent"),
    qualified: countGrade(facts, "finalGrade", "qualified"),
    basically_qualified: countGrade(facts, "finalGrade", "basically_qualified"),
    unqualified: countGrade(facts, "finalGrade", "unqualified"),
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

interface EntryLens {
  /** Officers and the committee: everything. */
  whole: boolean;
  published: boolean;
  myMemberId: string | null;
  handlingCaseIds: Map<string, string>;
}

/** One entry as this caller may see it: a member sees names, their own entry, and published grades. */
export function toEntry(v: EntryView, lens: EntryLens): EvaluationEntry {
  const e = v.entry;
  const isMine = e.memberId === lens.myMemberId;
  const own = lens.whole || isMine;
  return {
    id: e.id,
    memberId: e.memberId,
    memberName: v.memberName,
    orgName: v.orgName,
    isGraded: e.isGraded,
    isMine,
    selfGrade: own ? gradeOf(e.selfGrade) : null,
    submittedAt: own ? iso(e.analysisSubmittedAt) : null,
    hasPeerComments: lens.whole && Boolean(e.peerComments?.trim()),
    votes: lens.whole ? ((e.votes as GradeCounts | null) ?? null) : null,
    proposedGrade: lens.whole ? gradeOf(e.proposedGrade) : null,
    gradeReason: lens.whole ? e.gradeReason : null,
    finalGrade: lens.whole || lens.published ? gradeOf(e.finalGrade) : null,
    feedback: lens.whole || (isMine && lens.published) ? e.feedback : null,
    feedbackOn: lens.whole || (isMine && lens.published) ? e.feedbackOn : null,
    handlingCaseId: lens.whole ? (lens.handlingCaseIds.get(e.id) ?? null) : null,
  };
}

export function toEntryDetail(v: EntryView, lens: EntryLens): EvaluationEntryDetail {
  const own = lens.whole || v.entry.memberId === lens.myMemberId;
  return {
    ...toEntry(v, lens),
    selfEvaluation: own ? v.entry.selfEvaluation : null,
    partySpiritAnalysis: own ? v.entry.partySpiritAnalysis : null,
    peerComments: lens.whole ? v.entry.peerComments : null,
  };
}

export async function lensOf(db: Executor, ctx: Ctx, view: CampaignView, entryIds: readonly string[]): Promise<EntryLens> {
  const whole = seesWholeCampaign(ctx, view);
  return {
    whole,
    published: hasReached(view.campaign.phase as EvaluationPhase, "published"),
    myMemberId: ctx.actor.memberId,
    handlingCaseIds: whole ? await findHandlingCaseIds(db, entryIds) : new Map(),
  };
}

function toTally(view: CampaignView, entries: readonly EntryView[]): Tally | null {
  const stored = view.campaign.tally as StoredTally | null;
  if (!stored) return null;
  const names = new Map(entries.map((v) => [v.entry.memberId, v.memberName]));
  return {
    ballots: stored.ballots,
    online: stored.online,
    paper: stored.paper,
    hash: stored.hash,
    closedAt: iso(view.campaign.votingClosedAt),
    counts: entries.filter((v) => stored.counts[v.entry.memberId]).map((v) => ({ memberId: v.entry.memberId, memberName: names.get(v.entry.memberId)!, votes: stored.counts[v.entry.memberId]! })),
  };
}

/** The campaign page: phase, entries, counts, the tally after the vote, what blocks the next phase, and abilities. */
export async function buildCampaignDetail(db: Executor, ctx: Ctx, view: CampaignView): Promise<EvaluationCampaignDetail> {
  const c = view.campaign;
  const phase = c.phase as EvaluationPhase;
  const entries = await findEntryRows(db, c.id);
  const lens = await lensOf(db, ctx, view, entries.map((v) => v.entry.id));
  const { online, paper } = await countBallots(db, c.id);
  const ballots = online + paper;
  const myEntry = entries.find((v) => v.entry.memberId === ctx.actor.memberId);
  const hasVoted = myEntry ? (await findVoterSource(db, c.id, myEntry.entry.memberId)) !== null : false;
  const meeting = c.meetingId ? ((await getMeetingSummary(db, c.meetingId)) ?? null) : null;
  const facts = campaignFacts(view, entries, ballots);
  const manage = canManage(ctx, view) && phase !== "reported";
  const blockers = manage ? (advanceBlockers(facts) ?? []) : [];
  const graded = facts.entries.filter((e) => e.isGraded);
  return {
    id: c.id,
    orgId: c.orgId,
    orgName: view.orgName,
    year: c.year,
    title: c.title,
    phase,
    studyNotes: lens.whole ? c.studyNotes : null,
    meeting,
    votingOpenedAt: iso(c.votingOpenedAt),
    votingClosedAt: iso(c.votingClosedAt),
    publishedOn: c.publishedOn,
    reportedOn: c.reportedOn,
    reportNotes: lens.whole ? c.reportNotes : null,
    createdAt: c.createdAt.toISOString(),
    counts: {
      participants: entries.length,
      graded: graded.length,
      submitted: entries.filter((v) => v.entry.analysisSubmittedAt !== null).length,
      peerCommented: entries.filter((v) => v.entry.peerComments?.trim()).length,
      ballots,
      onlineBallots: online,
      paperBallots: paper,
      excellentCap: excellentCap(graded.length),
      proposedExcellent: countGrade(graded, "proposedGrade", "excellent"),
      finalExcellent: countGrade(graded, "finalGrade", "excellent"),
      finalGraded: graded.filter((e) => e.finalGrade !== null).length,
      feedbackGiven: entries.filter((v) => v.entry.feedback?.trim()).length,
    },
    results: lens.published ? finalGradeCounts(entries) : null,
    tally: lens.whole ? toTally(view, entries) : null,
    entries: entries.map((v) => toEntry(v, lens)),
    myEntryId: myEntry?.entry.id ?? null,
    hasVoted,
    nextPhase: nextPhaseOf(phase),
    advanceBlockers: blockers.map(({ field, rule, message }) => ({ field, rule, message })),
    abilities: {
      canManage: manage,
      canAdvance: manage && nextPhaseOf(phase) !== null && blockers.length === 0,
      canEditMyEntry: myEntry !== undefined && phase === "self_evaluation" && can(ctx.actor, "evaluation.participate"),
      canVote: myEntry !== undefined && phase === "voting" && !hasVoted && ballots < entries.length && can(ctx.actor, "evaluation.participate"),
      canRecount: lens.whole && hasReached(phase, "grading"),
    },
  };
}
