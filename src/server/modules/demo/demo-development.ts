// The demo town's member development (发展党员, rules.md §1): people at every stage in the two branches
// whose secretaries have demo accounts (青山村 and 青山社区第一支部), from this month's applications to
// members converted and archived this year, with the cases a committee must chase (DEV-02, DEV-06,
// DEV-23 overdue), a failed vote, a withdrawal, a deferral, and the committee's 2026 plan, as plain
// data; demo-development.service.ts records it through the development services. The dates are fixed
// against DEMO_REFERENCE_DATE (2026-11-25); the 2014 rule set applies throughout.
import type { CreateDevelopmentPerson, RecordOutcome, SavePlan } from "../../../shared/contracts/development.contract";
import { addDays } from "../../../shared/dates";
import type { FocusGroup, StepCode } from "../../../shared/development-steps";
import type { Occupation } from "../../../shared/domain";
import { randomChineseName, randomEthnicity } from "./chinese-names";
import { DEMO_REFERENCE_DATE, DEMO_SEED, type DemoDataset, PHONE_PREFIXES, randomBirthDate, randomIdNumber, uniqueValue } from "./demo-dataset";
import { DEMO_ORG_TREE, type OrgSpec } from "./demo-orgs";
import { randomPerson } from "./demo-people";
import { ADDRESS_CODES, randomWorkUnit } from "./demo-places";
import { createRandom } from "./random";

/**
 * One person's case as milestones; the seed derives the steps in between (filings a few days after
 * the decision, the branch committee's review two weeks before the pre-review…). A missing milestone
 * ends the case there.
 */
interface CaseSpec {
  branch: "QS-CUN01" | "QS-SQ-ZB1";
  applied: string;
  /** Force an older applicant (36–45); otherwise young, so most fall in a focus group. */
  isOlder?: boolean;
  talk?: string;
  activist?: string;
  /** Half-yearly inspections (DEV-06). */
  inspections?: string[];
  candidate?: string;
  review?: string;
  training?: string;
  preReview?: string;
  meeting?: string;
  isVoteFailed?: boolean;
  approval?: string;
  oath?: string;
  probation?: string[];
  conversions?: { applied: string; meeting?: string; approval?: string; extendMonths?: number }[];
  archive?: string;
  outcome?: RecordOutcome;
  notes?: Partial<Record<StepCode, string>>;
}

const CUN = "QS-CUN01";
const SQ = "QS-SQ-ZB1";

const CASES: readonly CaseSpec[] = [
  // 入党申请人: two this month, one not talked to within the month (DEV-02 overdue), some waiting.
  { branch: CUN, applied: "2026-11-12" },
  { branch: CUN, applied: "2026-09-18" },
  { branch: CUN, applied: "2026-10-22", talk: "2026-11-05" },
  { branch: CUN, applied: "2026-04-08", talk: "2026-04-26", isOlder: true },
  { branch: SQ, applied: "2026-11-03" },
  { branch: SQ, applied: "2026-08-18", talk: "2026-09-02" },
  { branch: SQ, applied: "2026-10-12", talk: "2026-10-27" },
  // 入党积极分子: inspections up to date; two a year in by December (candidates this year); one overdue (DEV-06).
  { branch: CUN, applied: "2025-12-02", talk: "2025-12-20", activist: "2026-03-20", inspections: ["2026-09-10"] },
  { branch: CUN, applied: "2025-05-06", talk: "2025-05-20", activist: "2025-09-12", inspections: ["2026-03-05", "2026-09-03"] },
  { branch: CUN, applied: "2025-07-10", talk: "2025-07-28", activist: "2025-11-05", inspections: ["2026-04-20"] },
  { branch: CUN, applied: "2025-10-09", talk: "2025-10-30", activist: "2026-01-10", inspections: ["2026-07-05"], isOlder: true },
  { branch: SQ, applied: "2025-06-16", talk: "2025-07-03", activist: "2025-12-08", inspections: ["2026-06-02"] },
  { branch: SQ, applied: "2026-03-02", talk: "2026-03-18", activist: "2026-06-15" },
  // 发展对象: introducers assigned; reviewed and trained; pre-reviewed with the form filled; admitted by the
  // general meeting and waiting for the committee's approval (DEV-17 runs); just listed.
  { branch: CUN, applied: "2024-10-15", talk: "2024-11-02", activist: "2025-03-12", inspections: ["2025-09-05", "2026-03-02", "2026-08-28"], candidate: "2026-10-20" },
  { branch: CUN, applied: "2025-01-06", talk: "2025-01-22", activist: "2025-05-16", inspections: ["2025-11-10", "2026-05-08"], candidate: "2026-06-18", review: "2026-09-20", training: "2026-10-15" },
  {
    branch: CUN, applied: "2024-06-03", talk: "2024-06-20", activist: "2024-12-16", inspections: ["2025-06-10", "2025-12-08"], candidate: "2026-03-10",
    review: "2026-06-20", training: "2026-07-08", preReview: "2026-09-22", meeting: "2026-10-28",
  },
  { branch: SQ, applied: "2024-11-11", talk: "2024-11-27", activist: "2025-05-20", inspections: ["2025-11-14", "2026-05-12"], candidate: "2026-06-09", review: "2026-09-15" },
  {
    branch: SQ, applied: "2024-07-15", talk: "2024-08-01", activist: "2025-01-13", inspections: ["2025-07-08", "2026-01-06"], candidate: "2026-02-24",
    review: "2026-06-18", training: "2026-07-08", preReview: "2026-10-27",
  },
  { branch: SQ, applied: "2025-03-10", talk: "2025-03-26", activist: "2025-08-20", inspections: ["2026-02-12", "2026-08-10"], candidate: "2026-11-16" },
  // 预备党员: approved in 2026; conversion due next month; probation ended in October with no meeting
  // (DEV-23 overdue); extended once by six months (DEV-23). Most are in the community: 青山村's 48 members
  // and three admitted would pass the 50 of ORG-02.
  {
    branch: SQ, applied: "2024-03-04", talk: "2024-03-21", activist: "2024-09-10", inspections: ["2025-03-05", "2025-09-02"], candidate: "2025-09-20",
    review: "2025-12-10", training: "2026-01-12", preReview: "2026-03-24", meeting: "2026-04-16", approval: "2026-05-20", oath: "2026-07-01", probation: ["2026-10-15"],
  },
  {
    branch: CUN, applied: "2023-05-08", talk: "2023-05-25", activist: "2023-11-15", inspections: ["2024-05-10", "2024-11-08"], candidate: "2025-03-12",
    review: "2025-06-10", training: "2025-07-08", preReview: "2025-09-16", meeting: "2025-10-16", approval: "2025-11-20", oath: "2025-12-26", probation: ["2026-06-15"],
    conversions: [{ applied: "2026-09-28" }],
  },
  {
    branch: SQ, applied: "2023-06-12", talk: "2023-06-29", activist: "2024-01-09", inspections: ["2024-07-05", "2025-01-03"], candidate: "2025-03-18",
    review: "2025-07-15", training: "2025-09-15", preReview: "2025-11-25", meeting: "2025-12-18", approval: "2026-01-22", oath: "2026-07-01", probation: ["2026-06-10"],
    conversions: [{ applied: "2026-11-20" }],
  },
  {
    branch: SQ, applied: "2022-12-05", talk: "2022-12-20", activist: "2023-06-13", inspections: ["2023-12-08", "2024-06-06"], candidate: "2024-09-10",
    review: "2024-12-10", training: "2025-01-13", preReview: "2025-06-03", meeting: "2025-07-10", approval: "2025-08-19", oath: "2025-09-30", probation: ["2026-03-10", "2026-10-20"],
    conversions: [{ applied: "2026-06-25", meeting: "2026-07-16", approval: "2026-08-12", extendMonths: 6 }],
    notes: { conversionMeeting: "预备期内多次无故缺席组织生活、未按时交纳党费，经支部大会讨论，延长预备期六个月" },
  },
  // 正式党员: converted on time in 2026 (full membership from the end of probation, DEV-23c) and archived.
  {
    branch: CUN, applied: "2022-10-10", talk: "2022-10-26", activist: "2023-04-12", inspections: ["2023-10-10", "2024-04-08"], candidate: "2024-05-15",
    review: "2024-08-20", training: "2024-10-14", preReview: "2025-01-24", meeting: "2025-03-18", approval: "2025-04-22", oath: "2025-07-01", probation: ["2025-10-20"],
    conversions: [{ applied: "2026-02-27", meeting: "2026-03-25", approval: "2026-04-20" }], archive: "2026-05-12",
  },
  {
    branch: SQ, applied: "2022-11-07", talk: "2022-11-24", activist: "2023-05-09", inspections: ["2023-11-06", "2024-05-06"], candidate: "2024-06-18",
    review: "2024-10-15", training: "2024-11-18", preReview: "2025-04-22", meeting: "2025-05-20", approval: "2025-06-24", oath: "2025-07-01", probation: ["2025-12-10"],
    conversions: [{ applied: "2026-05-06", meeting: "2026-05-27", approval: "2026-06-24" }], archive: "2026-07-15",
  },
  // Closed and deferred (rules.md §1.6): a general meeting that did not pass the admission, a withdrawal,
  // and a candidate deferred to next year.
  {
    branch: CUN, applied: "2023-09-11", talk: "2023-09-27", activist: "2024-07-08", inspections: ["2025-01-06", "2025-07-03"], candidate: "2025-08-12",
    review: "2025-11-18", training: "2026-01-12", preReview: "2026-05-12", meeting: "2026-06-24", isVoteFailed: true, isOlder: true,
    notes: { admissionMeeting: "党员群众反映其在土地流转纠纷中言行不当，赞成票未超过应到会有表决权党员的半数，不接收为预备党员" },
  },
  {
    branch: SQ, applied: "2025-04-14", talk: "2025-04-29", activist: "2025-09-16", inspections: ["2026-03-10"],
    outcome: { outcome: "withdrawn", occurredOn: "2026-07-08", reason: "本人书面提出撤回入党申请（个人原因），经支部委员会研究同意" },
  },
  {
    branch: CUN, applied: "2024-05-13", talk: "2024-05-30", activist: "2024-11-12", inspections: ["2025-05-08", "2025-11-06"], candidate: "2026-01-13", review: "2026-04-14",
    outcome: { outcome: "deferred", occurredOn: "2026-09-08", deferredToYear: 2027, reason: "本人 2026 年下半年外出务工，经支部委员会研究，本年度暂缓发展，2027 年恢复发展程序" },
  },
];

/** How many people the seed enters, for its progress bar. */
export const DEMO_DEVELOPMENT_CASES = CASES.length;

/** The committee's 2026 plan (指导性计划): a quota for each branch with cases, and structure targets. */
export const DEMO_DEVELOPMENT_PLAN = {
  committeeCode: "QS",
  year: 2026,
  quotas: { [CUN]: 2, [SQ]: 3 } as Record<string, number>,
  targets: { young_farmer: 1, young_worker: 1, young: 3, female: 2, college: 2 } satisfies SavePlan["targets"],
  notes: "按照县委组织部下达的 2026 年度发展党员指导性计划，坚持“控制总量、优化结构、提高质量、发挥作用”，重点在青年农民、青年工人和生产工作一线中发展党员。",
};

const STEP_NOTES: Partial<Record<StepCode, string>> = {
  applicantTalk: "了解入党动机和现实表现，介绍党的基本知识，鼓励其继续向党组织靠拢",
  determineActivist: "经党员推荐、支部委员会研究，确定为入党积极分子",
  cultivation: "半年考察：按时提交思想汇报，参加志愿服务，表现积极",
  determineCandidate: "听取党小组、培养联系人、党员和群众意见，经支部委员会讨论同意",
  politicalReview: "经谈话、函调本人及直系亲属，政治审查合格",
  committeeReview: "支部委员会集体审查，材料齐全，同意报上级党委预审",
  preReview: "预审合格，同意发放入党志愿书",
  approval: "经党委会集体讨论表决，同意接收为预备党员",
  oath: "面向党旗进行入党宣誓",
  conversionMeeting: "预备期内表现良好，经支部大会讨论，同意按期转正",
  conversionApproval: "经党委会集体讨论，同意支部大会决议",
  archive: "入党志愿书、入党申请书、政治审查材料、转正申请书和培养教育考察材料已归入本人档案",
};

/** A step as the dataset states it; the seed adds the members, groups and vote counts it looks up. */
export interface DemoStep {
  code: StepCode;
  occurredOn: string;
  notes: string | null;
  /** For the general meetings: whether the vote passes. */
  isPassed?: boolean;
  extensionMonths?: number;
}

export interface DemoCase {
  branchCode: string;
  person: Omit<CreateDevelopmentPerson, "orgId">;
  /** In the order they happened. */
  steps: DemoStep[];
  outcome: RecordOutcome | null;
  /** Step 3: the young mostly come recommended by the Youth League (团组织推优). */
  recommendation: "member_recommendation" | "mass_organization";
}

/** The cases as plain data, the same on every run: names, ID numbers and phones unique in the whole demo. */
export function buildDemoDevelopment(data: DemoDataset): DemoCase[] {
  const rng = createRandom(DEMO_SEED + 5);
  const names = new Set(data.members.map((m) => m.name));
  const idNumbers = new Set(data.members.map((m) => m.idNumber));
  const phones = new Set(data.members.map((m) => m.phone));
  return CASES.map((spec) => {
    const branch = findOrgSpec(DEMO_ORG_TREE, spec.branch);
    if (!branch) throw new Error(`demo development: no branch ${spec.branch}`);
    // Old enough on the day of application (DEV-01): 18, plus the years since.
    const minAge = 19 + Number(DEMO_REFERENCE_DATE.slice(0, 4)) - Number(spec.applied.slice(0, 4));
    const ageRange = spec.isOlder ? ([36, 45] as const) : ([minAge, Math.max(minAge + 8, 33)] as const);
    const person = randomPerson(rng, branch.profile, { ageRange });
    const birthDate = randomBirthDate(rng, person.age);
    return {
      branchCode: spec.branch,
      person: {
        name: uniqueValue(names, () => randomChineseName(rng, person.gender, Number(birthDate.slice(0, 4)))),
        gender: person.gender,
        ethnicity: randomEthnicity(rng),
        idNumber: uniqueValue(idNumbers, () => randomIdNumber(rng, rng.weighted(ADDRESS_CODES), birthDate, person.gender)),
        education: person.education,
        occupation: person.occupation,
        workUnit: randomWorkUnit(rng, branch, person.occupation),
        post: person.post,
        phone: uniqueValue(phones, () => rng.pick(PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, "0")),
        focusGroup: focusGroupOf(person.age, person.occupation),
        applicationReceivedOn: spec.applied,
      },
      steps: stepsOf(spec),
      outcome: spec.outcome ?? null,
      recommendation: person.age <= 28 ? "mass_organization" : "member_recommendation",
    };
  });
}

/** The focus groups (重点群体): young farmers, workers and professionals; older workers on the front line. */
function focusGroupOf(age: number, occupation: Occupation): FocusGroup | null {
  if (age > 35) return occupation === "worker" ? "front_line" : null;
  switch (occupation) {
    case "farmer":
      return "young_farmer";
    case "worker":
      return "young_worker";
    case "professional":
      return "young_intellectual";
    default:
      return null;
  }
}

function findOrgSpec(spec: OrgSpec, code: string): OrgSpec | undefined {
  if (spec.code === code) return spec;
  return (spec.children ?? []).map((child) => findOrgSpec(child, code)).find(Boolean);
}

/** The milestones as steps, with the filings and reviews between them, sorted by date (stable). */
function stepsOf(spec: CaseSpec): DemoStep[] {
  const steps: DemoStep[] = [];
  const add = (code: StepCode, occurredOn: string, extra: Partial<DemoStep> = {}) =>
    steps.push({ code, occurredOn, notes: spec.notes?.[code] ?? STEP_NOTES[code] ?? null, ...extra });
  if (spec.talk) add("applicantTalk", spec.talk);
  if (spec.activist) {
    add("determineActivist", spec.activist);
    add("fileActivist", addDays(spec.activist, 5));
    add("assignCultivators", addDays(spec.activist, 5));
  }
  for (const on of spec.inspections ?? []) add("cultivation", on);
  if (spec.candidate) {
    add("determineCandidate", spec.candidate);
    add("fileCandidate", addDays(spec.candidate, 5));
    add("assignIntroducers", addDays(spec.candidate, 7));
  }
  if (spec.review) add("politicalReview", spec.review);
  if (spec.training) add("centralizedTraining", spec.training);
  if (spec.preReview) {
    add("committeeReview", addDays(spec.preReview, -14));
    add("preReview", spec.preReview);
    add("admissionForm", addDays(spec.preReview, 5));
  }
  if (spec.meeting) add("admissionMeeting", spec.meeting, { isPassed: !spec.isVoteFailed });
  if (spec.meeting && spec.approval) {
    add("approvalTalk", addDays(spec.meeting, 10));
    add("approval", spec.approval);
    add("fileAdmission", addDays(spec.approval, 7));
    add("assignGroup", addDays(spec.approval, 10));
  }
  if (spec.oath) add("oath", spec.oath);
  for (const on of spec.probation ?? []) add("probationEducation", on);
  for (const round of spec.conversions ?? []) {
    add("conversionApplication", round.applied);
    if (round.meeting) add("conversionMeeting", round.meeting, { isPassed: true, extensionMonths: round.extendMonths });
    if (round.approval) add("conversionApproval", round.approval);
  }
  if (spec.archive) add("archive", spec.archive);
  return steps.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
}
