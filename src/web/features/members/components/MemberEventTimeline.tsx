import { FileTextOutlined, PaperClipOutlined } from "@ant-design/icons";
import { Alert, Empty, Space, Spin, Tag, Timeline, type TimelineProps, Typography } from "antd";
import dayjs from "dayjs";
import type { MemberEvent, MemberEventDocument } from "../../../../shared/contracts/members.contract";
import type { ApiError } from "../../../lib/api-client";
import { fileUrl } from "../../../lib/document-upload";
import { describeEventDetails, eventTypeLabel } from "../member-events";

// Leaving the roster is red, coming back green, everything else the usual blue.
const EVENT_COLORS: Record<string, string> = {
  transfer_out_of_system: "gray",
  exit: "red",
  death: "gray",
  suspended: "red",
  lost_contact: "orange",
  restored: "green",
  contact_restored: "green",
  transfer_in: "green",
};

/** An uploaded file opens (downloads) from its link; a reference shows its name and number. */
function EventDocument({ document }: { document: MemberEventDocument }) {
  if ("fileId" in document) {
    return (
      <Tag icon={<PaperClipOutlined />}>
        <Typography.Link href={fileUrl(document.fileId)} target="_blank" rel="noreferrer" style={{ fontSize: "inherit" }}>
          {document.name}
        </Typography.Link>
      </Tag>
    );
  }
  return <Tag icon={<FileTextOutlined />}>{document.number ? `${document.name}（${document.number}）` : document.name}</Tag>;
}

function EventContent({ event }: { event: MemberEvent }) {
  const details = describeEventDetails(event);
  return (
    <Space orientation="vertical" size={2} style={{ width: "100%" }}>
      <Space size={8}>
        <Typography.Text strong>{eventTypeLabel(event.type)}</Typography.Text>
        <Typography.Text type="secondary">{event.occurredOn}</Typography.Text>
      </Space>
      <Typography.Text type="secondary">所在组织：{event.orgName}</Typography.Text>
      {details.map((row) => (
        <Typography.Text key={row.label}>
          {row.label}：{row.value}
        </Typography.Text>
      ))}
      {event.reason && <Typography.Paragraph style={{ marginBottom: 0 }}>说明：{event.reason}</Typography.Paragraph>}
      {event.documents.length > 0 && (
        <Space size={[4, 4]} wrap>
          {event.documents.map((doc, index) => (
            <EventDocument key={"fileId" in doc ? doc.fileId : `${doc.name}-${index}`} document={doc} />
          ))}
        </Space>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {event.recordedByName ?? "系统"} 记录于 {dayjs(event.createdAt).format("YYYY-MM-DD HH:mm")}
      </Typography.Text>
    </Space>
  );
}

interface MemberEventTimelineProps {
  events: MemberEvent[] | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
}

/** The member's history, newest first, each event with its details and documents. */
export function MemberEventTimeline({ events, error, isLoading }: MemberEventTimelineProps) {
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!events) return <Spin style={{ display: "block", padding: 24 }} />;
  if (events.length === 0) return <Empty description="暂无党籍变动记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;

  const sorted = [...events].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt));
  const items: TimelineProps["items"] = sorted.map((event) => ({
    key: event.id,
    color: EVENT_COLORS[event.type] ?? "blue",
    // Everything in the content, so the timeline reads down its left edge instead of splitting around a centre line.
    content: <EventContent event={event} />,
  }));
  return (
    <Spin spinning={isLoading}>
      <Timeline items={items} />
    </Spin>
  );
}
