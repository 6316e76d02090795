import type {
  CreateHandlingCase,
  FindHandlingCasesQuery,
  HandlingCaseDetail,
  HandlingCaseListItem,
  HandlingCasePage,
  HandlingStep,
  RecordHandlingStep,
} from "../../../shared/contracts/handling.contract";
import { HANDLING_METHOD_LABELS, type HandlingMethod, type HandlingOutcome, type HandlingStatus, type HandlingStepKind } from "../../../shared/org-life";
import type { MemberStanding, MemberStatus } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import { type Ctx, userIdOf } from "../../http/context";
import { can } from "../access/access.policy";
import { recordAudit, recordAudits } from "../audit/audit.service";
import { recordMemberEventIn } from "../members/member-events.service";
import { requireMemberInScope, todayOf } from "../members/members.service";
import { findNearestCommittee, requireOrgInScope } from "../organizations/organizations.service";
import { createHandlingNotFoundError, createHandlingReadForbidden, createHandlingRuleError, createHandlingWrongBodyError } from "./handling.errors";
import {
  type HandlingCaseRow,
  type HandlingCaseView,
  type HandlingStepRow,
  countCases,
  countEntitledVoters,
  findCaseRows,
  findOpenRectificationMemberIds,
  findStepRows,
  getCaseView,
  getExitEvent,
  getOrgRef,
  hasOpenCase,
  insertHandlingCaseRows,
  insertStepRow,
  lockCaseRow,
  updateCaseRow,
} from "./handling.repository";
import {
  type ActingBody,
  type HandlingCaseFacts,
  type HandlingPhase,
  type HandlingStepInput,
  STEP_BODIES,
  allowedSteps,
  checkHandlingDuty,
  checkHandlingStep,
  checkNewCase,
  daysToDeadline,
  handlingBodies,
  idleCutoff,
  overdueReasons,
  phaseOf,
} from "./handling.rules";

// ---- Seam 3: evaluation → handling, and handling → development (DEV-09) ----

/**
 * When a campaign is published, every member graded 不合格 gets a case, inside the publishing
 * transaction. Cases open with no method: education first (§3.1). A member who already has an open
 * case still gets one per entry (the evaluation links each entry to its case); the branch may
 * withdraw the duplicate with a reason.
 */
export async function openHandlingCasesIn(
  tx: Executor,
  ctx: Ctx,
  cases: { memberId: string; orgId: string; entryId: string; grounds: string; decidedOn: string }[],
): Promise<{ id: string; memberId: string }[]> {
  const rows = await insertHandlingCaseRows(
    tx,
    cases.map((c) => ({
      memberId: c.memberId,
      orgId: c.orgId,
      entryId: c.entryId,
      grounds: c.grounds,
      decidedOn: c.decidedOn,
      method: null,
      status: "open",
      createdBy: userIdOf(ctx),
    })),
  );
  await recordAudits(
    tx,
    ctx,
    rows.map((row) => ({ action: "handling.open", entityType: "handling_case", entityId: row.id, orgId: row.orgId, after: { ...caseSnapshot(row), entryId: row.entryId, grounds: row.grounds } })),
  );
  return rows.map((r) => ({ id: r.id, memberId: r.memberId }));
}

/** Members (of those given) with an open 限期改正 case: for development's DEV-09 introducer check. */
export async function hasOpenRectification(db: Executor, memberIds: string[]): Promise<Set<string>> {
  return new Set(await findOpenRectificationMemberIds(db, memberIds));
}

// ---- Reading ----

const requireHandlingRead = (ctx: Ctx) => {
  if (!can(ctx.actor, "handling.read")) throw createHandlingReadForbidden();
};

const caseSnapshot = (c: HandlingCaseRow) => ({
  memberId: c.memberId,
  orgId: c.orgId,
  method: c.method,
  status: c.status,
  decidedOn: c.decidedOn,
  deadlineOn: c.deadlineOn,
  outcome: c.outcome,
  closedOn: c.closedOn,
  exitEventId: c.exitEventId,
});

const overdueDates = (today: string) => ({ today, idleCutoff: idleCutoff(today) });

/** The phase as the list's SQL sees it (handling.repository awaitingApproval = rules' pendingDecision). */
function listPhase(c: HandlingCaseRow, awaiting: boolean): HandlingPhase {
  if (c.status === "closed") return "closed";
  if (c.method === null) return "education";
  if (c.method === "rectify_by_deadline") return "rectifying";
  if (awaiting) return "awaiting_approval";
  return c.method === "persuade_to_leave" ? "persuading" : "removing";
}

function toListItem(view: HandlingCaseView, today: string, phase?: HandlingPhase): HandlingCaseListItem {
  const c = view.handlingCase;
  const facts = { status: c.status as HandlingStatus, method: c.method as HandlingMethod | null, deadlineOn: c.deadlineOn, decidedOn: c.decidedOn, lastStepOn: view.lastStepOn };
  const reasons = overdueReasons(facts, today);
  return {
    id: c.id,
    memberId: c.memberId,
    memberName: view.memberName,
    orgId: c.orgId,
    orgName: view.orgName,
    method: facts.method,
    phase: phase ?? listPhase(c, view.awaitingApproval),
    status: facts.status,
    outcome: c.outcome as HandlingOutcome | null,
    decidedOn: c.decidedOn,
    deadlineOn: c.deadlineOn,
    daysToDeadline: daysToDeadline(facts, today),
    lastStepOn: view.lastStepOn,
    closedOn: c.closedOn,
    overdue: { isOverdue: reasons.length > 0, reasons },
    evaluation:
      view.campaignId && c.entryId ? { campaignId: view.campaignId, title: view.campaignTitle ?? "", year: view.campaignYear ?? 0, entryId: c.entryId } : null,
  };
}

/** The committee's list: every case of the scope (or an organization's subtree), open and overdue counted. */
export async function findHandlingCases(ctx: Ctx, query: FindHandlingCasesQuery): Promise<HandlingCasePage> {
  requireHandlingRead(ctx);
  const today = todayOf(ctx);
  const subtree = query.orgId ? await requireOrgInScope(ctx.db, ctx.actor.scope, query.orgId) : undefined;
  const dates = overdueDates(today);
  const { items, total } = await findCaseRows(ctx.db, ctx.actor.scope, query, dates, subtree?.path);
  const counts = await countCases(ctx.db, ctx.actor.scope, dates, subtree?.path);
  return {
    items: items.map((view) => toListItem(view, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
    abilities: { canCreate: can(ctx.actor, "handling.record") },
  };
}

const toCaseFacts = (c: HandlingCaseRow, steps: readonly HandlingStepRow[]): HandlingCaseFacts => ({
  status: c.status as HandlingStatus,
  method: c.method as HandlingMethod | null,
  decidedOn: c.decidedOn,
  deadlineOn: c.deadlineOn,
  steps: steps.map((s) => ({ kind: s.kind as HandlingStepKind, occurredOn: s.occurredOn, decision: s.decision, facts: s.facts as Record<string, unknown> })),
});

type StepView = Awaited<ReturnType<typeof findStepRows>>[number];

const toStep = ({ step, orgName, recordedByName }: StepView): HandlingStep => ({
  id: step.id,
  kind: step.kind as HandlingStepKind,
  occurredOn: step.occurredOn,
  decision: step.decision,
  notes: step.notes,
  facts: step.facts as Record<string, unknown>,
  body: step.body as "branch" | "committee",
  orgName,
  recordedByName,
  createdAt: step.createdAt.toISOString(),
});

const bodiesOf = (ctx: Ctx, orgPath: string, committeeId: string | null) =>
  handlingBodies({ role: ctx.actor.role, orgId: ctx.actor.org.id, orgPath: ctx.actor.org.path }, orgPath, committeeId);

/** The case: member, branch, steps as a timeline, deadline, overdue, the evaluation, and what the caller may record. */
export async function getHandlingCase(ctx: Ctx, id: string): Promise<HandlingCaseDetail> {
  requireHandlingRead(ctx);
  const view = await getCaseView(ctx.db, ctx.actor.scope, id);
  if (!view) throw createHandlingNotFoundError();
  const c = view.handlingCase;
  const today = todayOf(ctx);
  const stepViews = await findStepRows(ctx.db, id);
  const facts = toCaseFacts(c, stepViews.map((v) => v.step));
  const committee = await findNearestCommittee(ctx.db, view.orgPath);
  const bodies = bodiesOf(ctx, view.orgPath, committee?.id ?? null);
  const allowed = allowedSteps(facts, today);
  const phase = phaseOf(facts);
  const exit = c.exitEventId ? await getExitEvent(ctx.db, c.exitEventId) : undefined;
  const waitingFor: ActingBody[] = [];
  if (phase === "awaiting_approval" && !bodies.includes("committee")) waitingFor.push("committee");
  if (["education", "rectifying", "persuading", "removing"].includes(phase) && !bodies.includes("branch")) waitingFor.push("branch");
  return {
    ...toListItem(view, today, phase),
    grounds: c.grounds,
    approvingCommittee: committee ? { id: committee.id, name: committee.name } : null,
    entitledVotersToday: await countEntitledVoters(ctx.db, view.orgPath, today),
    exit: exit ? { eventId: exit.id, occurredOn: exit.occurredOn, exitKind: String((exit.details as Record<string, unknown>).exitKind ?? "") } : null,
    steps: stepViews.map(toStep),
    createdAt: c.createdAt.toISOString(),
    abilities: {
      recordableSteps: allowed
        .filter((s) => checkHandlingDuty(s.body, bodies).ok)
        .map(({ kind, methods, results }) => ({ kind, ...(methods ? { methods } : {}), ...(results ? { results } : {}) })),
      waitingFor,
    },
  };
}

// ---- Opening a case directly ----

/**
 * 新建处置: the branch opens a case for a member it found unqualified outside a campaign (§3.1 use of
 * results). The member's own branch only (HANDLE-08); never for a matter already sanctioned (§4,
 * HANDLE-01); a full member in good standing with no open case (HANDLE-10). Opens with no method.
 */
export async function createHandlingCase(ctx: Ctx, input: CreateHandlingCase): Promise<HandlingCaseDetail> {
  const id = await ctx.db.transaction((tx) => createHandlingCaseIn(tx, ctx, input));
  return getHandlingCase(ctx, id);
}

export async function createHandlingCaseIn(tx: Executor, ctx: Ctx, input: CreateHandlingCase): Promise<string> {
  requireHandlingRead(ctx);
  const member = await requireMemberInScope(tx, ctx.actor.scope, input.memberId, { forUpdate: true });
  const org = await getOrgRef(tx, member.orgId);
  // A member of a party group belongs to the group's branch.
  const branch = org?.kind === "group" && org.parentId ? await getOrgRef(tx, org.parentId) : org;
  if (!branch) throw createHandlingNotFoundError();
  const duty = checkHandlingDuty("branch", bodiesOf(ctx, branch.path, null));
  if (!duty.ok) throw createHandlingWrongBodyError(duty.issue);
  const issues = checkNewCase({
    member: { status: member.status as MemberStatus, standing: member.standing as MemberStanding, joinedOn: member.joinedOn },
    hasOpenCase: await hasOpenCase(tx, member.id),
    sanctionedForSameMatter: input.sanctionedForSameMatter,
    decidedOn: input.decidedOn,
    today: todayOf(ctx),
  });
  if (issues.length > 0) throw createHandlingRuleError(issues);
  const [row] = await insertHandlingCaseRows(tx, [
    { memberId: member.id, orgId: branch.id, grounds: input.grounds, decidedOn: input.decidedOn, method: null, status: "open", createdBy: userIdOf(ctx) },
  ]);
  await recordAudit(tx, ctx, {
    action: "handling.create",
    entityType: "handling_case",
    entityId: row!.id,
    orgId: branch.id,
    after: { ...caseSnapshot(row!), grounds: row!.grounds, sanctionedForSameMatter: false },
  });
  return row!.id;
}

// ---- Recording a step ----

/**
 * POST …/steps: one dated step, recorded by the body the procedure names (HANDLE-08), checked against
 * the procedure's order and votes (handling.rules.ts), applied to the case and — when the committee
 * approves 劝退 or 除名 — to the roster as an exit, all in one audited transaction.
 */
export async function recordHandlingStep(ctx: Ctx, id: string, input: RecordHandlingStep): Promise<HandlingCaseDetail> {
  await ctx.db.transaction((tx) => recordHandlingStepIn(tx, ctx, id, input));
  return getHandlingCase(ctx, id);
}

export async function recordHandlingStepIn(tx: Executor, ctx: Ctx, id: string, input: RecordHandlingStep): Promise<void> {
  requireHandlingRead(ctx);
  const view = await getCaseView(tx, ctx.actor.scope, id);
  const before = view ? await lockCaseRow(tx, ctx.actor.scope, id) : undefined;
  if (!view || !before) throw createHandlingNotFoundError();
  const committee = await findNearestCommittee(tx, view.orgPath);
  const duty = checkHandlingDuty(STEP_BODIES[input.kind], bodiesOf(ctx, view.orgPath, committee?.id ?? null));
  if (!duty.ok) throw createHandlingWrongBodyError(duty.issue);

  const today = todayOf(ctx);
  const stepRows = (await findStepRows(tx, id)).map((v) => v.step);
  const stepInput = toStepInput(input);
  const entitledVoters = input.kind === "meeting_decision" && input.vote ? await countEntitledVoters(tx, view.orgPath, input.occurredOn) : undefined;
  const check = checkHandlingStep(toCaseFacts(before, stepRows), stepInput, { today, rectificationMonths: ctx.config.orgLife.rectificationMonths, entitledVoters });
  if (check.issues.length > 0) throw createHandlingRuleError(check.issues);

  const step = await insertStepRow(tx, {
    caseId: id,
    kind: input.kind,
    occurredOn: input.occurredOn,
    decision: check.decision,
    notes: input.notes ?? null,
    facts: stepFacts(input, check.vote),
    body: duty.body,
    orgId: duty.body === "committee" ? committee!.id : before.orgId,
    recordedBy: userIdOf(ctx),
  });

  let exitEventId: string | undefined;
  if (check.exitKind) {
    // EXIT-01 is the roster's own: once exited, no event (not even 恢复党籍) is admitted (member-events.rules.ts).
    const method = HANDLING_METHOD_LABELS[before.method as HandlingMethod];
    const event = await recordMemberEventIn(tx, ctx, before.memberId, {
      type: "exit",
      occurredOn: input.occurredOn,
      exitKind: check.exitKind,
      reason: `不合格党员组织处置：经支部党员大会讨论决定${method}，${committee?.name ?? "上级党委"}批准`,
      documents: input.kind === "committee_approval" && input.documentNumber ? [{ name: "上级党委批复", number: input.documentNumber }] : undefined,
    });
    exitEventId = event.id;
  }
  const after = await updateCaseRow(tx, id, { ...check.patch, ...(exitEventId ? { exitEventId } : {}) });
  await recordAudit(tx, ctx, {
    action: "handling.record_step",
    entityType: "handling_case",
    entityId: id,
    orgId: before.orgId,
    before: caseSnapshot(before),
    after: { ...caseSnapshot(after), step: { id: step.id, kind: step.kind, occurredOn: step.occurredOn, decision: step.decision, body: step.body } },
  });
}

function toStepInput(input: RecordHandlingStep): HandlingStepInput {
  const base = { kind: input.kind, occurredOn: input.occurredOn, notes: input.notes };
  switch (input.kind) {
    case "follow_up":
      return { ...base, result: input.result ?? null };
    case "pre_review":
    case "committee_approval":
      return { ...base, decision: input.decision };
    case "meeting_decision":
      return { ...base, method: input.method, vote: input.vote };
    case "conclusion":
      return { ...base, outcome: input.outcome };
    default:
      return base;
  }
}

/** What a step keeps beyond its date, decision and notes. */
function stepFacts(input: RecordHandlingStep, vote: ReturnType<typeof checkHandlingStep>["vote"]): Record<string, unknown> {
  switch (input.kind) {
    case "meeting_decision":
      return { method: input.method, ...(vote ? { vote } : {}) };
    case "committee_approval":
      return input.documentNumber ? { documentNumber: input.documentNumber } : {};
    case "conclusion":
      return { outcome: input.outcome };
    default:
      return {};
  }
}
