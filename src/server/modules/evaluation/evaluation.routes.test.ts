import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvaluationCampaignDetail, EvaluationCampaignPage, EvaluationEntryDetail, MyEvaluationPage, Recount } from "../../../shared/contracts/evaluation.contract";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { meetingsTable } from "../org-life/org-life.table";
import { type EvaluationBranch, ballotFor, buildEvaluationBranch, campaignAt, ok, refused, request } from "./evaluation.test-helpers";

let t: TestApp;
let b: EvaluationBranch;
beforeAll(async () => {
  t = await buildTestApp();
  b = await buildEvaluationBranch(t);
});
afterAll(() => t.close());

const entryOf = (detail: EvaluationCampaignDetail, memberId: string) => detail.entries.find((e) => e.memberId === memberId)!;

describe("a whole campaign, from creation to the report to the higher committee", () => {
  let url: string;
  let detail: EvaluationCampaignDetail;

  it("creates the branch's 2026 campaign with every active member of the branch and its group; the probationary member is not graded", async () => {
    detail = await ok(t, b.as.officerA, "POST", "/api/evaluations", { orgId: b.tree.branchA.id, year: 2026 });
    url = `/api/evaluations/${detail.id}`;
    expect(detail).toMatchObject({ phase: "study", title: "2026年度民主评议党员", orgName: "甲村党支部", counts: { participants: 6, graded: 5, excellentCap: 1 } });
    expect(entryOf(detail, b.members.p1.id)).toMatchObject({ isGraded: false, memberName: "评议预备" });
    expect(entryOf(detail, b.members.m1.id)).toMatchObject({ isGraded: true, orgName: "甲村第一党小组" });
    expect(detail.entries.map((e) => e.memberId)).not.toContain(b.members.outsider.id);
    expect(detail.abilities).toMatchObject({ canManage: true, canAdvance: false });
    expect(detail.advanceBlockers).toMatchObject([{ rule: "EVAL-03" }]);
  });

  it("refuses a second campaign of the same branch and year (409)", async () => {
    const again = await request(t, b.as.officerA, "POST", "/api/evaluations", { orgId: b.tree.branchA.id, year: 2026 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: "evaluation.campaign_exists", details: [{ field: "year" }] });
  });

  it("moves forward one phase at a time, each after its guard", async () => {
    await refused(t, b.as.officerA, "POST", `${url}/advance`, { to: "self_evaluation" }, "EVAL-03");
    await refused(t, b.as.officerA, "POST", `${url}/advance`, { to: "voting" }, "EVAL-02");
    await refused(t, b.as.member1, "PUT", `${url}/my-entry`, { selfEvaluation: "自评", partySpiritAnalysis: "分析" }, "EVAL-02");
    await ok(t, b.as.officerA, "PATCH", url, { studyNotes: "11月集中学习党章、入党誓词，对照合格党员标准查找差距" });
    detail = await ok(t, b.as.officerA, "POST", `${url}/advance`, { to: "self_evaluation" });
    expect(detail.phase).toBe("self_evaluation");
    await refused(t, b.as.officerA, "POST", `${url}/advance`, { to: "study" }, "EVAL-02");
  });

  it("lets members write their self-evaluation and party-spirit analysis, and the officers type in paper ones", async () => {
    const mine = await ok<EvaluationEntryDetail>(t, b.as.member1, "PUT", `${url}/my-entry`, {
      selfGrade: "qualified",
      selfEvaluation: "一年来认真学习，按时参加组织生活。",
      partySpiritAnalysis: "对照党员标准，理论学习还不够深入，今后要加强。",
    });
    expect(mine).toMatchObject({ isMine: true, selfGrade: "qualified", submittedAt: expect.any(String), partySpiritAnalysis: expect.stringContaining("理论学习") });
    await ok(t, b.as.member2, "PUT", `${url}/my-entry`, { selfEvaluation: "乙的自评", partySpiritAnalysis: "乙的党性分析" });
    // The probationary member takes part but gives no grade of their own (EVAL-07).
    await refused(t, b.as.probationer, "PUT", `${url}/my-entry`, { selfGrade: "qualified", selfEvaluation: "预备自评", partySpiritAnalysis: "预备分析" }, "EVAL-07");
    await ok(t, b.as.probationer, "PUT", `${url}/my-entry`, { selfEvaluation: "预备自评", partySpiritAnalysis: "预备分析" });
    detail = await ok(t, b.as.officerA, "GET", url);
    const m4 = entryOf(detail, b.members.m4.id);
    const typed = await ok<EvaluationEntryDetail>(t, b.as.officerA, "PATCH", `${url}/entries/${m4.id}`, { selfEvaluation: "纸质自评（代录）", partySpiritAnalysis: "纸质党性分析（代录）" });
    expect(typed.submittedAt).not.toBeNull();
    await refused(t, b.as.officerA, "PATCH", `${url}/entries/${m4.id}`, { peerComments: "还不是互评阶段" }, "EVAL-02");
    detail = await ok(t, b.as.officerA, "GET", url);
    expect(detail.counts.submitted).toBe(4);
  });

  it("keeps each member to their own entry: another's entry is 404, managing one is 403", async () => {
    const mine = await ok(t, b.as.member1, "GET", url);
    const m1Entry = mine.entries.find((e) => e.isMine)!;
    const m2Entry = mine.entries.find((e) => e.memberId === b.members.m2.id)!;
    expect(m2Entry).toMatchObject({ selfGrade: null, submittedAt: null, finalGrade: null, feedback: null, votes: null });
    expect((await ok<EvaluationEntryDetail>(t, b.as.member1, "GET", `${url}/entries/${m1Entry.id}`)).selfEvaluation).toContain("认真学习");
    const other = await request(t, b.as.member1, "GET", `${url}/entries/${m2Entry.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain("乙的自评");
    expect((await request(t, b.as.member1, "PATCH", `${url}/entries/${m2Entry.id}`, { peerComments: "越权" })).statusCode).toBe(403);
    expect((await request(t, b.as.member1, "POST", `${url}/advance`, { to: "peer_evaluation" })).statusCode).toBe(403);
    expect(mine.studyNotes).toBeNull();
  });

  it("records peer comments in the peer-evaluation phase, then opens the vote", async () => {
    detail = await ok(t, b.as.officerA, "POST", `${url}/advance`, { to: "peer_evaluation" });
    const m1 = entryOf(detail, b.members.m1.id);
    const commented = await ok<EvaluationEntryDetail>(t, b.as.officerA, "PATCH", `${url}/entries/${m1.id}`, { peerComments: "工作积极，带头作用明显" });
    expect(commented.peerComments).toBe("工作积极，带头作用明显");
    await refused(t, b.as.member1, "PUT", `${url}/my-entry`, { selfEvaluation: "改", partySpiritAnalysis: "改" }, "EVAL-02");
    detail = await ok(t, b.as.officerA, "POST", `${url}/advance`, { to: "voting" });
    expect(detail).toMatchObject({ phase: "voting", votingOpenedAt: expect.any(String), counts: { peerCommented: 1, ballots: 0 } });
    await refused(t, b.as.officerA, "PUT", `${url}/grades`, { items: [{ entryId: m1.id, finalGrade: "qualified" }] }, "EVAL-02");
    await refused(t, b.as.officerA, "POST", `${url}/advance`, { to: "grading" }, "EVAL-04");
  });

  it("takes one online ballot per participant, valid ballots only", async () => {
    const member = await ok(t, b.as.member1, "GET", url);
    expect(member.abilities).toMatchObject({ canVote: true, canManage: false });
    await refused(t, b.as.member1, "POST", `${url}/ballot`, { choices: ballotFor(b.graded.slice(0, 4)) }, "EVAL-06");
    await refused(t, b.as.member1, "POST", `${url}/ballot`, { choices: { ...ballotFor(b.graded), [b.members.p1.id]: "qualified" } }, "EVAL-06");
    await refused(t, b.as.member1, "POST", `${url}/ballot`, { choices: { ...ballotFor(b.graded), [b.members.outsider.id]: "qualified" } }, "EVAL-06");
    const receipt = await ok(t, b.as.member1, "POST", `${url}/ballot`, { choices: ballotFor(b.graded, (i) => (i === 0 ? "excellent" : "qualified")) });
    expect(receipt).toEqual({ accepted: 1, source: "online", ballots: 1, participants: 6 });
    await refused(t, b.as.member1, "POST", `${url}/ballot`, { choices: ballotFor(b.graded) }, "EVAL-05");
    const after = await ok(t, b.as.member1, "GET", url);
    expect(after).toMatchObject({ hasVoted: true, abilities: { canVote: false }, tally: null });
    // The probationary member takes part in the vote (测评 is no 表决, §1.5).
    await ok(t, b.as.probationer, "POST", `${url}/ballot`, { choices: ballotFor(b.graded, (i) => (i === 4 ? "unqualified" : "qualified")) });
  });

  it("takes paper ballots in bulk, never more ballots than participants, and a named paper voter cannot vote online too", async () => {
    const grid = [
      ballotFor(b.graded, (i) => (i === 0 ? "excellent" : "qualified")),
      ballotFor(b.graded, (i) => (i === 4 ? "unqualified" : "qualified")),
      ballotFor(b.graded, (i) => (i === 4 ? "basically_qualified" : "qualified")),
    ];
    await refused(t, b.as.officerA, "POST", `${url}/paper-ballots`, { ballots: [...grid, ...grid].map((choices) => ({ choices })) }, "EVAL-05");
    expect((await request(t, b.as.member1, "POST", `${url}/paper-ballots`, { ballots: [{ choices: grid[0] }] })).statusCode).toBe(403);
    const receipt = await ok(t, b.as.officerA, "POST", `${url}/paper-ballots`, { ballots: grid.map((choices) => ({ choices })), voterIds: [b.members.m2.id] });
    expect(receipt).toEqual({ accepted: 3, source: "paper", ballots: 5, participants: 6 });
    await refused(t, b.as.member2, "POST", `${url}/ballot`, { choices: ballotFor(b.graded) }, "EVAL-05");
    await refused(t, b.as.officerA, "POST", `${url}/paper-ballots`, { ballots: [{ choices: grid[0] }], voterIds: [b.members.m1.id] }, "EVAL-05");
    await ok(t, b.as.officerMember, "POST", `${url}/ballot`, { choices: ballotFor(b.graded, (i) => (i === 1 ? "excellent" : "qualified")) });
    // Six ballots for six participants: the vote is full.
    await refused(t, b.as.officerA, "POST", `${url}/paper-ballots`, { ballots: [{ choices: grid[0] }] }, "EVAL-05");
    detail = await ok(t, b.as.officerA, "GET", url);
    expect(detail.counts).toMatchObject({ ballots: 6, onlineBallots: 3, paperBallots: 3 });
    expect(detail.tally).toBeNull();
  });

  it("closes the vote with an exact tally and a hash a re-count reproduces", async () => {
    detail = await ok(t, b.as.officerA, "POST", `${url}/advance`, { to: "grading" });
    expect(detail).toMatchObject({ phase: "grading", votingClosedAt: expect.any(String), tally: { ballots: 6, online: 3, paper: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const votes = Object.fromEntries(detail.tally!.counts.map((c) => [c.memberName, c.votes]));
    expect(votes).toEqual({
      评议甲: { excellent: 2, qualified: 4, basically_qualified: 0, unqualified: 0 },
      评议乙: { excellent: 1, qualified: 5, basically_qualified: 0, unqualified: 0 },
      评议丙: { excellent: 0, qualified: 6, basically_qualified: 0, unqualified: 0 },
      评议丁: { excellent: 0, qualified: 6, basically_qualified: 0, unqualified: 0 },
      评议戊: { excellent: 0, qualified: 3, basically_qualified: 1, unqualified: 2 },
    });
    expect(entryOf(detail, b.members.m5.id).votes).toEqual(votes.评议戊);
    expect(entryOf(detail, b.members.p1.id).votes).toBeNull();
    const recount = await ok<Recount>(t, b.as.officerA, "GET", `${url}/tally`);
    expect(recount).toMatchObject({ reproducible: true, ballots: 6, storedHash: detail.tally!.hash, recountedHash: detail.tally!.hash });
    expect((await ok<Recount>(t, b.as.orgAdmin, "GET", `${url}/tally`)).reproducible).toBe(true);
    expect((await request(t, b.as.member1, "GET", `${url}/tally`)).statusCode).toBe(403);
  });

  it("grades within EVAL-01, with a reason for 不合格 and no grade for the probationary member", async () => {
    const id = (m: { id: string }) => entryOf(detail, m.id).id;
    const two = [b.members.m1, b.members.m2].map((m) => ({ entryId: id(m), proposedGrade: "excellent", finalGrade: "excellent" }));
    const eval01 = await refused(t, b.as.officerA, "PUT", `${url}/grades`, { items: two }, "EVAL-01");
    expect(eval01.error.message).toContain("最多 1 人");
    await refused(t, b.as.officerA, "PUT", `${url}/grades`, { items: [{ entryId: id(b.members.p1), finalGrade: "qualified" }] }, "EVAL-07");
    await refused(t, b.as.officerA, "PUT", `${url}/grades`, { items: [{ entryId: id(b.members.m5), finalGrade: "unqualified" }] }, "EVAL-10");
    detail = await ok(t, b.as.officerA, "PUT", `${url}/grades`, {
      items: [
        { entryId: id(b.members.m1), proposedGrade: "excellent", finalGrade: "excellent", gradeReason: "测评优秀票最多，带头作用突出" },
        ...[b.members.m2, b.members.m3, b.members.m4].map((m) => ({ entryId: id(m), proposedGrade: "qualified", finalGrade: "qualified" })),
        { entryId: id(b.members.m5), proposedGrade: "unqualified", finalGrade: "unqualified", gradeReason: "全年未参加组织生活，经教育仍无改进" },
      ],
    });
    expect(detail.counts).toMatchObject({ finalGraded: 5, finalExcellent: 1, excellentCap: 1 });
    expect(detail.advanceBlockers).toMatchObject([{ rule: "EVAL-08" }]);
    await refused(t, b.as.officerA, "POST", `${url}/advance`, { to: "published" }, "EVAL-08");
  });

  it("gives feedback to everyone, publishes, and opens a handling case for the 不合格 member in the same step", async () => {
    detail = await ok(t, b.as.officerA, "PUT", `${url}/feedback`, { items: detail.entries.map((e) => ({ entryId: e.id, feedback: `${e.memberName}：已当面反馈` })) });
    expect(detail.counts.feedbackGiven).toBe(6);
    detail = await ok(t, b.as.officerA, "POST", `${url}/advance`, { to: "published" });
    expect(detail).toMatchObject({ phase: "published", publishedOn: "2026-11-25", results: { excellent: 1, qualified: 3, basically_qualified: 0, unqualified: 1 } });
    const m5 = entryOf(detail, b.members.m5.id);
    expect(m5.handlingCaseId).toEqual(expect.any(String));
    expect(detail.entries.filter((e) => e.handlingCaseId)).toHaveLength(1);
    await refused(t, b.as.officerA, "PUT", `${url}/feedback`, { items: [{ entryId: m5.id, feedback: "改" }] }, "EVAL-02");
  });

  it("shows a member the published grades, their own feedback and nothing of anyone else's", async () => {
    const seen = await ok(t, b.as.member1, "GET", url);
    expect(seen.results).toEqual({ excellent: 1, qualified: 3, basically_qualified: 0, unqualified: 1 });
    expect(seen.entries.find((e) => e.isMine)).toMatchObject({ finalGrade: "excellent", feedback: "评议甲：已当面反馈" });
    const other = seen.entries.find((e) => e.memberId === b.members.m5.id)!;
    expect(other).toMatchObject({ finalGrade: "unqualified", feedback: null, gradeReason: null, votes: null, handlingCaseId: null, proposedGrade: null });
    expect(seen.tally).toBeNull();
    const mine = await ok<MyEvaluationPage>(t, b.as.member1, "GET", "/api/evaluations/mine");
    expect(mine.items[0]).toMatchObject({ campaign: { phase: "published" }, entry: { finalGrade: "excellent" }, hasVoted: true, ballotSheet: [] });
    expect(mine.items[0]!.results).toHaveLength(5);
  });

  it("reports to the higher committee with notes, and then nothing moves any more", async () => {
    await refused(t, b.as.officerA, "POST", `${url}/advance`, { to: "reported" }, "EVAL-09");
    detail = await ok(t, b.as.officerA, "POST", `${url}/advance`, { to: "reported", reportNotes: "已于11月25日将评议结果报镇党委" });
    expect(detail).toMatchObject({ phase: "reported", reportedOn: "2026-11-25", reportNotes: "已于11月25日将评议结果报镇党委", nextPhase: null, abilities: { canManage: false } });
    await refused(t, b.as.officerA, "POST", `${url}/advance`, { to: "reported" }, "EVAL-02");
  });

  it("lets the committee see its branches' campaigns and results, but not run them", async () => {
    const page = await ok<EvaluationCampaignPage>(t, b.as.orgAdmin, "GET", `/api/evaluations?orgId=${b.tree.committee.id}&year=2026`);
    expect(page.items).toEqual([expect.objectContaining({ orgName: "甲村党支部", phase: "reported", participants: 6, graded: 5, results: { excellent: 1, qualified: 3, basically_qualified: 0, unqualified: 1 } })]);
    expect(page.abilities.canCreate).toBe(false);
    const seen = await ok(t, b.as.orgAdmin, "GET", url);
    expect(seen.tally?.ballots).toBe(6);
    expect(seen.abilities.canManage).toBe(false);
    expect((await request(t, b.as.orgAdmin, "POST", "/api/evaluations", { orgId: b.tree.branchA.id, year: 2025 })).statusCode).toBe(403);
    expect((await ok<EvaluationCampaignPage>(t, b.as.orgAdmin, "GET", "/api/evaluations?phase=voting")).total).toBe(0);
  });
});

describe("scope", () => {
  let url: string;
  beforeAll(async () => {
    url = `/api/evaluations/${(await campaignAt(t, b, "self_evaluation", 2025)).id}`;
  });

  it("answers another branch's officer and another branch's member 404 for everything of the campaign", async () => {
    for (const session of [b.as.officerB, b.as.memberB]) {
      for (const [method, path, body] of [
        ["GET", url, undefined],
        ["GET", `${url}/tally`, undefined],
        ["PATCH", url, { studyNotes: "越权" }],
        ["POST", `${url}/advance`, { to: "peer_evaluation" }],
        ["PUT", `${url}/my-entry`, { selfEvaluation: "越权", partySpiritAnalysis: "越权" }],
        ["POST", `${url}/ballot`, { choices: ballotFor(b.graded) }],
      ] as const) {
        const response = await request(t, session, method, path, body);
        expect({ path, status: response.statusCode }).toEqual({ path, status: 404 });
        expect(response.body).not.toContain("甲村");
      }
    }
    const list = await ok<EvaluationCampaignPage>(t, b.as.officerB, "GET", "/api/evaluations");
    expect(list.total).toBe(0);
    expect((await ok<EvaluationCampaignPage>(t, b.as.memberB, "GET", "/api/evaluations")).total).toBe(0);
  });

  it("refuses a campaign for another branch (404), for a party group or committee (422/403), and for a future year", async () => {
    expect((await request(t, b.as.officerB, "POST", "/api/evaluations", { orgId: b.tree.branchA.id, year: 2024 })).statusCode).toBe(404);
    expect((await request(t, b.as.officerA, "POST", "/api/evaluations", { orgId: b.tree.groupA1.id, year: 2024 })).statusCode).toBe(403);
    const group = await request(t, b.as.admin, "POST", "/api/evaluations", { orgId: b.tree.groupA1.id, year: 2024 });
    expect(group.statusCode).toBe(403);
    const future = await request(t, b.as.officerA, "POST", "/api/evaluations", { orgId: b.tree.branchA.id, year: 2027 });
    expect(future.json().error).toMatchObject({ code: "evaluation.year_invalid" });
    expect((await request(t, b.as.member1, "POST", "/api/evaluations", { orgId: b.tree.branchA.id, year: 2024 })).statusCode).toBe(404);
  });

  it("lets a member see only the campaigns they take part in", async () => {
    const list = await ok<EvaluationCampaignPage>(t, b.as.member1, "GET", "/api/evaluations");
    expect(list.items.map((c) => c.year)).toEqual([2026, 2025]);
    const mine = await ok<MyEvaluationPage>(t, b.as.member1, "GET", "/api/evaluations/mine");
    expect(mine.items.map((i) => i.campaign.year)).toEqual([2026, 2025]);
    expect(mine.items[1]).toMatchObject({ abilities: { canEdit: true, canVote: false }, ballotSheet: [], results: [] });
    expect((await ok<MyEvaluationPage>(t, b.as.orgAdmin, "GET", "/api/evaluations/mine")).total).toBe(0);
  });

  it("refuses an officer who is no participant a ballot of their own (403)", async () => {
    expect((await request(t, b.as.officerA, "PUT", `${url}/my-entry`, { selfEvaluation: "自评", partySpiritAnalysis: "分析" })).json().error.code).toBe("evaluation.not_participant");
  });

  it("links the general meeting only when it is a general meeting of the branch itself", async () => {
    const meeting = async (orgId: string, type: string) =>
      (await t.deps.db.insert(meetingsTable).values({ orgId, type, topic: `${type}评议会`, heldOn: "2026-11-20" }).returning())[0]!;
    const own = await meeting(b.tree.branchA.id, "general_meeting");
    const committee = await meeting(b.tree.branchA.id, "committee_meeting");
    const other = await meeting(b.tree.branchB.id, "general_meeting");
    for (const id of ["00000000-0000-4000-8000-000000000000", committee.id, other.id]) {
      const response = await request(t, b.as.officerA, "PATCH", url, { meetingId: id });
      expect(response.json().error).toMatchObject({ code: "evaluation.meeting_invalid", details: [{ field: "meetingId" }] });
    }
    const linked = await ok(t, b.as.officerA, "PATCH", url, { meetingId: own.id });
    expect(linked.meeting).toEqual({ id: own.id, topic: "general_meeting评议会", heldOn: "2026-11-20" });
  });
});
