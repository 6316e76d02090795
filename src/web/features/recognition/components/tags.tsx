import { Tag } from "antd";
import { HONOUR_LABELS, type Honour, NOMINATION_STATUS_LABELS, type NominationStatus } from "../../../../shared/care";
import { HONOUR_COLORS, NOMINATION_STATUS_COLORS } from "../recognition-display";

/** A nomination's status (待审核 … 已发布) as a colored tag. */
export function NominationStatusTag({ status }: { status: NominationStatus }) {
  return <Tag color={NOMINATION_STATUS_COLORS[status]}>{NOMINATION_STATUS_LABELS[status]}</Tag>;
}

/** An honour (优秀共产党员, 优秀党务工作者, 先进基层党组织) as a colored tag. */
export function HonourTag({ honour }: { honour: Honour }) {
  return <Tag color={HONOUR_COLORS[honour]}>{HONOUR_LABELS[honour]}</Tag>;
}
