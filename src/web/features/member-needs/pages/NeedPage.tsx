import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Flex, Result, Row, Space, Spin, Typography } from "antd";
import { useState } from "react";
import { useLocation, useNavigate, useParams } from "react-router";
import { useApiQuery } from "../../../lib/use-api-query";
import { getNeed } from "../api";
import { NeedActionModal } from "../components/NeedActionModal";
import { NeedFilesCard } from "../components/NeedFilesCard";
import { NeedRatingCard } from "../components/NeedRatingCard";
import { NeedStepTimeline } from "../components/NeedStepTimeline";
import { NeedSummary } from "../components/NeedSummary";
import { NeedOverdueTag, NeedPrivateTag, NeedStatusTag, NeedUrgentTag } from "../components/NeedTags";
import { NOTE_ACTIONS, type NoteAction, noteActionsOf } from "../need-actions";

const PRIMARY: readonly NoteAction[] = ["acknowledge", "resolve"];

/** 诉求详情: the need, its dated record, its files, and only the steps the server offers this caller now (`actions`). */
export function NeedPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const [openAction, setOpenAction] = useState<NoteAction | null>(null);
  const query = useApiQuery((signal) => getNeed(id, signal), [id]);
  const need = query.data?.id === id ? query.data : undefined;

  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该诉求" subTitle="该诉求不存在，或您无权查看。" extra={<Button onClick={() => navigate("/care/needs")}>返回诉求列表</Button>} />
      </Card>
    );
  }
  if (query.error && !need) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!need) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  const handleDone = () => {
    setOpenAction(null);
    query.reload();
  };
  const buttons = noteActionsOf(need.actions).map((action) => (
    <Button key={action} type={PRIMARY.includes(action) ? "primary" : "default"} danger={action === "withdraw"} onClick={() => setOpenAction(action)}>
      {NOTE_ACTIONS[action].button}
    </Button>
  ));

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => (location.key === "default" ? navigate("/care/needs") : navigate(-1))}>
              返回
            </Button>
            <span>{need.title}</span>
            <NeedStatusTag status={need.status} />
            <NeedOverdueTag need={need} />
            <NeedUrgentTag urgency={need.urgency} />
            <NeedPrivateTag isPrivate={need.isPrivate} />
          </Space>
        }
        extra={buttons.length > 0 && <Space wrap>{buttons}</Space>}
      >
        <Spin spinning={query.isLoading}>
          <NeedSummary need={need} />
        </Spin>
      </Card>
      {need.actions.includes("rate") && <NeedRatingCard need={need} onDone={handleDone} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title="办理记录" size="small">
            <NeedStepTimeline steps={need.steps} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <NeedFilesCard need={need} onUploaded={() => query.reload()} />
          {need.isPrivate && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              这是一条仅限书记和上级党委查看的诉求：支部其他委员在列表和提醒中都看不到它，统计中只计入件数。
            </Typography.Paragraph>
          )}
        </Col>
      </Row>
      {openAction && <NeedActionModal need={need} action={openAction} onClose={() => setOpenAction(null)} onDone={handleDone} />}
    </Flex>
  );
}
