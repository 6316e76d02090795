import { LockOutlined } from "@ant-design/icons";
import { Tag, Tooltip } from "antd";
import type { NeedListItem } from "../../../../shared/contracts/member-needs.contract";
import { NEED_RATING_LABELS, NEED_STATUS_LABELS, type NeedRating, type NeedStatus } from "../../../../shared/care";
import { NEED_STATUS_COLORS, overdueDueOn, overdueText, PRIVATE_EXPLANATION, PRIVATE_LABEL, RATING_COLORS } from "../need-display";

export const NeedStatusTag = ({ status }: { status: NeedStatus }) => <Tag color={NEED_STATUS_COLORS[status]}>{NEED_STATUS_LABELS[status]}</Tag>;

/** 受理超期 / 办理超期, with the deadline passed on hover (and the days when the server's today is known). */
export function NeedOverdueTag({ need, today }: { need: Pick<NeedListItem, "overdue" | "acknowledgeDueOn" | "resolveDueOn">; today?: string }) {
  if (!need.overdue) return null;
  return (
    <Tooltip title={`时限 ${overdueDueOn(need)}`}>
      <Tag color="error">{overdueText(need, today)}</Tag>
    </Tooltip>
  );
}

export function NeedPrivateTag({ isPrivate }: { isPrivate: boolean }) {
  if (!isPrivate) return null;
  return (
    <Tooltip title={PRIVATE_EXPLANATION}>
      <Tag icon={<LockOutlined />} color="magenta">
        {PRIVATE_LABEL}
      </Tag>
    </Tooltip>
  );
}

export const NeedUrgentTag = ({ urgency }: { urgency: NeedListItem["urgency"] }) => (urgency === "urgent" ? <Tag color="volcano">紧急</Tag> : null);

export const NeedRatingTag = ({ rating }: { rating: NeedRating | null }) => (rating ? <Tag color={RATING_COLORS[rating]}>{NEED_RATING_LABELS[rating]}</Tag> : null);
