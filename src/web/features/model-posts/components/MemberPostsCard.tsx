import { Alert, Card, Empty, Flex, List, Space, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useApiQuery } from "../../../lib/use-api-query";
import { findPosts } from "../api";
import { KIND_COLORS, kindLabel } from "../post-display";
import { PostStateTag } from "./post-columns";

/**
 * 示范岗、责任区: the posts a member holds or held, newest year first — a card of the member's record
 * (composed on the member page). Each opens the post's page with its commitment and record.
 */
export function MemberPostsCard({ memberId }: { memberId: string }) {
  const query = useApiQuery((signal) => findPosts({ memberId, pageSize: 50 }, signal), [memberId]);
  const posts = query.data?.items ?? [];
  return (
    <Card title="党员示范岗、责任区" extra={query.data && query.data.total > 0 && <Link to={`/care/posts?memberId=${memberId}`}>全部 {query.data.total} 个</Link>}>
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {!query.error && posts.length === 0 && !query.isLoading ? (
        <Empty description="未担任示范岗或责任区" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          loading={query.isLoading}
          size="small"
          dataSource={posts}
          renderItem={(post) => (
            <List.Item key={post.id} extra={<PostStateTag state={post.state} />}>
              <Flex vertical>
                <Space wrap size={4}>
                  <Typography.Text type="secondary">{post.year} 年度</Typography.Text>
                  <Link to={`/care/posts/${post.id}`}>{post.name}</Link>
                  <Tag color={KIND_COLORS[post.kind]}>{kindLabel(post)}</Tag>
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  承诺：{post.commitment}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
