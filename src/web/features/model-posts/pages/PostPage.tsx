import { ArrowLeftOutlined, EditOutlined, StopOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Space, Spin, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { DocumentUploadButton } from "../../../components/DocumentUploadButton";
import { FileTable } from "../../../components/FileTable";
import { useApiQuery } from "../../../lib/use-api-query";
import { getPost, postFilesUrl } from "../api";
import { EndPostModal } from "../components/EndPostModal";
import { PostRecordCard } from "../components/PostRecordCard";
import { PostStateTag } from "../components/post-columns";
import { EMPTY, KIND_COLORS, kindLabel } from "../post-display";

/** 示范岗（责任区）: the member, the post, the commitment, its files and the year's record. */
export function PostPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const location = useLocation();
  const [isEnding, setIsEnding] = useState(false);
  const query = useApiQuery((signal) => getPost(id, signal), [id]);
  const post = query.data?.id === id ? query.data : undefined;
  const back = () => (location.key === "default" ? navigate("/care/posts") : navigate(-1));

  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该岗位" subTitle="该示范岗（责任区）不存在，或不在您的查看范围内。" extra={<Button onClick={() => navigate("/care/posts")}>返回列表</Button>} />
      </Card>
    );
  }
  if (query.error) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!post) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={back}>
              返回
            </Button>
            <span>{post.name}</span>
            <Tag color={KIND_COLORS[post.kind]}>{kindLabel(post)}</Tag>
            <PostStateTag state={post.state} />
          </Space>
        }
        extra={
          <Space wrap>
            {post.abilities.canEnd && (
              <Button danger icon={<StopOutlined />} onClick={() => setIsEnding(true)}>
                撤销
              </Button>
            )}
            {post.abilities.canUpdate && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/care/posts/${post.id}/edit`)}>
                修改
              </Button>
            )}
          </Space>
        }
      >
        {post.endedOn && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`已于 ${post.endedOn} 撤销`} description={post.endReason ? `撤销原因：${post.endReason}` : undefined} />}
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label="党员">
            {user?.role === "member" ? post.memberName : <Link to={`/members/${post.memberId}`}>{post.memberName}</Link>}（{post.memberOrgName}）
          </Descriptions.Item>
          <Descriptions.Item label="设岗组织">{post.orgName}</Descriptions.Item>
          <Descriptions.Item label="年度">{post.year} 年度</Descriptions.Item>
          <Descriptions.Item label="设岗日期">{post.startedOn}</Descriptions.Item>
          <Descriptions.Item label="履诺记录">{post.entryCount > 0 ? `${post.entryCount} 条，最近 ${post.lastEntryOn}` : "暂无"}</Descriptions.Item>
          <Descriptions.Item label="设立人">{post.createdByName ?? EMPTY}</Descriptions.Item>
          <Descriptions.Item label="责任范围" span={{ xs: 1, sm: 2, lg: 3 }}>
            {post.scope || EMPTY}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          公开承诺
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", background: "#fff7f0", borderLeft: "3px solid #c8161d", padding: "8px 12px", marginBottom: 0 }}>
          {post.commitment}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <PostRecordCard post={post} onChanged={query.reload} />
        </Col>
        <Col xs={24} lg={10}>
          <Card title="材料" extra={post.abilities.canUpload && <DocumentUploadButton action={postFilesUrl(post.id)} label="上传材料" multiple onUploaded={query.reload} />}>
            <FileTable files={post.files} emptyText="暂无材料（如挂牌照片、承诺书）" canDownload={!!user && can(user, "file.read")} />
          </Card>
        </Col>
      </Row>
      {isEnding && (
        <EndPostModal
          post={post}
          onClose={() => setIsEnding(false)}
          onEnded={() => {
            setIsEnding(false);
            query.reload();
          }}
        />
      )}
    </Flex>
  );
}
