import { AMENDABLE_FIELDS, AMENDABLE_FIELD_LABELS, type AmendableField } from "../../../shared/contracts/meetings.contract";
import { ORG_KIND_LABELS, type OrgKind } from "../../../shared/domain";
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from "../../../shared/org-life";

/**
 * The rules of a meeting record (rules.md §2.3 and §1.5), each a small pure check named by its id.
 * A refusal answers 422 with error.code = the rule id and the article in the Chinese message.
 * Articles are of 《中国共产党支部工作条例（试行）》(2018) as rules.md §2.3 cites them; the record
 * rules MTG-08…10 are this system's own (issue 6: signed off, then locked, corrections kept).
 */
export interface MeetingRuleEntry {
  title: string;
  article: string;
  source: string;
}

const REGS = "《中国共产党支部工作条例（试行）》";

export const MEETING_RULES = {
  "MTG-01": {
    title: "党支部召开支部党员大会、支部委员会会议、党课、主题党日、组织生活会等，党小组召开党小组会，党委（党总支）召开委员会会议",
    article: `${REGS}第十一、十二、十三、十六、十七条`,
    source: "rules.md §2.3",
  },
  "MTG-02": {
    title: "应到会人员按会议类型确定（全体党员、支部委员、党小组成员、谈话双方）；不计入应到会人数的须说明原因",
    article: `${REGS}第十一至十三条；不计入应到会人数的情形见 rules.md §1.5（待核）`,
    source: "rules.md §1.5, §2.3",
  },
  "MTG-03": {
    title: "党员因故不能参加组织生活须请假并说明事由（无正当理由连续六个月不参加组织生活的，按自行脱党处理）",
    article: "《中国共产党章程》第九条",
    source: "rules.md §2.3, §3.3 [S35]",
  },
  "MTG-04": {
    title: "支部党员大会须有半数以上有表决权的党员到会方可召开",
    article: `${REGS}第十一条`,
    source: "rules.md §2.3 [S21]",
  },
  "MTG-05": {
    title: "支部委员会会议须有半数以上委员到会方可召开",
    article: `${REGS}第十二条`,
    source: "rules.md §2.3 [S21]",
  },
  "MTG-06": {
    title: "表决事项以赞成票超过应到会有表决权党员（委员）半数为通过；表决票数不能超过实到人数",
    article: `${REGS}第十一、十二条`,
    source: "rules.md §2.3 [S21], §1.5",
  },
  "MTG-07": {
    title: "党课须记录授课人",
    article: `${REGS}第十六条`,
    source: "rules.md §2.3 [S24]",
  },
  "MTG-08": {
    title: "签发前会议记录须完整：会议已召开，有主持人、记录人和会议内容，时间前后一致",
    article: `${REGS}第十一至十七条（会议记录，本系统要求）`,
    source: "issue 6: record",
  },
  "MTG-09": {
    title: "会议记录经签发后锁定，只有草稿可以修改、签发或作废",
    article: "本系统规则（签发后锁定，更正另行记录）",
    source: "issue 6: sign-off",
  },
  "MTG-10": {
    title: "已签发记录的更正须说明原因，只能更正会议内容、时间、地点、人员、标签、决议和出席情况，更正前后留痕",
    article: "本系统规则（更正留痕）",
    source: "issue 6: amendments",
  },
  "MTG-11": {
    title: "谈心谈话须记录两名以上参加人",
    article: `${REGS}第十八条`,
    source: "rules.md §2.3 [S27]",
  },
} as const satisfies Record<string, MeetingRuleEntry>;

export type MeetingRuleId = keyof typeof MEETING_RULES;

/** "（《…条例（试行）》第十一条，MTG-04）": appended to every refusal. */
export const citation = (rule: MeetingRuleId) => `（${MEETING_RULES[rule].article}，${rule}）`;

export interface MeetingIssue {
  field: string;
  rule: MeetingRuleId;
  message: string;
}

/** An issue whose message ends with the rule's citation. */
export const issue = (field: string, rule: MeetingRuleId, message: string): MeetingIssue => ({ field, rule, message: `${message}${citation(rule)}` });

// ---------------------------------------------------------------------------------------------
// MTG-01: which organizations hold which meetings

const BRANCH_TYPES = MEETING_TYPES.filter((t) => t !== "group_meeting");
const COMMITTEE_TYPES: readonly MeetingType[] = ["committee_meeting", "party_lecture", "life_meeting", "study_session"];

/**
 * Branches (joint and temporary too) hold every type but the group meeting (条例 §11–§17); a party
 * group holds its group meeting (§13) and study sessions of its own; a committee or general branch
 * holds its committee's meetings, lectures, life meetings and study sessions.
 */
export const MEETING_TYPES_BY_ORG_KIND: Record<OrgKind, readonly MeetingType[]> = {
  branch: BRANCH_TYPES,
  joint_branch: BRANCH_TYPES,
  temporary_branch: BRANCH_TYPES,
  group: ["group_meeting", "study_session"],
  committee: COMMITTEE_TYPES,
  general_branch: COMMITTEE_TYPES,
};

export function checkOrgHoldsType(orgKind: OrgKind, type: MeetingType): MeetingIssue | null {
  if (MEETING_TYPES_BY_ORG_KIND[orgKind].includes(type)) return null;
  return issue("type", "MTG-01", `${ORG_KIND_LABELS[orgKind]}不召开${MEETING_TYPE_LABELS[type]}`);
}

// ---------------------------------------------------------------------------------------------
// MTG-02: where the expected participants come from (seam 5)

/**
 * members: the active members of the organization and its party groups; officers: the organization's
 * current committee (its officers, group leaders aside); named: the people who talked.
 * A committee or general branch holds no members itself (MEM-01): its meetings are its committee's.
 */
export type ParticipantSource = "members" | "officers" | "named";

export function participantSourceOf(orgKind: OrgKind, type: MeetingType): ParticipantSource {
  if (type === "one_on_one_talk") return "named";
  if (type === "committee_meeting" || orgKind === "committee" || orgKind === "general_branch") return "officers";
  return "members";
}

/** MTG-11: a talk has at least two people. */
export function checkNamedParticipants(type: MeetingType, count: number): MeetingIssue | null {
  if (type !== "one_on_one_talk" || count >= 2) return null;
  return issue("participantIds", "MTG-11", "谈心谈话须选择至少两名参加人");
}

// ---------------------------------------------------------------------------------------------
// The record itself

export interface RecordFacts {
  type: MeetingType;
  heldOn: string;
  startsAt: string | null;
  endsAt: string | null;
  hostName: string | null;
  recorderName: string | null;
  lecturerName: string | null;
  minutes: string | null;
}

const isBlank = (value: string | null | undefined) => !value || value.trim() === "";

/** MTG-08: the times in order. Checked on every save of a draft. */
export function checkTimes(facts: Pick<RecordFacts, "startsAt" | "endsAt">): MeetingIssue[] {
  if (facts.startsAt && facts.endsAt && facts.endsAt <= facts.startsAt) {
    return [issue("endsAt", "MTG-08", `结束时间 ${facts.endsAt} 应晚于开始时间 ${facts.startsAt}`)];
  }
  return [];
}

/**
 * What a signed-off record must hold (MTG-07, MTG-08): held already, host, recorder and minutes,
 * times in order, and the lecturer of a 党课. Checked at sign-off and after every amendment.
 */
export function checkRecordComplete(facts: RecordFacts, today: string): MeetingIssue[] {
  const issues: MeetingIssue[] = [];
  if (facts.heldOn > today) issues.push(issue("heldOn", "MTG-08", `会议日期 ${facts.heldOn} 晚于今天，会议召开后方可签发`));
  if (isBlank(facts.hostName)) issues.push(issue("hostName", "MTG-08", "请填写主持人"));
  if (isBlank(facts.recorderName)) issues.push(issue("recorderName", "MTG-08", "请填写记录人"));
  if (isBlank(facts.minutes)) issues.push(issue("minutes", "MTG-08", "请填写会议内容"));
  issues.push(...checkTimes(facts));
  if (facts.type === "party_lecture" && isBlank(facts.lecturerName)) issues.push(issue("lecturerName", "MTG-07", "党课须填写授课人"));
  return issues;
}

/** MTG-09: only a live draft changes, is signed off or withdrawn. */
export function checkIsDraft(meeting: { status: string; archivedAt: Date | null }, action: string): MeetingIssue | null {
  if (meeting.archivedAt) return issue("status", "MTG-09", `该会议记录已作废，不能${action}`);
  if (meeting.status !== "draft") return issue("status", "MTG-09", `该会议记录已签发并锁定，不能${action}；如需更正，请使用“更正记录”`);
  return null;
}

// ---------------------------------------------------------------------------------------------
// MTG-10: amendments of a signed-off record

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** A value as JSON with object keys sorted (jsonb keeps its own key order), so equal values compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
  }
  return value ?? null;
}

/** Equal as JSON (strings, numbers, arrays of them, plain objects): what an amendment compares. */
const sameValue = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * The amendment's own rules: a signed-off, live record; a reason; only the amendable fields. Then
 * the changes as { field: { before, after } }, leaving out what did not change; none is refused.
 * `attendance` is compared by the caller (rows), who adds it to the changes before calling
 * `checkHasChanges`.
 */
export function checkAmendment(
  meeting: { status: string; archivedAt: Date | null },
  reason: string | undefined,
  changes: Record<string, unknown>,
): MeetingIssue[] {
  const issues: MeetingIssue[] = [];
  if (meeting.archivedAt || meeting.status !== "signed_off") {
    issues.push(issue("status", "MTG-10", "只有已签发的会议记录需要更正；草稿请直接修改"));
  }
  if (!reason || reason.trim().length < 2) issues.push(issue("reason", "MTG-10", "请填写更正原因（至少 2 个字）"));
  for (const key of Object.keys(changes)) {
    if (!(AMENDABLE_FIELDS as readonly string[]).includes(key)) {
      issues.push(issue(`changes.${key}`, "MTG-10", `“${key}”不能更正：会议类型、所属组织和签发信息不能更改`));
    }
  }
  return issues;
}

/** The changed fields among the amendable ones (attendance aside), as { field: { before, after } }. */
export function diffFields(before: Partial<Record<AmendableField, unknown>>, changes: Partial<Record<AmendableField, unknown>>): FieldChanges {
  const diff: FieldChanges = {};
  for (const field of AMENDABLE_FIELDS) {
    if (field === "attendance" || !(field in changes) || changes[field] === undefined) continue;
    const after = changes[field] ?? null;
    if (!sameValue(before[field], after)) diff[field] = { before: before[field] ?? null, after };
  }
  return diff;
}

export function checkHasChanges(diff: FieldChanges): MeetingIssue | null {
  if (Object.keys(diff).length > 0) return null;
  return issue("changes", "MTG-10", "更正内容与原记录相同，没有需要更正的内容");
}

/** "会议主题、出席情况": the fields an amendment changed, for the audit and the history. */
export const describeChangedFields = (diff: FieldChanges) =>
  Object.keys(diff)
    .map((field) => AMENDABLE_FIELD_LABELS[field as AmendableField] ?? field)
    .join("、");
