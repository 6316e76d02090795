import type { DevelopmentPersonDetail, RecordOutcome, RecordStep } from "../../../shared/contracts/development.contract";
import { hasOpenRectification } from "../evaluation/handling.service";
import { DEVELOPMENT_STATUS_LABELS, type DevelopmentStatus, STEP_BY_CODE } from "../../../shared/development-steps";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { recordAudit } from "../audit/audit.service";
import { getOwnerFilesByIds } from "../files/files.service";
import { convertMemberIn, createMemberIn } from "../members/member-edit.service";
import { recordMemberEventIn } from "../members/member-events.service";
import type { RuleIssue } from "../members/members.rules";
import { todayOf } from "../members/members.service";
import { checkDuty } from "./development-duties.rules";
import { stepEffect } from "./development-effects.rules";
import { articleOf, citation } from "./development-rule-catalogue";
import { loadRuleSetResolver } from "./development-rule-sets.service";
import { type CheckEnv, type MemberRef, type StepInput, checkStep } from "./development-steps.rules";
import {
  createCaseNotOpenError,
  createDevelopmentRuleError,
  createDocumentInvalidError,
  createGroupInvalidError,
  createMemberRefNotFoundError,
  createOutcomeNotAllowedError,
  createWrongBodyError,
} from "./development.errors";
import {
  type PersonRow,
  countEntitledVoters,
  findMemberRefs,
  findStepRows,
  getGroupOfBranch,
  insertStepRow,
  updatePersonRow,
} from "./development.repository";
import { PERSON_FILE_OWNER, caseBodies, dueColumns, getDevelopmentPerson, personSnapshot, toCaseFacts } from "./development.service";

/**
 * POST …/steps: one of the 25 steps, recorded by the body the rules name (SOD-01/02), checked against
 * every rule of the rule set in force on its date, applied to the case and — on approval, conversion
 * or cancellation — to the roster, all in one audited transaction.
 */
export async function recordDevelopmentStep(ctx: Ctx, id: string, input: RecordStep): Promise<DevelopmentPersonDetail> {
  await ctx.db.transaction((tx) => recordDevelopmentStepIn(tx, ctx, id, input));
  return getDevelopmentPerson(ctx, id);
}

export async function recordDevelopmentStepIn(tx: Executor, ctx: Ctx, id: string, input: RecordStep): Promise<void> {
  const { person, orgPath, bodies } = await caseBodies(tx, ctx, id, { forUpdate: true });
  const ruleSetOn = await loadRuleSetResolver(tx);
  const ruleSet = ruleSetOn(input.occurredOn);
  const definition = STEP_BY_CODE[input.code];
  if (person.status !== "open") throw createCaseNotOpenError(DEVELOPMENT_STATUS_LABELS[person.status as DevelopmentStatus]);
  const duty = checkDuty(definition.body, bodies);
  if (!duty.ok) throw createWrongBodyError(duty.rule, duty.message, ruleSet);
  if (input.code === "centralizedTraining" && input.exceptionReason && duty.body !== "committee") {
    throw createWrongBodyError("SOD-02", "集中培训的特殊情况说明只能由上级党委登记", ruleSet);
  }

  const rows = (await findStepRows(tx, id)).map((v) => v.step);
  const before = toCaseFacts(person, rows);
  const env: CheckEnv = { ruleSet, today: todayOf(ctx), config: ctx.config.development };
  const extraIssues: RuleIssue[] = [];
  const facts: Record<string, unknown> = stepFacts(input);
  if (input.code === "assignCultivators") {
    env.cultivators = await namedMembers(tx, ctx, input.cultivatorIds, "cultivatorIds");
    facts.cultivators = env.cultivators.map(({ id: memberId, name }) => ({ id: memberId, name }));
  }
  if (input.code === "assignIntroducers") {
    env.introducers = await namedMembers(tx, ctx, input.introducerIds, "introducerIds");
    facts.introducers = env.introducers.map(({ id: memberId, name }) => ({ id: memberId, name }));
  }
  if (input.code === "admissionMeeting" || input.code === "conversionMeeting") {
    const vote = input.vote;
    const excludedIds = vote.excludedFromQuorum.map((e) => e.memberId);
    const voters = await findMemberRefs(tx, ctx.actor.scope, excludedIds);
    excludedIds.forEach((memberId, i) => {
      const voter = voters.find((v) => v.id === memberId);
      if (!voter || !voter.orgPath.startsWith(orgPath) || voter.status !== "full" || voter.standing !== "active") {
        extraIssues.push(ruleIssue(`vote.excludedFromQuorum.${i}.memberId`, "DEV-15", ruleSet, "不计入应到会人数的只能是本支部有表决权的正式党员"));
      }
    });
    env.entitledVoters = await countEntitledVoters(tx, orgPath, input.occurredOn, excludedIds);
    if (vote.entitledVoters !== undefined && vote.entitledVoters !== env.entitledVoters) {
      extraIssues.push(ruleIssue("vote.entitledVoters", "DEV-15", ruleSet, `按党员名册，${input.occurredOn} 本支部应到会有表决权的正式党员为 ${env.entitledVoters} 人（预备党员没有表决权），与填写的 ${vote.entitledVoters} 人不符`));
    }
    facts.vote = { ...vote, entitledVoters: env.entitledVoters };
  }
  const check = checkStep(before, toStepInput(input), env);
  const issues = [...extraIssues, ...check.issues];
  if (issues.length > 0) throw createDevelopmentRuleError(issues);

  if (input.code === "assignGroup" && input.groupOrgId) {
    const group = await getGroupOfBranch(tx, person.orgId, input.groupOrgId);
    if (!group) throw createGroupInvalidError();
    facts.group = group;
  }
  const documents = await attachedDocuments(tx, id, input.documentIds);
  const step = await insertStepRow(tx, {
    personId: id,
    code: input.code,
    no: definition.no,
    occurredOn: input.occurredOn,
    decision: check.decision,
    facts,
    notes: input.notes ?? null,
    actorNames: input.actorNames ?? null,
    body: duty.body,
    ruleSet,
    rulesChecked: check.rulesChecked.map((rule) => ({ rule, article: articleOf(rule, ruleSet) })),
    documents,
    orgId: person.orgId,
    recordedOrgId: ctx.actor.org.id,
    recordedBy: userIdOf(ctx),
  });

  const effect = stepEffect(before, input.code, input.occurredOn, check.decision);
  const memberId = await applyToRoster(tx, ctx, person, effect.member);
  const patched = { ...person, ...effect.patch, ...(memberId ? { memberId } : {}) };
  const after = await updatePersonRow(tx, id, {
    ...effect.patch,
    ...(memberId ? { memberId } : {}),
    ...dueColumns(toCaseFacts(patched, [...rows, step]), ruleSetOn, ctx),
  });
  await recordAudit(tx, ctx, {
    action: "development.record_step",
    entityType: "development_person",
    entityId: id,
    orgId: person.orgId,
    before: personSnapshot(person),
    after: { ...personSnapshot(after), step: { id: step.id, code: step.code, occurredOn: step.occurredOn, decision: step.decision, ruleSet } },
  });
}

const ruleIssue = (field: string, rule: "DEV-15", ruleSet: "2014" | "2026", message: string): RuleIssue => ({ field, code: rule, rule, message: `${message}${citation(rule, ruleSet)}` });

/** The members named as cultivators or introducers, in the caller's scope, in the order given. */
async function namedMembers(tx: Executor, ctx: Ctx, ids: readonly string[], field: string): Promise<MemberRef[]> {
  const [found, rectifying] = await Promise.all([findMemberRefs(tx, ctx.actor.scope, ids), hasOpenRectification(tx, [...ids])]);
  const distinct = [...new Set(ids)];
  return distinct.map((memberId, i) => {
    const ref = found.find((f) => f.id === memberId);
    if (!ref) throw createMemberRefNotFoundError(`${field}.${i}`);
    return {
      id: ref.id,
      name: ref.name,
      status: ref.status as MemberRef["status"],
      standing: ref.standing as MemberRef["standing"],
      isUnderRectification: rectifying.has(ref.id),
    };
  });
}

/** The facts a step keeps beyond its date, notes and documents. */
function stepFacts(input: RecordStep): Record<string, unknown> {
  const { code: _code, occurredOn: _on, notes: _notes, actorNames: _actors, documentIds: _docs, ...rest } = input as RecordStep & Record<string, unknown>;
  delete rest.decision;
  return rest;
}

function toStepInput(input: RecordStep): StepInput {
  const base: StepInput = { code: input.code, occurredOn: input.occurredOn, notes: input.notes };
  switch (input.code) {
    case "politicalReview":
    case "preReview":
    case "approval":
    case "conversionApproval":
      return { ...base, decision: input.decision };
    case "determineCandidate":
      return { ...base, publicityFrom: input.publicityFrom, publicityTo: input.publicityTo };
    case "centralizedTraining":
      return { ...base, days: input.days, hours: input.hours, exceptionReason: input.exceptionReason };
    case "admissionMeeting":
      return { ...base, vote: input.vote };
    case "conversionMeeting":
      return { ...base, vote: input.vote, proposal: input.proposal, extensionMonths: input.extensionMonths };
    default:
      return base;
  }
}

/** Documents attach only if uploaded to this very case. */
async function attachedDocuments(tx: Executor, personId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const files = await getOwnerFilesByIds(tx, PERSON_FILE_OWNER, personId, ids);
  return ids.map((fileId, i) => {
    const file = files.find((f) => f.id === fileId);
    if (!file) throw createDocumentInvalidError(`documentIds.${i}`);
    return { fileId, name: file.name };
  });
}

/**
 * The roster follows the procedure: approval of the admission enters a probationary member whose
 * standing counts from the general meeting (党籍, rules.md §1.1); conversion makes them a full member
 * from the end of the probation (DEV-23c); cancellation is an exit of kind 取消预备党员资格.
 */
async function applyToRoster(tx: Executor, ctx: Ctx, person: PersonRow, action: ReturnType<typeof stepEffect>["member"]): Promise<string | null> {
  if (!action) return null;
  switch (action.kind) {
    case "admit": {
      const member = await createMemberIn(tx, ctx, {
        orgId: person.orgId,
        name: person.name,
        gender: person.gender as "male" | "female",
        ethnicity: person.ethnicity as never,
        idNumber: ctx.pii.decrypt(person.idNumberCipher),
        education: person.education as never,
        occupation: person.occupation as never,
        workUnit: person.workUnit,
        post: person.post,
        phone: person.phoneCipher ? ctx.pii.decrypt(person.phoneCipher) : null,
        joinedOn: action.joinedOn,
        status: "probationary",
      });
      return member.id;
    }
    case "convert":
      await convertMemberIn(tx, ctx, person.memberId!, action.fullMemberOn);
      return null;
    case "cancel":
      await recordMemberEventIn(tx, ctx, person.memberId!, { type: "exit", occurredOn: action.on, exitKind: "probation_cancelled", reason: "经支部大会讨论、上级党委批准，取消预备党员资格" });
      return null;
  }
}

/**
 * Outcomes outside the 25 steps (rules.md §1.6): withdrawal, "no longer cultivated", "not this year"
 * and resumption. Recorded as dated records, never deletions. A probationary member leaves only by
 * cancellation (general meeting and approval, DEV-23), not by an officer's note.
 */
export async function recordDevelopmentOutcome(ctx: Ctx, id: string, input: RecordOutcome): Promise<DevelopmentPersonDetail> {
  await ctx.db.transaction((tx) => recordDevelopmentOutcomeIn(tx, ctx, id, input));
  return getDevelopmentPerson(ctx, id);
}

export async function recordDevelopmentOutcomeIn(tx: Executor, ctx: Ctx, id: string, input: RecordOutcome): Promise<void> {
  const { person, bodies } = await caseBodies(tx, ctx, id, { forUpdate: true });
  const ruleSetOn = await loadRuleSetResolver(tx);
  const ruleSet = ruleSetOn(input.occurredOn);
  const duty = checkDuty("branch_or_committee", bodies);
  if (!duty.ok) throw createWrongBodyError(duty.rule, duty.message, ruleSet);
  if (person.approvedOn) throw createOutcomeNotAllowedError(`已是预备党员，须经支部大会讨论、上级党委批准取消预备党员资格${citation("DEV-23", ruleSet)}`);
  const patch = outcomePatch(person, input);
  const rows = (await findStepRows(tx, id)).map((v) => v.step);
  const step = await insertStepRow(tx, {
    personId: id,
    code: "outcome",
    no: 0,
    occurredOn: input.occurredOn,
    facts: { outcome: input.outcome, deferredToYear: input.deferredToYear ?? null },
    notes: input.reason,
    body: duty.body,
    ruleSet,
    orgId: person.orgId,
    recordedOrgId: ctx.actor.org.id,
    recordedBy: userIdOf(ctx),
  });
  const patched = { ...person, ...patch };
  const after = await updatePersonRow(tx, id, { ...patch, ...dueColumns(toCaseFacts(patched, [...rows, step]), ruleSetOn, ctx) });
  await recordAudit(tx, ctx, {
    action: "development.record_outcome",
    entityType: "development_person",
    entityId: id,
    orgId: person.orgId,
    before: personSnapshot(person),
    after: { ...personSnapshot(after), outcome: input.outcome, reason: input.reason },
  });
}

function outcomePatch(person: PersonRow, input: RecordOutcome): Partial<PersonRow> {
  const isLive = person.status === "open" || person.status === "deferred";
  switch (input.outcome) {
    case "withdrawn":
    case "rejected":
      if (!isLive) throw createOutcomeNotAllowedError("该记录已终止或已完成");
      return { status: "closed", closeReason: input.outcome };
    case "deferred":
      if (person.status !== "open") throw createOutcomeNotAllowedError("只有进行中的记录可以暂缓");
      return { status: "deferred", deferredToYear: input.deferredToYear ?? null };
    case "resumed":
      if (person.status !== "deferred") throw createOutcomeNotAllowedError("只有暂缓中的记录可以恢复");
      return { status: "open", deferredToYear: null };
  }
}
