/**
 * Caring for members and the masses (the founding brief §一, §三, §四, §五; issue 8): enums and labels
 * shared by server and web. The rules live in the server's modules/member-needs, assistance,
 * model-posts and recognition (*.rules.ts), each with its own rule ids (NEED-xx, AID-xx, POST-xx, HON-xx).
 */

// ---------------------------------------------------------------- members' needs (党员诉求)

export const NEED_CATEGORIES = ["work", "study", "life", "health", "family", "rights", "suggestion", "other"] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];
export const NEED_CATEGORY_LABELS: Record<NeedCategory, string> = {
  work: "工作",
  study: "学习",
  life: "生活",
  health: "健康",
  family: "家庭",
  rights: "权益保障",
  suggestion: "对组织的意见建议",
  other: "其他",
};

export const NEED_URGENCIES = ["normal", "urgent"] as const;
export type NeedUrgency = (typeof NEED_URGENCIES)[number];
export const NEED_URGENCY_LABELS: Record<NeedUrgency, string> = { normal: "一般", urgent: "紧急" };

/**
 * A need's life: submitted → acknowledged (受理) → resolved (办结：解决或答复); the branch may escalate
 * it (→ escalated: the committee works it in the same record, then resolves). The member may
 * withdraw it before it is resolved. A resolved need the member rated "not satisfied" can be
 * reopened once (→ reopened, worked again by whoever resolved it).
 */
export const NEED_STATUSES = ["submitted", "acknowledged", "escalated", "reopened", "resolved", "withdrawn"] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  submitted: "待受理",
  acknowledged: "办理中",
  escalated: "已提交上级党委办理",
  reopened: "重新办理",
  resolved: "已办结",
  withdrawn: "已撤回",
};

export const NEED_RATINGS = ["satisfied", "partly_satisfied", "not_satisfied"] as const;
export type NeedRating = (typeof NEED_RATINGS)[number];
export const NEED_RATING_LABELS: Record<NeedRating, string> = { satisfied: "满意", partly_satisfied: "基本满意", not_satisfied: "不满意" };

/** One dated entry of a need's record. */
export const NEED_STEP_KINDS = ["filed", "acknowledged", "progress", "escalated", "resolved", "rated", "reopened", "withdrawn"] as const;
export type NeedStepKind = (typeof NEED_STEP_KINDS)[number];
export const NEED_STEP_LABELS: Record<NeedStepKind, string> = {
  filed: "提出诉求",
  acknowledged: "受理",
  progress: "办理进展",
  escalated: "提交上级党委",
  resolved: "办结",
  rated: "评价",
  reopened: "重新办理",
  withdrawn: "撤回",
};

// ---------------------------------------------------------------- help and visits (帮扶、走访慰问)

/**
 * Who is cared for. Struggling and senior members come from the roster (members.is_struggling; the
 * senior rule, config.seniorMinAge / seniorMinPartyAge); the others are recorded here, masses only
 * with their consent recorded (PIPL §13/§29).
 */
export const CARE_RECIPIENT_KINDS = ["struggling_member", "senior_member", "long_ill_member", "deceased_member_family", "masses"] as const;
export type CareRecipientKind = (typeof CARE_RECIPIENT_KINDS)[number];
export const CARE_RECIPIENT_KIND_LABELS: Record<CareRecipientKind, string> = {
  struggling_member: "困难党员",
  senior_member: "老党员",
  long_ill_member: "长期患病党员",
  deceased_member_family: "去世党员家属",
  masses: "困难群众",
};

export const VISIT_KINDS = ["talk", "money", "goods", "services", "job_help"] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
export const VISIT_KIND_LABELS: Record<VisitKind, string> = {
  talk: "谈心走访",
  money: "慰问金",
  goods: "慰问品",
  services: "服务帮扶",
  job_help: "就业帮扶",
};

export const CAMPAIGN_KINDS = ["spring_festival", "july_first", "other"] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, string> = { spring_festival: "春节走访慰问", july_first: "“七一”走访慰问", other: "其他走访慰问" };

/** Money is kept exact, in integer fen (分); shown as yuan with two decimals. */
export const formatFen = (fen: number) => `${(fen / 100).toFixed(2)}`;

// ---------------------------------------------------------------- posts and areas (党员示范岗、责任区)

export const POST_KINDS = ["model_post", "responsibility_area", "safety_area"] as const;
export type PostKind = (typeof POST_KINDS)[number];
export const POST_KIND_LABELS: Record<PostKind, string> = { model_post: "党员示范岗", responsibility_area: "党员责任区", safety_area: "安全责任区" };

/** The three safeties of the brief §四 (glossary: production / economic / political). */
export const SAFETY_KINDS = ["production", "economic", "political"] as const;
export type SafetyKind = (typeof SAFETY_KINDS)[number];
export const SAFETY_KIND_LABELS: Record<SafetyKind, string> = { production: "生产安全", economic: "经济安全", political: "政治安全" };

// ---------------------------------------------------------------- recognition (创先争优)

export const HONOURS = ["excellent_member", "excellent_party_worker", "advanced_org"] as const;
export type Honour = (typeof HONOURS)[number];
export const HONOUR_LABELS: Record<Honour, string> = {
  excellent_member: "优秀共产党员",
  excellent_party_worker: "优秀党务工作者",
  advanced_org: "先进基层党组织",
};
/** Honours for a person (a member) rather than an organization. */
export const PERSON_HONOURS: readonly Honour[] = ["excellent_member", "excellent_party_worker"];

/**
 * A nomination's life: submitted by the branch → the committee shortlists it for publicity (公示) or
 * rejects it → after the publicity period (objections recorded and answered) the committee decides:
 * awarded or not → an award is published and enters the member's or organization's record. The
 * nominating branch may withdraw it before the decision.
 */
export const NOMINATION_STATUSES = ["submitted", "rejected", "in_publicity", "awarded", "not_awarded", "published", "withdrawn"] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];
export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  submitted: "待审核",
  rejected: "未通过审核",
  in_publicity: "公示中",
  awarded: "已决定表彰（待发布）",
  not_awarded: "决定不予表彰",
  published: "已发布",
  withdrawn: "已撤回",
};

export const OBJECTION_FINDINGS = ["upheld", "dismissed"] as const;
export type ObjectionFinding = (typeof OBJECTION_FINDINGS)[number];
export const OBJECTION_FINDING_LABELS: Record<ObjectionFinding, string> = { upheld: "反映属实", dismissed: "反映不属实" };
