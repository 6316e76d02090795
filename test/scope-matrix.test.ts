import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordMemberEvent } from "../src/server/modules/members/member-events.service";
import { createOrgOfficer } from "../src/server/modules/organizations/org-officers.service";
import { actingAs } from "../src/server/http/context";
import { createRuleSetPeriod } from "../src/server/modules/development/development-rule-sets.service";
import { createDevelopmentPerson } from "../src/server/modules/development/development.service";
import { createMeeting } from "../src/server/modules/org-life/meetings.service";
import { createEvaluationCampaign } from "../src/server/modules/evaluation/evaluation.service";
import { createHandlingCase } from "../src/server/modules/evaluation/handling.service";
import { prefillMeetingPlan } from "../src/server/modules/org-life/meeting-plans.service";
import { insertApprovedProject } from "../src/server/modules/secretary-projects/secretary-projects.test-helpers";
import { validContent } from "../src/server/modules/secretary-projects/secretary-projects.test-helpers";
import { proposeProjectChange } from "../src/server/modules/secretary-projects/secretary-project-versions.service";
import { buildIdNumber, buildMember, buildOrganization, buildUser, signIn, type Session } from "./factories";
import { storeTestFile } from "./fixtures/files";
import { assistancePart } from "./scope-matrix/assistance";
import { memberNeedsPart } from "./scope-matrix/member-needs";
import { modelPostsPart } from "./scope-matrix/model-posts";
import type { MatrixBase, MatrixCall, MatrixPart } from "./scope-matrix/part";
import { recognitionPart } from "./scope-matrix/recognition";
import { buildTestApp, type TestApp } from "./server";

/**
 * The cross-branch matrix (style.md): every route that addresses a row by a path parameter, called by
 * the officer of branch B with branch A's ids, answers 404 exactly as for a row that does not exist —
 * never 200, 403 or 422, and nothing of A in the body — while A's own officer reads them. A new route
 * with a path parameter fails here until CALLS says how to call it.
 */

async function buildBranches(t: TestApp) {
  const committee = await buildOrganization(t.system, { name: "矩阵镇党委" });
  const branch = async (name: string) => {
    const org = await buildOrganization(t.system, { parent: committee, name });
    return { org, officer: await buildUser(t.system, { role: "branch_officer", org }) };
  };
  const [a, b] = [await branch("矩阵甲村党支部"), await branch("矩阵乙村党支部")];
  // One resource of every kind a route addresses by id, all in branch A.
  const member = await buildMember(t.system, { org: a.org, name: "甲矩阵党员", joinedOn: "2010-07-01" });
  const event = await recordMemberEvent(t.system, member.id, { type: "mobile_registered", occurredOn: "2026-01-10", destination: "矩阵流入地" });
  const post = await createOrgOfficer(t.system, a.org.id, { post: "secretary", memberId: member.id, startedOn: "2025-01-01" });
  const account = await buildUser(t.system, { role: "member", org: a.org, memberId: member.id });
  const file = await storeTestFile(t.system, { ownerType: "member", ownerId: member.id, orgId: a.org.id }, { name: "甲矩阵材料.pdf" });
  const applicant = await createDevelopmentPerson(actingAs(t.system, a.officer, a.org), {
    orgId: a.org.id,
    name: "甲矩阵申请人",
    gender: "male",
    ethnicity: "汉族",
    idNumber: buildIdNumber("1998-03-03", "male"),
    applicationReceivedOn: "2026-11-01",
  });
  const handlingCase = await createHandlingCase(actingAs(t.system, a.officer, a.org), { memberId: member.id, grounds: "矩阵处置事由", decidedOn: "2026-11-01", sanctionedForSameMatter: false });
  const evaluation = await createEvaluationCampaign(actingAs(t.system, a.officer, a.org), { orgId: a.org.id, year: 2026 });
  const meeting = await createMeeting(actingAs(t.system, a.officer, a.org), { orgId: a.org.id, type: "theme_day", topic: "甲矩阵主题党日", heldOn: "2026-11-10" });
  const planItem = (await prefillMeetingPlan(actingAs(t.system, a.officer, a.org), { orgId: a.org.id, year: 2027 })).months[0]!.items[0]!;
  const project = await insertApprovedProject(t, { orgId: a.org.id, reviewingOrgId: committee.id, secretaryMemberId: member.id });
  const projectChange = (await proposeProjectChange(actingAs(t.system, a.officer, a.org), project.project.id, { ...validContent(2026), title: "甲矩阵变更项目", reason: "矩阵测试变更" })).versions.at(-1)!;
  // National settings belong to no organization (below: refused by role, not by scope).
  const period = await createRuleSetPeriod(t.system, { ruleSet: "2026", effectiveFrom: "2030-01-01", note: "矩阵测试" });
  const base: MatrixBase = { t, committee, a: { ...a, member }, b };
  const parts = new Map<MatrixPart<unknown>, unknown>();
  for (const part of MATRIX_PARTS) parts.set(part, await part.build(base));
  return { a: { ...a, member, event, post, account, file, applicant, handlingCase, evaluation, evaluationEntry: evaluation.entries[0]!, meeting, planItem, project, projectChange }, b, period, base, parts };
}

/** The modules that keep their share of the matrix in test/scope-matrix/. */
const MATRIX_PARTS = [memberNeedsPart, assistancePart, modelPostsPart, recognitionPart] as MatrixPart<unknown>[];
type Branches = Awaited<ReturnType<typeof buildBranches>>;

type Call = MatrixCall;

const CALLS: Record<string, (f: Branches) => Call> = {
  "GET /api/orgs/:id": ({ a }) => ({ params: { id: a.org.id } }),
  "PATCH /api/orgs/:id": ({ a }) => ({ params: { id: a.org.id }, body: { name: "越权改名党支部" } }),
  "POST /api/orgs/:id/move": ({ a, b }) => ({ params: { id: a.org.id }, body: { parentId: b.org.id } }),
  "POST /api/orgs/:id/dissolve": ({ a }) => ({ params: { id: a.org.id }, body: { reason: "越权撤销", dissolvedOn: "2026-11-01" } }),
  "GET /api/orgs/:id/officers": ({ a }) => ({ params: { id: a.org.id } }),
  "GET /api/orgs/:id/officer-candidates": ({ a }) => ({ params: { id: a.org.id } }),
  "POST /api/orgs/:id/officers": ({ a }) => ({ params: { id: a.org.id }, body: { post: "committee_member", name: "越权委员", startedOn: "2026-01-01" } }),
  "PATCH /api/orgs/:id/officers/:officerId": ({ a }) => ({ params: { id: a.org.id, officerId: a.post.id }, body: { endedOn: "2026-11-01" } }),
  "GET /api/members/:id": ({ a }) => ({ params: { id: a.member.id } }),
  "PATCH /api/members/:id": ({ a }) => ({ params: { id: a.member.id }, body: { workUnit: "越权单位" } }),
  "GET /api/members/:id/pii": ({ a }) => ({ params: { id: a.member.id } }),
  "GET /api/members/:id/events": ({ a }) => ({ params: { id: a.member.id } }),
  "POST /api/members/:id/events": ({ a, b }) => ({
    params: { id: a.member.id },
    body: { type: "transfer_out", occurredOn: "2026-11-20", toOrgId: b.org.id, letterNumber: "越权-1" },
  }),
  "GET /api/members/:id/documents": ({ a }) => ({ params: { id: a.member.id } }),
  "POST /api/members/:id/documents": ({ a }) => ({ params: { id: a.member.id } }),
  "PATCH /api/users/:id": ({ a }) => ({ params: { id: a.account.id }, body: { displayName: "越权改名" } }),
  "GET /api/files/:id": ({ a }) => ({ params: { id: a.file.id } }),
  "GET /api/development/people/:id": ({ a }) => ({ params: { id: a.applicant.id } }),
  "PATCH /api/development/people/:id": ({ a }) => ({ params: { id: a.applicant.id }, body: { workUnit: "越权单位" } }),
  "GET /api/development/people/:id/pii": ({ a }) => ({ params: { id: a.applicant.id } }),
  "POST /api/development/people/:id/steps": ({ a }) => ({ params: { id: a.applicant.id }, body: { code: "applicantTalk", occurredOn: "2026-11-10" } }),
  "POST /api/development/people/:id/outcomes": ({ a }) => ({ params: { id: a.applicant.id }, body: { outcome: "withdrawn", occurredOn: "2026-11-10", reason: "越权撤回" } }),
  "POST /api/development/people/:id/documents": ({ a }) => ({ params: { id: a.applicant.id } }),
  "GET /api/development/people/:id/documents.zip": ({ a }) => ({ params: { id: a.applicant.id } }),
  "GET /api/meetings/:id": ({ a }) => ({ params: { id: a.meeting.id } }),
  "PATCH /api/meetings/:id": ({ a }) => ({ params: { id: a.meeting.id }, body: { topic: "越权修改会议" } }),
  "PUT /api/meetings/:id/attendance": ({ a }) => ({ params: { id: a.meeting.id }, body: { attendance: [] } }),
  "POST /api/meetings/:id/sign-off": ({ a }) => ({ params: { id: a.meeting.id } }),
  "POST /api/meetings/:id/amendments": ({ a }) => ({ params: { id: a.meeting.id }, body: { reason: "越权更正", changes: { topic: "越权更正会议" } } }),
  "POST /api/meetings/:id/archive": ({ a }) => ({ params: { id: a.meeting.id }, body: { reason: "越权作废" } }),
  "POST /api/meetings/:id/documents": ({ a }) => ({ params: { id: a.meeting.id } }),
  "GET /api/meetings/:id/documents": ({ a }) => ({ params: { id: a.meeting.id } }),
  "PATCH /api/meeting-plans/items/:id": ({ a }) => ({ params: { id: a.planItem.id }, body: { topic: "越权修改计划" } }),
  "POST /api/meeting-plans/items/:id/cancel": ({ a }) => ({ params: { id: a.planItem.id }, body: { reason: "越权取消计划" } }),
  "GET /api/handling/cases/:id": ({ a }) => ({ params: { id: a.handlingCase.id } }),
  "POST /api/handling/cases/:id/steps": ({ a }) => ({ params: { id: a.handlingCase.id }, body: { kind: "education_talk", occurredOn: "2026-11-10", notes: "越权谈话" } }),
  "POST /api/development/rule-sets/:id/archive": ({ period }) => ({ params: { id: period.id }, body: { reason: "越权撤销" } }),
  "GET /api/evaluations/:id": ({ a }) => ({ params: { id: a.evaluation.id } }),
  "PATCH /api/evaluations/:id": ({ a }) => ({ params: { id: a.evaluation.id }, body: { studyNotes: "越权学习记录" } }),
  "POST /api/evaluations/:id/advance": ({ a }) => ({ params: { id: a.evaluation.id }, body: { to: "self_evaluation" } }),
  "GET /api/evaluations/:id/entries/:entryId": ({ a }) => ({ params: { id: a.evaluation.id, entryId: a.evaluationEntry.id } }),
  "PATCH /api/evaluations/:id/entries/:entryId": ({ a }) => ({ params: { id: a.evaluation.id, entryId: a.evaluationEntry.id }, body: { peerComments: "越权互评" } }),
  "PUT /api/evaluations/:id/my-entry": ({ a }) => ({ params: { id: a.evaluation.id }, body: { selfEvaluation: "越权自评", partySpiritAnalysis: "越权分析" } }),
  "POST /api/evaluations/:id/ballot": ({ a }) => ({ params: { id: a.evaluation.id }, body: { choices: {} } }),
  "POST /api/evaluations/:id/paper-ballots": ({ a }) => ({ params: { id: a.evaluation.id }, body: { ballots: [{ choices: {} }] } }),
  "PUT /api/evaluations/:id/grades": ({ a }) => ({ params: { id: a.evaluation.id }, body: { items: [{ entryId: "00000000-0000-4000-8000-000000000000", finalGrade: "qualified" }] } }),
  "PUT /api/evaluations/:id/feedback": ({ a }) => ({ params: { id: a.evaluation.id }, body: { items: [{ entryId: "00000000-0000-4000-8000-000000000000", feedback: "越权反馈" }] } }),
  "GET /api/evaluations/:id/tally": ({ a }) => ({ params: { id: a.evaluation.id } }),
  "GET /api/secretary-projects/:id": ({ a }) => ({ params: { id: a.project.project.id } }),
  "PUT /api/secretary-projects/:id": ({ a }) => ({ params: { id: a.project.project.id }, body: { ...validContent(2026), title: "越权修改项目" } }),
  "POST /api/secretary-projects/:id/transitions": ({ a }) => ({ params: { id: a.project.project.id }, body: { action: "withdraw" } }),
  "POST /api/secretary-projects/:id/changes": ({ a }) => ({ params: { id: a.project.project.id }, body: { ...validContent(2026), title: "越权变更项目", reason: "越权申请变更" } }),
  "POST /api/secretary-projects/:id/changes/:childId/decision": ({ a }) => ({ params: { id: a.project.project.id, childId: a.projectChange.id }, body: { decision: "approved" } }),
  "GET /api/secretary-projects/:id/reports": ({ a }) => ({ params: { id: a.project.project.id } }),
  "POST /api/secretary-projects/:id/reports": ({ a }) => ({ params: { id: a.project.project.id }, body: { reportedOn: "2026-11-20", body: "越权报告进展内容" } }),
  "POST /api/secretary-projects/:id/reports/:childId/files": ({ a }) => ({ params: { id: a.project.project.id, childId: "00000000-0000-4000-8000-000000000000" } }),
  "GET /api/secretary-projects/:id/comments": ({ a }) => ({ params: { id: a.project.project.id } }),
  "POST /api/secretary-projects/:id/comments": ({ a }) => ({ params: { id: a.project.project.id }, body: { body: "越权点评内容" } }),
  "GET /api/secretary-projects/:id/checkpoints": ({ a }) => ({ params: { id: a.project.project.id } }),
  "PUT /api/secretary-projects/:id/checkpoints/:quarter": ({ a }) => ({ params: { id: a.project.project.id, quarter: "1" }, body: { rating: "on_track" } }),
  "GET /api/secretary-projects/:id/evaluation": ({ a }) => ({ params: { id: a.project.project.id } }),
  "POST /api/secretary-projects/:id/year-end-report": ({ a }) => ({ params: { id: a.project.project.id }, body: { report: "越权提交的述职报告，用于检查其他支部不能为本支部项目述职。" } }),
  "POST /api/secretary-projects/:id/voting": ({ a }) => ({ params: { id: a.project.project.id }, body: { action: "open" } }),
  "POST /api/secretary-projects/:id/votes": ({ a }) => ({ params: { id: a.project.project.id }, body: { choice: "good" } }),
  "PUT /api/secretary-projects/:id/paper-votes": ({ a }) => ({ params: { id: a.project.project.id }, body: { good: 1, fairly_good: 0, average: 0, poor: 0 } }),
  "POST /api/secretary-projects/:id/evaluation": ({ a }) => ({ params: { id: a.project.project.id }, body: { scores: [], comment: "越权评价" } }),
  "POST /api/secretary-projects/:id/publish": ({ a }) => ({ params: { id: a.project.project.id } }),
  "GET /api/secretary-projects/secretaries/:memberId/record": ({ a }) => ({ params: { memberId: a.member.id } }),
  ...Object.fromEntries(
    MATRIX_PARTS.flatMap((part) => Object.entries(part.calls).map(([route, call]) => [route, (f: Branches) => call(f.parts.get(part), f.base)])),
  ),
};

/** Routes on rows of no organization: a branch officer is refused by role (403), as every non-admin is. */
const NOT_ORG_SCOPED: Record<string, number> = { "POST /api/development/rule-sets/:id/archive": 403 };

let t: TestApp;
let f: Branches;
let as: { officerA: Session; officerB: Session };
beforeAll(async () => {
  t = await buildTestApp();
  f = await buildBranches(t);
  as = { officerA: await signIn(t.app, f.a.officer.username), officerB: await signIn(t.app, f.b.officer.username) };
});
afterAll(() => t.close());

const routesWithParams = () => t.app.routeInventory.map((r) => r.replace(/ public$/, "")).filter((r) => r.includes("/:"));

async function call(session: Session, route: string) {
  const [method, path] = route.split(" ") as [string, string];
  const { params, body } = CALLS[route]!(f);
  const url = path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? `missing-${name}`);
  return t.app.inject({ method: method as "GET", url, headers: session.headers, payload: body });
}

/** What of A a body must never show to B: names, codes, masked numbers and every id. */
const secretsOfA = () => {
  const { org, member, event, post, account, file, applicant, handlingCase } = f.a;
  return [org.id, org.code, org.name, member.id, member.name, member.idNumberMasked, member.phoneMasked!, event.id, "矩阵流入地", post.id, account.id, account.username, file.id, file.name, applicant.id, applicant.name, applicant.idNumberMasked, handlingCase.id, "矩阵处置事由", f.a.meeting.id, f.a.meeting.topic, f.a.project.project.id, f.a.project.project.title, f.a.projectChange.id, "甲矩阵变更项目", ...MATRIX_PARTS.flatMap((part) => part.secrets(f.parts.get(part)))];
};

describe("cross-branch scope matrix", () => {
  it("has a call for every route with a path parameter, and none for a route that is gone", () => {
    expect(routesWithParams().sort()).toEqual(Object.keys(CALLS).sort());
  });

  it("answers B's officer 404 for every one of A's rows, showing nothing of them", async () => {
    const results = [];
    for (const route of routesWithParams()) {
      const response = await call(as.officerB, route);
      results.push({ route, status: response.statusCode, leaked: secretsOfA().filter((s) => response.body.includes(s)) });
    }
    expect(results).toEqual(routesWithParams().map((route) => ({ route, status: NOT_ORG_SCOPED[route] ?? 404, leaked: [] })));
  });

  it("changed nothing of A, and lets A's officer read every row B was refused", async () => {
    for (const route of routesWithParams().filter((r) => r.startsWith("GET "))) {
      const response = await call(as.officerA, route);
      expect({ route, status: response.statusCode }).not.toEqual({ route, status: 404 });
    }
    const member = (await call(as.officerA, "GET /api/members/:id")).json();
    expect(member).toMatchObject({ standing: "active", workUnit: null, orgId: f.a.org.id });
    expect((await call(as.officerA, "GET /api/orgs/:id")).json()).toMatchObject({ name: f.a.org.name, parentId: f.a.org.parentId, dissolvedAt: null });
    expect((await call(as.officerA, "GET /api/orgs/:id/officers")).json().items).toEqual([expect.objectContaining({ id: f.a.post.id, endedOn: null })]);
  });
});
