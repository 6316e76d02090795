import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FlagOutlined,
  HeartOutlined,
  PayCircleOutlined,
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
  icon: ReactNode;
  /** Shown only to roles the server lets in, so no menu entry leads to a 403. */
  permission?: Permission;
}

/** The business modules, in the order the side menu shows them. */
export const NAV_MODULES: NavModule[] = [
  { path: "/orgs", label: "组织", icon: <ApartmentOutlined /> },
  { path: "/members", label: "党员", icon: <TeamOutlined /> },
  { path: "/development", label: "发展党员", icon: <UserAddOutlined /> },
  { path: "/org-life", label: "组织生活", icon: <CalendarOutlined /> },
  { path: "/secretary-projects", label: "书记项目", icon: <FlagOutlined /> },
  { path: "/care", label: "党员关爱", icon: <HeartOutlined /> },
  { path: "/dues", label: "党费", icon: <PayCircleOutlined /> },
  { path: "/statistics", label: "统计", icon: <BarChartOutlined />, permission: "stats.read" },
];

export const ADMIN_ROLES: readonly Role[] = ["admin", "org_admin"];
export const ADMIN_MODULES: NavModule[] = [
  { path: "/admin/users", label: "用户管理", icon: <UserOutlined /> },
  { path: "/admin/audit", label: "审计日志", icon: <AuditOutlined /> },
];
const ADMIN_GROUP_KEY = "admin";

type MenuItem = Required<MenuProps>["items"][number];
const toItem = (module: NavModule): MenuItem => ({ key: module.path, icon: module.icon, label: module.label });

export function buildMenuItems(role: Role): MenuItem[] {
  const items = NAV_MODULES.filter((m) => !m.permission || can({ role }, m.permission)).map(toItem);
  if (!ADMIN_ROLES.includes(role)) return items;
  return [...items, { key: ADMIN_GROUP_KEY, icon: <SettingOutlined />, label: "系统管理", children: ADMIN_MODULES.map(toItem) }];
}

/** The menu key of a location: the module whose path is a prefix of it (e.g. /orgs/123 → /orgs). */
export function findMenuKey(pathname: string): string | undefined {
  return [...NAV_MODULES, ...ADMIN_MODULES].find((m) => pathname === m.path || pathname.startsWith(`${m.path}/`))?.path;
}

export const findOpenKeys = (pathname: string): string[] => (pathname.startsWith("/admin") ? [ADMIN_GROUP_KEY] : []);
