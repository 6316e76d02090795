import type { DevelopmentStep } from "../../../shared/contracts/development.contract";
import { CASE_OUTCOME_LABELS, type CaseOutcome, QUORUM_EXCLUSION_LABELS, STEP_DECISION_LABELS } from "../../../shared/development-steps";
import { BALLOT_OPTIONS, PROPOSAL_OPTIONS, RECOMMENDATION_OPTIONS } from "./step-form";

// A step record's facts in words, for the checklist and the printed file. The facts are what the
// server stored for the step's variant (RecordStepSchema), with the names the server resolved
// (cultivators, introducers, group); without names only the count is known here.

const labelOf = <T extends { value: string; label: string }>(options: readonly T[], value: unknown) =>
  options.find((option) => option.value === value)?.label;

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const names = (value: unknown): string | undefined =>
  Array.isArray(value) && value.every(isText) && value.length > 0 ? value.join("、") : undefined;

function people(facts: Record<string, unknown>, key: "cultivator" | "introducer", label: string): string | undefined {
  const named = names(facts[`${key}Names`]) ?? names((facts[`${key}s`] as { name?: unknown }[] | undefined)?.map?.((p) => p?.name));
  if (named) return `${label}：${named}`;
  const ids = facts[`${key}Ids`];
  return Array.isArray(ids) && ids.length > 0 ? `${label}：${ids.length} 名` : undefined;
}

/** "应到 9 人，实到 8 人；赞成 7（书面 1）、反对 0、弃权 1；举手表决". */
export function describeVoteFacts(vote: unknown): string | undefined {
  if (!vote || typeof vote !== "object") return undefined;
  const v = vote as Record<string, unknown>;
  const parts: string[] = [];
  const attendance = [isNumber(v.entitledVoters) ? `应到 ${v.entitledVoters} 人` : undefined, isNumber(v.present) ? `实到 ${v.present} 人` : undefined]
    .filter(Boolean)
    .join("，");
  if (attendance) parts.push(attendance);
  const written = (value: unknown) => (isNumber(value) && value > 0 ? `（书面 ${value}）` : "");
  if (isNumber(v.inFavour)) {
    parts.push(
      `赞成 ${v.inFavour}${written(v.writtenInFavour)}、反对 ${isNumber(v.against) ? v.against : 0}${written(v.writtenAgainst)}、弃权 ${isNumber(v.abstaining) ? v.abstaining : 0}${written(v.writtenAbstaining)}`,
    );
  }
  const ballot = labelOf(BALLOT_OPTIONS, v.ballot);
  if (ballot) parts.push(ballot);
  const excluded = Array.isArray(v.excludedFromQuorum) ? (v.excludedFromQuorum as { reason?: keyof typeof QUORUM_EXCLUSION_LABELS; name?: string }[]) : [];
  if (excluded.length > 0) {
    const who = excluded.map((row) => [row.name, row.reason ? QUORUM_EXCLUSION_LABELS[row.reason] : undefined].filter(Boolean).join("：")).join("；");
    parts.push(`不计入应到会 ${excluded.length} 人${who ? `（${who}）` : ""}`);
  }
  return parts.length ? parts.join("；") : undefined;
}

/** The facts of one record as short lines ("推荐方式：党员推荐", "培训 3 天 / 24 学时"…). */
export function describeStepFacts(step: Pick<DevelopmentStep, "code" | "facts" | "decision">): string[] {
  const f = step.facts ?? {};
  const lines: (string | undefined)[] = [];
  if (step.code === "outcome") {
    const outcome = CASE_OUTCOME_LABELS[f.outcome as CaseOutcome];
    lines.push(outcome, isNumber(f.deferredToYear) ? `暂缓至 ${f.deferredToYear} 年` : undefined);
    return lines.filter(isText);
  }
  const recommendation = labelOf(RECOMMENDATION_OPTIONS, f.recommendation);
  if (recommendation) lines.push(`推荐方式：${recommendation}`);
  lines.push(people(f, "cultivator", "培养联系人"), people(f, "introducer", "入党介绍人"));
  if (isNumber(f.days) || isNumber(f.hours)) lines.push(`培训 ${isNumber(f.days) ? f.days : 0} 天 / ${isNumber(f.hours) ? f.hours : 0} 学时`);
  if (isText(f.certificateNumber)) lines.push(`结业证书：${f.certificateNumber}`);
  if (isText(f.exceptionReason)) lines.push(`特殊情况：${f.exceptionReason}`);
  if (isText(f.publicityFrom) || isText(f.publicityTo)) lines.push(`公示：${f.publicityFrom ?? "?"} 至 ${f.publicityTo ?? "?"}`);
  const proposal = labelOf(PROPOSAL_OPTIONS, f.proposal);
  if (proposal) lines.push(`表决事项：${proposal}${f.proposal === "extend" && isNumber(f.extensionMonths) ? `（${f.extensionMonths} 个月）` : ""}`);
  const vote = describeVoteFacts(f.vote);
  if (vote) lines.push(`表决：${vote}`);
  const group = (f.group as { name?: unknown } | undefined)?.name ?? f.groupOrgName;
  if (isText(group)) lines.push(`编入：${group}`);
  if (isText(f.formNumber)) lines.push(`志愿书编号：${f.formNumber}`);
  if (isText(f.archiveLocation)) lines.push(`存放：${f.archiveLocation}`);
  return lines.filter(isText);
}

/** 通过 / 未通过 / 按期转正…, or nothing for a step without a decision. */
export const decisionLabel = (step: Pick<DevelopmentStep, "decision">) => (step.decision ? STEP_DECISION_LABELS[step.decision] : undefined);
