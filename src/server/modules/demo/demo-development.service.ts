// Writes the demo's member development (demo-development.ts) inside the demo seed's transaction,
// through the development services, each step recorded by the body the rules name (SOD-01/02): the
// branch's secretary, or the committee's organization officer. The rules check every date and vote.
import type { RecordStep, VoteFacts } from "../../../shared/contracts/development.contract";
import type { MemberListItem } from "../../../shared/contracts/members.contract";
import { STEP_BY_CODE } from "../../../shared/development-steps";
import type { Role } from "../../../shared/domain";
import type { Executor } from "../../db/client";
import { type Ctx, actingAs } from "../../http/context";
import { savePlan } from "../development/development-plans.service";
import { recordDevelopmentOutcomeIn, recordDevelopmentStepIn } from "../development/development-steps.service";
import { createDevelopmentPersonIn } from "../development/development.service";
import { findMembers } from "../members/members.service";
import type { DemoDataset } from "./demo-dataset";
import { DEMO_DEVELOPMENT_PLAN, type DemoCase, type DemoStep, buildDemoDevelopment } from "./demo-development";

export interface DemoUserRef {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  memberId: string | null;
}
export interface DemoOrgRef {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
}

export interface DemoDevelopmentRefs {
  data: DemoDataset;
  /** The seeded organizations and accounts, by code and username. */
  orgs: ReadonlyMap<string, DemoOrgRef>;
  users: ReadonlyMap<string, DemoUserRef>;
}

export interface DemoDevelopmentSummary {
  people: number;
  steps: number;
  /** Probationary members entered on the roster by an approval (the roster grows by as many). */
  admitted: number;
}

/**
 * Writes the cases inside the demo seed's transaction: each step by the body that records it — the
 * branch's secretary, or the committee's organization officer for the committee's steps and the
 * training it runs — then the committee's 2026 plan.
 */
export async function seedDemoDevelopment(
  tx: Executor,
  ctx: Ctx,
  refs: DemoDevelopmentRefs,
  onProgress: (done: number) => void = () => {},
): Promise<DemoDevelopmentSummary> {
  const inSeed: Ctx = { ...ctx, db: tx };
  const accountOf = (orgCode: string, role: Role) => {
    const user = refs.data.users.find((u) => u.orgCode === orgCode && u.role === role);
    if (!user) throw new Error(`demo development: no ${role} account for ${orgCode}`);
    return actingAs(inSeed, refs.users.get(user.username)!, refs.orgs.get(orgCode)!);
  };
  const plan = DEMO_DEVELOPMENT_PLAN;
  const committee = accountOf(plan.committeeCode, "org_admin");
  const cases = buildDemoDevelopment(refs.data);
  const branches = new Map<string, BranchDesk>();
  for (const code of new Set(cases.map((c) => c.branchCode))) {
    const desk = accountOf(code, "branch_officer");
    const roster = await findMembers(desk, { orgId: desk.actor.org.id, status: "full", page: 1, pageSize: 200, sort: "name", order: "asc" });
    if (roster.total > roster.items.length) throw new Error(`demo development: ${code} has more full members than one page`);
    const groups = refs.data.orgs.filter((o) => o.parentCode === code && o.kind === "group").map((o) => refs.orgs.get(o.code)!.id);
    branches.set(code, { ctx: desk, roster: roster.items, groups, assigned: 0 });
  }

  let steps = 0;
  let admitted = 0;
  for (const [i, demoCase] of cases.entries()) {
    const branch = branches.get(demoCase.branchCode)!;
    const id = await createDevelopmentPersonIn(tx, branch.ctx, { ...demoCase.person, orgId: branch.ctx.actor.org.id });
    const helpers = pickHelpers(branch, demoCase);
    for (const step of demoCase.steps) {
      const isCommittee = STEP_BY_CODE[step.code].body === "committee" || step.code === "centralizedTraining";
      const recorder = isCommittee ? committee : branch.ctx;
      await recordDevelopmentStepIn(tx, recorder, id, toRecordStep(step, branch, helpers, recorder.actor.displayName));
      steps += 1;
      if (step.code === "approval") admitted += 1;
    }
    if (demoCase.outcome) await recordDevelopmentOutcomeIn(tx, branch.ctx, id, demoCase.outcome);
    onProgress(i + 1);
  }

  await savePlan(committee, {
    orgId: committee.actor.org.id,
    year: plan.year,
    targets: plan.targets,
    notes: plan.notes,
    quotas: [...branches.values()].map((b) => ({ orgId: b.ctx.actor.org.id, quota: plan.quotas[b.ctx.actor.org.code] ?? 0 })),
  });
  return { people: cases.length, steps, admitted };
}

interface BranchDesk {
  /** The branch secretary's context. */
  ctx: Ctx;
  /** Full members in good standing, by name. */
  roster: MemberListItem[];
  groups: string[];
  /** Cases given helpers so far, so each pair serves one person at a time (§1.3 step 9). */
  assigned: number;
}

/**
 * Two full members at home and of working age (DEV-05, DEV-09): the cultivators, who later also
 * introduce the candidate, as is usual. The k-th activist gets the k-th member of each half of the pool
 * in name order, so a member serves one case at a time and a pair seldom shares a surname.
 */
function pickHelpers(branch: BranchDesk, demoCase: DemoCase): CaseHelpers {
  const pool = branch.roster.filter((m) => !m.isMobile && !m.isLostContact && m.age >= 25 && m.age <= 65);
  const half = Math.floor(pool.length / 2);
  const k = demoCase.steps.some((s) => s.code === "assignCultivators") ? branch.assigned++ % half : 0;
  return {
    memberIds: [pool[k]!.id, pool[half + k]!.id],
    groupOrgId: branch.groups[k % branch.groups.length] ?? null,
    recommendation: demoCase.recommendation,
  };
}

interface CaseHelpers {
  memberIds: string[];
  /** The party group the probationary member joins (step 19). */
  groupOrgId: string | null;
  recommendation: DemoCase["recommendation"];
}

function toRecordStep(step: DemoStep, branch: BranchDesk, helpers: CaseHelpers, recorderName: string): RecordStep {
  const base = { occurredOn: step.occurredOn, notes: step.notes, documentIds: [] as string[] };
  const actor = { actorNames: recorderName };
  switch (step.code) {
    case "submitApplication":
      throw new RangeError("recorded when the person is created");
    case "applicantTalk":
    case "approvalTalk":
      return { code: step.code, ...base, ...actor };
    case "determineActivist":
      return { code: step.code, ...base, recommendation: helpers.recommendation };
    case "assignCultivators":
      return { code: step.code, ...base, cultivatorIds: helpers.memberIds };
    case "assignIntroducers":
      return { code: step.code, ...base, introducerIds: helpers.memberIds };
    case "politicalReview":
    case "preReview":
    case "approval":
    case "conversionApproval":
      return { code: step.code, ...base, decision: "passed" };
    case "centralizedTraining":
      return { code: step.code, ...base, days: 3, hours: 24, certificateNumber: `青党校结〔${step.occurredOn.slice(0, 4)}〕${step.occurredOn.slice(5, 7)}号`, exceptionReason: null };
    case "admissionForm":
      return { code: step.code, ...base, formNumber: null };
    case "admissionMeeting":
      return { code: step.code, ...base, vote: voteOf(branch, step) };
    case "assignGroup":
      return { code: step.code, ...base, groupOrgId: helpers.groupOrgId };
    case "conversionMeeting":
      return {
        code: step.code,
        ...base,
        proposal: step.extensionMonths ? "extend" : "convert",
        extensionMonths: step.extensionMonths ?? null,
        vote: voteOf(branch, step),
      };
    case "archive":
      return { code: step.code, ...base, archiveLocation: "青山镇党委组织办档案室" };
    default:
      return { code: step.code, ...base };
  }
}

/**
 * A general meeting's vote (DEV-15), counted from the roster: the full members on the day, less those
 * away (mobile members send a written opinion) and two on leave. The server counts the entitled
 * voters itself; it can only find more (members converted by the seed), never fewer, so a passing
 * vote stays passing and a failing one failing.
 */
function voteOf(branch: BranchDesk, step: DemoStep): VoteFacts {
  const entitled = branch.roster.filter((m) => m.fullMemberOn !== null && m.fullMemberOn <= step.occurredOn);
  const written = entitled.filter((m) => m.isMobile).length;
  const away = entitled.filter((m) => m.isMobile || m.isLostContact).length;
  const present = entitled.length - away - 2;
  const common = { excludedFromQuorum: [], writtenAgainst: 0, writtenAbstaining: 0, ballot: "secret" as const };
  if (!step.isPassed) {
    const inFavour = Math.floor(entitled.length / 2) - 3;
    return { ...common, present, inFavour, against: present - inFavour - 4, abstaining: 4, writtenInFavour: 0 };
  }
  const dissent = step.extensionMonths ? 2 : 0;
  return { ...common, present, inFavour: present - dissent, against: dissent, abstaining: 0, writtenInFavour: written };
}

