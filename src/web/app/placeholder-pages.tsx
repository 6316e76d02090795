import { ToolOutlined } from "@ant-design/icons";
import { Button, Card, Result } from "antd";
import { useNavigate } from "react-router";
import { DEFAULT_PATH } from "./guards";

/** Stands in for the modules of the menu that are not built yet. */
export function UnderConstructionPage({ title }: { title: string }) {
  return (
    <Card title={title}>
      <Result
        icon={<ToolOutlined style={{ color: "#c8102e" }} />}
        title="该模块正在建设中"
        subTitle={`“${title}”功能即将上线，敬请期待。`}
      />
    </Card>
  );
}

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在或已被移除。"
      extra={<Button type="primary" onClick={() => navigate(DEFAULT_PATH)}>返回首页</Button>}
    />
  );
}

/** Shown when a page throws or its code fails to load (e.g. after a new release replaced the old chunks). */
export function RouteErrorPage() {
  return (
    <Result
      status="error"
      title="页面加载失败"
      subTitle="请刷新页面后重试；如果问题仍然存在，请联系系统管理员。"
      extra={<Button type="primary" onClick={() => window.location.reload()}>刷新页面</Button>}
    />
  );
}
