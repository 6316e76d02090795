import { eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DevelopmentPersonDetail } from "../../../shared/contracts/development.contract";
import { STEP_BY_CODE, type StepCode } from "../../../shared/development-steps";
import { buildIdNumber, buildMember, buildOrgTreeWithUsers, buildOrganization, buildUser, signIn, signInTree, type Session } from "../../../../test/factories";
import { SAMPLE_PDF } from "../../../../test/fixtures/files";
import { multipart } from "../../../../test/fixtures/member-workbooks";
import { buildTestApp, type TestApp } from "../../../../test/server";
import type { OrgRow } from "../organizations/organizations.repository";
import { handlingCasesTable } from "../evaluation/evaluation.table";

// Every rule refusal of POST /api/development/people/:id/steps, reached by a real case: 422 with
// error.code = the rule id, details[0] naming the field and the rule, and the article in the
// Chinese message. The test clock reads 2026-11-25; every step is dated in the past.

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>> & Record<"orgAdminSub" | "officerGeneral" | "orgAdminOther", Session>;
/** Five full members of branch A since 2010: cultivators, introducers and the 5 entitled voters of every meeting below. */
let full: { id: string; name: string }[];
let probationaryA: { id: string };
let suspendedA: { id: string };
let memberB: { id: string };
/** Committee → sub-committee (approving) → general branch → branch B2, under the tree's committee. */
let sub: OrgRow;
let branchB2: OrgRow;
let fullB2: { id: string }[];

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  full = [];
  for (let i = 0; i < 5; i += 1) full.push(await buildMember(t.system, { org: tree.branchA, joinedOn: "2009-06-01", fullMemberOn: "2010-06-01" }));
  probationaryA = await buildMember(t.system, { org: tree.branchA, status: "probationary", joinedOn: "2026-03-01" });
  suspendedA = await buildMember(t.system, { org: tree.branchA, joinedOn: "2009-06-01", fullMemberOn: "2010-06-01" });
  memberB = await buildMember(t.system, { org: tree.branchB, joinedOn: "2009-06-01", fullMemberOn: "2010-06-01" });

  sub = await buildOrganization(t.system, { parent: tree.committee, kind: "committee", name: "测试子党委" });
  const general = await buildOrganization(t.system, { parent: sub, kind: "general_branch", name: "测试党总支" });
  branchB2 = await buildOrganization(t.system, { parent: general, name: "丙村党支部" });
  fullB2 = [await buildMember(t.system, { org: branchB2 }), await buildMember(t.system, { org: branchB2 })];
  const orgAdminSub = await buildUser(t.system, { role: "org_admin", org: sub });
  const officerGeneral = await buildUser(t.system, { role: "branch_officer", org: general });
  const orgAdminOther = await buildUser(t.system, { role: "org_admin", org: tree.otherCommittee });
  as = {
    ...(await signInTree(t.app, tree)),
    orgAdminSub: await signIn(t.app, orgAdminSub.username),
    officerGeneral: await signIn(t.app, officerGeneral.username),
    orgAdminOther: await signIn(t.app, orgAdminOther.username),
  };
  const suspended = await t.app.inject({ method: "POST", url: `/api/members/${suspendedA.id}/events`, headers: as.officerA.headers, payload: { type: "suspended", occurredOn: "2024-01-01" } });
  expect(suspended.statusCode, suspended.body).toBe(201);
});
afterAll(() => t.close());

// ——— Helpers ———

const vote = (present: number, inFavour: number, extra: object = {}) => ({ present, inFavour, against: present - inFavour, abstaining: 0, ballot: "secret", ...extra });

async function createApplicant(session: Session, overrides: object = {}): Promise<string> {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/development/people",
    headers: session.headers,
    payload: { orgId: tree.branchA.id, name: "王发展", gender: "female", ethnicity: "汉族", idNumber: buildIdNumber(undefined, "female"), applicationReceivedOn: "2023-03-01", ...overrides },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as DevelopmentPersonDetail).id;
}

const step = (session: Session, id: string, body: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: `/api/development/people/${id}/steps`, headers: session.headers, payload: body });

/** The branch officer of A for branch steps, the committee's org_admin for committee steps. */
const sessionFor = (code: StepCode) => (STEP_BY_CODE[code].body === "committee" ? as.orgAdmin : as.officerA);

async function recordOk(id: string, body: Record<string, unknown>, session = sessionFor(body.code as StepCode)): Promise<DevelopmentPersonDetail> {
  const response = await step(session, id, body);
  expect(response.statusCode, `${String(body.code)}: ${response.body}`).toBe(201);
  return response.json();
}

function expectRefused(response: LightMyRequestResponse, rule: string, field: string, article: string) {
  expect(response.statusCode, response.body).toBe(422);
  const { error } = response.json();
  expect(error.code).toBe(rule);
  expect(error.details[0]).toMatchObject({ field, rule });
  expect(error.message).toContain(article);
  expect(error.message).toContain(rule);
}

const refuse = async (id: string, body: Record<string, unknown>, rule: string, field: string, article: string, session = sessionFor(body.code as StepCode)) =>
  expectRefused(await step(session, id, body), rule, field, article);

const detailOf = async (session: Session, id: string) => t.app.inject({ method: "GET", url: `/api/development/people/${id}`, headers: session.headers });

/** One ordinary case from the talk to the probation records, all in the 2014 rule set unless a period says otherwise. */
const WALK: Record<string, unknown>[] = [
  { code: "applicantTalk", occurredOn: "2023-03-20" },
  { code: "determineActivist", occurredOn: "2023-05-10", recommendation: "mass_organization" },
  { code: "fileActivist", occurredOn: "2023-05-15" },
  { code: "assignCultivators", occurredOn: "2023-05-16", cultivatorIds: [] },
  { code: "cultivation", occurredOn: "2023-10-01" },
  { code: "cultivation", occurredOn: "2024-04-01" },
  { code: "determineCandidate", occurredOn: "2024-05-20" },
  { code: "fileCandidate", occurredOn: "2024-05-25" },
  { code: "assignIntroducers", occurredOn: "2024-06-01", introducerIds: [] },
  { code: "politicalReview", occurredOn: "2024-06-20", decision: "passed" },
  { code: "centralizedTraining", occurredOn: "2024-06-25", days: 3 },
  { code: "committeeReview", occurredOn: "2024-07-01" },
  { code: "preReview", occurredOn: "2024-07-10", decision: "passed" },
  { code: "admissionForm", occurredOn: "2024-07-15" },
  { code: "admissionMeeting", occurredOn: "2024-07-20", vote: vote(5, 5) },
  { code: "approvalTalk", occurredOn: "2024-08-01" },
  { code: "approval", occurredOn: "2024-08-20", decision: "passed" },
  { code: "fileAdmission", occurredOn: "2024-08-25" },
  { code: "oath", occurredOn: "2024-09-01" },
  { code: "assignGroup", occurredOn: "2024-09-01" },
  { code: "probationEducation", occurredOn: "2025-01-10" },
];

/** Records the walk's steps from the first `from` up to (not including) the first `until`. */
async function walk(id: string, from: StepCode, until: StepCode | null) {
  const start = WALK.findIndex((s) => s.code === from);
  const end = until ? WALK.findIndex((s) => s.code === until) : WALK.length;
  let detail: DevelopmentPersonDetail | undefined;
  for (const body of WALK.slice(start, end)) {
    const filled = { ...body };
    if (body.code === "assignCultivators") filled.cultivatorIds = [full[0]!.id];
    if (body.code === "assignIntroducers") filled.introducerIds = [full[0]!.id, full[1]!.id];
    detail = await recordOk(id, filled);
  }
  return detail!;
}

// ——— One case, refused at every rule on its way from application to full membership ———

describe("one case through every refusal (2014 rule set)", () => {
  let id: string;
  beforeAll(async () => {
    id = await createApplicant(as.officerA, { name: "王一" });
    await walk(id, "applicantTalk", "assignCultivators");
  });

  it("DEV-05: refuses three cultivators and a probationary cultivator; one full member is fine", async () => {
    await refuse(id, { code: "assignCultivators", occurredOn: "2023-05-16", cultivatorIds: [full[0]!.id, full[1]!.id, full[2]!.id] }, "DEV-05", "cultivatorIds", "第九条");
    await refuse(id, { code: "assignCultivators", occurredOn: "2023-05-16", cultivatorIds: [full[0]!.id, probationaryA.id] }, "DEV-05", "cultivatorIds.1", "第九条");
    const detail = await recordOk(id, { code: "assignCultivators", occurredOn: "2023-05-16", cultivatorIds: [full[0]!.id] });
    expect(detail.steps.at(-1)!.facts).toMatchObject({ cultivators: [{ id: full[0]!.id, name: full[0]!.name }] });
  });

  it("DEV-06: refuses the candidate while a half year has no inspection", async () => {
    await recordOk(id, { code: "cultivation", occurredOn: "2023-10-01" });
    const response = await step(as.officerA, id, { code: "determineCandidate", occurredOn: "2024-05-20" });
    expectRefused(response, "DEV-06", "occurredOn", "第十一条");
    expect(response.json().error.message).toContain("2023-11-10 至 2024-05-10");
  });

  it("DEV-07: refuses the candidate the day before the activist's anniversary; accepts it on the day", async () => {
    await recordOk(id, { code: "cultivation", occurredOn: "2024-04-01" });
    await refuse(id, { code: "determineCandidate", occurredOn: "2024-05-09" }, "DEV-07", "occurredOn", "第十三条");
    const detail = await recordOk(id, { code: "determineCandidate", occurredOn: "2024-05-10" });
    expect(detail).toMatchObject({ stage: "candidate", candidateOn: "2024-05-10" });
    await recordOk(id, { code: "fileCandidate", occurredOn: "2024-05-15" });
  });

  it("DEV-09: refuses one introducer, a suspended one and a probationary one; two full members are fine", async () => {
    const introduce = (introducerIds: string[]) => ({ code: "assignIntroducers", occurredOn: "2024-06-01", introducerIds });
    await refuse(id, introduce([full[0]!.id]), "DEV-09", "introducerIds", "第十四条");
    await refuse(id, introduce([full[0]!.id, suspendedA.id]), "DEV-09", "introducerIds.1", "第十四条");
    await refuse(id, introduce([probationaryA.id, full[1]!.id]), "DEV-09", "introducerIds.0", "第十四条");
    // A member in an open 限期改正 (不合格党员组织处置) cannot introduce anyone meanwhile.
    const [rectifying] = await t.deps.db
      .insert(handlingCasesTable)
      .values({ memberId: full[2]!.id, orgId: tree.branchA.id, method: "rectify_by_deadline", grounds: "民主评议不合格", decidedOn: "2024-01-10", deadlineOn: "2025-01-10" })
      .returning();
    await refuse(id, introduce([full[0]!.id, full[2]!.id]), "DEV-09", "introducerIds.1", "限期改正");
    await t.deps.db.update(handlingCasesTable).set({ status: "closed", outcome: "improved", closedOn: "2024-05-01" }).where(eq(handlingCasesTable.id, rectifying!.id));
    await recordOk(id, introduce([full[0]!.id, full[1]!.id]));
  });

  it("DEV-11: refuses 2 days / 16 hours; only the committee may record a special case (SOD-02), and then it passes", async () => {
    const short = { code: "centralizedTraining", occurredOn: "2024-06-25", days: 2, hours: 16 };
    await refuse(id, short, "DEV-11", "days", "第十七条", as.officerA);
    const byBranch = await step(as.officerA, id, { ...short, exceptionReason: "汛期抢险，个别补学" });
    expect(byBranch.statusCode, byBranch.body).toBe(403);
    expect(byBranch.json().error).toMatchObject({ code: "development.wrong_body", details: [{ field: "code", rule: "SOD-02" }] });
    const detail = await recordOk(id, { ...short, exceptionReason: "汛期抢险，个别补学" }, as.orgAdmin);
    expect(detail.steps.at(-1)).toMatchObject({ code: "centralizedTraining", body: "committee", facts: { days: 2, hours: 16, exceptionReason: "汛期抢险，个别补学" } });
  });

  it("DEV-10: a failed political review is recorded, and the pre-review is refused until a second review passes", async () => {
    const failed = await recordOk(id, { code: "politicalReview", occurredOn: "2024-06-10", decision: "not_passed" });
    expect(failed.checklist.find((c) => c.code === "politicalReview")!.state).toBe("failed");
    expect(failed.status).toBe("open");
    const response = await step(as.orgAdmin, id, { code: "preReview", occurredOn: "2024-07-10", decision: "passed" });
    expectRefused(response, "DEV-10", "code", "第十六条");
    expect(response.json().error.message).toContain("未通过");
    await recordOk(id, { code: "politicalReview", occurredOn: "2024-06-20", decision: "passed" });
    await recordOk(id, { code: "committeeReview", occurredOn: "2024-07-01" });
  });

  it("DEV-14: refuses the admission form before the pre-review", async () => {
    await refuse(id, { code: "admissionForm", occurredOn: "2024-07-05" }, "DEV-14", "code", "第十九条");
  });

  it("DEV-10: refuses a pre-review after the review's 12 months of validity", async () => {
    await refuse(id, { code: "preReview", occurredOn: "2025-06-21", decision: "passed" }, "DEV-10", "occurredOn", "第十六条");
  });

  it("DEV-13b: refuses the pre-review of someone leaving their unit within three months", async () => {
    const patch = (plannedLeaveOn: string | null) => t.app.inject({ method: "PATCH", url: `/api/development/people/${id}`, headers: as.officerA.headers, payload: { plannedLeaveOn } });
    expect((await patch("2024-10-10")).statusCode).toBe(200);
    await refuse(id, { code: "preReview", occurredOn: "2024-07-10", decision: "passed" }, "DEV-13b", "occurredOn", "第十九条");
    expect((await patch(null)).statusCode).toBe(200);
    await recordOk(id, { code: "preReview", occurredOn: "2024-07-10", decision: "passed" });
    await recordOk(id, { code: "admissionForm", occurredOn: "2024-07-15" });
  });

  it("an org_admin of another committee does not see the case (404)", async () => {
    expect((await detailOf(as.orgAdminOther, id)).statusCode).toBe(404);
    expect((await step(as.orgAdminOther, id, { code: "admissionMeeting", occurredOn: "2024-07-20", vote: vote(5, 5) })).statusCode).toBe(404);
  });

  it("DEV-15: refuses a wrong entitledVoters and an exclusion from outside the branch; a valid exclusion lowers the count", async () => {
    const meeting = (v: object) => ({ code: "admissionMeeting", occurredOn: "2024-07-20", vote: v });
    const wrong = await step(as.officerA, id, meeting(vote(4, 4, { entitledVoters: 4 })));
    expectRefused(wrong, "DEV-15", "vote.entitledVoters", "第二十一、二十二条");
    // The roster counts 5: the suspended and the probationary member have no vote.
    expect(wrong.json().error.message).toContain("应到会有表决权的正式党员为 5 人");
    await refuse(id, meeting(vote(3, 3, { excludedFromQuorum: [{ memberId: memberB.id, reason: "ill" }] })), "DEV-15", "vote.excludedFromQuorum.0.memberId", "第二十一、二十二条");
    // With one of the 5 left out (ill), 3 present of 4 make the quorum and 3 in favour pass.
    const detail = await recordOk(id, meeting(vote(3, 3, { entitledVoters: 4, excludedFromQuorum: [{ memberId: full[4]!.id, reason: "ill" }] })));
    expect(detail.steps.at(-1)).toMatchObject({ code: "admissionMeeting", decision: "passed", facts: { vote: { entitledVoters: 4 } } });
    expect(detail).toMatchObject({ admittedOn: "2024-07-20" });
    await recordOk(id, { code: "approvalTalk", occurredOn: "2024-08-01" });
  });

  it("DEV-17: refuses an approval past three months without notes, and any past six months; with notes it passes", async () => {
    const approve = (occurredOn: string, notes?: string) => ({ code: "approval", occurredOn, decision: "passed", ...(notes ? { notes } : {}) });
    await refuse(id, approve("2024-10-21"), "DEV-17", "notes", "第二十五条");
    await refuse(id, approve("2025-01-21", "上级党委换届，延期审批"), "DEV-17", "occurredOn", "第二十五条");
    const detail = await recordOk(id, approve("2024-10-21", "上级党委换届，延期审批"));
    // DEV-21: the probation counts from the meeting, not the approval.
    expect(detail).toMatchObject({ stage: "probationary", approvedOn: "2024-10-21", probationEndsOn: "2025-07-20" });
    await recordOk(id, { code: "fileAdmission", occurredOn: "2024-10-25" });
    await recordOk(id, { code: "oath", occurredOn: "2024-11-01" });
    await recordOk(id, { code: "assignGroup", occurredOn: "2024-11-01", groupOrgId: tree.groupA1.id });
    await recordOk(id, { code: "probationEducation", occurredOn: "2025-01-10" });
    await recordOk(id, { code: "conversionApplication", occurredOn: "2025-06-20" });
  });

  it("DEV-23: refuses a conversion meeting before the probation ends and an extension of 5 months", async () => {
    await refuse(id, { code: "conversionMeeting", occurredOn: "2025-07-19", proposal: "convert", vote: vote(5, 5) }, "DEV-23", "occurredOn", "第三十二条");
    await refuse(id, { code: "conversionMeeting", occurredOn: "2025-07-20", proposal: "extend", extensionMonths: 5, vote: vote(5, 5) }, "DEV-23", "extensionMonths", "第三十二条");
    const detail = await recordOk(id, { code: "conversionMeeting", occurredOn: "2025-07-20", proposal: "extend", extensionMonths: 6, vote: vote(5, 5) });
    expect(detail.steps.at(-1)!.decision).toBe("extend");
  });

  it("DEV-24: refuses the approval 3 months and a day after the meeting; an approved extension moves the end and opens a second round", async () => {
    await refuse(id, { code: "conversionApproval", occurredOn: "2025-10-21", decision: "passed" }, "DEV-24", "occurredOn", "第三十四条");
    const detail = await recordOk(id, { code: "conversionApproval", occurredOn: "2025-08-01", decision: "passed" });
    expect(detail).toMatchObject({ stage: "probationary", probationEndsOn: "2026-01-20", fullMemberOn: null });
    expect(detail.checklist.find((c) => c.code === "conversionApplication")!.state).toBe("next");
    expect(detail.nextDue).toMatchObject({ code: "conversionMeeting", dueOn: "2026-01-20", rule: "DEV-23" });
    const officerView = (await detailOf(as.officerA, id)).json() as DevelopmentPersonDetail;
    expect(officerView.abilities.recordableSteps).toContain("conversionApplication");
  });

  it("DEV-23: refuses a second extension; conversion then dates full membership at the extended end", async () => {
    await recordOk(id, { code: "conversionApplication", occurredOn: "2026-01-10" });
    await refuse(id, { code: "conversionMeeting", occurredOn: "2026-01-20", proposal: "extend", extensionMonths: 6, vote: vote(5, 5) }, "DEV-23", "proposal", "第三十二条");
    await recordOk(id, { code: "conversionMeeting", occurredOn: "2026-01-20", proposal: "convert", vote: vote(5, 5) });
    const detail = await recordOk(id, { code: "conversionApproval", occurredOn: "2026-02-01", decision: "passed" });
    expect(detail).toMatchObject({ stage: "full_member", fullMemberOn: "2026-01-20" });
    const member = await t.app.inject({ method: "GET", url: `/api/members/${detail.memberId}`, headers: as.officerA.headers });
    expect(member.json()).toMatchObject({ status: "full", joinedOn: "2024-07-20", fullMemberOn: "2026-01-20" });
  });
});

describe("cancellation of the probationary status", () => {
  it("a passed cancel proposal, once approved, closes the case and takes the member off the roster", async () => {
    const id = await createApplicant(as.officerA, { name: "王取消" });
    await walk(id, "applicantTalk", null);
    await recordOk(id, { code: "conversionApplication", occurredOn: "2025-05-01" });
    // DEV-23: a cancellation may come before the probation ends (2025-07-20).
    const meeting = await recordOk(id, { code: "conversionMeeting", occurredOn: "2025-06-01", proposal: "cancel", vote: vote(5, 4) });
    expect(meeting.steps.at(-1)!.decision).toBe("cancel");
    const detail = await recordOk(id, { code: "conversionApproval", occurredOn: "2025-06-15", decision: "passed" });
    expect(detail).toMatchObject({ status: "closed", closeReason: "probation_cancelled", nextDue: null, abilities: { recordableSteps: [] } });

    const member = await t.app.inject({ method: "GET", url: `/api/members/${detail.memberId}`, headers: as.officerA.headers });
    expect(member.json()).toMatchObject({ status: "probationary", standing: "exited" });
    const events = await t.app.inject({ method: "GET", url: `/api/members/${detail.memberId}/events`, headers: as.officerA.headers });
    expect(events.json().items[0]).toMatchObject({ type: "exit", occurredOn: "2025-06-15", details: { exitKind: "probation_cancelled" } });
    expect((await step(as.officerA, id, { code: "archive", occurredOn: "2025-07-01" })).json().error.code).toBe("development.case_not_open");
  });
});

describe("separation of duties in a deeper tree (committee → sub-committee → general branch → branch)", () => {
  let id: string;
  beforeAll(async () => {
    id = await createApplicant(as.officerGeneral, { orgId: branchB2.id, name: "王总支" });
  });

  it("SOD-01: an officer of the general branch above the branch records the branch's steps", async () => {
    const detail = await recordOk(id, { code: "applicantTalk", occurredOn: "2023-03-20" }, as.officerGeneral);
    expect(detail.steps.at(-1)).toMatchObject({ code: "applicantTalk", body: "branch" });
    expect(detail.approvingCommittee).toEqual({ id: sub.id, name: "测试子党委" });
    await recordOk(id, { code: "determineActivist", occurredOn: "2023-05-10", recommendation: "member_recommendation" }, as.officerGeneral);
    await recordOk(id, { code: "fileActivist", occurredOn: "2023-05-15" }, as.officerGeneral);
    await recordOk(id, { code: "assignCultivators", occurredOn: "2023-05-16", cultivatorIds: [fullB2[0]!.id, fullB2[1]!.id] }, as.officerGeneral);
  });

  it("SOD-02: the org_admin of the committee above the approving one sees the case but may not pre-review (403)", async () => {
    const view = (await detailOf(as.orgAdmin, id)).json() as DevelopmentPersonDetail;
    expect(view.abilities.recordableSteps).toEqual([]);
    const response = await step(as.orgAdmin, id, { code: "preReview", occurredOn: "2023-06-01", decision: "passed" });
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json().error).toMatchObject({ code: "development.wrong_body", details: [{ field: "code", rule: "SOD-02" }] });
    expect(response.json().error.message).toContain("SOD-02");
  });

  it("the approving sub-committee passes the duty check and meets the order rule instead", async () => {
    const response = await step(as.orgAdminSub, id, { code: "preReview", occurredOn: "2023-06-01", decision: "passed" });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.code).toBe("DEV-SEQ");
    const branchStep = await step(as.orgAdminSub, id, { code: "cultivation", occurredOn: "2023-10-01" });
    expect(branchStep.json().error).toMatchObject({ code: "development.wrong_body", details: [{ rule: "SOD-01" }] });
  });

  it("an org_admin of another committee gets 404", async () => {
    expect((await detailOf(as.orgAdminOther, id)).statusCode).toBe(404);
    expect((await step(as.orgAdminOther, id, { code: "preReview", occurredOn: "2023-06-01", decision: "passed" })).statusCode).toBe(404);
  });
});

describe("documents of a case", () => {
  const upload = (session: Session, id: string, filename: string) => {
    const form = multipart([{ name: "file", filename, content: SAMPLE_PDF, contentType: "application/pdf" }]);
    return t.app.inject({ method: "POST", url: `/api/development/people/${id}/documents`, headers: { ...session.headers, ...form.headers }, payload: form.payload });
  };

  it("uploads a PDF, attaches it to a step, refuses another case's document, and zips it", async () => {
    const id = await createApplicant(as.officerA, { name: "王材料" });
    const other = await createApplicant(as.officerA, { name: "王别人" });
    const uploaded = await upload(as.officerA, id, "入党申请书.pdf");
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const file = uploaded.json() as { id: string; name: string; sha256: string };
    expect(file).toMatchObject({ name: "入党申请书.pdf", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const foreign = (await upload(as.officerA, other, "别人的材料.pdf")).json() as { id: string };

    const refused = await step(as.officerA, id, { code: "applicantTalk", occurredOn: "2023-03-20", documentIds: [file.id, foreign.id] });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error).toMatchObject({ code: "development.document_invalid", details: [{ field: "documentIds.1" }] });

    const detail = await recordOk(id, { code: "applicantTalk", occurredOn: "2023-03-20", documentIds: [file.id] });
    expect(detail.steps.at(-1)!.documents).toEqual([{ fileId: file.id, name: "入党申请书.pdf" }]);
    expect(detail.files.map((f) => f.id)).toEqual([file.id]);

    const zip = await t.app.inject({ method: "GET", url: `/api/development/people/${id}/documents.zip`, headers: as.officerA.headers });
    expect(zip.statusCode).toBe(200);
    expect(zip.headers["content-type"]).toBe("application/zip");
    const entries = unzipSync(new Uint8Array(zip.rawPayload));
    expect(Object.keys(entries)).toEqual(["入党申请书.pdf"]);
    expect(Buffer.from(entries["入党申请书.pdf"]!).equals(SAMPLE_PDF)).toBe(true);
  });
});

// Last: the period below applies to the whole database, so every case above was judged before it existed.
describe("the 2026 rule set, from 2024-01-01 (DEV-X1..X4)", () => {
  let id: string;
  beforeAll(async () => {
    const period = await t.app.inject({
      method: "POST",
      url: "/api/development/rule-sets",
      headers: as.admin.headers,
      payload: { ruleSet: "2026", effectiveFrom: "2024-01-01", note: "测试：已核对2026年修订正式文本" },
    });
    expect(period.statusCode, period.body).toBe(201);
    expect(period.json()).toMatchObject({ ruleSet: "2026", effectiveFrom: "2024-01-01" });
    id = await createApplicant(as.officerA, { name: "王新规" });
    await walk(id, "applicantTalk", "determineCandidate");
  });

  it("judges steps dated before 2024-01-01 by the 2014 rules, later ones by 2026", async () => {
    const detail = (await detailOf(as.officerA, id)).json() as DevelopmentPersonDetail;
    const ruleSets = detail.steps.map((s) => [s.code, s.occurredOn, s.ruleSet]);
    expect(ruleSets).toEqual([
      ["submitApplication", "2023-03-01", "2014"],
      ["applicantTalk", "2023-03-20", "2014"],
      ["determineActivist", "2023-05-10", "2014"],
      ["fileActivist", "2023-05-15", "2014"],
      ["assignCultivators", "2023-05-16", "2014"],
      ["cultivation", "2023-10-01", "2014"],
      ["cultivation", "2024-04-01", "2026"],
    ]);
    expect(detail.steps[1]!.rulesChecked).toContainEqual({ rule: "DEV-02", article: "《中国共产党发展党员工作细则》（2014）第七条" });
  });

  it("DEV-X2: refuses a candidate without publicity and with 4 working days; 5 pass", async () => {
    await refuse(id, { code: "determineCandidate", occurredOn: "2024-05-20" }, "DEV-X2", "publicityFrom", "2026年修订");
    const four = await step(as.officerA, id, { code: "determineCandidate", occurredOn: "2024-05-20", publicityFrom: "2024-05-13", publicityTo: "2024-05-16" });
    expectRefused(four, "DEV-X2", "publicityTo", "第十三条");
    expect(four.json().error.message).toContain("公示期为 4 个工作日");
    const detail = await recordOk(id, { code: "determineCandidate", occurredOn: "2024-05-20", publicityFrom: "2024-05-13", publicityTo: "2024-05-17" });
    expect(detail.steps.at(-1)).toMatchObject({ ruleSet: "2026", facts: { publicityFrom: "2024-05-13", publicityTo: "2024-05-17" } });
    expect(detail.steps.at(-1)!.rulesChecked.map((r) => r.rule)).toEqual(["DEV-SEQ", "DEV-07", "DEV-06", "DEV-X2"]);
    await walk(id, "fileCandidate", "admissionMeeting");
  });

  it("DEV-X1: refuses the meeting a month and a day after the pre-review; DEV-X4: refuses a show of hands", async () => {
    await refuse(id, { code: "admissionMeeting", occurredOn: "2024-08-11", vote: vote(5, 5) }, "DEV-X1", "occurredOn", "第十八条");
    await refuse(id, { code: "admissionMeeting", occurredOn: "2024-07-20", vote: vote(5, 5, { ballot: "show_of_hands" }) }, "DEV-X4", "vote.ballot", "第二十二条");
    const detail = await recordOk(id, { code: "admissionMeeting", occurredOn: "2024-08-10", vote: vote(5, 5) });
    expect(detail.steps.at(-1)!.rulesChecked.map((r) => r.rule)).toEqual(expect.arrayContaining(["DEV-15", "DEV-X1", "DEV-X4"]));
    await recordOk(id, { code: "approvalTalk", occurredOn: "2024-08-15" });
    const approved = await recordOk(id, { code: "approval", occurredOn: "2024-08-20", decision: "passed" });
    expect(approved.nextDue).toMatchObject({ code: "oath", dueOn: "2024-09-20", rule: "DEV-X3" });
    await recordOk(id, { code: "fileAdmission", occurredOn: "2024-08-25" });
  });

  it("DEV-X3: refuses the oath more than a month after the approval; the day of the month is fine", async () => {
    await refuse(id, { code: "oath", occurredOn: "2024-09-21" }, "DEV-X3", "occurredOn", "第二十九条");
    const detail = await recordOk(id, { code: "oath", occurredOn: "2024-09-20" });
    expect(detail.steps.at(-1)).toMatchObject({ code: "oath", ruleSet: "2026" });
  });
});
