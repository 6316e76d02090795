import { Tag } from "antd";
import { MEETING_STATUS_LABELS, MEETING_TAG_LABELS, type MeetingStatus, type MeetingTag } from "../../../../shared/org-life";
import { STATUS_COLORS, TAG_COLORS } from "../meeting-options";

/** The topic tags as chips; `onPick` makes each one a filter. */
export function MeetingTagChips({ tags, onPick }: { tags: readonly MeetingTag[]; onPick?: (tag: MeetingTag) => void }) {
  return (
    <>
      {tags.map((tag) => (
        <Tag
          key={tag}
          color={TAG_COLORS[tag]}
          style={onPick ? { cursor: "pointer" } : undefined}
          onClick={onPick ? () => onPick(tag) : undefined}
        >
          {MEETING_TAG_LABELS[tag]}
        </Tag>
      ))}
    </>
  );
}

/** 草稿 / 已签发, or 已作废 for a withdrawn draft. */
export function MeetingStatusTag({ status, archivedAt }: { status: MeetingStatus; archivedAt: string | null }) {
  if (archivedAt) return <Tag color="default">已作废</Tag>;
  return <Tag color={STATUS_COLORS[status]}>{MEETING_STATUS_LABELS[status]}</Tag>;
}
