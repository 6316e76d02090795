import type {
  CreateDevelopmentPerson,
  DevelopmentPersonDetail,
  DevelopmentPersonListItem,
  DevelopmentPersonPage,
  DevelopmentStep,
  FindDevelopmentPeopleQuery,
  NextDue,
  UpdateDevelopmentPerson,
} from "../../../shared/contracts/development.contract";
import { addDays } from "../../../shared/dates";
import {
  type CloseReason,
  type DevelopmentStage,
  type DevelopmentStatus,
  type FocusGroup,
  type RuleSet,
  STEP_BY_CODE,
  STEPS,
  type StepCode,
  type StepDecision,
} from "../../../shared/development-steps";
import type { Education, Gender, Occupation, OrgKind } from "../../../shared/domain";
import { ageOn, maskIdNumber, maskPhone, parseIdNumber } from "../../../shared/id-number";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit } from "../audit/audit.service";
import { findOwnerFiles, toFileSummary } from "../files/files.service";
import { isUniqueViolation } from "../members/members.repository";
import { type RuleIssue, checkMemberFacts } from "../members/members.rules";
import { idNumberLookupHash, isIdNumberRegistered, phoneLookupHash, todayOf } from "../members/members.service";
import { findNearestCommittee, requireOrgInScope } from "../organizations/organizations.service";
import { type CaseFacts, checklistState, openSteps } from "./development-case.rules";
import { type ActingBody, actingBodies, checkDuty } from "./development-duties.rules";
import { nextDue } from "./development-effects.rules";
import { articleOf, citation } from "./development-rule-catalogue";
import { loadRuleSetResolver } from "./development-rule-sets.service";
import {
  createAlreadyMemberError,
  createApplicantOrgKindError,
  createApplicantTakenError,
  createDevelopmentReadForbidden,
  createDevelopmentRuleError,
  createDevelopmentWriteForbidden,
  createPersonNotFoundError,
  createWrongBodyError,
} from "./development.errors";
import {
  OPEN_CASE_UNIQUE_INDEX,
  type PersonRow,
  type StepRow,
  findPeopleRows,
  findStepRows,
  getPersonRow,
  getPersonView,
  hasLiveCase,
  insertPersonRow,
  insertStepRow,
  updatePersonRow,
} from "./development.repository";

/** Development files are an owner of uploaded documents (files module). */
export const PERSON_FILE_OWNER = "development_person";

export const requireDevelopmentRead = (ctx: Ctx) => {
  if (!can(ctx.actor, "development.read")) throw createDevelopmentReadForbidden();
};

/** A case in the caller's scope, for reading (404 otherwise). Writes go through caseBodies, which locks. */
export async function requirePersonInScope(db: Executor, ctx: Ctx, id: string): Promise<PersonRow> {
  requireDevelopmentRead(ctx);
  const row = await getPersonRow(db, ctx.actor.scope, id);
  if (!row) throw createPersonNotFoundError();
  return row;
}

/** The bodies the caller speaks for in a case of the branch at `caseOrgPath` (SOD-01/02). */
export function bodiesOf(ctx: Ctx, caseOrgPath: string, approvingCommitteeId: string | null): ActingBody[] {
  const { role, org } = ctx.actor;
  return actingBodies({ role, orgId: org.id, orgPath: org.path }, caseOrgPath, approvingCommitteeId);
}

/**
 * Which body acts for this case: the case in the caller's scope (404 otherwise, like a missing row),
 * its branch, its approving committee and the bodies the caller speaks for in it. `forUpdate` locks
 * the case for a write.
 */
export async function caseBodies(db: Executor, ctx: Ctx, personId: string, options: { forUpdate?: boolean } = {}) {
  requireDevelopmentRead(ctx);
  const view = await getPersonView(db, ctx.actor.scope, personId, options);
  if (!view) throw createPersonNotFoundError();
  const committee = await findNearestCommittee(db, view.orgPath);
  return { ...view, committee, bodies: bodiesOf(ctx, view.orgPath, committee?.id ?? null) };
}

/** The rules' view of a case. */
export function toCaseFacts(person: PersonRow, steps: readonly StepRow[]): CaseFacts {
  return {
    status: person.status as CaseFacts["status"],
    birthDate: person.birthDate,
    plannedLeaveOn: person.plannedLeaveOn,
    applicationReceivedOn: person.applicationReceivedOn,
    activistOn: person.activistOn,
    candidateOn: person.candidateOn,
    admittedOn: person.admittedOn,
    approvedOn: person.approvedOn,
    probationEndsOn: person.probationEndsOn,
    steps: steps
      .filter((s) => s.code !== "outcome" && s.voidedAt === null)
      .map((s) => ({ code: s.code as StepCode, occurredOn: s.occurredOn, decision: s.decision as StepDecision | null, facts: s.facts as Record<string, unknown> })),
  };
}

/** The derived "what is due next" columns, recomputed after every write. */
export function dueColumns(c: CaseFacts, ruleSetOn: (date: string) => RuleSet, ctx: Ctx) {
  const due = nextDue(c, ruleSetOn, ctx.config.development);
  return { nextStepCode: due?.code ?? null, nextDueOn: due?.dueOn ?? null, nextDueRule: due?.rule ?? null };
}

/** A case's next deadline as lists show it; overdue once the day has passed. */
export function toNextDue(code: string | null, dueOn: string, rule: string | null, today: string): NextDue {
  const step = code ? STEP_BY_CODE[code as StepCode] : undefined;
  return { code: code ?? "", label: step?.label ?? code ?? "", dueOn, rule: rule ?? "", isOverdue: dueOn < today };
}

export function toListItem(p: PersonRow, orgName: string, today: string): DevelopmentPersonListItem {
  return {
    id: p.id,
    orgId: p.orgId,
    orgName,
    name: p.name,
    gender: p.gender as Gender,
    idNumberMasked: p.idNumberMasked,
    phoneMasked: p.phoneMasked,
    birthDate: p.birthDate,
    age: ageOn(p.birthDate, today),
    education: p.education as Education | null,
    occupation: p.occupation as Occupation | null,
    focusGroup: p.focusGroup as FocusGroup | null,
    stage: p.stage as DevelopmentStage,
    status: p.status as DevelopmentStatus,
    closeReason: p.closeReason as CloseReason | null,
    applicationReceivedOn: p.applicationReceivedOn,
    activistOn: p.activistOn,
    candidateOn: p.candidateOn,
    admittedOn: p.admittedOn,
    probationEndsOn: p.probationEndsOn,
    fullMemberOn: p.fullMemberOn,
    nextDue: p.status === "open" && p.nextDueOn ? toNextDue(p.nextStepCode, p.nextDueOn, p.nextDueRule, today) : null,
  };
}

export async function findDevelopmentPeople(ctx: Ctx, query: FindDevelopmentPeopleQuery): Promise<DevelopmentPersonPage> {
  requireDevelopmentRead(ctx);
  const today = todayOf(ctx);
  const subtree = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const { items, total } = await findPeopleRows(ctx.db, ctx.actor.scope, query, { today, soon: addDays(today, 30) }, subtree?.path);
  return {
    items: items.map((r) => toListItem(r.person, r.orgName, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    abilities: { canCreate: can(ctx.actor, "development.record_branch_step") },
  };
}

type StepView = Awaited<ReturnType<typeof findStepRows>>[number];

const toStep = ({ step, orgName, recordedOrgName, recordedByName }: StepView): DevelopmentStep => ({
  id: step.id,
  code: step.code,
  no: step.no,
  label: STEP_BY_CODE[step.code as StepCode]?.label ?? "处理结果",
  occurredOn: step.occurredOn,
  decision: step.decision as StepDecision | null,
  facts: step.facts as Record<string, unknown>,
  notes: step.notes,
  actorNames: step.actorNames,
  body: step.body as "branch" | "committee",
  ruleSet: step.ruleSet as RuleSet,
  rulesChecked: step.rulesChecked as DevelopmentStep["rulesChecked"],
  documents: step.documents as DevelopmentStep["documents"],
  orgName,
  recordedByName,
  recordedOrgName,
  createdAt: step.createdAt.toISOString(),
});

/** The development file: profile, every record, the 25-step checklist, documents, and what the caller may do. */
export async function getDevelopmentPerson(ctx: Ctx, id: string): Promise<DevelopmentPersonDetail> {
  const { person, orgName, committee, bodies } = await caseBodies(ctx.db, ctx, id);
  const today = todayOf(ctx);
  const stepViews = await findStepRows(ctx.db, id);
  const facts = toCaseFacts(person, stepViews.map((v) => v.step));
  const files = await findOwnerFiles(ctx.db, PERSON_FILE_OWNER, id);
  const isLive = person.status === "open" || person.status === "deferred";
  return {
    ...toListItem(person, orgName, today),
    ethnicity: person.ethnicity,
    workUnit: person.workUnit,
    post: person.post,
    plannedLeaveOn: person.plannedLeaveOn,
    deferredToYear: person.deferredToYear,
    approvedOn: person.approvedOn,
    memberId: person.memberId,
    approvingCommittee: committee ? { id: committee.id, name: committee.name } : null,
    steps: stepViews.map(toStep),
    checklist: STEPS.map((s) => ({
      code: s.code,
      no: s.no,
      label: s.label,
      procedureStage: s.procedureStage,
      body: s.body,
      state: checklistState(facts, s.code),
      stepIds: stepViews.filter((v) => v.step.code === s.code).map((v) => v.step.id),
    })),
    files: files.map(toFileSummary),
    createdAt: person.createdAt.toISOString(),
    abilities: {
      canUpdate: isLive && bodies.includes("branch"),
      canViewPii: can(ctx.actor, "development.read_pii"),
      canUpload: isLive && can(ctx.actor, "file.upload") && bodies.length > 0,
      canRecordOutcome: isLive && bodies.length > 0,
      recordableSteps: openSteps(facts).filter((code) => checkDuty(STEP_BY_CODE[code].body, bodies).ok),
    },
  };
}

export async function getDevelopmentPersonPii(ctx: Ctx, id: string): Promise<{ idNumber: string; phone: string | null }> {
  const person = await requirePersonInScope(ctx.db, ctx, id);
  if (!can(ctx.actor, "development.read_pii")) throw createDevelopmentReadForbidden();
  await recordAudit(ctx.db, ctx, { action: "development.view_pii", entityType: "development_person", entityId: id, orgId: person.orgId });
  return { idNumber: ctx.pii.decrypt(person.idNumberCipher), phone: person.phoneCipher ? ctx.pii.decrypt(person.phoneCipher) : null };
}

export const personSnapshot = (p: PersonRow) => ({
  name: p.name,
  orgId: p.orgId,
  idNumberMasked: p.idNumberMasked,
  phoneMasked: p.phoneMasked,
  stage: p.stage,
  status: p.status,
  closeReason: p.closeReason,
  focusGroup: p.focusGroup,
  education: p.education,
  occupation: p.occupation,
  workUnit: p.workUnit,
  post: p.post,
  plannedLeaveOn: p.plannedLeaveOn,
  applicationReceivedOn: p.applicationReceivedOn,
  activistOn: p.activistOn,
  candidateOn: p.candidateOn,
  admittedOn: p.admittedOn,
  approvedOn: p.approvedOn,
  probationEndsOn: p.probationEndsOn,
  fullMemberOn: p.fullMemberOn,
  memberId: p.memberId,
});

/**
 * Step 1 (递交入党申请书): the branch records the written application and the person enters as an
 * applicant — DEV-01 (at least 18 on the day received), one live case per person, not already a member.
 */
export async function createDevelopmentPerson(ctx: Ctx, input: CreateDevelopmentPerson): Promise<DevelopmentPersonDetail> {
  const id = await ctx.db.transaction((tx) => createDevelopmentPersonIn(tx, ctx, input));
  return getDevelopmentPerson(ctx, id);
}

export async function createDevelopmentPersonIn(tx: Executor, ctx: Ctx, input: CreateDevelopmentPerson): Promise<string> {
  requireDevelopmentRead(ctx);
  const org = await requireOrgInScope(tx, ctx.actor.scope, input.orgId);
  const ruleSetOn = await loadRuleSetResolver(tx);
  const ruleSet = ruleSetOn(input.applicationReceivedOn);
  if (!["branch", "joint_branch", "temporary_branch"].includes(org.kind)) throw createApplicantOrgKindError(org.kind as OrgKind);
  // No case yet, so no committee to name: only the branch records an application.
  const duty = checkDuty("branch", bodiesOf(ctx, org.path, null));
  if (!duty.ok) throw createWrongBodyError(duty.rule, duty.message, ruleSet);
  if (!can(ctx.actor, "development.record_branch_step")) throw createDevelopmentWriteForbidden();

  const today = todayOf(ctx);
  const issues = checkApplicantFacts(input, today, ruleSet);
  if (issues.length > 0) throw createDevelopmentRuleError(issues);
  const parsed = parseIdNumber(input.idNumber, today);
  if (!parsed.ok) throw new RangeError("checked above");
  const idNumber = parsed.value.idNumber;
  const idNumberHash = idNumberLookupHash(ctx, idNumber);
  if (await isIdNumberRegistered(tx, idNumberHash)) throw createAlreadyMemberError();
  if (await hasLiveCase(tx, idNumberHash)) throw createApplicantTakenError();
  const phone = input.phone?.trim() || null;

  let person: PersonRow;
  try {
    person = await insertPersonRow(tx, {
      orgId: org.id,
      name: input.name,
      gender: input.gender,
      ethnicity: input.ethnicity,
      idNumberCipher: ctx.pii.encrypt(idNumber),
      idNumberHash,
      idNumberMasked: maskIdNumber(idNumber),
      birthDate: parsed.value.birthDate,
      education: input.education ?? null,
      occupation: input.occupation ?? null,
      workUnit: input.workUnit ?? null,
      post: input.post ?? null,
      phoneCipher: phone ? ctx.pii.encrypt(phone) : null,
      phoneHash: phone ? phoneLookupHash(ctx, phone) : null,
      phoneMasked: phone ? maskPhone(phone) : null,
      focusGroup: input.focusGroup ?? null,
      plannedLeaveOn: input.plannedLeaveOn ?? null,
      applicationReceivedOn: input.applicationReceivedOn,
    });
  } catch (error) {
    if (isUniqueViolation(error, OPEN_CASE_UNIQUE_INDEX)) throw createApplicantTakenError();
    throw error;
  }
  const step = await insertStepRow(tx, {
    personId: person.id,
    code: "submitApplication",
    no: 1,
    occurredOn: input.applicationReceivedOn,
    notes: input.notes ?? null,
    actorNames: input.name,
    body: "branch",
    ruleSet,
    rulesChecked: [{ rule: "DEV-01", article: articleOf("DEV-01", ruleSet) }],
    orgId: org.id,
    recordedOrgId: ctx.actor.org.id,
    recordedBy: userIdOf(ctx),
  });
  person = await updatePersonRow(tx, person.id, dueColumns(toCaseFacts(person, [step]), ruleSetOn, ctx));
  await recordAudit(tx, ctx, { action: "development.create", entityType: "development_person", entityId: person.id, orgId: org.id, after: personSnapshot(person) });
  return person.id;
}

/** The ID number (GB 11643), its gender, DEV-01 (18 on the day received) and no date in the future. */
function checkApplicantFacts(input: CreateDevelopmentPerson, today: string, ruleSet: RuleSet): RuleIssue[] {
  // The member rules check the same identity facts; "joined" here is the day the application was received.
  const issues = checkMemberFacts({ idNumber: input.idNumber, gender: input.gender, joinedOn: input.applicationReceivedOn, fullMemberOn: null, status: "probationary" }, today);
  return issues.map((i) => {
    if (i.field !== "joinedOn") return i;
    if (i.rule === "DEV-01") {
      return { field: "applicationReceivedOn", code: "DEV-01", rule: "DEV-01", message: `递交入党申请书时须年满十八岁${citation("DEV-01", ruleSet)}` };
    }
    return { ...i, field: "applicationReceivedOn", message: i.message.replace("入党日期", "入党申请书接收日期") };
  });
}

export async function updateDevelopmentPerson(ctx: Ctx, id: string, patch: UpdateDevelopmentPerson): Promise<DevelopmentPersonDetail> {
  await ctx.db.transaction(async (tx) => {
    const { person: before, bodies } = await caseBodies(tx, ctx, id, { forUpdate: true });
    const ruleSet = (await loadRuleSetResolver(tx))(todayOf(ctx));
    const duty = checkDuty("branch", bodies);
    if (!duty.ok) throw createWrongBodyError(duty.rule, duty.message, ruleSet);
    const { phone, ...plain } = patch;
    const changes: Partial<PersonRow> = { ...plain };
    if (phone !== undefined) {
      const value = phone?.trim() || null;
      Object.assign(changes, value ? { phoneCipher: ctx.pii.encrypt(value), phoneHash: phoneLookupHash(ctx, value), phoneMasked: maskPhone(value) } : { phoneCipher: null, phoneHash: null, phoneMasked: null });
    }
    const after = await updatePersonRow(tx, id, changes);
    await recordAudit(tx, ctx, { action: "development.update", entityType: "development_person", entityId: id, orgId: after.orgId, before: personSnapshot(before), after: personSnapshot(after) });
  });
  return getDevelopmentPerson(ctx, id);
}
