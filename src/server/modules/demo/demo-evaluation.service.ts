// The demo's democratic evaluation and handling of unqualified members, through the services as the
// real officers would record them (their rules check every phase, ballot and step):
// - 青山社区第一党支部 holds its 2026 evaluation up to the published result: paper ballots, grades within
//   one third excellent (EVAL-01), feedback; its one 不合格 member gets a handling case at publication;
// - 青山村党支部 has an older case: 限期改正 decided in April 2025, now past its deadline (overdue).
// 青山村's own 2026 evaluation is left to the user (and the e2e test).
import type { EvaluationGrade } from "../../../shared/org-life";
import type { Executor } from "../../db/client";
import { type Ctx, actingAs } from "../../http/context";
import { advanceEvaluation } from "../evaluation/evaluation-phases.service";
import { setEvaluationFeedback, setEvaluationGrades } from "../evaluation/evaluation-entries.service";
import { createEvaluationCampaign, updateEvaluationCampaign } from "../evaluation/evaluation.service";
import { enterPaperBallots } from "../evaluation/evaluation-voting.service";
import { createHandlingCaseIn, recordHandlingStepIn } from "../evaluation/handling.service";
import type { DemoOrgRef, DemoUserRef } from "./demo-development.service";
import { createRandom } from "./random";

export async function seedDemoEvaluation(
  tx: Executor,
  ctx: Ctx,
  refs: { orgs: ReadonlyMap<string, DemoOrgRef>; users: ReadonlyMap<string, DemoUserRef>; overdueMemberId: string | null },
): Promise<{ campaigns: number; ballots: number; handlingCases: number }> {
  const inSeed: Ctx = { ...ctx, db: tx };
  const community = actingAs(inSeed, refs.users.get("sq01_shuji")!, refs.orgs.get("QS-SQ-ZB1")!);
  const ballots = await runCommunityEvaluation(community);
  let handlingCases = 1;
  if (refs.overdueMemberId) {
    const village = actingAs(inSeed, refs.users.get("cun01_shuji")!, refs.orgs.get("QS-CUN01")!);
    await seedOverdueRectification(tx, village, refs.overdueMemberId);
    handlingCases += 1;
  }
  return { campaigns: 1, ballots, handlingCases };
}

async function runCommunityEvaluation(ctx: Ctx): Promise<number> {
  const random = createRandom(20261201);
  const branch = ctx.actor.org;
  let campaign = await createEvaluationCampaign(ctx, { orgId: branch.id, year: 2026, title: "2026年度民主评议党员" });
  await updateEvaluationCampaign(ctx, campaign.id, {
    studyNotes: "11月组织全体党员集中学习党章和《中国共产党支部工作条例（试行）》，对照党员标准和入党誓词，每名党员撰写党性分析材料。",
  });
  for (const to of ["self_evaluation", "peer_evaluation", "voting"] as const) campaign = await advanceEvaluation(ctx, campaign.id, { to });
  const graded = campaign.entries.filter((e) => e.isGraded);
  // The member the branch finds unqualified: long absent from organizational life without good reason.
  const unqualified = graded.at(-1)!;
  const likedBest = new Set(graded.slice(0, Math.floor(graded.length / 3)).map((e) => e.memberId));
  const ballotCount = campaign.entries.length - 4;
  const paper = Array.from({ length: ballotCount }, () => ({
    choices: Object.fromEntries(
      graded.map((e): [string, EvaluationGrade] => [
        e.memberId,
        e.memberId === unqualified.memberId
          ? random.chance(0.7) ? "unqualified" : "basically_qualified"
          : likedBest.has(e.memberId) && random.chance(0.6) ? "excellent" : random.chance(0.95) ? "qualified" : "basically_qualified",
      ]),
    ),
  }));
  await enterPaperBallots(ctx, campaign.id, { ballots: paper });
  campaign = await advanceEvaluation(ctx, campaign.id, { to: "grading" });
  const excellentCap = Math.floor(graded.length / 3);
  const byExcellent = [...campaign.entries].filter((e) => e.isGraded).sort((a, b) => (b.votes?.excellent ?? 0) - (a.votes?.excellent ?? 0));
  const excellent = new Set(byExcellent.slice(0, Math.max(0, excellentCap - 2)).map((e) => e.id));
  const gradeOf = (entryId: string, memberId: string): EvaluationGrade =>
    memberId === unqualified.memberId ? "unqualified" : excellent.has(entryId) ? "excellent" : "qualified";
  await setEvaluationGrades(ctx, campaign.id, {
    items: campaign.entries
      .filter((e) => e.isGraded)
      .map((e) => {
        const grade = gradeOf(e.id, e.memberId);
        const reason = grade === "unqualified" ? "全年无正当理由多次不参加组织生活，经教育仍无明显改进，民主测评不合格票过半" : null;
        return { entryId: e.id, proposedGrade: grade, finalGrade: grade, gradeReason: reason };
      }),
  });
  await setEvaluationFeedback(ctx, campaign.id, {
    items: campaign.entries.map((e) => ({
      entryId: e.id,
      feedback: e.memberId === unqualified.memberId ? "支部书记当面反馈评议结果，指出问题，提出限期改进要求。" : "支部书记反馈评议结果，肯定成绩，指出努力方向。",
    })),
  });
  await advanceEvaluation(ctx, campaign.id, { to: "published" });
  return ballotCount;
}

/** 限期改正 decided in April 2025: twelve months on, the follow-up at the deadline is still missing. */
async function seedOverdueRectification(tx: Executor, ctx: Ctx, memberId: string) {
  const caseId = await createHandlingCaseIn(tx, ctx, {
    memberId,
    grounds: "2024年度民主评议被评定为不合格：理想信念淡化，长期不参加组织生活",
    decidedOn: "2025-03-10",
    sanctionedForSameMatter: false,
  });
  await recordHandlingStepIn(tx, ctx, caseId, { kind: "education_talk", occurredOn: "2025-03-20", notes: "支部书记与其谈话，指出问题，本人表示愿意改正。" });
  await recordHandlingStepIn(tx, ctx, caseId, { kind: "meeting_decision", occurredOn: "2025-04-15", method: "rectify_by_deadline" });
  await recordHandlingStepIn(tx, ctx, caseId, { kind: "follow_up", occurredOn: "2025-10-12", notes: "半年考察：能按时参加主题党日，仍有两次无故缺席支部党员大会。" });
}
