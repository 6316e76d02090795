import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectEvaluation, Rubric } from "../../../shared/contracts/secretary-project-evaluation.contract";
import type { RankingPage } from "../../../shared/contracts/secretary-project-board.contract";
import { DEFAULT_RUBRIC } from "../../../shared/secretary-projects";
import { buildMember, buildUser, signIn, type Session } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { auditLogTable } from "../audit/audit.table";
import { secretaryProjectBallotsTable, secretaryProjectVotersTable } from "./secretary-projects.table";
import { type ProjectTree, buildProjectTree, insertApprovedProject, ok, refused, request } from "./secretary-projects.test-helpers";

/**
 * The year end through the API (PROJ-11…14): 述职, the committee's rubric, the secret vote (online and
 * paper), the evaluation and publication — every refusal with its rule id, and the scores hidden from
 * the secretary's side and members until published. The test clock reads 2026-11-25.
 */

let t: TestApp;
let fx: ProjectTree;
let projectA: string;
let projectA27: string;
let projectB: string;
let url: string;
let as: ProjectTree["as"] & { memberB: Session; secretaryA: Session };
/** Every body the API answered during the vote and after it. */
const bodies: { what: string; body: string }[] = [];

const REPORT = "一年来，支部按照立项方案推进美丽乡村建设，划分党员责任区 12 个，开展集中整治 8 次，群众投诉明显减少。";
const evaluation = (session: Session, id = projectA) => ok<ProjectEvaluation>(t, session, "GET", `/api/secretary-projects/${id}/evaluation`);
const collect = async (what: string, session: Session, method: "GET" | "POST", path: string, payload?: object) => {
  const response = await request(t, session, method, path, payload);
  expect(response.statusCode, `${what}: ${response.body}`).toBeLessThan(300);
  bodies.push({ what, body: response.body });
  return response.json();
};

beforeAll(async () => {
  t = await buildTestApp();
  fx = await buildProjectTree(t);
  const reviewingOrgId = fx.tree.committee.id;
  projectA = (await insertApprovedProject(t, { orgId: fx.tree.branchA.id, reviewingOrgId, secretaryMemberId: fx.members.secretaryA.id })).project.id;
  projectA27 = (await insertApprovedProject(t, { orgId: fx.tree.branchA.id, reviewingOrgId, secretaryMemberId: fx.members.secretaryA.id, year: 2027 })).project.id;
  projectB = (await insertApprovedProject(t, { orgId: fx.tree.branchB.id, reviewingOrgId, secretaryMemberId: fx.members.secretaryB.id })).project.id;
  url = `/api/secretary-projects/${projectA}`;
  // A member of branch B with an account, and branch A's secretary signed in as branch A's officer.
  const memberB = await buildMember(t.system, { org: fx.tree.branchB, name: "乙社区党员", joinedOn: "2010-07-01" });
  const memberBUser = await buildUser(t.system, { role: "member", org: fx.tree.branchB, memberId: memberB.id });
  const secretaryAUser = await buildUser(t.system, { role: "branch_officer", org: fx.tree.branchA, memberId: fx.members.secretaryA.id });
  as = { ...fx.as, memberB: await signIn(t.app, memberBUser.username), secretaryA: await signIn(t.app, secretaryAUser.username) };
});
afterAll(() => t.close());

describe("the committee's rubric (PROJ-12)", () => {
  const rubricUrl = () => `/api/secretary-project-rubrics?year=2026&orgId=${fx.tree.committee.id}`;
  const criteria = [
    { key: "goals", label: "目标完成", description: "指标和节点", weight: 50 },
    { key: "effect", label: "工作成效", description: "", weight: 30 },
    { key: "process", label: "过程管理", description: "", weight: 20 },
  ];

  it("is the default until the committee sets one, readable by the branches below", async () => {
    const rubric = await ok<Rubric>(t, as.officerA, "GET", rubricUrl());
    expect(rubric).toMatchObject({ orgId: fx.tree.committee.id, year: 2026, isDefault: true, isLocked: false, canEdit: false, voteWeight: 20 });
    expect(rubric.criteria.map((c) => [c.key, c.weight])).toEqual(DEFAULT_RUBRIC.map((c) => [c.key, c.weight]));
    expect((await ok<Rubric>(t, as.orgAdmin, "GET", "/api/secretary-project-rubrics?year=2026")).canEdit).toBe(true);
  });

  it("refuses weights that do not sum to 100 and a weight that is no integer, citing PROJ-12", async () => {
    const error = await refused(t, as.orgAdmin, "PUT", "/api/secretary-project-rubrics", { orgId: fx.tree.committee.id, year: 2026, criteria: criteria.slice(0, 2), voteWeight: 30 }, 422, "PROJ-12");
    expect(error.message).toContain("合计须为 100，现为 80");
    const fractional = await refused(t, as.orgAdmin, "PUT", "/api/secretary-project-rubrics", {
      orgId: fx.tree.committee.id,
      year: 2026,
      criteria: [{ ...criteria[0]!, weight: 50.5 }, { ...criteria[1]!, weight: 29.5 }, criteria[2]],
      voteWeight: 30,
    }, 422, "PROJ-12");
    expect(fractional.details!.map((d) => d.field)).toEqual(["criteria.0.weight", "criteria.1.weight"]);
  });

  it("is set by the committee's own administrators only", async () => {
    const body = { orgId: fx.tree.committee.id, year: 2026, criteria, voteWeight: 30 };
    await refused(t, as.officerA, "PUT", "/api/secretary-project-rubrics", body, 403);
    await refused(t, as.otherCommitteeAdmin, "PUT", "/api/secretary-project-rubrics", body, 404);
    await refused(t, as.orgAdmin, "PUT", "/api/secretary-project-rubrics", { ...body, orgId: fx.tree.branchA.id }, 403);
    await refused(t, as.officerB, "GET", `/api/secretary-project-rubrics?year=2026&orgId=${fx.tree.branchA.id}`, undefined, 404);
    const saved = await ok<Rubric>(t, as.orgAdmin, "PUT", "/api/secretary-project-rubrics", body);
    expect(saved).toMatchObject({ isDefault: false, isLocked: false, voteWeight: 30, canEdit: true });
    expect(saved.criteria.map((c) => c.weight)).toEqual([50, 30, 20]);
    const [audit] = await t.deps.db.select().from(auditLogTable).where(eq(auditLogTable.action, "project.rubric_update"));
    expect(audit).toMatchObject({ entityType: "secretary_project_rubric", orgId: fx.tree.committee.id, before: null, after: { year: 2026, voteWeight: 30 } });
  });
});

describe("述职 (PROJ-11)", () => {
  it("is the secretary's side's, on an approved project, from the configured month", async () => {
    const before = await evaluation(as.officerA);
    expect(before).toMatchObject({ status: "approved", reportOpensOn: "2026-11-01", yearEndReport: null, abilities: { canReport: true, canEvaluate: false } });
    expect(before.rubric).toMatchObject({ isDefault: false, voteWeight: 30 });
    await refused(t, as.orgAdmin, "POST", `${url}/year-end-report`, { report: REPORT }, 422, "PROJ-02");
    await refused(t, as.officerA, "POST", `${url}/year-end-report`, { report: "太短" }, 400);
    const early = await refused(t, as.officerA, "POST", `/api/secretary-projects/${projectA27}/year-end-report`, { report: REPORT }, 422, "PROJ-11");
    expect(early.message).toContain("自 2027-11-01 起提交");
    expect(early.details).toEqual([expect.objectContaining({ field: "report", rule: "PROJ-11" })]);
    const reported = await ok<ProjectEvaluation>(t, as.officerA, "POST", `${url}/year-end-report`, { report: REPORT });
    expect(reported).toMatchObject({ status: "reported", yearEndReport: REPORT, abilities: { canReport: false } });
    await refused(t, as.officerA, "POST", `${url}/year-end-report`, { report: REPORT }, 422, "PROJ-06");
  });
});

describe("the vote (PROJ-13)", () => {
  it("is opened by the reviewing committee only, on a reported project", async () => {
    await refused(t, as.officerA, "POST", `${url}/voting`, { action: "open" }, 422, "PROJ-03");
    await refused(t, as.orgAdmin, "POST", `/api/secretary-projects/${projectB}/voting`, { action: "open" }, 422, "PROJ-06");
    await refused(t, as.orgAdmin, "POST", `${url}/voting`, { action: "close" }, 422, "PROJ-13");
    await refused(t, as.voterA1, "POST", `${url}/votes`, { choice: "good" }, 422, "PROJ-13");
    const opened = await collect("the committee opens the vote", as.orgAdmin, "POST", `${url}/voting`, { action: "open" });
    // Eligible: the active members of branch A and its group, not its secretary (甲村党员一, 甲村党员二, 镇党委书记).
    expect(opened.voting).toMatchObject({ state: "open", ballots: 0, eligibleVoters: 3 });
    await refused(t, as.orgAdmin, "POST", `${url}/voting`, { action: "open" }, 422, "PROJ-13");
  });

  it("takes one vote from each eligible member, and tells them only that they voted", async () => {
    const card = await evaluation(as.voterA1);
    expect(card.voting).toEqual(expect.objectContaining({ state: "open", canVote: true, hasVoted: false, ballots: null, eligibleVoters: null }));
    expect(await collect("voterA1 votes", as.voterA1, "POST", `${url}/votes`, { choice: "good" })).toEqual({ accepted: true });
    expect(await collect("voterA2 votes", as.voterA2, "POST", `${url}/votes`, { choice: "fairly_good" })).toEqual({ accepted: true });
    const again = await refused(t, as.voterA1, "POST", `${url}/votes`, { choice: "poor" }, 409, "projects.already_voted");
    expect(again.details).toEqual([expect.objectContaining({ rule: "PROJ-13" })]);
    expect((await collect("voterA1 reads after voting", as.voterA1, "GET", `${url}/evaluation`)).voting).toMatchObject({ canVote: false, hasVoted: true });
    expect((await collect("the committee reads while voting", as.orgAdmin, "GET", `${url}/evaluation`)).voting).toMatchObject({ ballots: 2, eligibleVoters: 3 });
    await collect("the secretary's side reads while voting", as.officerA, "GET", `${url}/evaluation`);
    await collect("the administrator reads while voting", as.admin, "GET", `${url}/evaluation`);
  });

  it("refuses who may not vote: another branch's member (404), an account without a member, the secretary, a bad choice", async () => {
    await refused(t, as.memberB, "POST", `${url}/votes`, { choice: "good" }, 404);
    await refused(t, as.officerB, "POST", `${url}/votes`, { choice: "good" }, 404);
    const unlinked = await refused(t, as.memberA, "POST", `${url}/votes`, { choice: "good" }, 403, "projects.not_voter");
    expect(unlinked.details).toEqual([expect.objectContaining({ rule: "PROJ-13" })]);
    const own = await refused(t, as.secretaryA, "POST", `${url}/votes`, { choice: "good" }, 403, "projects.not_voter");
    expect(own.message).toContain("书记本人");
    await refused(t, as.voterA2, "POST", `${url}/votes`, { choice: "excellent" }, 400);
    expect((await evaluation(as.secretaryA)).voting).toMatchObject({ canVote: false, hasVoted: false });
  });

  it("takes the paper counts from the committee, and holds the evaluation until the vote closes", async () => {
    await refused(t, as.officerA, "PUT", `${url}/paper-votes`, { good: 2, fairly_good: 1, average: 1, poor: 0 }, 422, "PROJ-03");
    await refused(t, as.orgAdmin, "PUT", `${url}/paper-votes`, { good: -1, fairly_good: 1, average: 1, poor: 0 }, 400);
    const entered = await ok<ProjectEvaluation>(t, as.orgAdmin, "PUT", `${url}/paper-votes`, { good: 2, fairly_good: 1, average: 1, poor: 0 });
    expect(entered.paperVotes).toEqual({ good: 2, fairly_good: 1, average: 1, poor: 0 });
    expect(entered.abilities.canEvaluate).toBe(false);
    const scores = [{ key: "goals", score: 90 }, { key: "effect", score: 80 }, { key: "process", score: 70 }];
    await refused(t, as.orgAdmin, "POST", `${url}/evaluation`, { scores }, 422, "PROJ-13");
    const closed = await collect("the committee closes the vote", as.orgAdmin, "POST", `${url}/voting`, { action: "close" });
    expect(closed.voting).toMatchObject({ state: "closed", ballots: 2 });
    await refused(t, as.voterA2, "POST", `${url}/votes`, { choice: "good" }, 422, "PROJ-13");
    await refused(t, as.orgAdmin, "POST", `${url}/voting`, { action: "open" }, 422, "PROJ-13");
  });
});

describe("the evaluation (PROJ-12) and publication (PROJ-14)", () => {
  const scores = [
    { key: "goals", score: 90, comment: "指标全部完成" },
    { key: "effect", score: 80 },
    { key: "process", score: 70 },
  ];

  it("refuses the secretary's side, a missing criterion, an unknown one and a score out of range", async () => {
    await refused(t, as.officerA, "POST", `${url}/evaluation`, { scores }, 422, "PROJ-03");
    const missing = await refused(t, as.orgAdmin, "POST", `${url}/evaluation`, { scores: scores.slice(0, 2) }, 422, "PROJ-12");
    expect(missing.message).toContain("请为评价项目“过程管理”打分");
    const wrong = await refused(t, as.orgAdmin, "POST", `${url}/evaluation`, { scores: [...scores.slice(0, 2), { key: "process", score: 120 }, { key: "nope", score: 50 }] }, 422, "PROJ-12");
    expect(wrong.details!.map((d) => d.field)).toEqual(["scores.2.score", "scores.3.key"]);
    await refused(t, as.orgAdmin, "POST", `/api/secretary-projects/${projectB}/evaluation`, { scores }, 422, "PROJ-06");
    await refused(t, as.orgAdmin, "POST", `${url}/publish`, undefined, 422, "PROJ-14");
    await refused(t, as.orgAdmin, "POST", `/api/secretary-projects/${projectB}/publish`, undefined, 422, "PROJ-14");
  });

  it("scores by the rubric, weighs in the votes (online and paper) and grades by the configured thresholds", async () => {
    const evaluated = await ok<ProjectEvaluation>(t, as.orgAdmin, "POST", `${url}/evaluation`, { scores, comment: "成效明显" });
    // Rubric: 50 × 90 + 30 × 80 + 20 × 70 = 8300 → 83.0. Votes: online 好 1, 较好 1; paper 好 2, 较好 1, 一般 1 →
    // (3 × 100 + 2 × 80 + 1 × 60) / 6 = 86.67. Final: 83 × 0.7 + 86.67 × 0.3 = 84.1 → 较好 (80 ≤ 84.1 < 90).
    expect(evaluated.status).toBe("evaluated");
    expect(evaluated.result).toMatchObject({
      rubricScore: 83,
      voteScore: 86.7,
      voteWeightApplied: 30,
      finalScore: 84.1,
      grade: "fairly_good",
      comment: "成效明显",
      publishedOn: null,
      votes: { online: { good: 1, fairly_good: 1, average: 0, poor: 0 }, paper: { good: 2, fairly_good: 1, average: 1, poor: 0 }, total: 6 },
    });
    expect(evaluated.result!.scores.map((s) => [s.key, s.weight, s.score, s.comment])).toEqual([
      ["goals", 50, 90, "指标全部完成"],
      ["effect", 30, 80, ""],
      ["process", 20, 70, ""],
    ]);
    expect(evaluated.rubric.isLocked).toBe(true);
    expect(evaluated.abilities).toMatchObject({ canEvaluate: true, canPublish: true, canManageVoting: false });
  });

  it("hides the scores from the secretary's side, members and others until published", async () => {
    for (const [who, session] of Object.entries({ officerA: as.officerA, voterA1: as.voterA1, memberA: as.memberA })) {
      const seen = await collect(`${who} reads before publication`, session, "GET", `${url}/evaluation`);
      expect({ who, result: seen.result, paperVotes: seen.paperVotes }).toEqual({ who, result: null, paperVotes: null });
    }
    const ranking = await ok<RankingPage>(t, as.officerA, "GET", "/api/secretary-projects/ranking?year=2026");
    expect(ranking.total).toBe(0);
    expect((await ok<RankingPage>(t, as.orgAdmin, "GET", "/api/secretary-projects/ranking?year=2026")).items.map((i) => i.finalScore)).toEqual([84.1]);
  });

  it("locks the rubric once a project it scored is evaluated", async () => {
    const rubric = await ok<Rubric>(t, as.orgAdmin, "GET", `/api/secretary-project-rubrics?year=2026&orgId=${fx.tree.committee.id}`);
    expect(rubric).toMatchObject({ isLocked: true, canEdit: false });
    const error = await refused(t, as.orgAdmin, "PUT", "/api/secretary-project-rubrics", { orgId: fx.tree.committee.id, year: 2026, criteria: DEFAULT_RUBRIC, voteWeight: 20 }, 422, "PROJ-12");
    expect(error.message).toContain("2026 年度已有项目");
    // Another year stays open.
    expect((await ok<Rubric>(t, as.orgAdmin, "GET", "/api/secretary-project-rubrics?year=2027")).isLocked).toBe(false);
  });

  it("may be scored again before publication; then publishes the result in scope", async () => {
    const again = await ok<ProjectEvaluation>(t, as.orgAdmin, "POST", `${url}/evaluation`, { scores: scores.map((s) => ({ ...s, score: 95 })) });
    // 95 × 0.7 + 86.67 × 0.3 = 66.5 + 26 = 92.5 → 好
    expect(again.result).toMatchObject({ rubricScore: 95, finalScore: 92.5, grade: "good" });
    await refused(t, as.officerA, "POST", `${url}/publish`, undefined, 422, "PROJ-03");
    const published = await ok<ProjectEvaluation>(t, as.orgAdmin, "POST", `${url}/publish`);
    expect(published).toMatchObject({ status: "published", result: { publishedOn: "2026-11-25", finalScore: 92.5 } });
    await refused(t, as.orgAdmin, "POST", `${url}/publish`, undefined, 422, "PROJ-06");
    await refused(t, as.orgAdmin, "POST", `${url}/evaluation`, { scores }, 422, "PROJ-06");
    for (const session of [as.officerA, as.voterA1, as.memberA]) {
      expect((await evaluation(session)).result).toMatchObject({ finalScore: 92.5, grade: "good", votes: { total: 6 } });
    }
    expect((await ok<RankingPage>(t, as.officerA, "GET", "/api/secretary-projects/ranking?year=2026")).items.map((i) => [i.rank, i.finalScore])).toEqual([[1, 92.5]]);
  });

  it("answers another branch's officer and another committee 404", async () => {
    await refused(t, as.officerB, "GET", `${url}/evaluation`, undefined, 404);
    await refused(t, as.otherCommitteeAdmin, "GET", `${url}/evaluation`, undefined, 404);
    await refused(t, as.memberB, "GET", `${url}/evaluation`, undefined, 404);
  });

  it("audits every step, and the vote without its choice", async () => {
    const rows = await t.deps.db.select().from(auditLogTable).where(eq(auditLogTable.entityId, projectA)).orderBy(asc(auditLogTable.id));
    expect(rows.map((r) => r.action)).toEqual([
      "project.report",
      "project.voting_open",
      "project.vote",
      "project.vote",
      "project.paper_votes",
      "project.voting_close",
      "project.evaluate",
      "project.evaluate",
      "project.publish",
    ]);
    for (const vote of rows.filter((r) => r.action === "project.vote")) {
      expect(vote).toMatchObject({ entityType: "secretary_project", before: null, after: { ballots: 1 } });
      expect(JSON.stringify(vote)).not.toMatch(/good|average|poor/);
    }
    expect(rows.find((r) => r.action === "project.evaluate")).toMatchObject({ before: { status: "reported", finalScore: null }, after: { finalScore: 84.1, grade: "fairly_good" } });
  });
});

describe("voting secrecy", () => {
  it("stores a ballot with its choice only, and a voter with no ballot", async () => {
    const columns = async (table: string) => {
      const result = (await t.deps.db.execute(sql`SELECT column_name FROM information_schema.columns WHERE table_name = ${table} ORDER BY column_name`)) as unknown as { rows: { column_name: string }[] };
      return result.rows.map((r) => r.column_name);
    };
    expect(await columns("secretary_project_ballots")).toEqual(["choice", "id", "project_id"]);
    expect(await columns("secretary_project_voters")).toEqual(["created_at", "id", "member_id", "project_id"]);
    const ballots = await t.deps.db.select().from(secretaryProjectBallotsTable).where(eq(secretaryProjectBallotsTable.projectId, projectA));
    expect(ballots.map((b) => b.choice).sort()).toEqual(["fairly_good", "good"]);
    const voters = await t.deps.db.select().from(secretaryProjectVotersTable).where(eq(secretaryProjectVotersTable.projectId, projectA));
    expect(voters.map((v) => v.memberId).sort()).toEqual([fx.members.voterA1.id, fx.members.voterA2.id].sort());
  });

  it("never answers a ballot id or a voter, in any response to anyone", async () => {
    const ballotIds = (await t.deps.db.select({ id: secretaryProjectBallotsTable.id }).from(secretaryProjectBallotsTable)).map((r) => r.id);
    const voterRows = await t.deps.db.select().from(secretaryProjectVotersTable);
    const secrets = [...ballotIds, ...voterRows.map((v) => v.id), fx.members.voterA1.id, fx.members.voterA2.id, fx.members.voterA1.name, fx.members.voterA2.name];
    expect(bodies.length).toBeGreaterThan(8);
    const leaks = bodies.flatMap(({ what, body }) => secrets.filter((s) => body.includes(s)).map((s) => ({ what, s })));
    expect(leaks).toEqual([]);
    // While the vote was open nobody saw the choices counted, the committee included.
    for (const { what, body } of bodies.filter((b) => b.what.includes("while voting"))) expect({ what, result: JSON.parse(body).result }).toEqual({ what, result: null });
  });

  it("has no route that reads a vote or a voter", () => {
    const routes = t.app.routeInventory.filter((r) => /vot/.test(r));
    expect(routes.sort()).toEqual(["POST /api/secretary-projects/:id/votes", "POST /api/secretary-projects/:id/voting", "PUT /api/secretary-projects/:id/paper-votes"]);
  });
});
