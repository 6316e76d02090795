import { Alert, Progress, Space, Typography } from "antd";
import type { NominationDetail } from "../../../../shared/contracts/recognition.contract";
import { publicityText } from "../recognition-display";

/** The publicity notice (公示): its dates, the days left, and what the nomination waits for meanwhile. */
export function PublicityNotice({ nomination, waiting }: { nomination: NominationDetail; waiting: string | null }) {
  const p = nomination.publicity;
  if (!p) return null;
  const total = Math.round((Date.parse(p.endsOn) - Date.parse(p.startsOn)) / 86_400_000) + 1;
  const done = p.phase === "ended" ? total : p.phase === "upcoming" ? 0 : total - p.daysLeft;
  const isOpen = nomination.status === "in_publicity";
  return (
    <Alert
      type={isOpen && p.phase !== "ended" ? "warning" : "info"}
      showIcon
      title={isOpen ? (p.phase === "open" ? `公示中：剩余 ${p.daysLeft} 天` : p.phase === "upcoming" ? "即将公示" : "公示期已满") : "已公示"}
      description={
        <Space orientation="vertical" size={4} style={{ width: "100%" }}>
          <Typography.Text>{isOpen ? publicityText(p) : `公示期 ${p.startsOn} 至 ${p.endsOn}`}</Typography.Text>
          {isOpen && <Progress percent={Math.round((done / total) * 100)} showInfo={false} size="small" />}
          {isOpen && p.phase !== "ended" && <Typography.Text type="secondary">公示期间对公示对象有意见的，可向{nomination.reviewingOrgName ?? "上级党委"}反映。</Typography.Text>}
          {isOpen && p.phase === "ended" && waiting && <Typography.Text strong>{waiting}</Typography.Text>}
        </Space>
      }
    />
  );
}
