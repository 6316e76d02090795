import { LogoutOutlined, StarFilled, UserOutlined } from "@ant-design/icons";
import { Avatar, Button, Layout, Menu, Space, Tag } from "antd";
import { useEffect, useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { ROLE_LABELS } from "../../shared/domain";
import { useAuth } from "./auth-context";
import styles from "./AppLayout.module.css";
import { buildMenuItems, findMenuKey, findOpenKeys } from "./nav";

/** The signed-in shell: header with the user, side menu of modules, and the page in the middle. */
export function AppLayout() {
  const { user, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [isSigningOut, setIsSigningOut] = useState(false);
  const [openKeys, setOpenKeys] = useState(() => findOpenKeys(location.pathname));
  // A link into a menu group (the home page's link to the development workbench) opens that group too.
  useEffect(() => {
    const keys = findOpenKeys(location.pathname);
    setOpenKeys((current) => (keys.every((key) => current.includes(key)) ? current : [...current, ...keys.filter((key) => !current.includes(key))]));
  }, [location.pathname]);
  if (!user) return null;

  const selectedKey = findMenuKey(location.pathname);

  const handleSignOut = async () => {
    setIsSigningOut(true);
    await signOut();
  };

  return (
    <Layout className={styles.root}>
      <Layout.Header className={styles.header}>
        <div className={styles.brand}>
          <StarFilled className={styles.star} aria-hidden />
          <span>基层党建工作平台</span>
        </div>
        <Space size="middle" className={styles.user}>
          <Avatar size="small" icon={<UserOutlined />} className={styles.avatar} />
          <span className={styles.userName}>{user.displayName}</span>
          <Tag className={styles.roleTag}>{ROLE_LABELS[user.role]}</Tag>
          <span className={styles.orgName} title={user.org.name}>
            {user.org.name}
          </span>
          <Button
            type="text"
            icon={<LogoutOutlined />}
            className={styles.signOut}
            loading={isSigningOut}
            onClick={handleSignOut}
          >
            退出登录
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} breakpoint="lg" collapsible theme="light" className={styles.sider}>
          <Menu
            mode="inline"
            items={buildMenuItems(user.role)}
            selectedKeys={selectedKey ? [selectedKey] : []}
            openKeys={openKeys}
            onOpenChange={setOpenKeys}
            onClick={({ key }) => navigate(key)}
            className={styles.menu}
          />
        </Layout.Sider>
        <Layout.Content className={styles.content}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
