import { Card, Result, Tabs } from "antd";
import { Outlet, useLocation, useNavigate } from "react-router";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";

const SECTIONS = [
  { key: "/care/assistance", label: "帮扶对象" },
  { key: "/care/assistance/visits", label: "走访记录" },
  { key: "/care/assistance/campaigns", label: "走访慰问计划" },
];

/** 帮扶走访: the people cared for, the visits, the campaign plans — one header, a tab each. */
export function AssistanceLayout() {
  const { user } = useAuth();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  if (user && !can(user, "care.read")) return <Result status="403" title="无权访问" subTitle="帮扶走访记录仅党组织工作人员可以查看" />;
  const active = SECTIONS.find((s) => s.key === pathname.replace(/\/$/, ""))?.key ?? SECTIONS[0]!.key;
  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
      <Tabs activeKey={active} items={SECTIONS} onChange={(key) => navigate(key)} />
      <Outlet />
    </Card>
  );
}
