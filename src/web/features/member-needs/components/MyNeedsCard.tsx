import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Empty, Flex, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { useApiQuery } from "../../../lib/use-api-query";
import { findNeeds } from "../api";
import { dayOf } from "../need-display";
import { NeedRatingTag, NeedStatusTag } from "./NeedTags";

const SHOWN = 5;

/** 我的诉求 on a member's home page: the latest needs with their status, and a way to file one. */
export function MyNeedsCard() {
  const navigate = useNavigate();
  const query = useApiQuery((signal) => findNeeds({ page: 1, pageSize: SHOWN }, signal), []);
  const page = query.data;

  return (
    <Card
      title="我的诉求"
      size="small"
      loading={query.isLoading && !page}
      extra={
        <Flex gap={12} align="center">
          {page && page.total > 0 && <Link to="/care/needs">{`全部 ${page.total} 件`}</Link>}
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => navigate("/care/needs/new")}>
            提出诉求
          </Button>
        </Flex>
      }
    >
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {page && page.items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="工作、学习、生活中有困难或对组织有意见建议，可以向党组织提出，办理进展随时可查" />
      )}
      {page && page.items.length > 0 && (
        <Flex vertical gap={8}>
          {page.items.map((need) => (
            <Flex key={need.id} justify="space-between" align="center" gap={8}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Link to={`/care/needs/${need.id}`}>{need.title}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${dayOf(need.filedAt)} 提出 · ${need.handlingOrg.name}办理`}</Typography.Text>
              </Flex>
              <Flex gap={4} style={{ whiteSpace: "nowrap" }}>
                <NeedStatusTag status={need.status} />
                {need.status === "resolved" && !need.rating && <Typography.Text type="warning">待评价</Typography.Text>}
                <NeedRatingTag rating={need.rating} />
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
