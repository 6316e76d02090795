import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FlagOutlined,
  HeartOutlined,
  HomeOutlined,
  PayCircleOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  UserAddOutlined,
  UserOutlined,
} from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { ReactNode } from "react";
import type { Role } from "../../shared/domain";
import { can, type Permission } from "../../shared/permissions";

export interface NavModule {
  path: string;
  label: string;
  icon?: ReactNode;
  /** Shown only to roles the server lets in, so no menu entry leads to a 403. */
  permission?: Permission;
  /** A module of several pages shows them as a sub-menu; its own path then only names the group. */
  children?: NavModule[];
}

/** The business modules, in the order the side menu shows them. */
export const NAV_MODULES: NavModule[] = [
  { path: "/home", label: "首页", icon: <HomeOutlined /> },
  { path: "/orgs", label: "组织", icon: <ApartmentOutlined /> },
  { path: "/members", label: "党员", icon: <TeamOutlined /> },
  {
    path: "/development",
    label: "发展党员",
    icon: <UserAddOutlined />,
    permission: "development.read",
    children: [
      { path: "/development", label: "人员名册" },
      { path: "/development/pipeline", label: "工作台" },
      { path: "/development/plans", label: "年度计划" },
    ],
  },
  {
    path: "/org-life",
    label: "组织生活",
    icon: <CalendarOutlined />,
    permission: "meeting.read",
    children: [
      { path: "/org-life/meetings", label: "会议记录", permission: "meeting.read" },
      { path: "/org-life/plans", label: "年度计划", permission: "meeting.plan" },
      { path: "/org-life/compliance", label: "落实情况", permission: "compliance.read" },
      { path: "/org-life/evaluations", label: "民主评议", permission: "evaluation.read" },
      { path: "/org-life/handling", label: "不合格党员处置", permission: "handling.read" },
    ],
  },
  {
    path: "/secretary-projects",
    label: "书记项目",
    icon: <FlagOutlined />,
    permission: "project.read",
    children: [
      { path: "/secretary-projects", label: "项目列表", permission: "project.read" },
      { path: "/secretary-projects/board", label: "督查看板", permission: "project.review" },
      { path: "/secretary-projects/rubric", label: "评价标准", permission: "project.review" },
    ],
  },
  {
    path: "/care",
    label: "关爱服务",
    icon: <HeartOutlined />,
    permission: "need.read",
    children: [
      { path: "/care/needs", label: "党员诉求", permission: "need.read" },
      { path: "/care/needs/figures", label: "诉求统计", permission: "need.figures" },
      { path: "/care/assistance", label: "帮扶走访", permission: "care.read" },
      { path: "/care/posts", label: "示范岗责任区", permission: "post.read" },
      { path: "/care/recognition", label: "创先争优", permission: "recognition.read" },
    ],
  },
  { path: "/dues", label: "党费", icon: <PayCircleOutlined /> },
  { path: "/statistics", label: "统计", icon: <BarChartOutlined />, permission: "stats.read" },
];

export const ADMIN_ROLES: readonly Role[] = ["admin", "org_admin"];
export const ADMIN_MODULES: NavModule[] = [
  { path: "/admin/users", label: "用户管理", icon: <UserOutlined /> },
  { path: "/admin/audit", label: "审计日志", icon: <AuditOutlined /> },
  { path: "/admin/development-rules", label: "发展党员规则", icon: <SafetyCertificateOutlined />, permission: "development.manage_rule_sets" },
];
const ADMIN_GROUP_KEY = "admin";

type MenuItem = Required<MenuProps>["items"][number];
/** A sub-menu's key: its path without the slash, so it never equals the key of its first page. */
const groupKey = (module: NavModule) => module.path.slice(1);
const isPermitted = (role: Role) => (module: NavModule) => !module.permission || can({ role }, module.permission);
const toItem = (module: NavModule): MenuItem => ({ key: module.path, icon: module.icon, label: module.label });

export function buildMenuItems(role: Role): MenuItem[] {
  const items = NAV_MODULES.filter(isPermitted(role)).map((m) =>
    m.children ? { key: groupKey(m), icon: m.icon, label: m.label, children: m.children.filter(isPermitted(role)).map(toItem) } : toItem(m),
  );
  if (!ADMIN_ROLES.includes(role)) return items;
  return [...items, { key: ADMIN_GROUP_KEY, icon: <SettingOutlined />, label: "系统管理", children: ADMIN_MODULES.filter(isPermitted(role)).map(toItem) }];
}

const isWithin = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);
const MENU_PAGES = [...NAV_MODULES.flatMap((m) => m.children ?? [m]), ...ADMIN_MODULES];

/** The menu key of a location: the longest page path that is a prefix of it (/orgs/123 → /orgs, /development/plans → itself). */
export function findMenuKey(pathname: string): string | undefined {
  return MENU_PAGES.filter((m) => isWithin(pathname, m.path)).sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/** The sub-menus to open for a location: system administration, or the module with pages it lies in. */
export function findOpenKeys(pathname: string): string[] {
  if (pathname.startsWith("/admin")) return [ADMIN_GROUP_KEY];
  return NAV_MODULES.filter((m) => m.children && isWithin(pathname, m.path)).map(groupKey);
}
