import type {
  CastProjectVote,
  CriterionScore,
  EvaluateProject,
  EvaluationResult,
  PaperVotes,
  ProjectEvaluation,
  ProjectVoteReceipt,
  VotingAction,
  YearEndReport,
} from "../../../shared/contracts/secretary-project-evaluation.contract";
import { chinaToday } from "../../../shared/dates";
import { ERROR_CODES } from "../../../shared/error-codes";
import { PROJECT_ACTION_LABELS, type ProjectGrade, type ProjectStatus, type ProjectVoteCounts } from "../../../shared/secretary-projects";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { createFieldError, createForbiddenError } from "../../http/errors";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { isUniqueViolation } from "../members/members.repository";
import { type ProjectView, requireProject, requireTransition, requireWork } from "./secretary-project-access";
import {
  VOTER_UNIQUE_INDEX,
  countBallots,
  countEligibleVoters,
  findRubricOrg,
  findUserName,
  findVoterMember,
  hasVoted,
  insertBallotRow,
  insertVoterRow,
  readBallotChoices,
  reshuffleBallots,
  updateProjectRow,
} from "./secretary-project-evaluation.repository";
import { type RubricInForce, rubricInForce, rubricOrgIdOf } from "./secretary-project-rubric.service";
import {
  addVoteCounts,
  checkPublishable,
  checkReportOpen,
  checkScores,
  checkVotingAction,
  checkVotingOpen,
  checkVotingSettled,
  countVotes,
  emptyVoteCounts,
  reportOpensOn,
  scoreProject,
  showsScore,
  totalVotes,
  votingPhaseOf,
} from "./secretary-project-scoring.rules";
import { checkTransition, checkWork } from "./secretary-project-status.rules";
import { throwIfIssues } from "./secretary-projects.errors";

/**
 * The year end (PROJ-11…14): the secretary's report (述职), the members' secret vote, the committee's
 * evaluation by its rubric, and publication. The scores are the committee's (and those above it) until
 * published: the secretary's side and members see them only then (PROJ-14, showsScore).
 */

/** The evaluation as written on the project (secretary_projects.evaluation): everything needed to show it again. */
interface StoredEvaluation {
  rubric: Omit<RubricInForce, "isLocked">;
  scores: CriterionScore[];
  comment: string;
  rubricScore: number;
  votes: { online: ProjectVoteCounts; paper: ProjectVoteCounts; total: number };
  voteScore: number | null;
  voteWeightApplied: number;
  finalScore: number;
  grade: ProjectGrade;
  evaluatedByName: string | null;
}

type Sided = ProjectView & { sides: ("secretary" | "committee")[] };

const todayOf = (ctx: Ctx) => chinaToday(ctx.clock());
const statusOf = (view: Sided) => view.project.status as ProjectStatus;
const storedOf = (view: Sided) => view.project.evaluation as StoredEvaluation | null;

async function rubricOf(db: Executor, ctx: Ctx, view: Sided): Promise<RubricInForce> {
  const stored = storedOf(view);
  if (stored) return { ...stored.rubric, isLocked: true };
  const orgId = rubricOrgIdOf(view.project);
  const org = await findRubricOrg(db, orgId);
  return rubricInForce(db, ctx, { id: orgId, name: org?.name ?? "" }, view.project.year);
}

const notVoter = (message: string) => createFieldError(ERROR_CODES.projectNotVoter, 403, "choice", `${message}（PROJ-13）`, "PROJ-13");

/**
 * PROJ-13: who may vote on a project — an active member of the project's organization or an
 * organization below it (a party group), other than the secretary whose project it is. Answers the
 * refusal, or null for an eligible voter.
 */
async function voterRefusal(db: Executor, ctx: Ctx, view: Sided) {
  const memberId = ctx.actor.memberId;
  if (!memberId || !can(ctx.actor, "project.vote")) return notVoter("您的账号未关联党员档案，不能参加测评");
  if (memberId === view.project.secretaryMemberId) return notVoter("书记本人不参加对本人项目的测评");
  const member = await findVoterMember(db, memberId);
  if (!member || member.standing !== "active" || !member.orgPath.startsWith(view.orgPath)) {
    return notVoter(`只有${view.orgName}（含所属党小组）的在册党员可以参加测评`);
  }
  return null;
}

async function evaluationOf(db: Executor, ctx: Ctx, view: Sided): Promise<ProjectEvaluation> {
  const p = view.project;
  const status = statusOf(view);
  const isCommittee = view.sides.includes("committee");
  const seesResult = showsScore({ role: ctx.actor.role, orgId: ctx.actor.org.id }, p);
  const phase = votingPhaseOf(p);
  const stored = storedOf(view);
  const memberId = ctx.actor.memberId;
  const [rubric, voted, ballots, eligibleVoters] = await Promise.all([
    rubricOf(db, ctx, view),
    memberId ? hasVoted(db, p.id, memberId) : Promise.resolve(false),
    isCommittee ? countBallots(db, p.id) : Promise.resolve(null),
    isCommittee ? countEligibleVoters(db, view.orgPath, p.secretaryMemberId) : Promise.resolve(null),
  ]);
  const canVote = phase === "open" && !voted && (await voterRefusal(db, ctx, view)) === null;
  const result: EvaluationResult | null =
    seesResult && stored && p.evaluatedAt
      ? {
          scores: stored.scores,
          comment: stored.comment,
          rubricScore: stored.rubricScore,
          votes: stored.votes,
          voteScore: stored.voteScore,
          voteWeightApplied: stored.voteWeightApplied,
          finalScore: stored.finalScore,
          grade: stored.grade,
          evaluatedAt: p.evaluatedAt.toISOString(),
          evaluatedByName: stored.evaluatedByName,
          publishedOn: p.publishedOn,
        }
      : null;
  const today = todayOf(ctx);
  const reportOpen = checkReportOpen(p.year, ctx.config.secretaryProjects.reportOpensMonth, today).length === 0;
  return {
    projectId: p.id,
    year: p.year,
    status,
    yearEndReport: p.yearEndReport,
    reportedAt: p.reportedAt?.toISOString() ?? null,
    reportOpensOn: reportOpensOn(p.year, ctx.config.secretaryProjects.reportOpensMonth),
    rubric,
    voting: {
      state: phase,
      openedAt: p.votingOpenedAt?.toISOString() ?? null,
      closedAt: p.votingClosedAt?.toISOString() ?? null,
      ballots,
      eligibleVoters,
      canVote,
      hasVoted: voted,
    },
    paperVotes: seesResult ? ((p.paperVotes as ProjectVoteCounts | null) ?? null) : null,
    result,
    sides: view.sides,
    abilities: {
      canReport: reportOpen && checkTransition("report", status, view.sides, PROJECT_ACTION_LABELS.report).length === 0,
      canManageVoting: checkWork("manageVoting", status, view.sides).length === 0,
      canEvaluate: phase !== "open" && checkTransition("evaluate", status, view.sides, PROJECT_ACTION_LABELS.evaluate).length === 0,
      canPublish: checkTransition("publish", status, view.sides, PROJECT_ACTION_LABELS.publish).length === 0,
    },
  };
}

/** GET /api/secretary-projects/:id/evaluation. */
export async function getProjectEvaluation(ctx: Ctx, id: string): Promise<ProjectEvaluation> {
  const view = await requireProject(ctx.db, ctx, id);
  return evaluationOf(ctx.db, ctx, view);
}

/** POST /api/secretary-projects/:id/year-end-report: the secretary's 述职 (transition `report`, PROJ-11). */
export async function submitYearEndReport(ctx: Ctx, id: string, input: YearEndReport): Promise<ProjectEvaluation> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    requireTransition(view, "report", PROJECT_ACTION_LABELS.report);
    throwIfIssues(checkReportOpen(view.project.year, ctx.config.secretaryProjects.reportOpensMonth, todayOf(ctx)));
    await updateProjectRow(tx, id, { status: "reported", yearEndReport: input.report, reportedAt: ctx.clock() });
    await recordAudit(tx, ctx, {
      action: "project.report",
      entityType: "secretary_project",
      entityId: id,
      orgId: view.project.orgId,
      before: { status: view.project.status },
      after: { status: "reported", yearEndReport: input.report },
    });
  });
  return getProjectEvaluation(ctx, id);
}

/** POST /api/secretary-projects/:id/voting: the committee opens or closes the online vote (PROJ-13). */
export async function setProjectVoting(ctx: Ctx, id: string, input: VotingAction): Promise<ProjectEvaluation> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    requireWork(view, "manageVoting");
    throwIfIssues(checkVotingAction(input.action, votingPhaseOf(view.project)));
    const audit = { entityType: "secretary_project", entityId: id, orgId: view.project.orgId };
    if (input.action === "open") {
      await updateProjectRow(tx, id, { votingOpenedAt: ctx.clock() });
      const eligibleVoters = await countEligibleVoters(tx, view.orgPath, view.project.secretaryMemberId);
      await recordAudit(tx, ctx, { ...audit, action: "project.voting_open", after: { eligibleVoters } });
    } else {
      await reshuffleBallots(tx, id);
      await updateProjectRow(tx, id, { votingClosedAt: ctx.clock() });
      await recordAudit(tx, ctx, { ...audit, action: "project.voting_close", after: { ballots: await countBallots(tx, id) } });
    }
  });
  return getProjectEvaluation(ctx, id);
}

const alreadyVoted = () => createFieldError(ERROR_CODES.projectAlreadyVoted, 409, "choice", "您已经投过票，每人只能投一次（PROJ-13）", "PROJ-13");

/**
 * POST /api/secretary-projects/:id/votes: one secret vote (PROJ-13). A voter row (who) and a ballot
 * row (the choice, no voter, no time) in one transaction; the answer and the audit say only that a
 * vote was taken.
 */
export async function castProjectVote(ctx: Ctx, id: string, input: CastProjectVote): Promise<ProjectVoteReceipt> {
  if (!can(ctx.actor, "project.vote")) throw createForbiddenError("当前角色不能参加测评");
  return ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    const refusal = await voterRefusal(tx, ctx, view);
    if (refusal) throw refusal;
    throwIfIssues(checkVotingOpen(votingPhaseOf(view.project)));
    const memberId = ctx.actor.memberId!;
    if (await hasVoted(tx, id, memberId)) throw alreadyVoted();
    try {
      await insertVoterRow(tx, id, memberId);
    } catch (error) {
      if (isUniqueViolation(error, VOTER_UNIQUE_INDEX)) throw alreadyVoted();
      throw error;
    }
    await insertBallotRow(tx, id, input.choice);
    await recordAudit(tx, ctx, { action: "project.vote", entityType: "secretary_project", entityId: id, orgId: view.project.orgId, after: { ballots: 1 } });
    return { accepted: true as const };
  });
}

/** PUT /api/secretary-projects/:id/paper-votes: the committee enters the counts of a meeting's paper forms. */
export async function setPaperVotes(ctx: Ctx, id: string, input: PaperVotes): Promise<ProjectEvaluation> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    requireWork(view, "manageVoting");
    const counts: ProjectVoteCounts = { good: input.good, fairly_good: input.fairly_good, average: input.average, poor: input.poor };
    await updateProjectRow(tx, id, { paperVotes: counts });
    await recordAudit(tx, ctx, {
      action: "project.paper_votes",
      entityType: "secretary_project",
      entityId: id,
      orgId: view.project.orgId,
      before: { paperVotes: view.project.paperVotes ?? null },
      after: { paperVotes: counts },
    });
  });
  return getProjectEvaluation(ctx, id);
}

/**
 * POST /api/secretary-projects/:id/evaluation: the committee scores each criterion of the rubric
 * (PROJ-12); the votes (online and paper) weigh in by the rubric's vote weight when there are any;
 * the final score's grade comes from the configured thresholds. May be done again before publication.
 */
export async function evaluateProject(ctx: Ctx, id: string, input: EvaluateProject): Promise<ProjectEvaluation> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    requireTransition(view, "evaluate", PROJECT_ACTION_LABELS.evaluate);
    throwIfIssues(checkVotingSettled(votingPhaseOf(view.project)));
    const rubric = await rubricOf(tx, ctx, view);
    throwIfIssues(checkScores(rubric.criteria, input.scores));
    const online = countVotes(await readBallotChoices(tx, id));
    const paper = (view.project.paperVotes as ProjectVoteCounts | null) ?? emptyVoteCounts();
    const votes = addVoteCounts(online, paper);
    const scored = scoreProject({
      criteria: rubric.criteria,
      scores: input.scores,
      votes,
      voteWeight: rubric.voteWeight,
      thresholds: ctx.config.secretaryProjects.gradeThresholds,
    });
    const byKey = new Map(input.scores.map((s) => [s.key, s]));
    const { isLocked: _locked, ...rubricUsed } = rubric;
    const stored: StoredEvaluation = {
      rubric: rubricUsed,
      scores: rubric.criteria.map((c) => ({ ...c, score: byKey.get(c.key)!.score, comment: byKey.get(c.key)!.comment })),
      comment: input.comment,
      rubricScore: scored.rubricScore,
      votes: { online, paper, total: totalVotes(votes) },
      voteScore: scored.voteScore,
      voteWeightApplied: scored.voteWeightApplied,
      finalScore: scored.finalScore,
      grade: scored.grade,
      evaluatedByName: (await findUserName(tx, userIdOf(ctx))) ?? ctx.actor.displayName,
    };
    await updateProjectRow(tx, id, {
      status: "evaluated",
      evaluation: stored,
      finalScore: scored.finalScore,
      grade: scored.grade,
      evaluatedAt: ctx.clock(),
      evaluatedBy: userIdOf(ctx),
    });
    await recordAudit(tx, ctx, {
      action: "project.evaluate",
      entityType: "secretary_project",
      entityId: id,
      orgId: view.project.orgId,
      before: { status: view.project.status, finalScore: view.project.finalScore, grade: view.project.grade },
      after: {
        status: "evaluated",
        scores: stored.scores.map((s) => ({ key: s.key, weight: s.weight, score: s.score })),
        rubricScore: scored.rubricScore,
        voteScore: scored.voteScore,
        voteWeightApplied: scored.voteWeightApplied,
        finalScore: scored.finalScore,
        grade: scored.grade,
      },
    });
  });
  return getProjectEvaluation(ctx, id);
}

/** POST /api/secretary-projects/:id/publish: the committee publishes the result in scope (PROJ-14). */
export async function publishProjectEvaluation(ctx: Ctx, id: string): Promise<ProjectEvaluation> {
  await ctx.db.transaction(async (tx) => {
    const view = await requireProject(tx, ctx, id, { forUpdate: true });
    if (view.sides.includes("committee")) throwIfIssues(checkPublishable(view.project.status));
    requireTransition(view, "publish", PROJECT_ACTION_LABELS.publish);
    const publishedOn = todayOf(ctx);
    await updateProjectRow(tx, id, { status: "published", publishedOn });
    await recordAudit(tx, ctx, {
      action: "project.publish",
      entityType: "secretary_project",
      entityId: id,
      orgId: view.project.orgId,
      before: { status: view.project.status },
      after: { status: "published", publishedOn, finalScore: view.project.finalScore, grade: view.project.grade },
    });
  });
  return getProjectEvaluation(ctx, id);
}
