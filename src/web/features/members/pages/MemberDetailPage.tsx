import { ArrowLeftOutlined, EditOutlined, SwapOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Result, Space, Spin } from "antd";
import { useState } from "react";
import { useLocation, useNavigate, useParams } from "react-router";
import { useApiQuery } from "../../../lib/use-api-query";
import { findMemberEvents, getMember } from "../api";
import { MemberEventModal } from "../components/MemberEventModal";
import { MemberEventTimeline } from "../components/MemberEventTimeline";
import { MemberFormModal } from "../components/MemberFormModal";
import { MemberProfile } from "../components/MemberProfile";
import { MemberPostsCard } from "../../model-posts/components/MemberPostsCard";
import { HonoursCard } from "../../recognition/components/HonoursCard";

type OpenModal = "edit" | "event" | null;

/** 党员详情: the profile, its actions as the server allows them, and the history of events. */
export function MemberDetailPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const [openModal, setOpenModal] = useState<OpenModal>(null);
  const memberQuery = useApiQuery((signal) => getMember(id, signal), [id]);
  const eventsQuery = useApiQuery((signal) => findMemberEvents(id, signal), [id]);
  const member = memberQuery.data?.id === id ? memberQuery.data : undefined;

  // Back to the list as it was filtered, or to the roster when the page was opened from a link.
  const backButton = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => (location.key === "default" ? navigate("/members") : navigate(-1))}>
      返回
    </Button>
  );

  if (memberQuery.error?.status === 404 || memberQuery.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该党员" subTitle="该党员不存在，或不在您的管理范围内。" extra={<Button onClick={() => navigate("/members")}>返回党员名册</Button>} />
      </Card>
    );
  }
  if (memberQuery.error) return <Card><Alert type="error" showIcon title={memberQuery.error.message} /></Card>;
  if (!member) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  const handleSaved = () => {
    setOpenModal(null);
    memberQuery.reload();
    eventsQuery.reload();
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            {backButton}
            <span>党员详情 · {member.name}</span>
          </Space>
        }
        extra={
          <Space wrap>
            {member.abilities.canRecordEvent && (
              <Button icon={<SwapOutlined />} onClick={() => setOpenModal("event")}>
                党籍变动
              </Button>
            )}
            {member.abilities.canUpdate && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setOpenModal("edit")}>
                编辑
              </Button>
            )}
          </Space>
        }
      >
        <Spin spinning={memberQuery.isLoading}>
          {/* A new version of the record hides full numbers shown for the old one. */}
          <MemberProfile key={member.updatedAt} member={member} />
        </Spin>
      </Card>
      <Card title="党籍变动记录">
        <MemberEventTimeline events={eventsQuery.data} error={eventsQuery.error} isLoading={eventsQuery.isLoading} />
      </Card>
      <MemberPostsCard memberId={member.id} />
      <HonoursCard memberId={member.id} />
      {openModal === "edit" && <MemberFormModal member={member} onClose={() => setOpenModal(null)} onSaved={handleSaved} />}
      {openModal === "event" && <MemberEventModal member={member} onClose={() => setOpenModal(null)} onRecorded={handleSaved} />}
    </Flex>
  );
}
