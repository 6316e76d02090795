// The demo's secretary projects (demo-secretary-projects.ts says what each organization took on):
// - 青山社区第一党支部's 2026 project goes through the services as the demo's accounts would record it:
//   sq01_shuji proposes and reports, qs_admin approves, guides and rates the quarters;
// - the other organizations have no accounts of their own, so their projects' secretary-side records
//   (proposal, reports, milestones) are written straight into the tables, with dates of the story and the
//   check points the progress rules suggest; the committee's acts that compute something — the 2025
//   evaluations and their publication — go through the evaluation service as qs_admin (the town
//   committee's own project as admin), so scores, grades and snapshots are the rules' own.
import { eq, sql } from "drizzle-orm";
import { addDays } from "../../../shared/dates";
import type { ProjectContent } from "../../../shared/contracts/secretary-projects.contract";
import { DEFAULT_RUBRIC, QUARTERS, type Quarter } from "../../../shared/secretary-projects";
import type { Executor } from "../../db/client";
import { type Ctx, actingAs } from "../../http/context";
import { findNearestCommittee } from "../organizations/organizations.service";
import { rateCheckpoint } from "../secretary-projects/secretary-project-checkpoints.service";
import { evaluateProject, publishProjectEvaluation } from "../secretary-projects/secretary-project-evaluation.service";
import { checkpointOpensOn, suggestQuarterRating } from "../secretary-projects/secretary-project-progress.rules";
import { createProgressReport, createProjectComment } from "../secretary-projects/secretary-project-progress.service";
import { createProject, transitionProject } from "../secretary-projects/secretary-projects.service";
import {
  secretaryProjectCheckpointsTable,
  secretaryProjectCommentsTable,
  secretaryProjectIndicatorValuesTable,
  secretaryProjectIndicatorsTable,
  secretaryProjectMilestonesTable,
  secretaryProjectReportsTable,
  secretaryProjectsTable,
  secretaryProjectVersionsTable,
} from "../secretary-projects/secretary-projects.table";
import { DEMO_PROJECTS_2025, DEMO_PROJECTS_2026, type DemoProjectSpec } from "./demo-secretary-projects";
import type { DemoOrgRef, DemoUserRef } from "./demo-development.service";

/** The story's "today": the demo's reference date, whatever day the demo is started. */
const REFERENCE_DAY = "2026-11-25";
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
const THROUGH_SERVICES = "QS-SQ-ZB1";

interface Refs {
  orgs: ReadonlyMap<string, DemoOrgRef>;
  users: ReadonlyMap<string, DemoUserRef>;
  /** Each organization's secretary (a member id). */
  secretaries: ReadonlyMap<string, string>;
}

export async function seedDemoSecretaryProjects(tx: Executor, ctx: Ctx, refs: Refs): Promise<{ projects: number; reports: number }> {
  const inSeed: Ctx = { ...ctx, db: tx, clock: () => at(REFERENCE_DAY) };
  const qsAdmin = refs.users.get("qs_admin")!;
  const town = refs.orgs.get("QS")!;
  const offTrack = ctx.config.secretaryProjects.offTrackOverdueDays;
  let projects = 0;
  let reports = 0;
  const reviewerOf = async (org: DemoOrgRef) => (await findNearestCommittee(tx, org.path, { strictlyAbove: true })) ?? null;

  // 2025: every project done, evaluated in January 2026 and published.
  const january = { ...inSeed, clock: () => at("2026-01-16") };
  for (const past of DEMO_PROJECTS_2025) {
    const org = refs.orgs.get(past.orgCode)!;
    // Last year's figures take this year's shape; 青山村 and the tea company (none this year) a village's.
    const shape = DEMO_PROJECTS_2026.find((s) => s.orgCode === past.orgCode) ?? DEMO_PROJECTS_2026.find((s) => s.orgCode === "QS-CUN02")!;
    const owner = shape.milestones[0]!.owner;
    const spec: DemoProjectSpec = {
      ...shape,
      title: past.title,
      category: past.category,
      problem: `围绕${past.title}，解决本单位党员作用发挥不充分、群众急难愁盼问题解决不及时的问题。`,
      // Last year's project in the common shape of a year's work: its own goals, not this year's.
      indicators: [
        { name: "党员参与率", unit: "%", baseline: 55, target: 90, reached: 1 },
        { name: "群众满意度", unit: "%", baseline: 72, target: 95, reached: 1 },
      ],
      milestones: [
        { title: "制定实施方案，明确责任分工", due: "03-31", owner, doneAfterDays: -4 },
        { title: "开展集中攻坚行动", due: "06-30", owner: "组织委员", doneAfterDays: 3 },
        { title: "中期评估，查找问题并整改", due: "09-30", owner, doneAfterDays: -2 },
        { title: "总结经验，形成长效机制", due: "12-20", owner, doneAfterDays: -5 },
      ],
      story: "reported",
    };
    const reviewer = await reviewerOf(org);
    const written = await writeProject(tx, spec, 2025, org, reviewer?.id ?? null, refs.secretaries.get(org.code)!, qsAdmin.id, "2025-12-31", offTrack);
    reports += written.reports;
    const committee = reviewer ? actingAs(january, qsAdmin, town) : actingAs(january, refs.users.get("admin")!, town);
    // The villages' and the community's 述职评议 had the members' representatives vote on paper.
    if (/^QS-(CUN|SQ)/.test(past.orgCode)) {
      await tx.update(secretaryProjectsTable).set({ paperVotes: representativesVote(past.score) }).where(eq(secretaryProjectsTable.id, written.id));
    }
    await evaluateProject(committee, written.id, {
      scores: DEFAULT_RUBRIC.map((c) => ({ key: c.key, score: past.score, comment: "" })),
      comment: past.score >= 90 ? "项目针对性强，成效明显，群众认可度高。" : past.score >= 60 ? "项目推进总体有序，部分指标完成度有待提高。" : "项目推进不力，节点任务多次滞后，需加强书记亲自抓。",
    });
    await publishProjectEvaluation(committee, written.id);
    projects += 1;
  }

  // 2026: where each project stands on the reference date.
  for (const spec of DEMO_PROJECTS_2026) {
    const org = refs.orgs.get(spec.orgCode)!;
    const reviewer = await reviewerOf(org);
    if (spec.orgCode === THROUGH_SERVICES) {
      reports += await recordThroughServices(inSeed, spec, refs);
    } else {
      reports += (await writeProject(tx, spec, 2026, org, reviewer?.id ?? null, refs.secretaries.get(org.code)!, qsAdmin.id, REFERENCE_DAY, offTrack)).reports;
    }
    projects += 1;
  }
  return { projects, reports };
}

/** Twenty representatives' paper forms, leaning with the committee's own view of the project. */
function representativesVote(score: number) {
  const good = Math.max(0, Math.min(20, Math.round((score - 70) * 0.8)));
  const poor = score < 75 ? 2 : 0;
  const average = score < 85 ? 3 : 1;
  return { good, fairly_good: 20 - good - average - poor, average, poor };
}

const contentOf = (spec: DemoProjectSpec, year: number): ProjectContent => ({
  title: spec.title,
  category: spec.category,
  problem: spec.problem,
  resources: spec.resources,
  indicators: spec.indicators.map(({ reached: _r, ...i }) => i),
  milestones: spec.milestones.map((m) => ({ title: m.title, dueOn: `${year}-${m.due}`, ownerName: m.owner })),
});

const completedOn = (m: DemoProjectSpec["milestones"][number], year: number, today: string) => {
  if (m.doneAfterDays === null) return null;
  const day = addDays(`${year}-${m.due}`, m.doneAfterDays);
  return day <= today ? day : null;
};

/** A value on the way from baseline to target: the share `reached` by the year's end, pro rata by the day. */
const valueOn = (i: DemoProjectSpec["indicators"][number], share: number) => {
  const value = i.baseline + (i.target - i.baseline) * i.reached * share;
  // Rates keep a decimal; counts (件, 人, 户 …) and money are whole.
  return i.unit === "%" ? Math.round(value * 10) / 10 : Math.round(value);
};

/** One project and its year, straight into the tables (the secretary's side has no account in the demo). */
async function writeProject(
  tx: Executor,
  spec: DemoProjectSpec,
  year: number,
  org: DemoOrgRef,
  reviewingOrgId: string | null,
  secretaryMemberId: string,
  committeeUserId: string,
  today: string,
  offTrackOverdueDays: number,
): Promise<{ id: string; reports: number }> {
  const content = contentOf(spec, year);
  const underway = !["draft", "submitted", "returned"].includes(spec.story);
  const status = underway ? (spec.story === "reported" ? "reported" : "approved") : spec.story;
  const proposedOn = `${year}-01-10`;
  const approvedOn = `${year}-01-20`;
  const [project] = await tx
    .insert(secretaryProjectsTable)
    .values({
      orgId: org.id,
      year,
      secretaryMemberId,
      title: content.title,
      category: content.category,
      problem: content.problem,
      resources: content.resources,
      status,
      reviewingOrgId,
      approvedVersionNo: underway ? 1 : 0,
      approvedOn: underway ? approvedOn : null,
      yearEndReport: status === "reported" ? yearEndReportOf(spec) : null,
      reportedAt: status === "reported" ? at(year === 2025 ? "2025-12-20" : "2026-11-20") : null,
      createdAt: at(proposedOn),
      updatedAt: at(today),
    })
    .returning();
  const id = project!.id;
  const indicators = await tx
    .insert(secretaryProjectIndicatorsTable)
    .values(content.indicators.map((i, position) => ({ projectId: id, ...i, position })))
    .returning();
  const milestones = await tx
    .insert(secretaryProjectMilestonesTable)
    .values(spec.milestones.map((m, position) => ({ projectId: id, ...content.milestones[position]!, completedOn: underway ? completedOn(m, year, today) : null, position })))
    .returning();
  if (spec.story !== "draft") {
    await tx.insert(secretaryProjectVersionsTable).values({
      projectId: id,
      no: 1,
      kind: "proposal",
      content,
      status: underway ? "approved" : spec.story === "returned" ? "returned" : "pending",
      submittedAt: at(proposedOn),
      decidedBy: underway || spec.story === "returned" ? committeeUserId : null,
      decidedAt: underway ? at(approvedOn) : spec.story === "returned" ? at(addDays(today, -6)) : null,
      decisionComment: underway
        ? "同意立项。项目切口小、针对性强，请书记亲自抓，按节点推进，按季度报告进展。"
        : spec.story === "returned"
          ? "目标指标只有一项，且缺少群众满意度方面的衡量；请补充可量化的指标，细化节点安排后重新报送。"
          : null,
    });
  }
  if (spec.story === "change_pending") {
    const changed: ProjectContent = {
      ...content,
      milestones: [...content.milestones.map((m, i) => ({ ...m, id: milestones[i]!.id })), { title: "开展廉洁文化进班组活动", dueOn: `${year}-12-25`, ownerName: "综合支部书记" }],
      indicators: content.indicators.map((ind, i) => ({ ...ind, id: indicators[i]!.id })),
    };
    await tx.insert(secretaryProjectVersionsTable).values({
      projectId: id,
      no: 2,
      kind: "change",
      content: changed,
      reason: "集团纪委部署开展廉洁文化建设，增加“廉洁文化进班组”节点，与警示教育一并推进。",
      status: "pending",
      submittedAt: at(addDays(today, -3)),
    });
  }
  if (!underway) return { id, reports: 0 };

  // One report per completed milestone, with the indicators' values by then; guidance on the first.
  let reports = 0;
  const yearEnd = `${year}-12-31`;
  for (const [i, m] of milestones.entries()) {
    if (!m.completedOn) continue;
    const share = Math.min(1, (new Date(m.completedOn).getTime() - new Date(`${year}-01-01`).getTime()) / (new Date(yearEnd).getTime() - new Date(`${year}-01-01`).getTime()) + 0.1);
    const [report] = await tx
      .insert(secretaryProjectReportsTable)
      .values({
        projectId: id,
        milestoneId: m.id,
        reportedOn: m.completedOn,
        body: `“${m.title}”已完成。${spec.milestones[i]!.owner}牵头落实，支部委员分工推进，党员带头参与，相关资料已归档。`,
        completesMilestone: true,
        createdAt: at(m.completedOn),
        updatedAt: at(m.completedOn),
      })
      .returning();
    await tx.insert(secretaryProjectIndicatorValuesTable).values(
      indicators.map((ind, k) => ({ reportId: report!.id, indicatorId: ind.id, value: valueOn(spec.indicators[k]!, year === 2025 ? 1 : share), measuredOn: m.completedOn! })),
    );
    if (reports === 0) {
      await tx.insert(secretaryProjectCommentsTable).values({
        projectId: id,
        reportId: report!.id,
        side: "committee",
        body: "开局扎实。请注意把党员责任落到具体人头，下一节点要有可检查的成果，进展材料及时上传。",
        authorId: committeeUserId,
        createdAt: at(addDays(m.completedOn, 3)),
        updatedAt: at(addDays(m.completedOn, 3)),
      });
    }
    reports += 1;
  }

  // The committee's quarterly check points: the quarters open by "today", rated as the rules suggest.
  const rows = QUARTERS.filter((q) => checkpointOpensOn(year, q) <= today).map((quarter: Quarter) => {
    const rating = suggestQuarterRating(milestones, year, quarter, today, offTrackOverdueDays)!;
    return {
      projectId: id,
      quarter,
      rating,
      suggestedRating: rating,
      comment: rating === "on_track" ? "按计划推进。" : rating === "at_risk" ? "有节点逾期，请抓紧推进并说明原因。" : "多个节点滞后，书记要亲自研究解决，下季度重点督查。",
      ratedBy: committeeUserId,
      createdAt: at(addDays(checkpointOpensOn(year, quarter), 25)),
      updatedAt: at(addDays(checkpointOpensOn(year, quarter), 25)),
    };
  });
  if (rows.length > 0) await tx.insert(secretaryProjectCheckpointsTable).values(rows);
  return { id, reports };
}

const yearEndReportOf = (spec: DemoProjectSpec) =>
  `一年来，我们围绕${spec.title}这一书记项目，书记亲自抓、班子成员分工负责。${spec.milestones.map((m) => m.title).join("；")}等节点任务全部完成。` +
  `${spec.indicators.map((i) => `${i.name}由 ${i.baseline}${i.unit} 提高到 ${valueOn(i, 1)}${i.unit}`).join("，")}。存在的不足是长效机制还需巩固，明年将继续深化。`;

/**
 * 青山社区第一党支部: the real flow, through the services as its secretary and the committee would record
 * it, each act on its day of the story (the services date versions and approvals by the clock; the
 * comments' and check points' own timestamps are then set to the same days).
 */
async function recordThroughServices(inSeed: Ctx, spec: DemoProjectSpec, refs: Refs): Promise<number> {
  const orgCode = spec.orgCode;
  const on = (day: string) => ({ ...inSeed, clock: () => at(day) });
  const branch = (day: string) => actingAs(on(day), refs.users.get("sq01_shuji")!, refs.orgs.get(orgCode)!);
  const committee = (day: string) => actingAs(on(day), refs.users.get("qs_admin")!, refs.orgs.get("QS")!);
  let project = await createProject(branch("2026-01-08"), { orgId: refs.orgs.get(orgCode)!.id, year: 2026, secretaryMemberId: refs.secretaries.get(orgCode), ...contentOf(spec, 2026) });
  project = await transitionProject(branch("2026-01-10"), project.id, { action: "submit" });
  project = await transitionProject(committee("2026-01-20"), project.id, {
    action: "approve",
    comment: "同意立项。红色物业是破解老旧小区管理难题的好抓手，请把居民满意度作为检验标准。",
  });
  let reports = 0;
  for (const [i, m] of spec.milestones.entries()) {
    const day = completedOn(m, 2026, REFERENCE_DAY);
    if (!day) continue;
    const share = (i + 1) / spec.milestones.length;
    const report = await createProgressReport(branch(day), project.id, {
      milestoneId: project.milestones[i]!.id,
      reportedOn: day,
      body: `“${m.title}”已完成：支部召开委员会研究部署，党员骨干分片包干，居民代表全程参与，阶段成效已向居民公开。`,
      completesMilestone: true,
      values: project.indicators.map((ind, k) => ({ indicatorId: ind.id, value: valueOn(spec.indicators[k]!, share) })),
    });
    if (i === 1) {
      const guidance = await createProjectComment(committee(addDays(day, 3)), project.id, {
        reportId: report.id,
        body: "微改造项目要让居民点题、党员领题，请补充居民议事会的记录照片，并说明经费使用情况。",
      });
      const reply = await createProjectComment(branch(addDays(day, 5)), project.id, {
        parentId: guidance.id,
        body: "已补充 3 次居民议事会记录和现场照片，经费使用情况已在社区公开栏公示，下一步按季度公开。",
      });
      await redate(inSeed.db, secretaryProjectCommentsTable, guidance.id, addDays(day, 3));
      await redate(inSeed.db, secretaryProjectCommentsTable, reply.replies.at(-1)!.id, addDays(day, 5));
    }
    reports += 1;
  }
  for (const quarter of QUARTERS.filter((q) => checkpointOpensOn(2026, q) <= REFERENCE_DAY)) {
    const day = addDays(checkpointOpensOn(2026, quarter), 25);
    await rateCheckpoint(committee(day), project.id, quarter, { rating: "on_track", comment: "节点任务按期完成，群众反映较好。" });
  }
  await inSeed.db
    .update(secretaryProjectCheckpointsTable)
    .set({ createdAt: sql`(make_date(2026, quarter * 3, 26) + time '10:00') AT TIME ZONE 'Asia/Shanghai'`, updatedAt: sql`(make_date(2026, quarter * 3, 26) + time '10:00') AT TIME ZONE 'Asia/Shanghai'` })
    .where(eq(secretaryProjectCheckpointsTable.projectId, project.id));
  return reports;
}

/** A row's timestamps set to a day of the story (the services stamp "now"). */
async function redate(db: Executor, table: typeof secretaryProjectCommentsTable, id: string, day: string) {
  await db.update(table).set({ createdAt: at(day), updatedAt: at(day) }).where(eq(table.id, id));
}
