/**
 * Secretary projects (书记项目, "书记抓、抓书记", the founding brief §二): enums, labels and the default
 * rubric, shared by server and web. The rules themselves live in the server's
 * modules/secretary-projects/*.rules.ts.
 */

/** What the project tackles (issue 7; the brief §二–§五). */
export const PROJECT_CATEGORIES = [
  "party_building",
  "unit_development",
  "serving_masses",
  "three_safeties",
  "integrity",
  "other",
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];
export const PROJECT_CATEGORY_LABELS: Record<ProjectCategory, string> = {
  party_building: "党建工作自身建设",
  unit_development: "服务本单位中心工作和发展",
  serving_masses: "服务党员和群众",
  three_safeties: "三大安全（生产、经济、政治安全）",
  integrity: "党风廉政建设",
  other: "其他",
};

/**
 * A project's life (PROJ-02…PROJ-13). draft → submitted → approved (立项) → reported (述职) →
 * evaluated → published; a submitted proposal may be returned (then resubmitted) or rejected, and the
 * secretary may withdraw it before approval.
 */
export const PROJECT_STATUSES = ["draft", "submitted", "returned", "rejected", "withdrawn", "approved", "reported", "evaluated", "published"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  draft: "草稿",
  submitted: "待审核",
  returned: "已退回修改",
  rejected: "未予立项",
  withdrawn: "已撤回",
  approved: "已立项（实施中）",
  reported: "已述职",
  evaluated: "已评价",
  published: "结果已公布",
};
/** Statuses in which the project is under way or done: the committee's board. */
export const LIVE_PROJECT_STATUSES = ["approved", "reported", "evaluated", "published"] as const satisfies readonly ProjectStatus[];

/** The actions of the state machine (secretary-project-status.rules.ts). */
export const PROJECT_ACTIONS = ["submit", "withdraw", "approve", "return", "reject", "report", "evaluate", "publish"] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];
export const PROJECT_ACTION_LABELS: Record<ProjectAction, string> = {
  submit: "提交立项申请",
  withdraw: "撤回",
  approve: "批准立项",
  return: "退回修改",
  reject: "不予立项",
  report: "提交述职报告",
  evaluate: "评价打分",
  publish: "公布结果",
};

/** Who acts: the project's own organization (its secretary's side) or the reviewing committee above it. */
export type ProjectSide = "secretary" | "committee";

/** A submission of the project's content for approval: the first proposal, or a change to an approved project. */
export const PROJECT_VERSION_KINDS = ["proposal", "change"] as const;
export type ProjectVersionKind = (typeof PROJECT_VERSION_KINDS)[number];
/** "withdrawn": the proposing organization took the submission back before a decision. */
export const PROJECT_VERSION_STATUSES = ["pending", "approved", "returned", "rejected", "withdrawn"] as const;
export type ProjectVersionStatus = (typeof PROJECT_VERSION_STATUSES)[number];
export const PROJECT_VERSION_STATUS_LABELS: Record<ProjectVersionStatus, string> = {
  pending: "待审核",
  approved: "已批准",
  returned: "已退回",
  rejected: "未批准",
  withdrawn: "已撤回",
};

/** The committee's quarterly check point (季度督查). */
export const CHECKPOINT_RATINGS = ["on_track", "at_risk", "off_track"] as const;
export type CheckpointRating = (typeof CHECKPOINT_RATINGS)[number];
export const CHECKPOINT_RATING_LABELS: Record<CheckpointRating, string> = {
  on_track: "按计划推进",
  at_risk: "存在风险",
  off_track: "进度滞后",
};
export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

/** 述职评议: the members' or representatives' vote on the year's project (好 / 较好 / 一般 / 差). */
export const PROJECT_VOTE_CHOICES = ["good", "fairly_good", "average", "poor"] as const;
export type ProjectVoteChoice = (typeof PROJECT_VOTE_CHOICES)[number];
export const PROJECT_VOTE_CHOICE_LABELS: Record<ProjectVoteChoice, string> = { good: "好", fairly_good: "较好", average: "一般", poor: "差" };
export type ProjectVoteCounts = Record<ProjectVoteChoice, number>;

/** The final grade (评价等次), from the final score by configurable thresholds. */
export const PROJECT_GRADES = ["good", "fairly_good", "average", "poor"] as const;
export type ProjectGrade = (typeof PROJECT_GRADES)[number];
export const PROJECT_GRADE_LABELS: Record<ProjectGrade, string> = { good: "好", fairly_good: "较好", average: "一般", poor: "差" };

/** One criterion of the year-end evaluation: a weight (the weights sum to 100) and a score of 0–100. */
export interface RubricCriterion {
  key: string;
  label: string;
  description: string;
  weight: number;
}

/**
 * The default rubric, used where a committee has set none for the year: the four things a 书记项目
 * evaluation commonly weighs (our reading of local practice; no national rule: configurable per committee).
 */
export const DEFAULT_RUBRIC: readonly RubricCriterion[] = [
  { key: "goals", label: "目标完成", description: "各项指标达到目标值的程度，节点任务按期完成情况", weight: 40 },
  { key: "effect", label: "工作成效", description: "解决问题的实际效果，党员群众的获得感和满意度", weight: 30 },
  { key: "process", label: "过程管理", description: "书记亲自抓、定期报告进展、落实上级点评意见", weight: 15 },
  { key: "innovation", label: "创新特色", description: "做法的创新性和可复制、可推广的经验", weight: 15 },
];
