import type { LightMyRequestResponse } from "fastify";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandlingCaseDetail, HandlingCasePage } from "../../../shared/contracts/handling.contract";
import { buildMember, buildOrgTreeWithUsers, buildOrganization, buildUser, signIn, signInTree, type Session } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";
import { auditLogTable } from "../audit/audit.table";
import { evaluationCampaignsTable, evaluationEntriesTable } from "./evaluation.table";
import { hasOpenRectification, openHandlingCasesIn } from "./handling.service";

// The handling of unqualified members through the API (rules.md §3.2): both exits into the roster, the
// refusals (wrong body 403, §4, wrong order), scope, and overdue with the test clock (2026-11-25).

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>> & Record<"orgAdminOther" | "orgAdminSub", Session>;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  // Five long-standing full members: the general meeting's voters with the members handled below.
  for (let i = 0; i < 5; i += 1) await buildMember(t.system, { org: tree.branchA, joinedOn: "2009-06-01", fullMemberOn: "2010-06-01" });
  const orgAdminOther = await buildUser(t.system, { role: "org_admin", org: tree.otherCommittee });
  // A committee above the approving one: not the branch's approving body.
  const sub = await buildOrganization(t.system, { parent: tree.otherCommittee, kind: "committee", name: "测试子党委" });
  const orgAdminSub = await buildUser(t.system, { role: "org_admin", org: sub });
  as = { ...(await signInTree(t.app, tree)), orgAdminOther: await signIn(t.app, orgAdminOther.username), orgAdminSub: await signIn(t.app, orgAdminSub.username) };
});
afterAll(() => t.close());

// ——— Helpers ———

const memberOfA = () => buildMember(t.system, { org: tree.branchA, joinedOn: "2010-07-01" });

async function createCase(memberId: string, overrides: object = {}, session = as.officerA): Promise<HandlingCaseDetail> {
  const response = await create(memberId, overrides, session);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const create = (memberId: string, overrides: object = {}, session = as.officerA) =>
  t.app.inject({
    method: "POST",
    url: "/api/handling/cases",
    headers: session.headers,
    payload: { memberId, grounds: "民主评议被评为不合格：理想信念动摇，长期不参加组织生活", decidedOn: "2025-10-01", sanctionedForSameMatter: false, ...overrides },
  });

const step = (session: Session, id: string, body: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: `/api/handling/cases/${id}/steps`, headers: session.headers, payload: body });

async function recordOk(session: Session, id: string, body: Record<string, unknown>): Promise<HandlingCaseDetail> {
  const response = await step(session, id, body);
  expect(response.statusCode, `${String(body.kind)}: ${response.body}`).toBe(201);
  return response.json();
}

const getCase = (session: Session, id: string) => t.app.inject({ method: "GET", url: `/api/handling/cases/${id}`, headers: session.headers });
const list = (session: Session, query = "") => t.app.inject({ method: "GET", url: `/api/handling/cases${query}`, headers: session.headers });

function expectRefused(response: LightMyRequestResponse, status: number, rule: string, article?: string) {
  expect(response.statusCode, response.body).toBe(status);
  const { error } = response.json();
  expect(error.details[0].rule).toBe(rule);
  if (status === 422) expect(error.code).toBe(rule);
  if (article) expect(error.message).toContain(article);
}

/** A vote every entitled voter of branch A on the roster today attends and carries. */
async function unanimous(id: string) {
  const { entitledVotersToday: n } = (await getCase(as.officerA, id)).json() as HandlingCaseDetail;
  return { entitledVoters: n, present: n, inFavour: n, against: 0, abstaining: 0 };
}

/** Education, then 限期改正 decided on 2025-10-20: the deadline 2026-10-20 has passed by the test clock. */
async function rectifyingCase(memberId: string) {
  const opened = await createCase(memberId);
  await recordOk(as.officerA, opened.id, { kind: "education_talk", occurredOn: "2025-10-10", notes: "支部书记谈心谈话，指出问题" });
  return recordOk(as.officerA, opened.id, { kind: "meeting_decision", occurredOn: "2025-10-20", method: "rectify_by_deadline", notes: "支部委员会研究决定限期改正" });
}

// ——— The paths ———

describe("限期改正", () => {
  it("runs to the deadline, is flagged overdue, and closes as improved", async () => {
    const member = await memberOfA();
    const opened = await createCase(member.id);
    expect(opened).toMatchObject({ phase: "education", method: null, status: "open", memberName: member.name, orgName: tree.branchA.name, evaluation: null });
    expect(opened.abilities.recordableSteps.map((s) => s.kind)).toEqual(["education_talk", "follow_up", "conclusion"]);

    await recordOk(as.officerA, opened.id, { kind: "education_talk", occurredOn: "2025-10-10", notes: "谈心谈话" });
    const rectifying = await recordOk(as.officerA, opened.id, { kind: "meeting_decision", occurredOn: "2025-10-20", method: "rectify_by_deadline" });
    expect(rectifying).toMatchObject({ phase: "rectifying", method: "rectify_by_deadline", deadlineOn: "2026-10-20", daysToDeadline: -36 });
    // A year on: the deadline has passed, and no step was recorded for more than 90 days either.
    expect(rectifying.overdue).toEqual({ isOverdue: true, reasons: ["deadline_passed", "idle"] });
    expect(await hasOpenRectification(t.deps.db, [member.id, tree.users.officerA.id])).toEqual(new Set([member.id]));

    const overdue = (await list(as.orgAdmin, "?overdue=true&method=rectify_by_deadline")).json() as HandlingCasePage;
    expect(overdue.items.map((i) => i.id)).toContain(opened.id);

    const closed = await recordOk(as.officerA, opened.id, { kind: "follow_up", occurredOn: "2026-11-01", result: "improved", notes: "期满考察，已改正" });
    expect(closed).toMatchObject({ status: "closed", phase: "closed", outcome: "improved", closedOn: "2026-11-01", overdue: { isOverdue: false }, exit: null });
    expect(closed.abilities.recordableSteps).toEqual([]);
    expect(closed.steps.map((s) => [s.kind, s.decision])).toEqual([
      ["education_talk", null],
      ["meeting_decision", "passed"],
      ["follow_up", "improved"],
    ]);
    expect(await hasOpenRectification(t.deps.db, [member.id])).toEqual(new Set());
    const member_ = (await t.app.inject({ method: "GET", url: `/api/members/${member.id}`, headers: as.officerA.headers })).json();
    expect(member_.standing).toBe("active");
  });

  it("not improved → 劝其退党 → general meeting → committee approval: the member exits the roster", async () => {
    const member = await memberOfA();
    const c = await rectifyingCase(member.id);
    const persuading = await recordOk(as.officerA, c.id, { kind: "follow_up", occurredOn: "2026-10-25", result: "not_improved", notes: "期满仍无转变" });
    expect(persuading).toMatchObject({ phase: "persuading", method: "persuade_to_leave", daysToDeadline: null, overdue: { isOverdue: false } });

    await recordOk(as.officerA, c.id, { kind: "education_talk", occurredOn: "2026-11-01", notes: "劝其退党谈话，本人表示同意" });
    const preReviewed = await recordOk(as.orgAdmin, c.id, { kind: "pre_review", occurredOn: "2026-11-03", decision: "agreed" });
    expect(preReviewed.steps.at(-1)).toMatchObject({ kind: "pre_review", body: "committee", orgName: tree.committee.name });

    const vote = await unanimous(c.id);
    const decided = await recordOk(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote });
    expect(decided).toMatchObject({ phase: "awaiting_approval", status: "open" });
    expect(decided.steps.at(-1)!.facts).toMatchObject({ method: "persuade_to_leave", vote: { entitledVoters: vote.entitledVoters, needed: Math.floor(vote.entitledVoters / 2) + 1 } });
    expect(decided.abilities).toEqual({ recordableSteps: [expect.objectContaining({ kind: "education_talk" }), expect.objectContaining({ kind: "follow_up" }), { kind: "conclusion" }], waitingFor: ["committee"] });
    const committeeView = (await getCase(as.orgAdmin, c.id)).json() as HandlingCaseDetail;
    expect(committeeView.abilities.recordableSteps.map((s) => s.kind)).toEqual(["committee_approval", "conclusion"]);
    expect((await list(as.orgAdmin, "?awaitingApproval=true")).json().items.map((i: { id: string }) => i.id)).toContain(c.id);

    const approved = await recordOk(as.orgAdmin, c.id, { kind: "committee_approval", occurredOn: "2026-11-20", decision: "approved", documentNumber: "青党批〔2026〕8号" });
    expect(approved).toMatchObject({ status: "closed", outcome: "persuaded_to_leave", closedOn: "2026-11-20", exit: { occurredOn: "2026-11-20", exitKind: "persuaded_to_leave" } });

    const roster = (await t.app.inject({ method: "GET", url: `/api/members/${member.id}`, headers: as.officerA.headers })).json();
    expect(roster.standing).toBe("exited");
    const events = (await t.app.inject({ method: "GET", url: `/api/members/${member.id}/events`, headers: as.officerA.headers })).json();
    expect(events.items[0]).toMatchObject({ id: approved.exit!.eventId, type: "exit", occurredOn: "2026-11-20", details: { exitKind: "persuaded_to_leave" }, documents: [{ name: "上级党委批复", number: "青党批〔2026〕8号" }] });

    // EXIT-01 is the roster's own rule: an exited member's standing is not restored.
    const restore = await t.app.inject({ method: "POST", url: `/api/members/${member.id}/events`, headers: as.orgAdmin.headers, payload: { type: "restored", occurredOn: "2026-11-25" } });
    expect(restore.statusCode, restore.body).toBe(422);
    expect(restore.json().error.details[0].rule).toBe("EXIT-01");

    // Every change audited: the case's creation and each step, and the roster's exit in the same transaction.
    const audit = await t.deps.db.select({ action: auditLogTable.action }).from(auditLogTable).where(eq(auditLogTable.entityId, c.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["handling.create", ...Array(7).fill("handling.record_step")].sort());
    const exitAudit = await t.deps.db.select().from(auditLogTable).where(and(eq(auditLogTable.entityId, member.id), eq(auditLogTable.action, "member.record_event")));
    expect(exitAudit).toHaveLength(1);
  });
});

describe("除名 (劝而不退)", () => {
  it("a refusal turns 劝退 into 除名; the committee's approval removes the member", async () => {
    const member = await memberOfA();
    const c = await createCase(member.id, { decidedOn: "2026-09-01" });
    await recordOk(as.officerA, c.id, { kind: "education_talk", occurredOn: "2026-09-05", notes: "教育谈话，本人拒不认错" });
    const awaiting = await recordOk(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2026-09-20", method: "persuade_to_leave", vote: await unanimous(c.id) });
    expect(awaiting.phase).toBe("awaiting_approval");
    const removing = await recordOk(as.officerA, c.id, { kind: "follow_up", occurredOn: "2026-09-25", result: "refused", notes: "本人坚持不退党" });
    expect(removing).toMatchObject({ phase: "removing", method: "remove" });
    // The lapsed 劝退 decision cannot be approved any more.
    expectRefused(await step(as.orgAdmin, c.id, { kind: "committee_approval", occurredOn: "2026-09-30", decision: "approved" }), 422, "HANDLE-06", "第九条");

    // A failed vote is recorded, not refused; the branch may vote again.
    const failed = await recordOk(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2026-10-10", method: "remove", vote: { present: 6, inFavour: 2, against: 4, abstaining: 0 } });
    expect(failed).toMatchObject({ phase: "removing" });
    expect(failed.steps.at(-1)!.decision).toBe("failed");
    await recordOk(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2026-10-20", method: "remove", vote: await unanimous(c.id) });
    // A rejected approval goes back to the branch; a second approval ends the case.
    const rejected = await recordOk(as.orgAdmin, c.id, { kind: "committee_approval", occurredOn: "2026-10-25", decision: "rejected", notes: "材料不全" });
    expect(rejected.phase).toBe("removing");
    await recordOk(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2026-11-05", method: "remove", vote: await unanimous(c.id) });
    const removed = await recordOk(as.orgAdmin, c.id, { kind: "committee_approval", occurredOn: "2026-11-15", decision: "approved" });
    expect(removed).toMatchObject({ status: "closed", outcome: "removed_after_refusal", exit: { exitKind: "removed_after_refusal" } });
    const roster = (await t.app.inject({ method: "GET", url: `/api/members/${member.id}`, headers: as.officerA.headers })).json();
    expect(roster.standing).toBe("exited");
  });
});

describe("refusals", () => {
  it("answers 403 when the wrong body records a step (HANDLE-08)", async () => {
    const member = await memberOfA();
    const c = await rectifyingCase(member.id);
    await recordOk(as.officerA, c.id, { kind: "follow_up", occurredOn: "2026-10-25", result: "not_improved", notes: "仍无转变" });
    await recordOk(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2026-11-10", method: "persuade_to_leave", vote: await unanimous(c.id) });
    // A branch officer never approves; the committee never records the branch's decisions.
    expectRefused(await step(as.officerA, c.id, { kind: "committee_approval", occurredOn: "2026-11-20", decision: "approved" }), 403, "HANDLE-08");
    expectRefused(await step(as.orgAdmin, c.id, { kind: "education_talk", occurredOn: "2026-11-20", notes: "代为谈话" }), 403, "HANDLE-08");
    // A committee user opens no case: the branch does.
    expectRefused(await create((await memberOfA()).id, {}, as.orgAdmin), 403, "HANDLE-08");
  });

  it("lets only the nearest 基层党委 approve, not a committee above it", async () => {
    const subCommittee = await buildOrganization(t.system, { parent: tree.committee, kind: "committee", name: "测试下级党委" });
    const branchC = await buildOrganization(t.system, { parent: subCommittee, name: "丙村党支部" });
    for (let i = 0; i < 3; i += 1) await buildMember(t.system, { org: branchC, joinedOn: "2009-06-01", fullMemberOn: "2010-06-01" });
    const officerC = await signIn(t.app, (await buildUser(t.system, { role: "branch_officer", org: branchC })).username);
    const orgAdminC = await signIn(t.app, (await buildUser(t.system, { role: "org_admin", org: subCommittee })).username);
    const member = await buildMember(t.system, { org: branchC, joinedOn: "2010-07-01" });
    const c = await createCase(member.id, { decidedOn: "2026-10-01" }, officerC);
    expect(c.approvingCommittee).toEqual({ id: subCommittee.id, name: subCommittee.name });
    await recordOk(officerC, c.id, { kind: "education_talk", occurredOn: "2026-10-05", notes: "谈话" });
    const n = ((await getCase(officerC, c.id)).json() as HandlingCaseDetail).entitledVotersToday;
    await recordOk(officerC, c.id, { kind: "meeting_decision", occurredOn: "2026-10-20", method: "persuade_to_leave", vote: { present: n, inFavour: n, against: 0, abstaining: 0 } });
    // The town committee reaches the case (it is in its subtree) but is not the approving body.
    expectRefused(await step(as.orgAdmin, c.id, { kind: "committee_approval", occurredOn: "2026-11-01", decision: "approved" }), 403, "HANDLE-08");
    expect(((await getCase(as.orgAdmin, c.id)).json() as HandlingCaseDetail).abilities).toEqual({ recordableSteps: [], waitingFor: ["committee"] });
    const approved = await recordOk(orgAdminC, c.id, { kind: "committee_approval", occurredOn: "2026-11-01", decision: "approved" });
    expect(approved.outcome).toBe("persuaded_to_leave");
  });

  it("refuses a member sanctioned for the same matter (§4, HANDLE-01)", async () => {
    const member = await memberOfA();
    expectRefused(await create(member.id, { sanctionedForSameMatter: true }), 422, "HANDLE-01", "《不合格党员组织处置办法》第四条");
    const missing = await t.app.inject({ method: "POST", url: "/api/handling/cases", headers: as.officerA.headers, payload: { memberId: member.id, grounds: "事由", decidedOn: "2026-11-01" } });
    expect(missing.statusCode).toBe(400);
  });

  it("refuses a second open case, and a probationary member", async () => {
    const member = await memberOfA();
    await createCase(member.id);
    expectRefused(await create(member.id), 422, "HANDLE-10");
    const probationary = await buildMember(t.system, { org: tree.branchA, status: "probationary", joinedOn: "2026-03-01" });
    expectRefused(await create(probationary.id), 422, "HANDLE-10", "取消预备党员资格");
  });

  it("refuses steps out of order, with the rule and its article", async () => {
    const member = await memberOfA();
    const c = await createCase(member.id);
    expectRefused(await step(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2025-10-20", method: "rectify_by_deadline" }), 422, "HANDLE-02");
    await recordOk(as.officerA, c.id, { kind: "education_talk", occurredOn: "2025-10-10", notes: "谈话" });
    expectRefused(await step(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2025-10-20", method: "remove", vote: await unanimous(c.id) }), 422, "HANDLE-03", "第九条");
    expectRefused(await step(as.orgAdmin, c.id, { kind: "committee_approval", occurredOn: "2025-10-20", decision: "approved" }), 422, "HANDLE-06");
    expectRefused(await step(as.officerA, c.id, { kind: "education_talk", occurredOn: "2025-10-09", notes: "补记" }), 422, "HANDLE-09");
    expectRefused(await step(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2025-10-20", method: "persuade_to_leave" }), 422, "HANDLE-05");
    await recordOk(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2026-01-10", method: "rectify_by_deadline" });
    expectRefused(await step(as.officerA, c.id, { kind: "follow_up", occurredOn: "2026-11-25", result: "improved", notes: "提前结论" }), 422, "HANDLE-04", "1996");
    expectRefused(
      await step(as.officerA, c.id, { kind: "meeting_decision", occurredOn: "2026-11-25", method: "persuade_to_leave", vote: { ...(await unanimous(c.id)), entitledVoters: 99 } }),
      422,
      "HANDLE-04",
    );
  });

  it("withdraws a case opened in error, with its reason; a closed case admits nothing more", async () => {
    const member = await memberOfA();
    const c = await createCase(member.id, { decidedOn: "2026-11-20" });
    const withdrawn = await recordOk(as.officerA, c.id, { kind: "conclusion", occurredOn: "2026-11-21", outcome: "withdrawn", notes: "误将他人登记为不合格，撤销" });
    expect(withdrawn).toMatchObject({ status: "closed", outcome: "withdrawn", steps: [expect.objectContaining({ kind: "conclusion", notes: "误将他人登记为不合格，撤销" })] });
    expectRefused(await step(as.officerA, c.id, { kind: "education_talk", occurredOn: "2026-11-22", notes: "谈话" }), 422, "HANDLE-11");
    expect((await step(as.officerA, c.id, { kind: "conclusion", occurredOn: "2026-11-22", outcome: "withdrawn" })).statusCode).toBe(400);
  });
});

describe("scope", () => {
  let caseId: string;
  let memberId: string;
  beforeAll(async () => {
    memberId = (await memberOfA()).id;
    caseId = (await createCase(memberId, { decidedOn: "2026-11-01" })).id;
  });

  it("answers another branch's officer and another committee 404, exactly like a missing case", async () => {
    for (const session of [as.officerB, as.orgAdminOther, as.orgAdminSub]) {
      expect((await getCase(session, caseId)).statusCode).toBe(404);
      expect((await step(session, caseId, { kind: "education_talk", occurredOn: "2026-11-10", notes: "越权" })).statusCode).toBe(404);
      const page = (await list(session)).json() as HandlingCasePage;
      expect(page.items.map((i) => i.id)).not.toContain(caseId);
    }
    expect((await getCase(as.officerA, "00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await create(memberId, {}, as.officerB)).statusCode).toBe(404);
    expect((await list(as.officerB, `?orgId=${tree.branchA.id}`)).statusCode).toBe(404);
  });

  it("refuses the member role 403", async () => {
    expect((await list(as.memberA)).statusCode).toBe(403);
    expect((await getCase(as.memberA, caseId)).statusCode).toBe(403);
    expect((await create(memberId, {}, as.memberA)).statusCode).toBe(403);
    expect((await step(as.memberA, caseId, { kind: "education_talk", occurredOn: "2026-11-10", notes: "越权谈话" })).statusCode).toBe(403);
  });

  it("shows the committee every open case of its branches, with the counts", async () => {
    const memberB = await buildMember(t.system, { org: tree.branchB, joinedOn: "2012-01-01" });
    const caseB = (await createCase(memberB.id, { decidedOn: "2026-11-02" }, as.officerB)).id;
    const page = (await list(as.orgAdmin, "?status=open&pageSize=200")).json() as HandlingCasePage;
    expect(page.items.map((i) => i.id)).toEqual(expect.arrayContaining([caseId, caseB]));
    expect(page.items.every((i) => i.status === "open")).toBe(true);
    expect(page.counts.open).toBe(page.total);
    expect(page.abilities.canCreate).toBe(false);
    const officerPage = (await list(as.officerA)).json() as HandlingCasePage;
    expect(officerPage.items.every((i) => i.orgId === tree.branchA.id)).toBe(true);
    expect(officerPage.abilities.canCreate).toBe(true);
    const onlyB = (await list(as.orgAdmin, `?orgId=${tree.branchB.id}`)).json() as HandlingCasePage;
    expect(onlyB.items.map((i) => i.id)).toEqual([caseB]);
    expect(onlyB.counts).toEqual({ open: 1, overdue: 0, awaitingApproval: 0 });
  });
});

describe("overdue", () => {
  it("flags an open case with no step for 90 days, and counts it", async () => {
    const member = await memberOfA();
    const idle = await createCase(member.id, { decidedOn: "2026-08-26" });
    expect(idle.overdue).toEqual({ isOverdue: true, reasons: ["idle"] });
    const fresh = await createCase((await memberOfA()).id, { decidedOn: "2026-08-27" });
    expect(fresh.overdue.isOverdue).toBe(false);
    const overdue = (await list(as.orgAdmin, "?overdue=true&pageSize=200")).json() as HandlingCasePage;
    expect(overdue.items.map((i) => i.id)).toContain(idle.id);
    expect(overdue.items.map((i) => i.id)).not.toContain(fresh.id);
    expect(overdue.items.every((i) => i.overdue.isOverdue)).toBe(true);
    expect(overdue.counts.overdue).toBe(overdue.total);
    const notOverdue = (await list(as.orgAdmin, "?overdue=false&status=open&pageSize=200")).json() as HandlingCasePage;
    expect(notOverdue.items.map((i) => i.id)).toContain(fresh.id);
    // A step brings it back to life.
    const talked = await recordOk(as.officerA, idle.id, { kind: "education_talk", occurredOn: "2026-11-20", notes: "谈话" });
    expect(talked.overdue.isOverdue).toBe(false);
  });
});

describe("from a published evaluation (seam 3)", () => {
  it("opens cases with no method inside the caller's transaction, linked to the campaign", async () => {
    const member = await memberOfA();
    const [campaign] = await t.deps.db.insert(evaluationCampaignsTable).values({ orgId: tree.branchA.id, year: 2025, title: "2025年度民主评议党员", phase: "published" }).returning();
    const [entry] = await t.deps.db.insert(evaluationEntriesTable).values({ campaignId: campaign!.id, memberId: member.id, finalGrade: "unqualified" }).returning();
    const opened = await t.deps.db.transaction((tx) =>
      openHandlingCasesIn(tx, t.system, [{ memberId: member.id, orgId: tree.branchA.id, entryId: entry!.id, grounds: "2025年度民主评议评定为不合格", decidedOn: "2026-01-15" }]),
    );
    expect(opened).toEqual([{ id: expect.any(String), memberId: member.id }]);
    const detail = (await getCase(as.orgAdmin, opened[0]!.id)).json() as HandlingCaseDetail;
    expect(detail).toMatchObject({
      method: null,
      phase: "education",
      decidedOn: "2026-01-15",
      evaluation: { campaignId: campaign!.id, title: "2025年度民主评议党员", year: 2025, entryId: entry!.id },
      overdue: { isOverdue: true, reasons: ["idle"] },
    });
  });
});
