import { Card, Flex, Tag, Typography, theme } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import type { CurrentUser } from "../../../../shared/contracts/auth.contract";
import { ROLE_LABELS } from "../../../../shared/domain";

interface HomePageProps {
  user: CurrentUser;
  /** The panels of the modules this user works in (composed by the app); none for a plain member. */
  children?: ReactNode;
}

const greeting = (hour: number) => (hour < 11 ? "上午好" : hour < 13 ? "中午好" : hour < 18 ? "下午好" : "晚上好");

/** 首页: a welcome with who and where the user is, then the reminders of their work. */
export function HomePage({ user, children }: HomePageProps) {
  const { token } = theme.useToken();
  const now = dayjs();
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex vertical gap={4}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {`${user.displayName}，${greeting(now.hour())}`}
          </Typography.Title>
          <Flex wrap align="center" gap={8} style={{ color: token.colorTextSecondary }}>
            <Tag color="red">{ROLE_LABELS[user.role]}</Tag>
            <span>{user.org.name}</span>
            <span>·</span>
            <span>{now.format("YYYY年M月D日 dddd")}</span>
          </Flex>
          {!children && (
            <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
              欢迎使用基层党建工作平台。请从左侧菜单进入各功能模块。
            </Typography.Paragraph>
          )}
        </Flex>
      </Card>
      {children}
    </Flex>
  );
}
