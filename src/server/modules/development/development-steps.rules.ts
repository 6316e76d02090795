import { addMonths, addYears } from "../../../shared/dates";
import { STEP_BY_CODE, type RuleSet, type StepCode, type StepDecision } from "../../../shared/development-steps";
import type { MemberStanding, MemberStatus } from "../../../shared/domain";
import type { DevelopmentConfig } from "../../config";
import type { RuleIssue } from "../members/members.rules";
import {
  type CaseFacts,
  countingRecords,
  hasExtension,
  isStepDone,
  isStepOpen,
  lastRecordOf,
  latestPrerequisiteDate,
  uninspectedHalfYear,
} from "./development-case.rules";
import { type DevelopmentRuleId, citation } from "./development-rule-catalogue";
import { type VoteCount, countVote } from "../../../shared/development-vote";
import { countWorkingDays, isCalendarConfigured } from "./working-days.rules";

/**
 * The rules of rules.md §1.4, applied to one step about to be recorded. Each check is named by its
 * rule id; a refusal is an issue whose code IS the rule id, with the article in its message. Pure:
 * the service supplies the case, the rule set in force on the step's date, and the facts it looked up
 * (the roster's voters, the members named as cultivators or introducers).
 */
export interface MemberRef {
  id: string;
  name: string;
  status: MemberStatus;
  standing: MemberStanding;
  /** In an open 限期改正 (不合格党员组织处置, rules.md §3.2): no introducer meanwhile (DEV-09). */
  isUnderRectification?: boolean;
}

export interface StepInput {
  code: StepCode;
  occurredOn: string;
  decision?: "passed" | "not_passed";
  notes?: string | null;
  publicityFrom?: string | null;
  publicityTo?: string | null;
  days?: number;
  hours?: number;
  exceptionReason?: string | null;
  vote?: VoteCount & { ballot: "show_of_hands" | "secret" };
  proposal?: "convert" | "extend" | "cancel";
  extensionMonths?: number | null;
}

export interface CheckEnv {
  ruleSet: RuleSet;
  today: string;
  config: DevelopmentConfig;
  /** Named members, looked up in the caller's scope (absent ids are reported by the service). */
  cultivators?: MemberRef[];
  introducers?: MemberRef[];
  /** 应到会有表决权的正式党员, counted from the roster on the meeting's date, less the exclusions. */
  entitledVoters?: number;
}

export interface StepCheck {
  issues: RuleIssue[];
  rulesChecked: DevelopmentRuleId[];
  /** The decision to record: given by the body (reviews, approvals) or counted from the vote. */
  decision: StepDecision | null;
}

/** DEV-15a/b, DEV-23a… refusals carry the rule id as their code (issue 5: error.code = rule id). */
const refuse = (field: string, rule: DevelopmentRuleId, ruleSet: RuleSet, message: string): RuleIssue => ({
  field,
  code: rule,
  rule,
  message: `${message}${citation(rule, ruleSet)}`,
});

/** The prerequisite whose absence explains an order refusal best, and the rule that names it. */
const PREREQUISITE_RULES: Partial<Record<StepCode, DevelopmentRuleId>> = {
  politicalReview: "DEV-10",
  centralizedTraining: "DEV-11",
  committeeReview: "DEV-13",
  preReview: "DEV-14",
};

export function checkStep(c: CaseFacts, input: StepInput, env: CheckEnv): StepCheck {
  const { ruleSet } = env;
  const checked: DevelopmentRuleId[] = ["DEV-SEQ"];
  const issues: RuleIssue[] = [];
  const label = STEP_BY_CODE[input.code].label;

  if (!isStepOpen(c, input.code, input.proposal ?? (input.code === "conversionMeeting" ? "convert" : undefined))) return { issues: [orderIssue(c, input.code, ruleSet)], rulesChecked: checked, decision: null };
  if (input.occurredOn > env.today) issues.push(refuse("occurredOn", "DEV-SEQ", ruleSet, `“${label}”的日期不能晚于今天`));
  const earliest = latestPrerequisiteDate(c, input.code);
  if (input.occurredOn < earliest) issues.push(refuse("occurredOn", "DEV-SEQ", ruleSet, `“${label}”的日期不能早于前一步骤的日期 ${earliest}`));

  let decision: StepDecision | null = input.decision ?? null;
  const add = (rule: DevelopmentRuleId, issue?: RuleIssue | false) => {
    if (!checked.includes(rule)) checked.push(rule);
    if (issue) issues.push(issue);
  };
  const on = input.occurredOn;
  const cfg = env.config;

  switch (input.code) {
    case "applicantTalk": {
      const limit = addMonths(c.applicationReceivedOn, 1);
      add("DEV-02", on > limit && refuse("occurredOn", "DEV-02", ruleSet, `谈话应在收到入党申请书（${c.applicationReceivedOn}）后一个月内进行，最迟 ${limit}`));
      break;
    }
    case "determineActivist": {
      const months = cfg.activistMinMonthsAfterApplication;
      if (months > 0) {
        const from = addMonths(c.applicationReceivedOn, months);
        add("DEV-03", on < from && refuse("occurredOn", "DEV-03", ruleSet, `递交入党申请书满 ${months} 个月后方可确定为入党积极分子，最早 ${from}`));
      }
      break;
    }
    case "assignCultivators":
      add("DEV-05");
      issues.push(...checkCultivators(env.cultivators ?? [], ruleSet));
      break;
    case "cultivation":
      add("DEV-06");
      break;
    case "determineCandidate": {
      const from = addYears(c.activistOn!, 1);
      add("DEV-07", on < from && refuse("occurredOn", "DEV-07", ruleSet, `确定为入党积极分子（${c.activistOn}）后须经过一年以上培养教育，最早 ${from} 方可列为发展对象`));
      const gap = uninspectedHalfYear(c, on);
      add("DEV-06", gap !== null && refuse("occurredOn", "DEV-06", ruleSet, `${gap.from} 至 ${gap.to} 的半年没有培养考察记录，请先补登考察情况`));
      if (ruleSet === "2026") add("DEV-X2", checkPublicity(input, env));
      break;
    }
    case "assignIntroducers":
      add("DEV-09");
      issues.push(...checkIntroducers(env.introducers ?? [], ruleSet));
      break;
    case "politicalReview":
      add("DEV-10");
      break;
    case "centralizedTraining": {
      const isEnough = (input.days ?? 0) >= 3 || (input.hours ?? 0) >= 24;
      add("DEV-11", !isEnough && !input.exceptionReason && refuse("days", "DEV-11", ruleSet, `集中培训一般不少于三天或不少于二十四个学时（现为 ${input.days ?? 0} 天、${input.hours ?? 0} 学时）；个别特殊情况须由上级党委说明`));
      break;
    }
    case "committeeReview":
      add("DEV-13");
      break;
    case "preReview": {
      add("DEV-13");
      const review = lastRecordOf(c, "politicalReview")!;
      const validTo = addMonths(review.occurredOn, cfg.politicalReviewValidityMonths);
      add("DEV-10", on > validTo && refuse("occurredOn", "DEV-10", ruleSet, `政治审查结论（${review.occurredOn}）有效期 ${cfg.politicalReviewValidityMonths} 个月，已于 ${validTo} 到期，须重新进行政治审查`));
      add("DEV-13b", leavingSoon(c, on, ruleSet, "预审"));
      break;
    }
    case "admissionForm":
      add("DEV-14");
      break;
    case "admissionMeeting": {
      add("DEV-15");
      const voted = checkVote(input, env, ruleSet);
      if ("issue" in voted) issues.push(voted.issue);
      else decision = voted.isPassed ? "passed" : "not_passed";
      if (ruleSet === "2026") {
        add("DEV-X4", input.vote?.ballot !== "secret" && cfg.secretBallotIn2026 && refuse("vote.ballot", "DEV-X4", ruleSet, "支部大会表决应采取无记名投票方式"));
        const preReview = lastRecordOf(c, "preReview")!;
        const limit = addMonths(preReview.occurredOn, cfg.preReviewToMeetingMonths);
        add("DEV-X1", on > limit && refuse("occurredOn", "DEV-X1", ruleSet, `预审合格（${preReview.occurredOn}）后应在 ${cfg.preReviewToMeetingMonths} 个月内召开支部大会，最迟 ${limit}`));
      }
      add("DEV-13b", leavingSoon(c, on, ruleSet, "支部大会接收"));
      break;
    }
    case "approval": {
      const limit = addMonths(c.admittedOn!, 3);
      const hardLimit = addMonths(c.admittedOn!, 6);
      if (on > hardLimit) add("DEV-17", refuse("occurredOn", "DEV-17", ruleSet, `审批最长不得超过支部大会通过（${c.admittedOn}）后六个月，最迟 ${hardLimit}`));
      else add("DEV-17", on > limit && !input.notes?.trim() && refuse("notes", "DEV-17", ruleSet, `审批应在支部大会通过（${c.admittedOn}）后三个月内（${limit} 前）完成；超过三个月须在记录中说明特殊情况`));
      break;
    }
    case "oath":
      if (ruleSet === "2026") {
        const limit = addMonths(c.approvedOn!, env.config.oathWithinMonths);
        add("DEV-X3", on > limit && refuse("occurredOn", "DEV-X3", ruleSet, `入党宣誓应在上级党委批准（${c.approvedOn}）后 ${env.config.oathWithinMonths} 个月内进行，最迟 ${limit}`));
      }
      break;
    case "conversionMeeting": {
      add("DEV-23");
      if (input.proposal !== "cancel" && on < c.probationEndsOn!) {
        issues.push(refuse("occurredOn", "DEV-23", ruleSet, `预备期至 ${c.probationEndsOn} 期满，期满前不能讨论转正或延长预备期（取消预备党员资格除外）`));
      }
      if (input.proposal === "extend") {
        if (hasExtension(c)) issues.push(refuse("proposal", "DEV-23", ruleSet, "预备期只能延长一次，已经延长过"));
        const months = input.extensionMonths ?? 0;
        if (months < 6 || months > 12) issues.push(refuse("extensionMonths", "DEV-23", ruleSet, "延长预备期最短半年（6 个月）、最长一年（12 个月）"));
      }
      add("DEV-15");
      const voted = checkVote(input, env, ruleSet);
      if ("issue" in voted) issues.push(voted.issue);
      else decision = voted.isPassed ? input.proposal! : "not_passed";
      if (ruleSet === "2026") add("DEV-X4", input.vote?.ballot !== "secret" && cfg.secretBallotIn2026 && refuse("vote.ballot", "DEV-X4", ruleSet, "支部大会表决应采取无记名投票方式"));
      break;
    }
    case "conversionApproval": {
      const meeting = countingRecords(c, "conversionMeeting").at(-1)!;
      const limit = addMonths(meeting.occurredOn, 3);
      add("DEV-24", on > limit && refuse("occurredOn", "DEV-24", ruleSet, `转正审批应在支部大会讨论（${meeting.occurredOn}）后三个月内完成，最迟 ${limit}`));
      break;
    }
    default:
      break;
  }
  return { issues, rulesChecked: checked, decision };
}

function orderIssue(c: CaseFacts, code: StepCode, ruleSet: RuleSet): RuleIssue {
  const label = STEP_BY_CODE[code].label;
  if (isStepDone(c, code)) return refuse("code", "DEV-SEQ", ruleSet, `“${label}”已经完成，不能重复登记`);
  const { orderGroup } = STEP_BY_CODE[code];
  const missing = Object.values(STEP_BY_CODE).find((s) => s.orderGroup < orderGroup && !isStepDone(c, s.code));
  if (missing) {
    const rule = PREREQUISITE_RULES[missing.code] ?? "DEV-SEQ";
    const failed = countingRecords(c, missing.code).at(-1)?.decision === "not_passed";
    return refuse("code", rule, ruleSet, `“${missing.label}”${failed ? "未通过" : "尚未完成"}，不能登记“${label}”`);
  }
  const later = Object.values(STEP_BY_CODE).find((s) => s.orderGroup > orderGroup && isStepDone(c, s.code));
  return refuse("code", "DEV-SEQ", ruleSet, `已进行到“${later?.label ?? "后续步骤"}”，不能再登记“${label}”`);
}

/** DEV-05: one or two cultivators, each a full member in good standing. */
function checkCultivators(people: MemberRef[], ruleSet: RuleSet): RuleIssue[] {
  if (people.length < 1 || people.length > 2) return [refuse("cultivatorIds", "DEV-05", ruleSet, `培养联系人应为一至二名（现为 ${people.length} 名）`)];
  return people.flatMap((p, i) => notFullMember(p, `cultivatorIds.${i}`, "DEV-05", ruleSet, "培养联系人"));
}

/**
 * DEV-09: exactly two introducers, full members, not suspended and not in an open 限期改正. 留党察看 is
 * a disciplinary sanction this system does not record, so it is not checked.
 */
function checkIntroducers(people: MemberRef[], ruleSet: RuleSet): RuleIssue[] {
  if (people.length !== 2) return [refuse("introducerIds", "DEV-09", ruleSet, `入党介绍人应为两名正式党员（现为 ${people.length} 名）`)];
  return people.flatMap((p, i) => {
    const field = `introducerIds.${i}`;
    const issues = notFullMember(p, field, "DEV-09", ruleSet, "入党介绍人");
    if (issues.length === 0 && p.isUnderRectification) return [refuse(field, "DEV-09", ruleSet, `${p.name}正处于限期改正期间，不能担任入党介绍人`)];
    return issues;
  });
}

function notFullMember(p: MemberRef, field: string, rule: DevelopmentRuleId, ruleSet: RuleSet, role: string): RuleIssue[] {
  if (p.status !== "full") return [refuse(field, rule, ruleSet, `${p.name}是预备党员，不能担任${role}`)];
  if (p.standing !== "active") return [refuse(field, rule, ruleSet, `${p.name}目前不是正常党籍状态，不能担任${role}`)];
  return [];
}

/** DEV-X2 (2026): publicity of at least N working days, ended by the listing day. */
function checkPublicity(input: StepInput, env: CheckEnv): RuleIssue | false {
  const { ruleSet } = env;
  const days = env.config.publicityWorkingDays;
  if (!input.publicityFrom || !input.publicityTo) return refuse("publicityFrom", "DEV-X2", ruleSet, `列为发展对象前须公示不少于 ${days} 个工作日，请填写公示起止日期`);
  if (input.publicityTo < input.publicityFrom || input.publicityTo > input.occurredOn) {
    return refuse("publicityTo", "DEV-X2", ruleSet, "公示结束日期应不早于开始日期、不晚于确定发展对象的日期");
  }
  const count = countWorkingDays(input.publicityFrom, input.publicityTo, env.config);
  if (count >= days) return false;
  const note = isCalendarConfigured(input.publicityFrom, env.config) ? "" : "（未配置该年度节假日，按周一至周五计算）";
  return refuse("publicityTo", "DEV-X2", ruleSet, `公示期为 ${count} 个工作日${note}，不少于 ${days} 个工作日`);
}

/** DEV-13b: no admission procedure for someone leaving their unit within three months. */
function leavingSoon(c: CaseFacts, on: string, ruleSet: RuleSet, what: string): RuleIssue | false {
  if (!c.plannedLeaveOn || c.plannedLeaveOn < on || c.plannedLeaveOn > addMonths(on, 3)) return false;
  return refuse("occurredOn", "DEV-13b", ruleSet, `本人预计 ${c.plannedLeaveOn} 离开工作、学习单位（三个月内），一般不办理${what}手续，材料应转交新单位党组织`);
}

function checkVote(input: StepInput, env: CheckEnv, ruleSet: RuleSet): { issue: RuleIssue } | { isPassed: boolean } {
  const result = countVote(env.entitledVoters ?? 0, input.vote!);
  switch (result.kind) {
    case "invalid":
      return { issue: refuse(result.field, "DEV-15", ruleSet, result.message) };
    case "no_quorum":
      return {
        issue: refuse("vote.present", "DEV-15", ruleSet, `到会有表决权的正式党员须超过应到会人数（${env.entitledVoters}）的半数，即至少 ${result.needed} 人，会议不能表决`),
      };
    case "counted":
      return { isPassed: result.isPassed };
  }
}
