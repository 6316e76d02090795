import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DevelopmentPersonDetail } from "../../../shared/contracts/development.contract";
import { buildIdNumber, buildMember, buildOrgTreeWithUsers, signInTree, type Session } from "../../../../test/factories";
import { buildTestApp, type TestApp } from "../../../../test/server";

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTreeWithUsers>>;
let as: Awaited<ReturnType<typeof signInTree>>;
let fullMembers: { id: string; name: string }[];

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTreeWithUsers(t.system);
  as = await signInTree(t.app, tree);
  // Five full members of branch A since 2010: the cultivators, introducers and voters.
  fullMembers = [];
  for (let i = 0; i < 5; i += 1) fullMembers.push(await buildMember(t.system, { org: tree.branchA, joinedOn: "2009-06-01", fullMemberOn: "2010-06-01" }));
});
afterAll(() => t.close());

const vote = (present: number, inFavour: number, extra: object = {}) => ({ present, inFavour, against: present - inFavour, abstaining: 0, ballot: "secret" as const, ...extra });

async function createApplicant(session: Session, overrides: object = {}) {
  return t.app.inject({
    method: "POST",
    url: "/api/development/people",
    headers: session.headers,
    payload: {
      orgId: tree.branchA.id,
      name: "李申请",
      gender: "female",
      ethnicity: "汉族",
      idNumber: buildIdNumber("1995-04-12", "female"),
      focusGroup: "young_farmer",
      applicationReceivedOn: "2023-03-01",
      ...overrides,
    },
  });
}

const step = (session: Session, id: string, body: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: `/api/development/people/${id}/steps`, headers: session.headers, payload: body });

async function recordOk(session: Session, id: string, body: Record<string, unknown>): Promise<DevelopmentPersonDetail> {
  const response = await step(session, id, body);
  expect(response.statusCode, `${String(body.code)}: ${response.body}`).toBe(201);
  return response.json();
}

/** From application to candidate, all by the branch. */
async function walkToCandidate(id: string) {
  const officer = as.officerA;
  await recordOk(officer, id, { code: "applicantTalk", occurredOn: "2023-03-20", actorNames: "王书记" });
  await recordOk(officer, id, { code: "determineActivist", occurredOn: "2023-05-10", recommendation: "mass_organization" });
  await recordOk(officer, id, { code: "fileActivist", occurredOn: "2023-05-15" });
  await recordOk(officer, id, { code: "assignCultivators", occurredOn: "2023-05-16", cultivatorIds: [fullMembers[0]!.id] });
  await recordOk(officer, id, { code: "cultivation", occurredOn: "2023-10-01" });
  await recordOk(officer, id, { code: "cultivation", occurredOn: "2024-04-01" });
  return recordOk(officer, id, { code: "determineCandidate", occurredOn: "2024-05-20" });
}

describe("a person from application to full member", () => {
  it("walks all 25 steps; approval enters a probationary member, conversion makes a full member from the end of probation", async () => {
    const created = await createApplicant(as.officerA);
    expect(created.statusCode, created.body).toBe(201);
    const person = created.json() as DevelopmentPersonDetail;
    expect(person).toMatchObject({ stage: "applicant", status: "open", idNumberMasked: expect.stringContaining("*") });
    expect(person.nextDue).toMatchObject({ code: "applicantTalk", dueOn: "2023-04-01", rule: "DEV-02", isOverdue: true });
    expect(person.abilities.recordableSteps).toEqual(["applicantTalk"]);

    let detail = await walkToCandidate(person.id);
    expect(detail).toMatchObject({ stage: "candidate", activistOn: "2023-05-10", candidateOn: "2024-05-20" });

    const officer = as.officerA;
    const committee = as.orgAdmin;
    await recordOk(officer, person.id, { code: "fileCandidate", occurredOn: "2024-05-25" });
    await recordOk(officer, person.id, { code: "assignIntroducers", occurredOn: "2024-06-01", introducerIds: [fullMembers[0]!.id, fullMembers[1]!.id] });
    await recordOk(officer, person.id, { code: "politicalReview", occurredOn: "2024-06-20", decision: "passed" });
    await recordOk(officer, person.id, { code: "centralizedTraining", occurredOn: "2024-06-25", days: 3, hours: 24 });
    await recordOk(officer, person.id, { code: "committeeReview", occurredOn: "2024-07-01" });
    await recordOk(committee, person.id, { code: "preReview", occurredOn: "2024-07-10", decision: "passed" });
    await recordOk(officer, person.id, { code: "admissionForm", occurredOn: "2024-07-15", formNumber: "ZY-001" });
    detail = await recordOk(officer, person.id, { code: "admissionMeeting", occurredOn: "2024-07-20", vote: vote(5, 4, { writtenInFavour: 0 }) });
    const meeting = detail.steps.find((s) => s.code === "admissionMeeting")!;
    expect(meeting).toMatchObject({ decision: "passed", facts: { vote: { entitledVoters: 5 } } });
    expect(meeting.rulesChecked.map((r) => r.rule)).toContain("DEV-15");
    expect(detail.nextDue).toMatchObject({ code: "approval", dueOn: "2024-10-20", rule: "DEV-17" });

    await recordOk(committee, person.id, { code: "approvalTalk", occurredOn: "2024-08-01", actorNames: "赵组织员" });
    detail = await recordOk(committee, person.id, { code: "approval", occurredOn: "2024-08-20", decision: "passed" });
    expect(detail).toMatchObject({ stage: "probationary", admittedOn: "2024-07-20", approvedOn: "2024-08-20", probationEndsOn: "2025-07-20" });
    const memberId = detail.memberId!;
    const member = await t.app.inject({ method: "GET", url: `/api/members/${memberId}`, headers: officer.headers });
    expect(member.json()).toMatchObject({ status: "probationary", joinedOn: "2024-07-20", fullMemberOn: null });

    await recordOk(committee, person.id, { code: "fileAdmission", occurredOn: "2024-08-25" });
    await recordOk(officer, person.id, { code: "oath", occurredOn: "2024-09-01" });
    await recordOk(officer, person.id, { code: "assignGroup", occurredOn: "2024-09-01", groupOrgId: tree.groupA1.id });
    await recordOk(officer, person.id, { code: "probationEducation", occurredOn: "2025-01-10" });
    await recordOk(officer, person.id, { code: "conversionApplication", occurredOn: "2025-06-20" });
    // The new probationary member has no vote: still 5 entitled voters.
    await recordOk(officer, person.id, { code: "conversionMeeting", occurredOn: "2025-07-25", proposal: "convert", vote: vote(5, 5, { entitledVoters: 5 }) });
    detail = await recordOk(committee, person.id, { code: "conversionApproval", occurredOn: "2025-08-10", decision: "passed" });
    expect(detail).toMatchObject({ stage: "full_member", fullMemberOn: "2025-07-20" });
    const converted = await t.app.inject({ method: "GET", url: `/api/members/${memberId}`, headers: officer.headers });
    expect(converted.json()).toMatchObject({ status: "full", fullMemberOn: "2025-07-20", partyAge: 1 });

    detail = await recordOk(officer, person.id, { code: "archive", occurredOn: "2025-08-20", archiveLocation: "镇党委组织办" });
    expect(detail.status).toBe("completed");
    expect(detail.checklist.every((item) => item.state === "done")).toBe(true);
    expect(detail.nextDue).toBeNull();
  });
});

describe("refusals", () => {
  let id: string;
  beforeAll(async () => {
    const created = await createApplicant(as.officerA, { name: "周积极", gender: "male", idNumber: buildIdNumber("1996-02-29", "male"), applicationReceivedOn: "2024-01-31" });
    id = created.json().id;
  });

  it("DEV-02: a talk more than a month after the application is refused with the rule and its article", async () => {
    const response = await step(as.officerA, id, { code: "applicantTalk", occurredOn: "2024-03-01" });
    expect(response.statusCode).toBe(422);
    const { error } = response.json();
    expect(error.code).toBe("DEV-02");
    expect(error.message).toContain("2024-02-29");
    expect(error.message).toContain("第七条");
    expect(error.details[0]).toMatchObject({ field: "occurredOn", rule: "DEV-02" });
  });

  it("DEV-SEQ: a later step while an earlier one is open is refused", async () => {
    const response = await step(as.officerA, id, { code: "determineActivist", occurredOn: "2024-02-10", recommendation: "member_recommendation" });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe("DEV-SEQ");
  });

  it("SOD-01: the committee cannot record a branch step; SOD-02: a branch officer cannot pre-review", async () => {
    const byCommittee = await step(as.orgAdmin, id, { code: "applicantTalk", occurredOn: "2024-02-20" });
    expect(byCommittee.statusCode).toBe(403);
    expect(byCommittee.json().error).toMatchObject({ code: "development.wrong_body", details: [{ rule: "SOD-01" }] });
    const byBranch = await step(as.officerA, id, { code: "preReview", occurredOn: "2024-02-20", decision: "passed" });
    expect(byBranch.statusCode).toBe(403);
    expect(byBranch.json().error.details[0].rule).toBe("SOD-02");
  });

  it("an officer of another branch gets 404 for the person and cannot act", async () => {
    expect((await t.app.inject({ method: "GET", url: `/api/development/people/${id}`, headers: as.officerB.headers })).statusCode).toBe(404);
    expect((await step(as.officerB, id, { code: "applicantTalk", occurredOn: "2024-02-20" })).statusCode).toBe(404);
    const list = await t.app.inject({ method: "GET", url: "/api/development/people", headers: as.officerB.headers });
    expect(list.json().items.map((p: { id: string }) => p.id)).not.toContain(id);
  });

  it("members see no development data (403)", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/development/people", headers: as.memberA.headers })).statusCode).toBe(403);
  });

  it("DEV-01: an applicant under 18 on the day received is refused", async () => {
    const response = await createApplicant(as.officerA, { idNumber: buildIdNumber("2006-03-02", "female"), applicationReceivedOn: "2024-03-01" });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: "DEV-01", details: [{ field: "applicationReceivedOn", rule: "DEV-01" }] });
  });

  it("one live case per person; a member of the roster cannot apply", async () => {
    const idNumber = buildIdNumber("1990-01-01", "female");
    expect((await createApplicant(as.officerA, { idNumber })).statusCode).toBe(201);
    expect((await createApplicant(as.officerA, { idNumber })).statusCode).toBe(409);
    // In another branch: the roster is checked across the whole system.
    const member = await buildMember(t.system, { org: tree.branchB, gender: "female" });
    expect((await createApplicant(as.officerA, { idNumber: member.idNumber })).statusCode).toBe(409);
  });
});

describe("votes and outcomes", () => {
  async function candidateAtPreReview(name: string, birth: string) {
    const created = await createApplicant(as.officerA, { name, idNumber: buildIdNumber(birth, "female") });
    const id = created.json().id as string;
    await walkToCandidate(id);
    await recordOk(as.officerA, id, { code: "fileCandidate", occurredOn: "2024-05-25" });
    await recordOk(as.officerA, id, { code: "assignIntroducers", occurredOn: "2024-06-01", introducerIds: [fullMembers[2]!.id, fullMembers[3]!.id] });
    await recordOk(as.officerA, id, { code: "politicalReview", occurredOn: "2024-06-20", decision: "passed" });
    await recordOk(as.officerA, id, { code: "centralizedTraining", occurredOn: "2024-06-25", hours: 24 });
    await recordOk(as.officerA, id, { code: "committeeReview", occurredOn: "2024-07-01" });
    await recordOk(as.orgAdmin, id, { code: "preReview", occurredOn: "2024-07-10", decision: "passed" });
    await recordOk(as.officerA, id, { code: "admissionForm", occurredOn: "2024-07-15" });
    return id;
  }

  it("DEV-15a: without a quorum the meeting cannot vote (refused); a vote that fails is recorded and closes the case", async () => {
    const id = await candidateAtPreReview("吴表决", "1993-07-07");
    const noQuorum = await step(as.officerA, id, { code: "admissionMeeting", occurredOn: "2024-07-20", vote: vote(2, 2) });
    expect(noQuorum.statusCode).toBe(422);
    expect(noQuorum.json().error).toMatchObject({ code: "DEV-15", details: [{ field: "vote.present" }] });
    // 3 of 5 present, 2 in favour + 0 written: not more than half of the 5 entitled.
    const failed = await recordOk(as.officerA, id, { code: "admissionMeeting", occurredOn: "2024-07-20", vote: vote(3, 2) });
    expect(failed).toMatchObject({ status: "closed", closeReason: "not_admitted" });
    expect(failed.steps.at(-1)).toMatchObject({ code: "admissionMeeting", decision: "not_passed" });
  });

  it("DEV-15b: written opinions of absent full members count in the tally", async () => {
    const id = await candidateAtPreReview("郑书面", "1992-08-08");
    const detail = await recordOk(as.officerA, id, { code: "admissionMeeting", occurredOn: "2024-07-20", vote: vote(3, 2, { writtenInFavour: 1 }) });
    expect(detail.steps.at(-1)!.decision).toBe("passed");
  });

  it("a deferral and its resumption are recorded, never deleted", async () => {
    const created = await createApplicant(as.officerA, { name: "钱暂缓", idNumber: buildIdNumber("1994-05-05", "female") });
    const id = created.json().id as string;
    const outcome = (body: object) => t.app.inject({ method: "POST", url: `/api/development/people/${id}/outcomes`, headers: as.officerA.headers, payload: body });
    const deferred = await outcome({ outcome: "deferred", occurredOn: "2026-11-01", reason: "本年度名额已满", deferredToYear: 2027 });
    expect(deferred.statusCode, deferred.body).toBe(201);
    expect(deferred.json()).toMatchObject({ status: "deferred", deferredToYear: 2027, nextDue: null });
    expect((await step(as.officerA, id, { code: "applicantTalk", occurredOn: "2023-03-10" })).json().error.code).toBe("development.case_not_open");
    const resumed = await outcome({ outcome: "resumed", occurredOn: "2026-11-20", reason: "恢复" });
    expect(resumed.json()).toMatchObject({ status: "open" });
    expect(resumed.json().steps.filter((s: { code: string }) => s.code === "outcome")).toHaveLength(2);
  });
});
