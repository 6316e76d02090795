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
