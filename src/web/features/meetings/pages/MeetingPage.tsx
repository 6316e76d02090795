import { ArrowLeftOutlined, EditOutlined, PrinterOutlined, StopOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Flex, Result, Space, Spin } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useLocation, useNavigate, useParams } from "react-router";
import type { MeetingDetail } from "../../../../shared/contracts/meetings.contract";
import { MEETING_TYPE_LABELS } from "../../../../shared/org-life";
import { can } from "../../../../shared/permissions";
import { useAuth } from "../../../app/auth-context";
import { useApiQuery } from "../../../lib/use-api-query";
import { getMeeting } from "../api";
import { AmendmentHistory } from "../components/AmendmentHistory";
import { AmendModal } from "../components/AmendModal";
import { ArchiveModal } from "../components/ArchiveModal";
import { MeetingDocumentsCard } from "../components/MeetingDocumentsCard";
import { MeetingEditor } from "../components/MeetingEditor";
import { MeetingRecordView } from "../components/MeetingRecordView";
import { MeetingStatusTag } from "../components/MeetingTags";
import { EMPTY } from "../meeting-options";

type OpenModal = "amend" | "archive" | null;

/** One meeting: a draft is recorded here (fields, attendance, photos, sign-off); a signed-off record is read and amended. */
export function MeetingPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { user } = useAuth();
  const [openModal, setOpenModal] = useState<OpenModal>(null);
  const [latest, setLatest] = useState<MeetingDetail>();
  const query = useApiQuery((signal) => getMeeting(id, signal), [id]);
  const fetched = query.data?.id === id ? query.data : undefined;
  // A save answers with the new record: shown at once, without waiting for a reload.
  const meeting = latest?.id === id ? latest : fetched;

  if (query.error?.status === 404 || query.error?.status === 400) {
    return (
      <Card>
        <Result status="404" title="未找到该会议记录" subTitle="该记录不存在，或不在您的查看范围内。" extra={<Button onClick={() => navigate("/org-life/meetings")}>返回会议记录</Button>} />
      </Card>
    );
  }
  if (query.error && !meeting) return <Card><Alert type="error" showIcon title={query.error.message} /></Card>;
  if (!meeting) return <Card><Spin style={{ display: "block", padding: 48 }} /></Card>;

  const handleChanged = (next: MeetingDetail) => {
    setOpenModal(null);
    setLatest(next);
  };
  const documents = (
    <MeetingDocumentsCard meeting={meeting} canDownload={!!user && can(user, "file.read")} onUploaded={() => (setLatest(undefined), query.reload())} />
  );

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => (location.key === "default" ? navigate("/org-life/meetings") : navigate(-1))}>
              返回
            </Button>
            <span>
              {MEETING_TYPE_LABELS[meeting.type]} · {meeting.topic}
            </span>
            <MeetingStatusTag status={meeting.status} archivedAt={meeting.archivedAt} />
          </Space>
        }
        extra={
          <Space wrap>
            {meeting.abilities.canArchive && (
              <Button danger icon={<StopOutlined />} onClick={() => setOpenModal("archive")}>
                作废草稿
              </Button>
            )}
            {meeting.abilities.canAmend && (
              <Button icon={<EditOutlined />} onClick={() => setOpenModal("amend")}>
                更正记录
              </Button>
            )}
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/org-life/meetings/${meeting.id}/print`)}>
              打印
            </Button>
          </Space>
        }
      >
        <Spin spinning={query.isLoading}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              { key: "org", label: "组织", children: meeting.orgName },
              { key: "heldOn", label: "会议日期", children: meeting.heldOn },
              { key: "recorded", label: "录入人", children: meeting.recordedByName ?? EMPTY },
              {
                key: "signed",
                label: "签发",
                children: meeting.signedOffAt ? `${meeting.signedOffName ?? ""} ${dayjs(meeting.signedOffAt).format("YYYY-MM-DD HH:mm")}` : "未签发",
              },
            ]}
          />
        </Spin>
        {meeting.archivedAt && <Alert type="warning" showIcon style={{ marginTop: 8 }} title={`该草稿已作废：${meeting.archiveReason ?? ""}`} />}
        {meeting.status === "signed_off" && <Alert type="success" showIcon style={{ marginTop: 8 }} title="记录已签发并锁定；如有错误，请使用“更正记录”，更正内容将保留并记入审计。" />}
      </Card>
      {meeting.abilities.canEdit ? (
        <MeetingEditor meeting={meeting} onChanged={handleChanged}>
          {documents}
        </MeetingEditor>
      ) : (
        <>
          <MeetingRecordView meeting={meeting} />
          {documents}
          {meeting.status === "signed_off" && <AmendmentHistory amendments={meeting.amendments} />}
        </>
      )}
      {openModal === "amend" && <AmendModal meeting={meeting} onClose={() => setOpenModal(null)} onAmended={handleChanged} />}
      {openModal === "archive" && <ArchiveModal meeting={meeting} onClose={() => setOpenModal(null)} onArchived={handleChanged} />}
    </Flex>
  );
}
