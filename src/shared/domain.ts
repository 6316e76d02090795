// Enumerations of the domain, with the Chinese labels the UI shows (glossary.md).

export const ORG_KINDS = ["committee", "general_branch", "branch", "joint_branch", "temporary_branch", "group"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  committee: "基层党委",
  general_branch: "党总支",
  branch: "党支部",
  joint_branch: "联合党支部",
  temporary_branch: "临时党支部",
  group: "党小组",
};

/**
 * MEM-01: a member's relation sits in a branch, joint or temporary branch, or a party group inside
 * one — never directly in a committee or general branch (党员教育管理工作条例 §25, rules.md §5.1).
 */
export const MEMBER_ORG_KINDS: readonly OrgKind[] = ["branch", "joint_branch", "temporary_branch", "group"];
export const canHoldMembers = (kind: OrgKind): boolean => MEMBER_ORG_KINDS.includes(kind);

/** The essay's three traditional and three emerging domains (面、线、块); agency split as the glossary does. */
export const ORG_DOMAINS = [
  "rural",
  "state_enterprise",
  "agency",
  "public_institution",
  "community",
  "non_public_enterprise",
  "social_organization",
] as const;
export type OrgDomain = (typeof ORG_DOMAINS)[number];
export const ORG_DOMAIN_LABELS: Record<OrgDomain, string> = {
  rural: "农村",
  state_enterprise: "国有和集体企业",
  agency: "机关",
  public_institution: "事业单位",
  community: "城市社区",
  non_public_enterprise: "非公有制经济组织",
  social_organization: "社会组织和中介组织",
};

export const ROLES = ["admin", "org_admin", "branch_officer", "member"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: "系统管理员",
  org_admin: "党委管理员",
  branch_officer: "支部工作人员",
  member: "党员",
};

export const MEMBER_STATUSES = ["probationary", "full"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = { probationary: "预备党员", full: "正式党员" };

export const GENDERS = ["male", "female"] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: "男", female: "女" };

/** Education, the statistical categories of the report forms in code order 1..6 (rules.md §6.1). */
export const EDUCATIONS = ["postgraduate", "bachelor", "college", "technical_secondary", "senior_high", "junior_high_or_below"] as const;
export type Education = (typeof EDUCATIONS)[number];
export const EDUCATION_LABELS: Record<Education, string> = {
  postgraduate: "研究生",
  bachelor: "大学本科",
  college: "大学专科",
  technical_secondary: "中专",
  senior_high: "高中、中技",
  junior_high_or_below: "初中及以下",
};

/** Occupation, the statistics bulletin's 8 groups (rules.md §6.1, 2023–2024 bulletins). */
export const OCCUPATIONS = ["worker", "farmer", "professional", "manager", "official", "student", "other", "retiree"] as const;
export type Occupation = (typeof OCCUPATIONS)[number];
export const OCCUPATION_LABELS: Record<Occupation, string> = {
  worker: "工人（工勤技能人员）",
  farmer: "农牧渔民",
  professional: "专业技术人员",
  manager: "管理人员",
  official: "党政机关工作人员",
  student: "学生",
  other: "其他职业人员",
  retiree: "离退休人员",
};

/** A member's standing in the roster. Only `active` members count in the roster's statistics. */
export const MEMBER_STANDINGS = ["active", "transferring", "suspended", "transferred_out", "exited", "deceased"] as const;
export type MemberStanding = (typeof MEMBER_STANDINGS)[number];
export const MEMBER_STANDING_LABELS: Record<MemberStanding, string> = {
  active: "正常",
  transferring: "转出中",
  suspended: "停止党籍",
  transferred_out: "已转出系统",
  exited: "已出党",
  deceased: "已去世",
};

/** Lifecycle events of a member (rules.md §3.3, §5): dated records, never deletions. */
export const MEMBER_EVENT_TYPES = [
  "transfer_out",
  "transfer_in",
  "transfer_cancelled",
  "transfer_out_of_system",
  "mobile_registered",
  "mobile_returned",
  "lost_contact",
  "contact_restored",
  "suspended",
  "restored",
  "exit",
  "death",
] as const;
export type MemberEventType = (typeof MEMBER_EVENT_TYPES)[number];
export const MEMBER_EVENT_LABELS: Record<MemberEventType, string> = {
  transfer_out: "组织关系转出",
  transfer_in: "组织关系转入",
  transfer_cancelled: "撤回转出",
  transfer_out_of_system: "转出本系统",
  mobile_registered: "流动党员登记",
  mobile_returned: "流动党员返回",
  lost_contact: "失去联系",
  contact_restored: "恢复联系",
  suspended: "停止党籍",
  restored: "恢复党籍",
  exit: "出党",
  death: "去世",
};

/** Ways of leaving the party (rules.md §3.3), for `exit` events. */
export const EXIT_KINDS = ["resigned", "persuaded_to_leave", "removed_after_refusal", "lapsed", "lapsed_lost_contact", "expelled", "probation_cancelled", "not_recognized"] as const;
export type ExitKind = (typeof EXIT_KINDS)[number];
export const EXIT_KIND_LABELS: Record<ExitKind, string> = {
  resigned: "退党除名",
  persuaded_to_leave: "劝退",
  removed_after_refusal: "劝而不退除名",
  lapsed: "自行脱党除名",
  lapsed_lost_contact: "失联自行脱党除名",
  expelled: "开除党籍",
  probation_cancelled: "取消预备党员资格",
  not_recognized: "不予承认",
};

/** Posts of an organization's officers (glossary). */
export const OFFICER_POSTS = ["secretary", "deputy_secretary", "organization_officer", "publicity_officer", "discipline_officer", "committee_member", "group_leader"] as const;
export type OfficerPost = (typeof OFFICER_POSTS)[number];
export const OFFICER_POST_LABELS: Record<OfficerPost, string> = {
  secretary: "书记",
  deputy_secretary: "副书记",
  organization_officer: "组织委员",
  publicity_officer: "宣传委员",
  discipline_officer: "纪检委员",
  committee_member: "委员",
  group_leader: "党小组组长",
};

/** The 56 nationalities (GB 3304 order) and 其他; stored as the Chinese name. */
export const ETHNICITIES = [
  "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
  "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族",
  "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
  "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
  "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "其他",
] as const;
