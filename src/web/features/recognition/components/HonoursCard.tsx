import { Alert, Card, Empty, List, Space, Tag, Typography } from "antd";
import { Link } from "react-router";
import type { FindHonoursQuery } from "../../../../shared/contracts/recognition.contract";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { useApiQuery } from "../../../lib/use-api-query";
import { findHonours } from "../api";
import { HonourTag } from "./tags";

/**
 * 荣誉记录: a member's or an organization's honours, for their record pages (the member detail page, the
 * organization page). An organization's own honours only, not its subtree's; its members' are on the board.
 */
export function HonoursCard({ memberId, orgId }: { memberId?: string; orgId?: string }) {
  const { user } = useAuth();
  const params: Partial<FindHonoursQuery> = memberId ? { memberId } : { orgId, orgOnly: "true", subject: "org" };
  const query = useApiQuery((signal) => findHonours({ ...params, pageSize: 50 }, signal), [memberId, orgId]);
  if (!user || !can(user, "recognition.read")) return null;
  const link = memberId ? `/care/recognition/honours?memberId=${memberId}` : `/care/recognition/honours?orgId=${orgId}`;
  return (
    <Card title="荣誉记录" extra={<Link to={link}>荣誉榜</Link>} loading={query.isLoading && !query.data}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {query.data && query.data.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无荣誉" />}
      {query.data && query.data.items.length > 0 && (
        <List
          size="small"
          dataSource={query.data.items}
          renderItem={(h) => (
            <List.Item>
              <Space wrap>
                <Typography.Text strong>{h.year} 年度</Typography.Text>
                <HonourTag honour={h.honour} />
                <Typography.Text type="secondary">
                  {h.conferredBy} · {h.conferredOn}
                </Typography.Text>
                {h.revokedAt && <Tag>已撤销：{h.revokeReason}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
