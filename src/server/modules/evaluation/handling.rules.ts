import { addDays, addMonths, toDayNumber } from "../../../shared/dates";
import { countVote } from "../../../shared/development-vote";
import type { MemberStanding, MemberStatus } from "../../../shared/domain";
import {
  HANDLING_METHOD_LABELS,
  HANDLING_STEP_KIND_LABELS,
  type HandlingMethod,
  type HandlingOutcome,
  type HandlingStatus,
  type HandlingStepKind,
} from "../../../shared/org-life";
import {
  type ActingActor,
  type ActingBody,
  type BodyPermissions,
  type Duty,
  actingBodies,
  checkDuty,
} from "../access/acting-bodies.rules";
import type { RuleIssue } from "../members/members.rules";

/**
 * Organizational handling of an unqualified member (不合格党员组织处置, rules.md §3.1 "use of results",
 * §3.2, §3.3) as a state machine over the case's dated steps. Each guard is named by a HANDLE- rule
 * id and cites its article; a refusal is an issue whose code IS the rule id. Pure: the service
 * supplies the case, its steps in the order recorded, today (China) and the roster's voter count.
 *
 *   education ──[pre_review of a 劝退 proposal]
 *   education ──meeting_decision(限期改正)──▶ rectifying ──follow_up(improved, on/after deadline)──▶ closed·improved
 *       │                                        └──follow_up(not_improved, on/after deadline)──▶ persuading (no second deadline)
 *       └──meeting_decision(劝其退党)──▶ persuading ──follow_up(refused: 劝而不退)──▶ removing
 *   persuading/removing ──[pre_review]──meeting_decision(vote passes)──▶ awaiting_approval
 *   persuading/awaiting 劝退 ──follow_up(refused)──▶ removing (a pending 劝退 decision lapses)
 *   awaiting_approval ──committee_approval(approved)──▶ closed·persuaded_to_leave / removed_after_refusal (roster exit)
 *                     └──committee_approval(rejected)──▶ back to persuading/removing
 *   any open phase ──conclusion(withdrawn, with a reason)──▶ closed·withdrawn
 */

export const HANDLING_RULES = {
  "HANDLE-01": { title: "受党纪处分的，不再因同一事由进行组织处置", article: "《不合格党员组织处置办法》第四条" },
  "HANDLE-02": { title: "对不合格党员先进行教育，经教育后再作组织处置", article: "《中国共产党章程》第九条；民主评议党员结果运用（rules.md §3.1）" },
  "HANDLE-03": { title: "处置按限期改正、劝其退党、除名的顺序进行；劝其退党而本人坚持不退的，方可除名", article: "《中国共产党章程》第九条；《不合格党员组织处置办法》第三条" },
  "HANDLE-04": {
    title: "限期改正一般为一年；期满后跟踪考察作出结论，仍无转变的劝其退党，不再另定期限",
    article: "1996年《党的组织工作问答》（《不合格党员组织处置办法》相关条款待核）",
  },
  "HANDLE-05": {
    title: "劝其退党、除名由支部党员大会讨论决定：到会有表决权的党员超过应到会半数，赞成人数超过应到会有表决权党员的半数为通过",
    article: "《中国共产党章程》第九条；《中国共产党支部工作条例（试行）》第十一条",
  },
  "HANDLE-06": { title: "劝其退党、除名须经支部大会决定后报上级党组织批准", article: "《中国共产党章程》第九条" },
  "HANDLE-07": { title: "支部大会表决前可由基层党委预审（地方工作程序，全国性规定待核）", article: "地方工作程序（rules.md §3.2）" },
  "HANDLE-08": { title: "党支部的步骤由党员所在党支部登记，预审和审批由上级党委登记", article: "《中国共产党章程》第九条（支部决定、上级党组织批准）" },
  "HANDLE-09": { title: "步骤日期不得晚于今天，不得早于处置开始之日和此前步骤的日期", article: "处置记录按时间顺序登记" },
  "HANDLE-10": {
    title: "处置对象为党籍正常的正式党员，同一党员同时只办理一件处置；预备党员不合格的，按程序取消预备党员资格",
    article: "《不合格党员组织处置办法》第三条；《中国共产党发展党员工作细则》第三十二条",
  },
  "HANDLE-11": { title: "已结案的处置不能再登记步骤", article: "处置记录只增不删" },
} as const;

export type HandlingRuleId = keyof typeof HANDLING_RULES;

/** "（《中国共产党章程》第九条，HANDLE-05）": appended to every refusal. */
export const handlingCitation = (rule: HandlingRuleId) => `（${HANDLING_RULES[rule].article}，${rule}）`;

const refuse = (field: string, rule: HandlingRuleId, message: string): RuleIssue => ({ field, code: rule, rule, message: `${message}${handlingCitation(rule)}` });

/**
 * Overdue (our choice, documented in the README): an open 限期改正 past its deadline, or an open case
 * with no step for 90 days — a quarter, the general meeting's normal rhythm (条例 §11), so a stalled
 * case shows before the next meeting would have been due.
 */
export const HANDLING_IDLE_DAYS = 90;

export const FOLLOW_UP_RESULTS = ["improved", "not_improved", "refused"] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];
export const PRE_REVIEW_DECISIONS = ["agreed", "disagreed"] as const;
export type PreReviewDecision = (typeof PRE_REVIEW_DECISIONS)[number];
export const APPROVAL_DECISIONS = ["approved", "rejected"] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export type HandlingPhase = "education" | "rectifying" | "persuading" | "removing" | "awaiting_approval" | "closed";
export type StepBody = "branch" | "committee" | "branch_or_committee";

/** Who records each kind (HANDLE-08): the branch decides, the superior committee pre-reviews and approves. */
export const STEP_BODIES: Record<HandlingStepKind, StepBody> = {
  education_talk: "branch",
  follow_up: "branch",
  pre_review: "committee",
  meeting_decision: "branch",
  committee_approval: "committee",
  conclusion: "branch_or_committee",
};

export interface HandlingStepFact {
  kind: HandlingStepKind;
  occurredOn: string;
  decision: string | null;
  facts: Record<string, unknown>;
}

export interface HandlingCaseFacts {
  status: HandlingStatus;
  method: HandlingMethod | null;
  /** The day the member was found unqualified and the case opened. */
  decidedOn: string;
  deadlineOn: string | null;
  /** Oldest first, in the order recorded. */
  steps: readonly HandlingStepFact[];
}

/** The latest step of the kinds that move a 劝退/除名 case between deciding and approval. */
function lastDecisive(c: HandlingCaseFacts): HandlingStepFact | undefined {
  for (let i = c.steps.length - 1; i >= 0; i -= 1) {
    const s = c.steps[i]!;
    if (s.kind === "meeting_decision" || s.kind === "committee_approval") return s;
    if (s.kind === "follow_up" && (s.decision === "not_improved" || s.decision === "refused")) return s;
  }
  return undefined;
}

/** The general meeting's passed decision now waiting for the committee's approval, if any. */
export function pendingDecision(c: HandlingCaseFacts): HandlingStepFact | undefined {
  if (c.status !== "open" || (c.method !== "persuade_to_leave" && c.method !== "remove")) return undefined;
  const s = lastDecisive(c);
  return s?.kind === "meeting_decision" && s.decision === "passed" && s.facts.method === c.method ? s : undefined;
}

export function phaseOf(c: HandlingCaseFacts): HandlingPhase {
  if (c.status === "closed") return "closed";
  switch (c.method) {
    case null:
      return "education";
    case "rectify_by_deadline":
      return "rectifying";
    case "persuade_to_leave":
      return pendingDecision(c) ? "awaiting_approval" : "persuading";
    case "remove":
      return pendingDecision(c) ? "awaiting_approval" : "removing";
  }
}

const hasEducation = (c: HandlingCaseFacts) => c.steps.some((s) => s.kind === "education_talk");

/**
 * HANDLE-07: the latest pre-review since the current method was set (or since the last rejected
 * approval) disagreed — the general meeting waits for a pre-review that agrees. In education it
 * holds a 劝退 decision only; 限期改正 needs no pre-review.
 */
function isBlockedByPreReview(c: HandlingCaseFacts): boolean {
  for (let i = c.steps.length - 1; i >= 0; i -= 1) {
    const s = c.steps[i]!;
    if (s.kind === "pre_review") return s.decision === "disagreed";
    if (s.kind === "committee_approval" || s.kind === "meeting_decision") return false;
    if (s.kind === "follow_up" && (s.decision === "not_improved" || s.decision === "refused")) return false;
  }
  return false;
}

export interface AllowedStep {
  kind: HandlingStepKind;
  body: StepBody;
  /** meeting_decision: the methods the meeting may decide now. */
  methods?: HandlingMethod[];
  /** follow_up: the conclusions it may carry now (none = an ordinary follow-up record). */
  results?: FollowUpResult[];
}

/** The steps the procedure admits next, for the abilities the case page shows. */
export function allowedSteps(c: HandlingCaseFacts, today: string): AllowedStep[] {
  const talk: AllowedStep = { kind: "education_talk", body: "branch" };
  const withdraw: AllowedStep = { kind: "conclusion", body: "branch_or_committee" };
  switch (phaseOf(c)) {
    case "closed":
      return [];
    case "education": {
      if (!hasEducation(c)) return [talk, { kind: "follow_up", body: "branch", results: [] }, withdraw];
      const methods: HandlingMethod[] = isBlockedByPreReview(c) ? ["rectify_by_deadline"] : ["rectify_by_deadline", "persuade_to_leave"];
      return [talk, { kind: "follow_up", body: "branch", results: [] }, { kind: "pre_review", body: "committee" }, { kind: "meeting_decision", body: "branch", methods }, withdraw];
    }
    case "rectifying":
      return [talk, { kind: "follow_up", body: "branch", results: c.deadlineOn && today >= c.deadlineOn ? ["improved", "not_improved"] : [] }, withdraw];
    case "persuading":
    case "removing": {
      const meeting: AllowedStep[] = isBlockedByPreReview(c) ? [] : [{ kind: "meeting_decision", body: "branch", methods: [c.method!] }];
      return [talk, { kind: "follow_up", body: "branch", results: c.method === "persuade_to_leave" ? ["refused"] : [] }, { kind: "pre_review", body: "committee" }, ...meeting, withdraw];
    }
    case "awaiting_approval":
      return [talk, { kind: "follow_up", body: "branch", results: c.method === "persuade_to_leave" ? ["refused"] : [] }, { kind: "committee_approval", body: "committee" }, withdraw];
  }
}

export interface HandlingVote {
  /** 应到会有表决权的正式党员, as the branch states it; checked against the roster. */
  entitledVoters?: number;
  present: number;
  inFavour: number;
  against: number;
  abstaining: number;
}

export interface HandlingStepInput {
  kind: HandlingStepKind;
  occurredOn: string;
  notes?: string | null;
  method?: HandlingMethod;
  vote?: HandlingVote;
  result?: FollowUpResult | null;
  decision?: PreReviewDecision | ApprovalDecision;
  outcome?: "withdrawn";
}

export interface HandlingCheckEnv {
  today: string;
  rectificationMonths: number;
  /** 应到会有表决权的正式党员 of the branch on the meeting day, from the roster (meeting decisions only). */
  entitledVoters?: number;
}

/** What a step changes on the case; `exitKind` asks the service to record the roster's exit. */
export interface HandlingPatch {
  method?: HandlingMethod;
  deadlineOn?: string | null;
  status?: HandlingStatus;
  outcome?: HandlingOutcome;
  closedOn?: string;
}

export interface HandlingStepCheck {
  issues: RuleIssue[];
  decision: string | null;
  patch: HandlingPatch;
  exitKind: "persuaded_to_leave" | "removed_after_refusal" | null;
  /** The vote as recorded, with the roster's count of entitled voters. */
  vote?: HandlingVote & { entitledVoters: number; needed: number };
}

const PHASE_TEXT: Record<HandlingPhase, string> = {
  education: "教育阶段（尚未决定处置方式）",
  rectifying: "限期改正期间",
  persuading: "劝其退党阶段",
  removing: "除名阶段（劝而不退）",
  awaiting_approval: "已报上级党委审批",
  closed: "已结案",
};

/** Every reason the step cannot be recorded now, the decision it carries, and what it changes. */
export function checkHandlingStep(c: HandlingCaseFacts, input: HandlingStepInput, env: HandlingCheckEnv): HandlingStepCheck {
  const none: HandlingStepCheck = { issues: [], decision: null, patch: {}, exitKind: null };
  const phase = phaseOf(c);
  const label = HANDLING_STEP_KIND_LABELS[input.kind];
  if (phase === "closed") return { ...none, issues: [refuse("kind", "HANDLE-11", "该处置已结案，不能再登记步骤")] };

  const dateIssues = checkStepDate(c, input.occurredOn, env.today);
  const order = checkOrder(c, phase, input, env.today);
  if (order) return { ...none, issues: [order, ...dateIssues] };
  if (dateIssues.length > 0) return { ...none, issues: dateIssues };

  const on = input.occurredOn;
  switch (input.kind) {
    case "education_talk":
      return none;
    case "follow_up":
      switch (input.result ?? null) {
        case "improved":
          return { ...none, decision: "improved", patch: { status: "closed", outcome: "improved", closedOn: on } };
        case "not_improved":
          // No second deadline (1996 Q&A): the branch now persuades the member to leave.
          return { ...none, decision: "not_improved", patch: { method: "persuade_to_leave" } };
        case "refused":
          return { ...none, decision: "refused", patch: { method: "remove" } };
        default:
          return none;
      }
    case "pre_review":
      return { ...none, decision: input.decision ?? null };
    case "meeting_decision":
      return meetingDecision(input, env, label);
    case "committee_approval": {
      if (input.decision !== "approved") return { ...none, decision: "rejected" };
      const exitKind = c.method === "persuade_to_leave" ? "persuaded_to_leave" : "removed_after_refusal";
      return { ...none, decision: "approved", patch: { status: "closed", outcome: exitKind, closedOn: on }, exitKind };
    }
    case "conclusion":
      return { ...none, decision: "withdrawn", patch: { status: "closed", outcome: "withdrawn", closedOn: on } };
  }
}

/** HANDLE-09: not in the future, not before the case opened, not before the step before it. */
function checkStepDate(c: HandlingCaseFacts, on: string, today: string): RuleIssue[] {
  if (on > today) return [refuse("occurredOn", "HANDLE-09", "步骤日期不能晚于今天")];
  if (on < c.decidedOn) return [refuse("occurredOn", "HANDLE-09", `步骤日期不能早于处置开始之日（${c.decidedOn}）`)];
  const last = c.steps.reduce<string | null>((max, s) => (max === null || s.occurredOn > max ? s.occurredOn : max), null);
  if (last && on < last) return [refuse("occurredOn", "HANDLE-09", `步骤日期不能早于上一步骤的日期（${last}）`)];
  return [];
}

/** The procedure's order: which kinds, methods and conclusions the phase admits (HANDLE-02…07). */
function checkOrder(c: HandlingCaseFacts, phase: HandlingPhase, input: HandlingStepInput, today: string): RuleIssue | null {
  const label = HANDLING_STEP_KIND_LABELS[input.kind];
  const now = PHASE_TEXT[phase];
  switch (input.kind) {
    case "education_talk":
    case "conclusion":
      return null;
    case "follow_up": {
      const result = input.result ?? null;
      if (result === null) return null;
      if (result === "improved" || result === "not_improved") {
        if (phase !== "rectifying") return refuse("result", "HANDLE-04", `只有限期改正期间的跟踪考察才能作出改正结论，当前为${now}`);
        if (!c.deadlineOn || today < c.deadlineOn || input.occurredOn < c.deadlineOn) {
          return refuse("result", "HANDLE-04", `限期改正期满（${c.deadlineOn}）后方可作出是否改正的结论`);
        }
        return null;
      }
      // 劝而不退: the member refuses to leave — before the committee approves a 劝退 decision, which then lapses.
      if (c.method !== "persuade_to_leave" || (phase !== "persuading" && phase !== "awaiting_approval")) {
        return refuse("result", "HANDLE-03", `只有在劝其退党阶段才能登记本人坚持不退，当前为${now}`);
      }
      return null;
    }
    case "pre_review":
      if (phase === "awaiting_approval") return refuse("kind", "HANDLE-06", "支部大会已作出决定并报上级党委审批，不能再预审");
      // In education it reviews the branch's proposal to persuade the member to leave.
      if (phase === "education" && !hasEducation(c)) return refuse("kind", "HANDLE-02", "对不合格党员应先进行教育：请先登记教育谈话");
      if (phase !== "education" && phase !== "persuading" && phase !== "removing") {
        return refuse("kind", "HANDLE-07", `基层党委预审只用于劝其退党或除名的支部大会表决前，当前为${now}`);
      }
      return null;
    case "meeting_decision": {
      const method = input.method;
      if (!method) return refuse("method", "HANDLE-03", "请选择处置方式");
      switch (phase) {
        case "education":
          if (!hasEducation(c)) return refuse("kind", "HANDLE-02", "对不合格党员应先进行教育：请先登记教育谈话，再决定处置方式");
          if (method === "remove") return refuse("method", "HANDLE-03", "除名只适用于劝其退党而本人坚持不退的，不能直接决定除名");
          if (method === "persuade_to_leave" && isBlockedByPreReview(c)) return refuse("kind", "HANDLE-07", "基层党委预审未同意劝其退党，须预审同意后再提交支部大会表决");
          return null;
        case "rectifying":
          return refuse("kind", "HANDLE-04", `限期改正期间（至 ${c.deadlineOn}）不另作处置决定，期满后由跟踪考察作出结论`);
        case "persuading":
        case "removing":
          if (method !== c.method) {
            return refuse("method", "HANDLE-03", `当前应由支部大会讨论“${HANDLING_METHOD_LABELS[c.method!]}”，不能改为“${HANDLING_METHOD_LABELS[method]}”`);
          }
          if (isBlockedByPreReview(c)) return refuse("kind", "HANDLE-07", "基层党委预审未同意，须预审同意后再提交支部大会表决");
          return null;
        default:
          return refuse("kind", "HANDLE-06", "支部大会已作出决定，正在等待上级党委审批");
      }
    }
    case "committee_approval":
      if (phase !== "awaiting_approval") return refuse("kind", "HANDLE-06", `上级党委审批须在支部大会讨论通过劝其退党或除名之后，当前为${now}`);
      return null;
  }
  return refuse("kind", "HANDLE-03", `不能登记“${label}”`);
}

/** HANDLE-05: the general meeting's vote, counted against the roster; a vote that fails is recorded, not refused. */
function meetingDecision(input: HandlingStepInput, env: HandlingCheckEnv, label: string): HandlingStepCheck {
  const method = input.method!;
  const none: HandlingStepCheck = { issues: [], decision: null, patch: {}, exitKind: null };
  const effect = (): HandlingPatch =>
    method === "rectify_by_deadline" ? { method, deadlineOn: addMonths(input.occurredOn, env.rectificationMonths) } : { method };
  const vote = input.vote;
  if (!vote) {
    if (method !== "rectify_by_deadline") return { ...none, issues: [refuse("vote", "HANDLE-05", `${HANDLING_METHOD_LABELS[method]}须经支部党员大会表决，请填写表决情况`)] };
    // 限期改正: the branch decides (general meeting or committee; the 2024 办法's procedure is UNVERIFIED).
    return { ...none, decision: "passed", patch: effect() };
  }
  const entitled = env.entitledVoters ?? vote.entitledVoters ?? 0;
  if (vote.entitledVoters !== undefined && env.entitledVoters !== undefined && vote.entitledVoters !== env.entitledVoters) {
    return {
      ...none,
      issues: [refuse("vote.entitledVoters", "HANDLE-05", `按党员名册，${input.occurredOn} 本支部应到会有表决权的正式党员为 ${env.entitledVoters} 人（预备党员没有表决权），与填写的 ${vote.entitledVoters} 人不符`)],
    };
  }
  const counted = countVote(entitled, { ...vote, writtenInFavour: 0, writtenAgainst: 0, writtenAbstaining: 0 });
  switch (counted.kind) {
    case "invalid":
      return { ...none, issues: [refuse(counted.field, "HANDLE-05", counted.message)] };
    case "no_quorum":
      return { ...none, issues: [refuse("vote.present", "HANDLE-05", `${label}：到会有表决权的党员须超过应到会的半数（至少 ${counted.needed} 人），实到 ${vote.present} 人，不能表决`)] };
    case "counted": {
      const recorded = { ...vote, entitledVoters: entitled, needed: counted.needed };
      return counted.isPassed ? { ...none, decision: "passed", patch: effect(), vote: recorded } : { ...none, decision: "failed", vote: recorded };
    }
  }
}

// ---- Opening a case ----

export interface NewCaseFacts {
  member: { status: MemberStatus; standing: MemberStanding; joinedOn: string };
  hasOpenCase: boolean;
  sanctionedForSameMatter: boolean;
  decidedOn: string;
  today: string;
}

/** A case opened directly by the branch: §4 (HANDLE-01), the member (HANDLE-10) and the date (HANDLE-09). */
export function checkNewCase(f: NewCaseFacts): RuleIssue[] {
  if (f.sanctionedForSameMatter) {
    return [refuse("sanctionedForSameMatter", "HANDLE-01", "该党员已因同一事由受到党纪处分，不再进行组织处置")];
  }
  const issues: RuleIssue[] = [];
  if (f.member.status !== "full") issues.push(refuse("memberId", "HANDLE-10", "预备党员不作组织处置；不合格的预备党员应按程序取消预备党员资格"));
  else if (f.member.standing !== "active") issues.push(refuse("memberId", "HANDLE-10", "只能对党籍正常的党员进行组织处置"));
  else if (f.hasOpenCase) issues.push(refuse("memberId", "HANDLE-10", "该党员已有进行中的处置，请在原处置中继续办理"));
  if (f.decidedOn > f.today) issues.push(refuse("decidedOn", "HANDLE-09", "评定不合格的日期不能晚于今天"));
  else if (f.decidedOn < f.member.joinedOn) issues.push(refuse("decidedOn", "HANDLE-09", `评定不合格的日期不能早于入党日期（${f.member.joinedOn}）`));
  return issues;
}

// ---- Overdue and the deadline ----

export type OverdueReason = "deadline_passed" | "idle";

export interface OverdueFacts {
  status: HandlingStatus;
  method: HandlingMethod | null;
  deadlineOn: string | null;
  decidedOn: string;
  /** The date of the latest step, if any. */
  lastStepOn: string | null;
}

/** The day a case goes quiet for too long: its last activity plus HANDLING_IDLE_DAYS. */
export const idleSince = (f: Pick<OverdueFacts, "decidedOn" | "lastStepOn">) => (f.lastStepOn && f.lastStepOn > f.decidedOn ? f.lastStepOn : f.decidedOn);

/** Overdue once a 限期改正's deadline has passed unconcluded, or the case has had no step for 90 days. */
export function overdueReasons(f: OverdueFacts, today: string): OverdueReason[] {
  if (f.status !== "open") return [];
  const reasons: OverdueReason[] = [];
  if (f.method === "rectify_by_deadline" && f.deadlineOn && f.deadlineOn < today) reasons.push("deadline_passed");
  if (addDays(idleSince(f), HANDLING_IDLE_DAYS) < today) reasons.push("idle");
  return reasons;
}

/** The oldest last-activity date that is not yet idle today (for the SQL filter). */
export const idleCutoff = (today: string) => addDays(today, -HANDLING_IDLE_DAYS);

/** Days from today to the 限期改正 deadline (negative once past), while it runs. */
export function daysToDeadline(f: Pick<OverdueFacts, "status" | "method" | "deadlineOn">, today: string): number | null {
  if (f.status !== "open" || f.method !== "rectify_by_deadline" || !f.deadlineOn) return null;
  return toDayNumber(f.deadlineOn) - toDayNumber(today);
}

// ---- Separation of duties (HANDLE-08) ----

export type { ActingBody };

const HANDLING_BODIES: BodyPermissions = { branch: "handling.record", committee: "handling.approve" };

/**
 * The bodies the actor speaks for in a case (the rule of access/acting-bodies.rules.ts, as in
 * development): the member's branch officers (their organization on the case branch's path) record
 * the branch's steps; users of the approving committee itself — the branch's nearest ancestor 基层党委
 * — pre-review and approve. A branch officer never approves and a committee user never records the
 * branch's decisions.
 */
export const handlingBodies = (actor: ActingActor, caseOrgPath: string, approvingCommitteeId: string | null): ActingBody[] =>
  actingBodies(actor, caseOrgPath, approvingCommitteeId, HANDLING_BODIES);

export type HandlingDuty = Duty<{ issue: RuleIssue }>;

const HANDLING_REFUSALS = {
  branch: { issue: refuse("kind", "HANDLE-08", "此步骤须由该党员所在党支部登记，上级党委不能代替支部作出决定") },
  committee: { issue: refuse("kind", "HANDLE-08", "预审和审批须由该党员所在党支部的上级党委（具有审批权限的基层党委）登记") },
};

export const checkHandlingDuty = (body: StepBody, bodies: readonly ActingBody[]): HandlingDuty => checkDuty(body, bodies, HANDLING_REFUSALS);
