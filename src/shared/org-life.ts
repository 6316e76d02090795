// Organizational life (组织生活, rules.md §2.3) and democratic evaluation (§3): the enumerations and
// their Chinese labels, shared by server and web (glossary.md names).

/** 三会一课 and the rest (rules.md §2.3 code names; `study_session` is any other study meeting). */
export const MEETING_TYPES = [
  "general_meeting",
  "committee_meeting",
  "group_meeting",
  "party_lecture",
  "theme_day",
  "life_meeting",
  "one_on_one_talk",
  "study_session",
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  general_meeting: "支部党员大会",
  committee_meeting: "支部委员会会议",
  group_meeting: "党小组会",
  party_lecture: "党课",
  theme_day: "主题党日",
  life_meeting: "组织生活会",
  one_on_one_talk: "谈心谈话",
  study_session: "其他学习",
};

/** Compliance periods: one matrix cell per organization, type and period (rules.md §2.3, matrix semantics). */
export const PERIOD_UNITS = ["month", "quarter", "year"] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const PERIOD_UNIT_LABELS: Record<PeriodUnit, string> = { month: "每月", quarter: "每季度", year: "每年" };

export const ATTENDANCE_STATUSES = ["present", "excused", "absent"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = { present: "出席", excused: "请假", absent: "缺席" };

/** A meeting record is a draft until the secretary signs it off; then it is locked and only amended. */
export const MEETING_STATUSES = ["draft", "signed_off"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { draft: "草稿", signed_off: "已签发" };

/** Topic tags tied to the founding brief (essay §三、§五): searchable on every meeting. */
export const MEETING_TAGS = [
  "production_safety",
  "economic_safety",
  "political_safety",
  "integrity",
  "key_issues",
  "member_development",
  "theory_study",
  "serving_masses",
] as const;
export type MeetingTag = (typeof MEETING_TAGS)[number];
export const MEETING_TAG_LABELS: Record<MeetingTag, string> = {
  production_safety: "生产安全",
  economic_safety: "经济安全",
  political_safety: "政治安全",
  integrity: "党风廉政",
  key_issues: "热点难点重点",
  member_development: "发展党员",
  theory_study: "理论学习",
  serving_masses: "服务群众",
};

/** Compliance cell status (rules.md §2.3): met, open and not yet met, closed unmet; `none` = not owed. */
export const COMPLIANCE_STATUSES = ["green", "amber", "red", "none"] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];
export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = { green: "已完成", amber: "进行中", red: "未完成", none: "不适用" };

export const PLAN_ITEM_STATUSES = ["planned", "held", "cancelled"] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];
export const PLAN_ITEM_STATUS_LABELS: Record<PlanItemStatus, string> = { planned: "计划中", held: "已召开", cancelled: "已取消" };

// ---- Democratic evaluation (民主评议党员, rules.md §3.1) ----

/** The campaign's phases in order (§3.1 procedure). Each moves forward only, audited. */
export const EVALUATION_PHASES = ["study", "self_evaluation", "peer_evaluation", "voting", "grading", "published", "reported"] as const;
export type EvaluationPhase = (typeof EVALUATION_PHASES)[number];
export const EVALUATION_PHASE_LABELS: Record<EvaluationPhase, string> = {
  study: "学习教育",
  self_evaluation: "个人自评（党性分析）",
  peer_evaluation: "党员互评",
  voting: "民主测评",
  grading: "评定等次",
  published: "结果公示",
  reported: "已报上级党委",
};

export const EVALUATION_GRADES = ["excellent", "qualified", "basically_qualified", "unqualified"] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number];
export const EVALUATION_GRADE_LABELS: Record<EvaluationGrade, string> = {
  excellent: "优秀",
  qualified: "合格",
  basically_qualified: "基本合格",
  unqualified: "不合格",
};

export const BALLOT_SOURCES = ["online", "paper"] as const;
export type BallotSource = (typeof BALLOT_SOURCES)[number];
export const BALLOT_SOURCE_LABELS: Record<BallotSource, string> = { online: "网上测评", paper: "纸质票录入" };

// ---- Organizational handling of unqualified members (不合格党员组织处置, rules.md §3.2) ----

export const HANDLING_METHODS = ["rectify_by_deadline", "persuade_to_leave", "remove"] as const;
export type HandlingMethod = (typeof HANDLING_METHODS)[number];
export const HANDLING_METHOD_LABELS: Record<HandlingMethod, string> = {
  rectify_by_deadline: "限期改正",
  persuade_to_leave: "劝其退党",
  remove: "除名",
};

export const HANDLING_STATUSES = ["open", "closed"] as const;
export type HandlingStatus = (typeof HANDLING_STATUSES)[number];
export const HANDLING_STATUS_LABELS: Record<HandlingStatus, string> = { open: "处置中", closed: "已结案" };

/** How a case ends. The two exits become `exit` events of the roster (rules.md §3.3, EXIT-01). */
export const HANDLING_OUTCOMES = ["improved", "persuaded_to_leave", "removed_after_refusal", "withdrawn"] as const;
export type HandlingOutcome = (typeof HANDLING_OUTCOMES)[number];
export const HANDLING_OUTCOME_LABELS: Record<HandlingOutcome, string> = {
  improved: "改正合格，结案",
  persuaded_to_leave: "劝退（出党）",
  removed_after_refusal: "劝而不退除名（出党）",
  withdrawn: "撤销处置",
};

/** The dated steps of a case: branch follow-ups and decisions, the committee's approval. */
export const HANDLING_STEP_KINDS = ["education_talk", "follow_up", "pre_review", "meeting_decision", "committee_approval", "conclusion"] as const;
export type HandlingStepKind = (typeof HANDLING_STEP_KINDS)[number];
export const HANDLING_STEP_KIND_LABELS: Record<HandlingStepKind, string> = {
  education_talk: "教育谈话",
  follow_up: "跟踪考察",
  pre_review: "基层党委预审",
  meeting_decision: "支部党员大会决定",
  committee_approval: "上级党委审批",
  conclusion: "结案",
};
